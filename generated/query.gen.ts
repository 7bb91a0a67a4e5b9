// Generated from schemas/query.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// The query service's answer: references, entities or resources of one type, page by page.

import {
  attribute,
  type ClassBinding,
  defineBinding,
  type Init,
  intCodec,
  objectElement,
  wrappedElement,
  XmlObject,
} from "../runtime/index.js";
import type { AgentBackupJob, AgentProtectionGroup, AgentRestorePoint, DiscoveredComputer } from "./agents.gen.js";
import type {
  CdpPolicy,
  CdpReplica,
  CdpReplicaSession,
  CdpReplicaTaskSession,
  VAppCdpReplica,
  VAppCdpReplicaVm,
  VmCdpReplicaEntity,
} from "./cdp.gen.js";
import type {
  CloudFailoverPlan,
  CloudFailoverSession,
  CloudGateway,
  CloudGatewayPools,
  CloudHardwarePlan,
  CloudPublicIpAddress,
  CloudReplica,
  CloudTenant,
  CloudVmReplicaPoint,
  VlanConfiguration,
} from "./cloud.gen.js";
import { Info, type EntityRef, type Link, type Task } from "./common.gen.js";
import type {
  BackupServer,
  CredentialsInfo,
  ExternalRepository,
  HierarchyItem,
  HierarchyRoot,
  ManagedServer,
  PasswordKeyInfo,
  Repository,
  WanAccelerator,
} from "./infrastructure.gen.js";
import type { FailoverPlan, Job, ObjectInJob } from "./jobs.gen.js";
import type { NASJob } from "./nas.gen.js";
import type { FileServer } from "./nas-infrastructure.gen.js";
import type {
  Backup,
  BackupFile,
  CatalogVm,
  CatalogVmRestorePoint,
  DirectoryEntry,
  FileEntry,
  Replica,
  RestorePoint,
  VAppReplicaPoint,
  VAppRestorePoint,
  VmReplicaPoints,
  VmRestorePoint,
} from "./restore.gen.js";
import type {
  EnterpriseAccount,
  EnterpriseAccountHierarchyScope,
  EnterpriseAccountInRole,
  EnterpriseRole,
} from "./security.gen.js";
import type { VCloudOrganizationConfig, VSphereSelfServiceConfig } from "./self-service.gen.js";
import type { SystemSession } from "./session.gen.js";
import type {
  BackupJobSession,
  BackupTaskSession,
  ReplicaJobSession,
  ReplicaTaskSession,
  RestoreSession,
} from "./sessions.gen.js";
import { types } from "./type-table.gen.js";

const QueryResultFields = {
  refs: wrappedElement(types, "Refs", "refs", "Ref", "EntityReferenceType", 0, { item: "Refs" }),
  entities: objectElement(types, "Entities", "entities", "EntitiesType"),
  resources: objectElement(types, "Resources", "resources", "ResourcesType"),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
  pagingInfo: objectElement(types, "PagingInfo", "pagingInfo", "PagingInfoType"),
};

/** One page of a query's results. */
export class QueryResult extends XmlObject {
  /**
   * The results as references (format=References, the default).
   *
   * Written as `<Refs>` around one `<Ref>` per item; absent and empty stay distinct.
   */
  declare refs?: EntityRef[];
  /** The results as entities (format=Entities). */
  declare entities?: Entities;
  /** The results of a query over resources that are not entities. */
  declare resources?: Resources;
  /**
   * Element Links.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  /** Where this page is and links to the others. */
  declare pagingInfo?: PagingInfo;
  declare private readonly "emx:QueryResult": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<QueryResult> = defineBinding<QueryResult>({
    typeName: "QueryResultType",
    className: "QueryResult",
    table: types,
    base: undefined,
    create: () => new QueryResult(),
    choices: [{ required: true, branches: [["Refs"], ["Entities"], ["Resources"]] }],
    fields: Object.values(QueryResultFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<QueryResult>) {
    super(init);
  }
}

const PagingInfoFields = {
  pageNum: attribute("PageNum", "pageNum", intCodec, true),
  pageSize: attribute("PageSize", "pageSize", intCodec, true),
  pagesCount: attribute("PagesCount", "pagesCount", intCodec, true),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
};

/** The place of a page among the pages of a query. */
export class PagingInfo extends Info {
  /**
   * Number of this page, from 1.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pageNum?: number;
  /**
   * Items per page.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pageSize?: number;
  /**
   * How many pages there are.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pagesCount?: number;
  /**
   * First, previous, next and last pages.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  declare private readonly "emx:PagingInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<PagingInfo> = defineBinding<PagingInfo>({
    typeName: "PagingInfoType",
    className: "PagingInfo",
    table: types,
    base: Info.binding,
    create: () => new PagingInfo(),
    fields: Object.values(PagingInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<PagingInfo>) {
    super(init);
  }
}

const EntitiesFields = {
  discoveredComputers: wrappedElement(
    types,
    "DiscoveredComputers",
    "discoveredComputers",
    "DiscoveredComputer",
    "DiscoveredComputerEntityType",
  ),
  agentProtectionGroups: wrappedElement(
    types,
    "AgentProtectionGroups",
    "agentProtectionGroups",
    "AgentProtectionGroup",
    "AgentProtectionGroupEntityType",
  ),
  agentBackupJobs: wrappedElement(
    types,
    "AgentBackupJobs",
    "agentBackupJobs",
    "AgentBackupJob",
    "AgentBackupJobEntityType",
  ),
  agentRestorePoints: wrappedElement(
    types,
    "AgentRestorePoints",
    "agentRestorePoints",
    "AgentRestorePoint",
    "AgentRestorePointEntityType",
  ),
  cdpPolicies: wrappedElement(types, "CdpPolicies", "cdpPolicies", "CdpPolicy", "CdpPolicyEntityType"),
  cdpReplicas: wrappedElement(types, "CdpReplicas", "cdpReplicas", "CdpReplica", "CdpReplicaEntityType"),
  vmCdpReplicas: wrappedElement(types, "VmCdpReplicas", "vmCdpReplicas", "Items", "VmCdpReplicaEntityType"),
  vAppCdpReplicas: wrappedElement(types, "VAppCdpReplicas", "vAppCdpReplicas", "Items", "VAppCdpReplicaEntityType"),
  vAppCdpReplicaVms: wrappedElement(
    types,
    "VAppCdpReplicaVms",
    "vAppCdpReplicaVms",
    "Items",
    "VAppCdpReplicaVmEntityType",
  ),
  cdpReplicaSessions: wrappedElement(
    types,
    "CdpReplicaSessions",
    "cdpReplicaSessions",
    "CdpReplicaSession",
    "CdpReplicaSessionEntityType",
  ),
  cdpReplicaTaskSessions: wrappedElement(
    types,
    "CdpReplicaTaskSessions",
    "cdpReplicaTaskSessions",
    "CdpReplicaTaskSession",
    "CdpReplicaTaskSessionEntityType",
  ),
  cloudGateways: wrappedElement(types, "CloudGateways", "cloudGateways", "CloudGateway", "CloudGatewayEntityType"),
  cloudGatewayPools: objectElement(types, "CloudGatewayPools", "cloudGatewayPools", "CloudGatewayPoolEntityListType"),
  cloudTenants: wrappedElement(types, "CloudTenants", "cloudTenants", "CloudTenant", "CloudTenantEntityType", 0, {
    item: "CloudTenants",
  }),
  cloudHardwarePlans: wrappedElement(
    types,
    "CloudHardwarePlans",
    "cloudHardwarePlans",
    "CloudHardwarePlan",
    "CloudHardwarePlanEntityType",
  ),
  cloudPublicIpAddresses: wrappedElement(
    types,
    "CloudPublicIpAddresses",
    "cloudPublicIpAddresses",
    "CloudPublicIp",
    "CloudPublicIpAddressEntityType",
  ),
  vlanConfigurations: wrappedElement(
    types,
    "VlanConfigurations",
    "vlanConfigurations",
    "Vlans",
    "VlanConfigurationEntityType",
  ),
  cloudReplicas: wrappedElement(types, "CloudReplicas", "cloudReplicas", "CloudReplica", "CloudReplicaEntityType"),
  cloudVmReplicaPoints: wrappedElement(
    types,
    "CloudVmReplicaPoints",
    "cloudVmReplicaPoints",
    "CloudReplica",
    "CloudVmReplicaPointEntityType",
  ),
  cloudFailoverPlans: wrappedElement(
    types,
    "CloudFailoverPlans",
    "cloudFailoverPlans",
    "CloudFailoverPlan",
    "CloudFailoverPlanEntityType",
  ),
  cloudFailoverSessions: wrappedElement(
    types,
    "CloudFailoverSessions",
    "cloudFailoverSessions",
    "CloudFailoverSession",
    "CloudFailoverSessionEntityType",
  ),
  backupServers: wrappedElement(types, "BackupServers", "backupServers", "BackupServer", "BackupServerEntityType"),
  managedServers: wrappedElement(types, "ManagedServers", "managedServers", "ManagedServer", "ManagedServerEntityType"),
  repositories: wrappedElement(types, "Repositories", "repositories", "Repository", "RepositoryEntityType"),
  externalRepositories: wrappedElement(
    types,
    "ExternalRepositories",
    "externalRepositories",
    "ExternalRepository",
    "ExternalRepositoryEntityType",
  ),
  wanAccelerators: wrappedElement(
    types,
    "WanAccelerators",
    "wanAccelerators",
    "WanAccelerator",
    "WanAcceleratorEntityType",
  ),
  hierarchyRoots: wrappedElement(types, "HierarchyRoots", "hierarchyRoots", "HierarchyRoot", "HierarchyRootEntityType"),
  hierarchyItems: wrappedElement(types, "HierarchyItems", "hierarchyItems", "HierarchyItem", "HierarchyItemType"),
  jobs: wrappedElement(types, "Jobs", "jobs", "Job", "JobEntityType"),
  failoverPlans: wrappedElement(types, "FailoverPlans", "failoverPlans", "FailoverPlan", "FailoverPlanEntityType"),
  fileServers: wrappedElement(types, "FileServers", "fileServers", "FileServer", "FileServerEntityType"),
  nasJobs: wrappedElement(types, "NASJobs", "nasJobs", "NASJob", "NASJobEntityType"),
  backups: wrappedElement(types, "Backups", "backups", "Backup", "BackupEntityType"),
  replicas: wrappedElement(types, "Replicas", "replicas", "Replica", "ReplicaEntityType"),
  restorePoints: wrappedElement(types, "RestorePoints", "restorePoints", "RestorePoint", "RestorePointEntityType"),
  vmRestorePoints: wrappedElement(
    types,
    "VmRestorePoints",
    "vmRestorePoints",
    "VmRestorePoint",
    "VmRestorePointEntityType",
  ),
  vAppRestorePoints: wrappedElement(
    types,
    "VAppRestorePoints",
    "vAppRestorePoints",
    "VAppRestorePoint",
    "VAppRestorePointEntityType",
  ),
  vmReplicaPoints: objectElement(types, "VmReplicaPoints", "vmReplicaPoints", "VmReplicaPointEntityListType"),
  vAppReplicaPoints: wrappedElement(
    types,
    "VAppReplicaPoints",
    "vAppReplicaPoints",
    "VAppReplicaPoint",
    "VAppReplicaPointEntityType",
  ),
  backupFiles: wrappedElement(types, "BackupFiles", "backupFiles", "BackupFile", "BackupFileEntityType"),
  catalogVms: wrappedElement(types, "CatalogVms", "catalogVms", "CatalogVm", "CatalogVmEntityType"),
  catalogVmRestorePoints: wrappedElement(
    types,
    "CatalogVmRestorePoints",
    "catalogVmRestorePoints",
    "CatalogVmRestorePoint",
    "CatalogVmRestorePointEntityType",
  ),
  enterpriseRoles: wrappedElement(
    types,
    "EnterpriseRoles",
    "enterpriseRoles",
    "EnterpriseRoleEntity",
    "EnterpriseRoleEntityType",
  ),
  enterpriseAccounts: wrappedElement(
    types,
    "EnterpriseAccounts",
    "enterpriseAccounts",
    "EnterpriseAccountEntity",
    "EnterpriseAccountEntityType",
  ),
  vCloudOrganizationConfigs: wrappedElement(
    types,
    "VCloudOrganizationConfigs",
    "vCloudOrganizationConfigs",
    "VCloudOrganizationConfig",
    "VCloudOrganizationConfigEntityType",
  ),
  vSphereSelfServiceConfigs: wrappedElement(
    types,
    "VSphereSelfServiceConfigs",
    "vSphereSelfServiceConfigs",
    "VSphereSelfServiceConfig",
    "VSphereSelfServiceConfigEntityType",
  ),
  tasks: wrappedElement(types, "Tasks", "tasks", "Task", "TaskType"),
  systemSessions: wrappedElement(types, "SystemSessions", "systemSessions", "SystemSession", "SystemSessionEntityType"),
  backupJobSessions: wrappedElement(
    types,
    "BackupJobSessions",
    "backupJobSessions",
    "BackupJobSession",
    "BackupJobSessionEntityType",
  ),
  replicaJobSessions: wrappedElement(
    types,
    "ReplicaJobSessions",
    "replicaJobSessions",
    "ReplicaJobSession",
    "ReplicaJobSessionEntityType",
  ),
  restoreSessions: wrappedElement(
    types,
    "RestoreSessions",
    "restoreSessions",
    "RestoreSession",
    "RestoreSessionEntityType",
  ),
  backupTaskSessions: wrappedElement(
    types,
    "BackupTaskSessions",
    "backupTaskSessions",
    "BackupTaskSession",
    "BackupTaskSessionEntityType",
  ),
  replicaTaskSessions: wrappedElement(
    types,
    "ReplicaTaskSessions",
    "replicaTaskSessions",
    "ReplicaTaskSession",
    "ReplicaTaskSessionEntityType",
  ),
  enterpiseRoles: wrappedElement(
    types,
    "EnterpiseRoles",
    "enterpiseRoles",
    "EnterpriseRoleEntity",
    "EnterpriseRoleEntityType",
  ),
  enterpiseAccounts: wrappedElement(
    types,
    "EnterpiseAccounts",
    "enterpiseAccounts",
    "EnterpriseAccountEntity",
    "EnterpriseAccountEntityType",
  ),
  passwords: wrappedElement(types, "Passwords", "passwords", "PasswordKeyInfo", "PasswordKeyInfoType"),
  credentials: wrappedElement(types, "Credentials", "credentials", "CredentialsInfo", "CredentialsInfoType"),
};

/** Entities of the queried type, in the collection element of that type. */
export class Entities extends XmlObject {
  /**
   * Element DiscoveredComputers.
   *
   * Written as `<DiscoveredComputers>` around one `<DiscoveredComputer>` per item; absent and empty stay distinct.
   */
  declare discoveredComputers?: DiscoveredComputer[];
  /**
   * Element AgentProtectionGroups.
   *
   * Written as `<AgentProtectionGroups>` around one `<AgentProtectionGroup>` per item; absent and empty stay distinct.
   */
  declare agentProtectionGroups?: AgentProtectionGroup[];
  /**
   * Element AgentBackupJobs.
   *
   * Written as `<AgentBackupJobs>` around one `<AgentBackupJob>` per item; absent and empty stay distinct.
   */
  declare agentBackupJobs?: AgentBackupJob[];
  /**
   * Element AgentRestorePoints.
   *
   * Written as `<AgentRestorePoints>` around one `<AgentRestorePoint>` per item; absent and empty stay distinct.
   */
  declare agentRestorePoints?: AgentRestorePoint[];
  /**
   * Element CdpPolicies.
   *
   * Written as `<CdpPolicies>` around one `<CdpPolicy>` per item; absent and empty stay distinct.
   */
  declare cdpPolicies?: CdpPolicy[];
  /**
   * Element CdpReplicas.
   *
   * Written as `<CdpReplicas>` around one `<CdpReplica>` per item; absent and empty stay distinct.
   */
  declare cdpReplicas?: CdpReplica[];
  /**
   * Element VmCdpReplicas.
   *
   * Written as `<VmCdpReplicas>` around one `<Items>` per item; absent and empty stay distinct.
   */
  declare vmCdpReplicas?: VmCdpReplicaEntity[];
  /**
   * Element VAppCdpReplicas.
   *
   * Written as `<VAppCdpReplicas>` around one `<Items>` per item; absent and empty stay distinct.
   */
  declare vAppCdpReplicas?: VAppCdpReplica[];
  /**
   * Element VAppCdpReplicaVms.
   *
   * Written as `<VAppCdpReplicaVms>` around one `<Items>` per item; absent and empty stay distinct.
   */
  declare vAppCdpReplicaVms?: VAppCdpReplicaVm[];
  /**
   * Element CdpReplicaSessions.
   *
   * Written as `<CdpReplicaSessions>` around one `<CdpReplicaSession>` per item; absent and empty stay distinct.
   */
  declare cdpReplicaSessions?: CdpReplicaSession[];
  /**
   * Element CdpReplicaTaskSessions.
   *
   * Written as `<CdpReplicaTaskSessions>` around one `<CdpReplicaTaskSession>` per item; absent and empty stay distinct.
   */
  declare cdpReplicaTaskSessions?: CdpReplicaTaskSession[];
  /**
   * Element CloudGateways.
   *
   * Written as `<CloudGateways>` around one `<CloudGateway>` per item; absent and empty stay distinct.
   */
  declare cloudGateways?: CloudGateway[];
  /** Element CloudGatewayPools. */
  declare cloudGatewayPools?: CloudGatewayPools;
  /**
   * Element CloudTenants.
   *
   * Written as `<CloudTenants>` around one `<CloudTenant>` per item; absent and empty stay distinct.
   */
  declare cloudTenants?: CloudTenant[];
  /**
   * Element CloudHardwarePlans.
   *
   * Written as `<CloudHardwarePlans>` around one `<CloudHardwarePlan>` per item; absent and empty stay distinct.
   */
  declare cloudHardwarePlans?: CloudHardwarePlan[];
  /**
   * Element CloudPublicIpAddresses.
   *
   * Written as `<CloudPublicIpAddresses>` around one `<CloudPublicIp>` per item; absent and empty stay distinct.
   */
  declare cloudPublicIpAddresses?: CloudPublicIpAddress[];
  /**
   * Element VlanConfigurations.
   *
   * Written as `<VlanConfigurations>` around one `<Vlans>` per item; absent and empty stay distinct.
   */
  declare vlanConfigurations?: VlanConfiguration[];
  /**
   * Element CloudReplicas.
   *
   * Written as `<CloudReplicas>` around one `<CloudReplica>` per item; absent and empty stay distinct.
   */
  declare cloudReplicas?: CloudReplica[];
  /**
   * Element CloudVmReplicaPoints.
   *
   * Written as `<CloudVmReplicaPoints>` around one `<CloudReplica>` per item; absent and empty stay distinct.
   */
  declare cloudVmReplicaPoints?: CloudVmReplicaPoint[];
  /**
   * Element CloudFailoverPlans.
   *
   * Written as `<CloudFailoverPlans>` around one `<CloudFailoverPlan>` per item; absent and empty stay distinct.
   */
  declare cloudFailoverPlans?: CloudFailoverPlan[];
  /**
   * Element CloudFailoverSessions.
   *
   * Written as `<CloudFailoverSessions>` around one `<CloudFailoverSession>` per item; absent and empty stay distinct.
   */
  declare cloudFailoverSessions?: CloudFailoverSession[];
  /**
   * Element BackupServers.
   *
   * Written as `<BackupServers>` around one `<BackupServer>` per item; absent and empty stay distinct.
   */
  declare backupServers?: BackupServer[];
  /**
   * Element ManagedServers.
   *
   * Written as `<ManagedServers>` around one `<ManagedServer>` per item; absent and empty stay distinct.
   */
  declare managedServers?: ManagedServer[];
  /**
   * Element Repositories.
   *
   * Written as `<Repositories>` around one `<Repository>` per item; absent and empty stay distinct.
   */
  declare repositories?: Repository[];
  /**
   * Element ExternalRepositories.
   *
   * Written as `<ExternalRepositories>` around one `<ExternalRepository>` per item; absent and empty stay distinct.
   */
  declare externalRepositories?: ExternalRepository[];
  /**
   * Element WanAccelerators.
   *
   * Written as `<WanAccelerators>` around one `<WanAccelerator>` per item; absent and empty stay distinct.
   */
  declare wanAccelerators?: WanAccelerator[];
  /**
   * Element HierarchyRoots.
   *
   * Written as `<HierarchyRoots>` around one `<HierarchyRoot>` per item; absent and empty stay distinct.
   */
  declare hierarchyRoots?: HierarchyRoot[];
  /**
   * Element HierarchyItems.
   *
   * Written as `<HierarchyItems>` around one `<HierarchyItem>` per item; absent and empty stay distinct.
   */
  declare hierarchyItems?: HierarchyItem[];
  /**
   * Element Jobs.
   *
   * Written as `<Jobs>` around one `<Job>` per item; absent and empty stay distinct.
   */
  declare jobs?: Job[];
  /**
   * Element FailoverPlans.
   *
   * Written as `<FailoverPlans>` around one `<FailoverPlan>` per item; absent and empty stay distinct.
   */
  declare failoverPlans?: FailoverPlan[];
  /**
   * Element FileServers.
   *
   * Written as `<FileServers>` around one `<FileServer>` per item; absent and empty stay distinct.
   */
  declare fileServers?: FileServer[];
  /**
   * Element NASJobs.
   *
   * Written as `<NASJobs>` around one `<NASJob>` per item; absent and empty stay distinct.
   */
  declare nasJobs?: NASJob[];
  /**
   * Element Backups.
   *
   * Written as `<Backups>` around one `<Backup>` per item; absent and empty stay distinct.
   */
  declare backups?: Backup[];
  /**
   * Element Replicas.
   *
   * Written as `<Replicas>` around one `<Replica>` per item; absent and empty stay distinct.
   */
  declare replicas?: Replica[];
  /**
   * Element RestorePoints.
   *
   * Written as `<RestorePoints>` around one `<RestorePoint>` per item; absent and empty stay distinct.
   */
  declare restorePoints?: RestorePoint[];
  /**
   * Element VmRestorePoints.
   *
   * Written as `<VmRestorePoints>` around one `<VmRestorePoint>` per item; absent and empty stay distinct.
   */
  declare vmRestorePoints?: VmRestorePoint[];
  /**
   * Element VAppRestorePoints.
   *
   * Written as `<VAppRestorePoints>` around one `<VAppRestorePoint>` per item; absent and empty stay distinct.
   */
  declare vAppRestorePoints?: VAppRestorePoint[];
  /** Element VmReplicaPoints. */
  declare vmReplicaPoints?: VmReplicaPoints;
  /**
   * Element VAppReplicaPoints.
   *
   * Written as `<VAppReplicaPoints>` around one `<VAppReplicaPoint>` per item; absent and empty stay distinct.
   */
  declare vAppReplicaPoints?: VAppReplicaPoint[];
  /**
   * Element BackupFiles.
   *
   * Written as `<BackupFiles>` around one `<BackupFile>` per item; absent and empty stay distinct.
   */
  declare backupFiles?: BackupFile[];
  /**
   * Element CatalogVms.
   *
   * Written as `<CatalogVms>` around one `<CatalogVm>` per item; absent and empty stay distinct.
   */
  declare catalogVms?: CatalogVm[];
  /**
   * Element CatalogVmRestorePoints.
   *
   * Written as `<CatalogVmRestorePoints>` around one `<CatalogVmRestorePoint>` per item; absent and empty stay distinct.
   */
  declare catalogVmRestorePoints?: CatalogVmRestorePoint[];
  /**
   * Element EnterpriseRoles.
   *
   * Written as `<EnterpriseRoles>` around one `<EnterpriseRoleEntity>` per item; absent and empty stay distinct.
   */
  declare enterpriseRoles?: EnterpriseRole[];
  /**
   * Element EnterpriseAccounts.
   *
   * Written as `<EnterpriseAccounts>` around one `<EnterpriseAccountEntity>` per item; absent and empty stay distinct.
   */
  declare enterpriseAccounts?: EnterpriseAccount[];
  /**
   * Element VCloudOrganizationConfigs.
   *
   * Written as `<VCloudOrganizationConfigs>` around one `<VCloudOrganizationConfig>` per item; absent and empty stay distinct.
   */
  declare vCloudOrganizationConfigs?: VCloudOrganizationConfig[];
  /**
   * Element VSphereSelfServiceConfigs.
   *
   * Written as `<VSphereSelfServiceConfigs>` around one `<VSphereSelfServiceConfig>` per item; absent and empty stay distinct.
   */
  declare vSphereSelfServiceConfigs?: VSphereSelfServiceConfig[];
  /**
   * Element Tasks.
   *
   * Written as `<Tasks>` around one `<Task>` per item; absent and empty stay distinct.
   */
  declare tasks?: Task[];
  /**
   * Element SystemSessions.
   *
   * Written as `<SystemSessions>` around one `<SystemSession>` per item; absent and empty stay distinct.
   */
  declare systemSessions?: SystemSession[];
  /**
   * Element BackupJobSessions.
   *
   * Written as `<BackupJobSessions>` around one `<BackupJobSession>` per item; absent and empty stay distinct.
   */
  declare backupJobSessions?: BackupJobSession[];
  /**
   * Element ReplicaJobSessions.
   *
   * Written as `<ReplicaJobSessions>` around one `<ReplicaJobSession>` per item; absent and empty stay distinct.
   */
  declare replicaJobSessions?: ReplicaJobSession[];
  /**
   * Element RestoreSessions.
   *
   * Written as `<RestoreSessions>` around one `<RestoreSession>` per item; absent and empty stay distinct.
   */
  declare restoreSessions?: RestoreSession[];
  /**
   * Element BackupTaskSessions.
   *
   * Written as `<BackupTaskSessions>` around one `<BackupTaskSession>` per item; absent and empty stay distinct.
   */
  declare backupTaskSessions?: BackupTaskSession[];
  /**
   * Element ReplicaTaskSessions.
   *
   * Written as `<ReplicaTaskSessions>` around one `<ReplicaTaskSession>` per item; absent and empty stay distinct.
   */
  declare replicaTaskSessions?: ReplicaTaskSession[];
  /**
   * The spelling of EM 9.0 (API v1_2).
   *
   * Written as `<EnterpiseRoles>` around one `<EnterpriseRoleEntity>` per item; absent and empty stay distinct.
   */
  declare enterpiseRoles?: EnterpriseRole[];
  /**
   * The spelling of EM 9.0 (API v1_2).
   *
   * Written as `<EnterpiseAccounts>` around one `<EnterpriseAccountEntity>` per item; absent and empty stay distinct.
   */
  declare enterpiseAccounts?: EnterpriseAccount[];
  /**
   * The spelling of EM 9.0 (API v1_2).
   *
   * Written as `<Passwords>` around one `<PasswordKeyInfo>` per item; absent and empty stay distinct.
   */
  declare passwords?: PasswordKeyInfo[];
  /**
   * The spelling of EM 9.0 (API v1_2).
   *
   * Written as `<Credentials>` around one `<CredentialsInfo>` per item; absent and empty stay distinct.
   */
  declare credentials?: CredentialsInfo[];
  declare private readonly "emx:Entities": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Entities> = defineBinding<Entities>({
    typeName: "EntitiesType",
    className: "Entities",
    table: types,
    base: undefined,
    create: () => new Entities(),
    choices: [
      {
        required: true,
        branches: [
          ["DiscoveredComputers"],
          ["AgentProtectionGroups"],
          ["AgentBackupJobs"],
          ["AgentRestorePoints"],
          ["CdpPolicies"],
          ["CdpReplicas"],
          ["VmCdpReplicas"],
          ["VAppCdpReplicas"],
          ["VAppCdpReplicaVms"],
          ["CdpReplicaSessions"],
          ["CdpReplicaTaskSessions"],
          ["CloudGateways"],
          ["CloudGatewayPools"],
          ["CloudTenants"],
          ["CloudHardwarePlans"],
          ["CloudPublicIpAddresses"],
          ["VlanConfigurations"],
          ["CloudReplicas"],
          ["CloudVmReplicaPoints"],
          ["CloudFailoverPlans"],
          ["CloudFailoverSessions"],
          ["BackupServers"],
          ["ManagedServers"],
          ["Repositories"],
          ["ExternalRepositories"],
          ["WanAccelerators"],
          ["HierarchyRoots"],
          ["HierarchyItems"],
          ["Jobs"],
          ["FailoverPlans"],
          ["FileServers"],
          ["NASJobs"],
          ["Backups"],
          ["Replicas"],
          ["RestorePoints"],
          ["VmRestorePoints"],
          ["VAppRestorePoints"],
          ["VmReplicaPoints"],
          ["VAppReplicaPoints"],
          ["BackupFiles"],
          ["CatalogVms"],
          ["CatalogVmRestorePoints"],
          ["EnterpriseRoles"],
          ["EnterpriseAccounts"],
          ["VCloudOrganizationConfigs"],
          ["VSphereSelfServiceConfigs"],
          ["Tasks"],
          ["SystemSessions"],
          ["BackupJobSessions"],
          ["ReplicaJobSessions"],
          ["RestoreSessions"],
          ["BackupTaskSessions"],
          ["ReplicaTaskSessions"],
          ["EnterpiseRoles"],
          ["EnterpiseAccounts"],
          ["Passwords"],
          ["Credentials"],
        ],
      },
    ],
    fields: Object.values(EntitiesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Entities>) {
    super(init);
  }
}

const ResourcesFields = {
  files: wrappedElement(types, "Files", "files", "FileEntry", "FileEntryType"),
  directories: wrappedElement(types, "Directories", "directories", "DirectoryEntry", "DirectoryEntryType"),
  tasks: wrappedElement(types, "Tasks", "tasks", "Task", "TaskType"),
  credentialsList: wrappedElement(
    types,
    "CredentialsList",
    "credentialsList",
    "CredentialsInfo",
    "CredentialsInfoType",
  ),
  sInObjectJob: wrappedElement(types, "sInObjectJob", "sInObjectJob", "ObjectInJob", "ObjectInJobType", 0, {
    item: "ObjectInJobs",
  }),
  accountRole: wrappedElement(
    types,
    "AccountRole",
    "accountRole",
    "EnterpriseAccountInRole",
    "EnterpriseAccountInRoleType",
  ),
  accountHierarchyScope: wrappedElement(
    types,
    "AccountHierarchyScope",
    "accountHierarchyScope",
    "EnterpriseAccountHierarchyScope",
    "EnterpriseAccountHierarchyScopeType",
  ),
  passwordKeyInfoList: wrappedElement(
    types,
    "PasswordKeyInfoList",
    "passwordKeyInfoList",
    "PasswordKeyInfo",
    "PasswordKeyInfoType",
  ),
};

/** Resources of the queried type that are not entities. */
export class Resources extends XmlObject {
  /**
   * Element Files.
   *
   * Written as `<Files>` around one `<FileEntry>` per item; absent and empty stay distinct.
   */
  declare files?: FileEntry[];
  /**
   * Element Directories.
   *
   * Written as `<Directories>` around one `<DirectoryEntry>` per item; absent and empty stay distinct.
   */
  declare directories?: DirectoryEntry[];
  /**
   * Element Tasks.
   *
   * Written as `<Tasks>` around one `<Task>` per item; absent and empty stay distinct.
   */
  declare tasks?: Task[];
  /**
   * Element CredentialsList.
   *
   * Written as `<CredentialsList>` around one `<CredentialsInfo>` per item; absent and empty stay distinct.
   */
  declare credentialsList?: CredentialsInfo[];
  /**
   * Element sInObjectJob.
   *
   * Written as `<sInObjectJob>` around one `<ObjectInJob>` per item; absent and empty stay distinct.
   */
  declare sInObjectJob?: ObjectInJob[];
  /**
   * Element AccountRole.
   *
   * Written as `<AccountRole>` around one `<EnterpriseAccountInRole>` per item; absent and empty stay distinct.
   */
  declare accountRole?: EnterpriseAccountInRole[];
  /**
   * Element AccountHierarchyScope.
   *
   * Written as `<AccountHierarchyScope>` around one `<EnterpriseAccountHierarchyScope>` per item; absent and empty stay distinct.
   */
  declare accountHierarchyScope?: EnterpriseAccountHierarchyScope[];
  /**
   * Element PasswordKeyInfoList.
   *
   * Written as `<PasswordKeyInfoList>` around one `<PasswordKeyInfo>` per item; absent and empty stay distinct.
   */
  declare passwordKeyInfoList?: PasswordKeyInfo[];
  declare private readonly "emx:Resources": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Resources> = defineBinding<Resources>({
    typeName: "ResourcesType",
    className: "Resources",
    table: types,
    base: undefined,
    create: () => new Resources(),
    choices: [
      {
        required: true,
        branches: [
          ["Files"],
          ["Directories"],
          ["Tasks"],
          ["CredentialsList"],
          ["sInObjectJob"],
          ["AccountRole"],
          ["AccountHierarchyScope"],
          ["PasswordKeyInfoList"],
        ],
      },
    ],
    fields: Object.values(ResourcesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Resources>) {
    super(init);
  }
}
