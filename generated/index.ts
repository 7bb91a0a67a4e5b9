// Generated from schemas/*.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.

import {
  EmClient,
  Registry,
  type BoundClass,
  type EmClientOptions,
  type ReadOptions,
  type SerializeOptions,
  type XmlObject,
} from "../runtime/index.js";
import {
  AgentBackupJob,
  AgentBackupJobs,
  AgentProtectionGroup,
  AgentProtectionGroups,
  AgentRestorePoint,
  AgentRestorePointMount,
  AgentRestorePointMounts,
  AgentRestorePoints,
  Agents,
  DiscoveredComputer,
  DiscoveredComputers,
  ObjectInAgentBackupJob,
  ObjectsInAgentBackupJob,
} from "./agents.gen.js";
import {
  CdpFailoverStartSpec,
  CdpPolicies,
  CdpPolicy,
  CdpReplica,
  CdpReplicaIntervals,
  CdpReplicaSession,
  CdpReplicaSessions,
  CdpReplicaTaskSession,
  CdpReplicaTaskSessions,
  CdpReplicas,
  VAppCdpReplica,
  VAppCdpReplicaVm,
  VAppCdpReplicaVms,
  VAppCdpReplicas,
  VmCdpReplicaEntity,
  VmCdpReplicas,
} from "./cdp.gen.js";
import {
  CloudConnectService,
  CloudFailoverPlan,
  CloudFailoverPlanManagementSpec,
  CloudFailoverPlans,
  CloudFailoverSession,
  CloudFailoverSessions,
  CloudFailoveredVm,
  CloudFailoveredVms,
  CloudGateway,
  CloudGatewayPool,
  CloudGatewayPools,
  CloudGateways,
  CloudHardwarePlan,
  CloudHardwarePlanCreateSpec,
  CloudHardwarePlans,
  CloudPublicIpAddress,
  CloudPublicIpAddressCreateSpec,
  CloudPublicIpAddresses,
  CloudReplica,
  CloudReplicas,
  CloudSubtenant,
  CloudSubtenantCreateSpec,
  CloudSubtenants,
  CloudTenant,
  CloudTenantComputeResource,
  CloudTenantComputeResourceCreateSpec,
  CloudTenantComputeResources,
  CloudTenantFreeLicenseCounters,
  CloudTenantResource,
  CloudTenantResources,
  CloudTenantVCloudComputeResource,
  CloudTenantVCloudComputeResourceCreateSpec,
  CloudTenantVCloudComputeResources,
  CloudTenants,
  CloudVmReplicaPoint,
  CloudVmReplicaPoints,
  CreateCloudGatewayPoolSpec,
  CreateCloudGatewaySpec,
  CreateCloudTenantResourceSpec,
  CreateCloudTenantSpec,
  VlanConfiguration,
  VlanConfigurationCreateSpec,
  VlanConfigurations,
} from "./cloud.gen.js";
import { EntityRef, EntityReferences, ErrorType, Task } from "./common.gen.js";
import {
  BackupServer,
  BackupServerSpec,
  BackupServers,
  CredentialsInfo,
  CredentialsInfoList,
  CredentialsInfoSpec,
  ExternalRepositories,
  ExternalRepository,
  HierarchyItem,
  HierarchyItems,
  HierarchyRoot,
  HierarchyRoots,
  ManagedServer,
  ManagedServers,
  PasswordKeyInfo,
  PasswordKeyInfoList,
  PasswordKeyInfoSpec,
  Repositories,
  Repository,
  WanAccelerator,
  WanAccelerators,
} from "./infrastructure.gen.js";
import {
  CreateObjectInJobSpec,
  FailoverPlan,
  FailoverPlanManagementSpec,
  FailoverPlans,
  FailoveredVm,
  FailoveredVms,
  Job,
  JobCloneSpec,
  Jobs,
  LinkedBackupRepositoryResourceObjects,
  LinkedJobResourceObjects,
  ObjectInJob,
  ObjectsInJob,
  QuickBackupStartupSpec,
  RebuildScopeJobSpec,
  VeeamZipStartupSpec,
} from "./jobs.gen.js";
import { NASJob, NASJobs, NASObject, NASObjects } from "./nas.gen.js";
import { FileServer, FileServers, NASService } from "./nas-infrastructure.gen.js";
import { QueryResult } from "./query.gen.js";
import {
  JobStatisticsReportFrame,
  OverviewReportFrame,
  ProcessedVmsReportFrame,
  RepositoryReportFrame,
  SummaryReport,
  VmsOverviewReportFrame,
} from "./reports.gen.js";
import {
  Backup,
  BackupFile,
  BackupFiles,
  Backups,
  CatalogVm,
  CatalogVmRestorePoint,
  CatalogVmRestorePoints,
  CatalogVms,
  FileRestoreSpec,
  FileSystemEntries,
  FileSystemEntry,
  Replica,
  Replicas,
  RestorePoint,
  RestorePoints,
  RestoreSpec,
  VAppReplicaPoint,
  VAppReplicaPoints,
  VAppRestorePoint,
  VAppRestorePoints,
  VmReplicaPoint,
  VmReplicaPointMount,
  VmReplicaPointMounts,
  VmReplicaPoints,
  VmRestorePoint,
  VmRestorePointMount,
  VmRestorePointMounts,
  VmRestorePoints,
} from "./restore.gen.js";
import {
  EnterpriseAccount,
  EnterpriseAccountCreateSpec,
  EnterpriseAccountHierarchyScope,
  EnterpriseAccountHierarchyScopes,
  EnterpriseAccountInRole,
  EnterpriseAccountInRoleCreateSpec,
  EnterpriseAccountInRoleList,
  EnterpriseAccounts,
  EnterpriseRole,
  EnterpriseRoles,
  EnterpriseSecuritySettings,
  HierarchyScopeCreateSpec,
} from "./security.gen.js";
import {
  VCloudOrganizationConfig,
  VCloudOrganizationConfigBackupJobSettings,
  VCloudOrganizationConfigCreateSpec,
  VCloudOrganizationConfigs,
  VCloudService,
  VSphereSelfService,
  VSphereSelfServiceConfig,
  VSphereSelfServiceConfigJobSettings,
  VSphereSelfServiceConfigs,
  VSphereSelfServiceCreateSpec,
} from "./self-service.gen.js";
import {
  EnterpriseManager,
  LoginSpec,
  LogonSession,
  LogonSessions,
  LookupSvc,
  QuerySvc,
  ReportingSvc,
  SystemSession,
  SystemSessionEvents,
  SystemSessions,
  Tasks,
} from "./session.gen.js";
import {
  BackupJobSession,
  BackupJobSessions,
  BackupTaskSession,
  BackupTaskSessions,
  ReplicaJobSession,
  ReplicaJobSessions,
  ReplicaTaskSession,
  ReplicaTaskSessions,
  RestoreSession,
  RestoreSessions,
} from "./sessions.gen.js";

export * from "./agents.gen.js";
export * from "./cdp.gen.js";
export * from "./cloud.gen.js";
export * from "./common.gen.js";
export * from "./guest-processing.gen.js";
export * from "./infrastructure.gen.js";
export * from "./job-schedule.gen.js";
export * from "./jobs.gen.js";
export * from "./nas-infrastructure.gen.js";
export * from "./nas.gen.js";
export * from "./query.gen.js";
export * from "./reports.gen.js";
export * from "./restore.gen.js";
export * from "./security.gen.js";
export * from "./self-service.gen.js";
export * from "./session.gen.js";
export * from "./sessions.gen.js";
export { types } from "./type-table.gen.js";

/** Every class a document root binds to. */
export type EmRoot =
  | AgentBackupJob
  | AgentBackupJobs
  | AgentProtectionGroup
  | AgentProtectionGroups
  | AgentRestorePoint
  | AgentRestorePointMount
  | AgentRestorePointMounts
  | AgentRestorePoints
  | Agents
  | Backup
  | BackupFile
  | BackupFiles
  | BackupJobSession
  | BackupJobSessions
  | BackupServer
  | BackupServerSpec
  | BackupServers
  | BackupTaskSession
  | BackupTaskSessions
  | Backups
  | CatalogVm
  | CatalogVmRestorePoint
  | CatalogVmRestorePoints
  | CatalogVms
  | CdpFailoverStartSpec
  | CdpPolicies
  | CdpPolicy
  | CdpReplica
  | CdpReplicaIntervals
  | CdpReplicaSession
  | CdpReplicaSessions
  | CdpReplicaTaskSession
  | CdpReplicaTaskSessions
  | CdpReplicas
  | CloudConnectService
  | CloudFailoverPlan
  | CloudFailoverPlanManagementSpec
  | CloudFailoverPlans
  | CloudFailoverSession
  | CloudFailoverSessions
  | CloudFailoveredVm
  | CloudFailoveredVms
  | CloudGateway
  | CloudGatewayPool
  | CloudGatewayPools
  | CloudGateways
  | CloudHardwarePlan
  | CloudHardwarePlanCreateSpec
  | CloudHardwarePlans
  | CloudPublicIpAddress
  | CloudPublicIpAddressCreateSpec
  | CloudPublicIpAddresses
  | CloudReplica
  | CloudReplicas
  | CloudSubtenant
  | CloudSubtenantCreateSpec
  | CloudSubtenants
  | CloudTenant
  | CloudTenantComputeResource
  | CloudTenantComputeResourceCreateSpec
  | CloudTenantComputeResources
  | CloudTenantFreeLicenseCounters
  | CloudTenantResource
  | CloudTenantResources
  | CloudTenantVCloudComputeResource
  | CloudTenantVCloudComputeResourceCreateSpec
  | CloudTenantVCloudComputeResources
  | CloudTenants
  | CloudVmReplicaPoint
  | CloudVmReplicaPoints
  | CreateCloudGatewayPoolSpec
  | CreateCloudGatewaySpec
  | CreateCloudTenantResourceSpec
  | CreateCloudTenantSpec
  | CreateObjectInJobSpec
  | CredentialsInfo
  | CredentialsInfoList
  | CredentialsInfoSpec
  | DiscoveredComputer
  | DiscoveredComputers
  | EnterpriseAccount
  | EnterpriseAccountCreateSpec
  | EnterpriseAccountHierarchyScope
  | EnterpriseAccountHierarchyScopes
  | EnterpriseAccountInRole
  | EnterpriseAccountInRoleCreateSpec
  | EnterpriseAccountInRoleList
  | EnterpriseAccounts
  | EnterpriseManager
  | EnterpriseRole
  | EnterpriseRoles
  | EnterpriseSecuritySettings
  | EntityRef
  | EntityReferences
  | ErrorType
  | ExternalRepositories
  | ExternalRepository
  | FailoverPlan
  | FailoverPlanManagementSpec
  | FailoverPlans
  | FailoveredVm
  | FailoveredVms
  | FileRestoreSpec
  | FileServer
  | FileServers
  | FileSystemEntries
  | FileSystemEntry
  | HierarchyItem
  | HierarchyItems
  | HierarchyRoot
  | HierarchyRoots
  | HierarchyScopeCreateSpec
  | Job
  | JobCloneSpec
  | JobStatisticsReportFrame
  | Jobs
  | LinkedBackupRepositoryResourceObjects
  | LinkedJobResourceObjects
  | LoginSpec
  | LogonSession
  | LogonSessions
  | LookupSvc
  | ManagedServer
  | ManagedServers
  | NASJob
  | NASJobs
  | NASObject
  | NASObjects
  | NASService
  | ObjectInAgentBackupJob
  | ObjectInJob
  | ObjectsInAgentBackupJob
  | ObjectsInJob
  | OverviewReportFrame
  | PasswordKeyInfo
  | PasswordKeyInfoList
  | PasswordKeyInfoSpec
  | ProcessedVmsReportFrame
  | QueryResult
  | QuerySvc
  | QuickBackupStartupSpec
  | RebuildScopeJobSpec
  | Replica
  | ReplicaJobSession
  | ReplicaJobSessions
  | ReplicaTaskSession
  | ReplicaTaskSessions
  | Replicas
  | ReportingSvc
  | Repositories
  | Repository
  | RepositoryReportFrame
  | RestorePoint
  | RestorePoints
  | RestoreSession
  | RestoreSessions
  | RestoreSpec
  | SummaryReport
  | SystemSession
  | SystemSessionEvents
  | SystemSessions
  | Task
  | Tasks
  | VAppCdpReplica
  | VAppCdpReplicaVm
  | VAppCdpReplicaVms
  | VAppCdpReplicas
  | VAppReplicaPoint
  | VAppReplicaPoints
  | VAppRestorePoint
  | VAppRestorePoints
  | VCloudOrganizationConfig
  | VCloudOrganizationConfigBackupJobSettings
  | VCloudOrganizationConfigCreateSpec
  | VCloudOrganizationConfigs
  | VCloudService
  | VSphereSelfService
  | VSphereSelfServiceConfig
  | VSphereSelfServiceConfigJobSettings
  | VSphereSelfServiceConfigs
  | VSphereSelfServiceCreateSpec
  | VeeamZipStartupSpec
  | VlanConfiguration
  | VlanConfigurationCreateSpec
  | VlanConfigurations
  | VmCdpReplicaEntity
  | VmCdpReplicas
  | VmReplicaPoint
  | VmReplicaPointMount
  | VmReplicaPointMounts
  | VmReplicaPoints
  | VmRestorePoint
  | VmRestorePointMount
  | VmRestorePointMounts
  | VmRestorePoints
  | VmsOverviewReportFrame
  | WanAccelerator
  | WanAccelerators;

/** Root elements and link Types of the EM namespace, and the classes they bind to. */
export const registry = new Registry([
  { element: "Agents", type: () => Agents, linkTypes: ["AgentsService"] },
  { element: "DiscoveredComputer", type: () => DiscoveredComputer, linkTypes: ["DiscoveredComputer"] },
  { element: "DiscoveredComputers", type: () => DiscoveredComputers, linkTypes: ["DiscoveredComputerList"] },
  { element: "AgentProtectionGroup", type: () => AgentProtectionGroup, linkTypes: ["AgentProtectionGroup"] },
  { element: "AgentProtectionGroups", type: () => AgentProtectionGroups, linkTypes: ["AgentProtectionGroupList"] },
  { element: "AgentBackupJob", type: () => AgentBackupJob, linkTypes: ["AgentBackupJob"] },
  { element: "AgentBackupJobs", type: () => AgentBackupJobs, linkTypes: ["AgentBackupJobList"] },
  { element: "ObjectInAgentBackupJob", type: () => ObjectInAgentBackupJob, linkTypes: ["ObjectInAgentBackupJob"] },
  {
    element: "ObjectsInAgentBackupJob",
    type: () => ObjectsInAgentBackupJob,
    linkTypes: ["ObjectInAgentBackupJobList"],
  },
  { element: "AgentRestorePoint", type: () => AgentRestorePoint, linkTypes: ["AgentRestorePoint"] },
  { element: "AgentRestorePoints", type: () => AgentRestorePoints, linkTypes: ["AgentRestorePointList"] },
  { element: "AgentRestorePointMount", type: () => AgentRestorePointMount, linkTypes: ["AgentRestorePointMount"] },
  {
    element: "AgentRestorePointMounts",
    type: () => AgentRestorePointMounts,
    linkTypes: ["AgentRestorePointMountList"],
  },
  { element: "CdpPolicy", type: () => CdpPolicy, linkTypes: ["CdpPolicy"] },
  { element: "CdpPolicies", type: () => CdpPolicies, linkTypes: ["CdpPolicyList"] },
  { element: "CdpReplica", type: () => CdpReplica, linkTypes: ["CdpReplica"] },
  { element: "CdpReplicas", type: () => CdpReplicas, linkTypes: ["CdpReplicaList"] },
  { element: "CdpReplicaVm", type: () => VmCdpReplicaEntity, linkTypes: ["CdpReplicaVm"] },
  { element: "VmCdpReplica", type: () => VmCdpReplicaEntity, linkTypes: [] },
  { element: "VmCdpReplicas", type: () => VmCdpReplicas, linkTypes: ["CdpReplicaVms"] },
  { element: "VAppCdpReplica", type: () => VAppCdpReplica, linkTypes: ["VAppCdpReplica"] },
  { element: "VAppCdpReplicas", type: () => VAppCdpReplicas, linkTypes: ["VAppCdpReplicas"] },
  { element: "VAppCdpReplicaVm", type: () => VAppCdpReplicaVm, linkTypes: ["VAppCdpReplicaVm"] },
  { element: "VAppCdpReplicaVms", type: () => VAppCdpReplicaVms, linkTypes: ["VAppCdpReplicaVms"] },
  { element: "CdpReplicaSession", type: () => CdpReplicaSession, linkTypes: ["CdpReplicaSession"] },
  { element: "CdpReplicaSessions", type: () => CdpReplicaSessions, linkTypes: ["CdpReplicaSessionList"] },
  { element: "CdpReplicaTaskSession", type: () => CdpReplicaTaskSession, linkTypes: ["CdpReplicaTaskSession"] },
  { element: "CdpReplicaTaskSessions", type: () => CdpReplicaTaskSessions, linkTypes: ["CdpReplicaTaskSessionList"] },
  { element: "CdpReplicaIntervals", type: () => CdpReplicaIntervals, linkTypes: [] },
  { element: "CdpFailoverStartSpec", type: () => CdpFailoverStartSpec, linkTypes: [] },
  { element: "CloudConnectService", type: () => CloudConnectService, linkTypes: ["CloudConnectService"] },
  { element: "CloudGateway", type: () => CloudGateway, linkTypes: ["CloudGateway"] },
  { element: "CloudGateways", type: () => CloudGateways, linkTypes: ["CloudGatewayList"] },
  { element: "CreateCloudGatewaySpec", type: () => CreateCloudGatewaySpec, linkTypes: [] },
  { element: "CloudGatewayPool", type: () => CloudGatewayPool, linkTypes: ["CloudGatewayPool", "CloudGatewayPools"] },
  { element: "CloudGatewayPools", type: () => CloudGatewayPools, linkTypes: ["CloudGatewayPoolList"] },
  { element: "CreateCloudGatewayPoolSpec", type: () => CreateCloudGatewayPoolSpec, linkTypes: [] },
  { element: "CloudTenant", type: () => CloudTenant, linkTypes: ["CloudTenant"] },
  { element: "CloudTenants", type: () => CloudTenants, linkTypes: ["CloudTenantList"] },
  { element: "CreateCloudTenantSpec", type: () => CreateCloudTenantSpec, linkTypes: [] },
  { element: "CloudTenantResource", type: () => CloudTenantResource, linkTypes: ["CloudTenantResource"] },
  { element: "CloudTenantResources", type: () => CloudTenantResources, linkTypes: ["CloudTenantResourceList"] },
  { element: "CreateCloudTenantResourceSpec", type: () => CreateCloudTenantResourceSpec, linkTypes: [] },
  {
    element: "CloudTenantComputeResource",
    type: () => CloudTenantComputeResource,
    linkTypes: ["CloudTenantComputeResource"],
  },
  {
    element: "CloudTenantComputeResources",
    type: () => CloudTenantComputeResources,
    linkTypes: ["CloudTenantComputeResourceList"],
  },
  { element: "CloudTenantComputeResourceCreateSpec", type: () => CloudTenantComputeResourceCreateSpec, linkTypes: [] },
  {
    element: "CloudTenantVCloudComputeResource",
    type: () => CloudTenantVCloudComputeResource,
    linkTypes: ["CloudTenantVCloudComputeResource"],
  },
  {
    element: "CloudTenantVCloudComputeResources",
    type: () => CloudTenantVCloudComputeResources,
    linkTypes: ["CloudTenantVCloudComputeResourceList"],
  },
  {
    element: "CloudTenantVCloudComputeResourceCreateSpec",
    type: () => CloudTenantVCloudComputeResourceCreateSpec,
    linkTypes: [],
  },
  {
    element: "CloudTenantFreeLicenseCounters",
    type: () => CloudTenantFreeLicenseCounters,
    linkTypes: ["FreeLicenseCounters"],
  },
  { element: "CloudSubtenant", type: () => CloudSubtenant, linkTypes: ["CloudSubtenant"] },
  { element: "CloudSubtenants", type: () => CloudSubtenants, linkTypes: ["CloudSubtenantList"] },
  { element: "CloudSubtenantCreateSpec", type: () => CloudSubtenantCreateSpec, linkTypes: [] },
  { element: "CloudHardwarePlan", type: () => CloudHardwarePlan, linkTypes: ["CloudHardwarePlan"] },
  { element: "CloudHardwarePlans", type: () => CloudHardwarePlans, linkTypes: ["CloudHardwarePlanList"] },
  { element: "CloudHardwarePlanCreateSpec", type: () => CloudHardwarePlanCreateSpec, linkTypes: [] },
  { element: "CloudPublicIpAddress", type: () => CloudPublicIpAddress, linkTypes: ["CloudPublicIpAddress"] },
  { element: "CloudPublicIpAddresses", type: () => CloudPublicIpAddresses, linkTypes: ["CloudPublicIpAddressList"] },
  { element: "CloudPublicIpAddressCreateSpec", type: () => CloudPublicIpAddressCreateSpec, linkTypes: [] },
  { element: "VlanConfiguration", type: () => VlanConfiguration, linkTypes: ["VlanConfiguration"] },
  { element: "VlanConfigurations", type: () => VlanConfigurations, linkTypes: ["VlanConfigurationList"] },
  { element: "VlanConfigurationCreateSpec", type: () => VlanConfigurationCreateSpec, linkTypes: [] },
  { element: "CloudReplica", type: () => CloudReplica, linkTypes: ["CloudReplica"] },
  { element: "CloudReplicas", type: () => CloudReplicas, linkTypes: ["CloudReplicaList"] },
  { element: "CloudVmReplicaPoint", type: () => CloudVmReplicaPoint, linkTypes: ["CloudVmReplicaPoint"] },
  { element: "CloudVmReplicaPoints", type: () => CloudVmReplicaPoints, linkTypes: ["CloudVmReplicaPointList"] },
  { element: "CloudFailoverPlan", type: () => CloudFailoverPlan, linkTypes: ["CloudFailoverPlan"] },
  { element: "CloudFailoverPlans", type: () => CloudFailoverPlans, linkTypes: ["CloudFailoverPlanList"] },
  { element: "CloudFailoverPlanManagementSpec", type: () => CloudFailoverPlanManagementSpec, linkTypes: [] },
  { element: "CloudFailoveredVm", type: () => CloudFailoveredVm, linkTypes: ["CloudFailoveredVm"] },
  { element: "CloudFailoveredVms", type: () => CloudFailoveredVms, linkTypes: ["CloudFailoveredVmList"] },
  { element: "CloudFailoverSession", type: () => CloudFailoverSession, linkTypes: ["CloudFailoverSession"] },
  { element: "CloudFailoverSessions", type: () => CloudFailoverSessions, linkTypes: ["CloudFailoverSessionList"] },
  { element: "EntityRef", type: () => EntityRef, linkTypes: ["EntityReference", "*Reference"] },
  { element: "EntityReferences", type: () => EntityReferences, linkTypes: ["EntityReferenceList", "*ReferenceList"] },
  { element: "Task", type: () => Task, linkTypes: ["Task"] },
  { element: "Error", type: () => ErrorType, linkTypes: [] },
  { element: "BackupServer", type: () => BackupServer, linkTypes: ["BackupServer"] },
  { element: "BackupServers", type: () => BackupServers, linkTypes: ["BackupServerList"] },
  { element: "BackupServerSpec", type: () => BackupServerSpec, linkTypes: [] },
  { element: "ManagedServer", type: () => ManagedServer, linkTypes: ["ManagedServer"] },
  { element: "ManagedServers", type: () => ManagedServers, linkTypes: ["ManagedServerList"] },
  { element: "Repository", type: () => Repository, linkTypes: ["Repository"] },
  { element: "Repositories", type: () => Repositories, linkTypes: ["RepositoryList"] },
  { element: "ExternalRepository", type: () => ExternalRepository, linkTypes: ["ExternalRepository"] },
  { element: "ExternalRepositories", type: () => ExternalRepositories, linkTypes: ["ExternalRepositoryList"] },
  { element: "WanAccelerator", type: () => WanAccelerator, linkTypes: ["WanAccelerator"] },
  { element: "WanAccelerators", type: () => WanAccelerators, linkTypes: ["WanAcceleratorList"] },
  { element: "HierarchyRoot", type: () => HierarchyRoot, linkTypes: ["HierarchyRoot"] },
  { element: "HierarchyRoots", type: () => HierarchyRoots, linkTypes: ["HierarchyRootList"] },
  { element: "HierarchyItem", type: () => HierarchyItem, linkTypes: ["HierarchyItem"] },
  { element: "HierarchyItems", type: () => HierarchyItems, linkTypes: ["HierarchyItemList"] },
  { element: "CredentialsInfo", type: () => CredentialsInfo, linkTypes: ["Credentials"] },
  { element: "CredentialsInfoList", type: () => CredentialsInfoList, linkTypes: ["CredentialsList"] },
  { element: "CredentialsInfoSpec", type: () => CredentialsInfoSpec, linkTypes: [] },
  { element: "PasswordKeyInfo", type: () => PasswordKeyInfo, linkTypes: ["PasswordKey"] },
  { element: "PasswordKeyInfoList", type: () => PasswordKeyInfoList, linkTypes: ["PasswordKeyList"] },
  { element: "PasswordKeyInfoSpec", type: () => PasswordKeyInfoSpec, linkTypes: [] },
  { element: "Job", type: () => Job, linkTypes: ["Job"] },
  { element: "Jobs", type: () => Jobs, linkTypes: ["JobList"] },
  { element: "ObjectInJob", type: () => ObjectInJob, linkTypes: ["ObjectInJob"] },
  { element: "ObjectsInJob", type: () => ObjectsInJob, linkTypes: ["ObjectInJobList"] },
  { element: "CreateObjectInJobSpec", type: () => CreateObjectInJobSpec, linkTypes: [] },
  { element: "LinkedJobResourceObjects", type: () => LinkedJobResourceObjects, linkTypes: ["LinkedJobObjectList"] },
  {
    element: "LinkedBackupRepositoryResourceObjects",
    type: () => LinkedBackupRepositoryResourceObjects,
    linkTypes: ["LinkedBackupRepositoryObjectList"],
  },
  { element: "JobCloneSpec", type: () => JobCloneSpec, linkTypes: [] },
  { element: "RebuildScopeJobSpec", type: () => RebuildScopeJobSpec, linkTypes: [] },
  { element: "QuickBackupStartupSpec", type: () => QuickBackupStartupSpec, linkTypes: [] },
  { element: "VeeamZipStartupSpec", type: () => VeeamZipStartupSpec, linkTypes: [] },
  { element: "FailoverPlan", type: () => FailoverPlan, linkTypes: ["FailoverPlan"] },
  { element: "FailoverPlans", type: () => FailoverPlans, linkTypes: ["FailoverPlanList"] },
  { element: "FailoveredVm", type: () => FailoveredVm, linkTypes: ["FailoveredVm"] },
  { element: "FailoveredVms", type: () => FailoveredVms, linkTypes: ["FailoveredVmList"] },
  { element: "FailoverPlanManagementSpec", type: () => FailoverPlanManagementSpec, linkTypes: [] },
  { element: "NASService", type: () => NASService, linkTypes: ["NASService", "NasService"] },
  { element: "FileServer", type: () => FileServer, linkTypes: ["FileServer"] },
  { element: "FileServers", type: () => FileServers, linkTypes: ["FileServerList"] },
  { element: "NASJob", type: () => NASJob, linkTypes: ["NASJob", "NasJob"] },
  { element: "NASJobs", type: () => NASJobs, linkTypes: ["NASJobList"] },
  { element: "NASObject", type: () => NASObject, linkTypes: ["NASObject", "NasObject"] },
  { element: "NASObjects", type: () => NASObjects, linkTypes: ["NASObjectList", "NasObjectList"] },
  { element: "QueryResult", type: () => QueryResult, linkTypes: ["QueryResult"] },
  { element: "SummaryReport", type: () => SummaryReport, linkTypes: ["Report"] },
  { element: "OverviewReportFrame", type: () => OverviewReportFrame, linkTypes: [] },
  { element: "VmsOverviewReportFrame", type: () => VmsOverviewReportFrame, linkTypes: [] },
  { element: "JobStatisticsReportFrame", type: () => JobStatisticsReportFrame, linkTypes: [] },
  { element: "RepositoryReportFrame", type: () => RepositoryReportFrame, linkTypes: [] },
  { element: "ProcessedVmsReportFrame", type: () => ProcessedVmsReportFrame, linkTypes: [] },
  { element: "Backup", type: () => Backup, linkTypes: ["Backup"] },
  { element: "Backups", type: () => Backups, linkTypes: ["BackupList"] },
  { element: "Replica", type: () => Replica, linkTypes: ["Replica"] },
  { element: "Replicas", type: () => Replicas, linkTypes: ["ReplicaList"] },
  { element: "RestorePoint", type: () => RestorePoint, linkTypes: ["RestorePoint"] },
  { element: "RestorePoints", type: () => RestorePoints, linkTypes: ["RestorePointList"] },
  { element: "VmRestorePoint", type: () => VmRestorePoint, linkTypes: ["VmRestorePoint"] },
  { element: "VmRestorePoints", type: () => VmRestorePoints, linkTypes: ["VmRestorePointList"] },
  { element: "VAppRestorePoint", type: () => VAppRestorePoint, linkTypes: ["VAppRestorePoint"] },
  { element: "VAppRestorePoints", type: () => VAppRestorePoints, linkTypes: ["VAppRestorePointList"] },
  { element: "VmReplicaPoint", type: () => VmReplicaPoint, linkTypes: ["VmReplicaPoint"] },
  { element: "VmReplicaPoints", type: () => VmReplicaPoints, linkTypes: ["VmReplicaPointList"] },
  { element: "VAppReplicaPoint", type: () => VAppReplicaPoint, linkTypes: ["VAppReplicaPoint"] },
  { element: "VAppReplicaPoints", type: () => VAppReplicaPoints, linkTypes: ["VAppReplicaPointList"] },
  { element: "VmRestorePointMount", type: () => VmRestorePointMount, linkTypes: ["VmRestorePointMount"] },
  { element: "VmRestorePointMounts", type: () => VmRestorePointMounts, linkTypes: ["VmRestorePointMountList"] },
  { element: "VmReplicaPointMount", type: () => VmReplicaPointMount, linkTypes: ["VmReplicaPointMount"] },
  { element: "VmReplicaPointMounts", type: () => VmReplicaPointMounts, linkTypes: ["VmReplicaPointMountList"] },
  {
    element: "FileSystemEntry",
    type: () => FileSystemEntry,
    linkTypes: ["FileSystemItems", "DirectoryEntry", "FileEntry"],
  },
  {
    element: "FileSystemEntries",
    type: () => FileSystemEntries,
    linkTypes: ["FileSystemItemsList", "DirectoryEntryList", "FileEntryList"],
  },
  { element: "BackupFile", type: () => BackupFile, linkTypes: ["BackupFile"] },
  { element: "BackupFiles", type: () => BackupFiles, linkTypes: ["BackupFileList"] },
  { element: "CatalogVm", type: () => CatalogVm, linkTypes: ["CatalogVm"] },
  { element: "CatalogVms", type: () => CatalogVms, linkTypes: ["CatalogVmList"] },
  { element: "CatalogVmRestorePoint", type: () => CatalogVmRestorePoint, linkTypes: ["CatalogVmRestorePoint"] },
  { element: "CatalogVmRestorePoints", type: () => CatalogVmRestorePoints, linkTypes: ["CatalogVmRestorePointList"] },
  { element: "RestoreSpec", type: () => RestoreSpec, linkTypes: [] },
  { element: "FileRestoreSpec", type: () => FileRestoreSpec, linkTypes: [] },
  { element: "EnterpriseRole", type: () => EnterpriseRole, linkTypes: ["EnterpriseRole"] },
  { element: "EnterpriseRoles", type: () => EnterpriseRoles, linkTypes: ["EnterpriseRoleList"] },
  { element: "EnterpriseAccount", type: () => EnterpriseAccount, linkTypes: ["EnterpriseAccount"] },
  { element: "EnterpriseAccounts", type: () => EnterpriseAccounts, linkTypes: ["EnterpriseAccountList"] },
  {
    element: "EnterpriseAccountHierarchyScope",
    type: () => EnterpriseAccountHierarchyScope,
    linkTypes: ["EnterpriseAccountHierarchyScope"],
  },
  {
    element: "EnterpriseAccountHierarchyScopes",
    type: () => EnterpriseAccountHierarchyScopes,
    linkTypes: ["EnterpriseAccountHierarchyScopeList"],
  },
  { element: "EnterpriseAccountInRole", type: () => EnterpriseAccountInRole, linkTypes: ["EnterpriseAccountInRole"] },
  {
    element: "EnterpriseAccountInRoleList",
    type: () => EnterpriseAccountInRoleList,
    linkTypes: ["EnterpriseAccountInRoleList"],
  },
  { element: "HierarchyScopeCreateSpec", type: () => HierarchyScopeCreateSpec, linkTypes: [] },
  { element: "EnterpriseAccountInRoleCreateSpec", type: () => EnterpriseAccountInRoleCreateSpec, linkTypes: [] },
  {
    element: "EnterpriseSecuritySettings",
    type: () => EnterpriseSecuritySettings,
    linkTypes: ["EnterpriseSecuritySettings"],
  },
  { element: "EnterpriseAccountCreateSpec", type: () => EnterpriseAccountCreateSpec, linkTypes: [] },
  { element: "VCloudService", type: () => VCloudService, linkTypes: ["VCloudService"] },
  {
    element: "VCloudOrganizationConfig",
    type: () => VCloudOrganizationConfig,
    linkTypes: ["VCloudOrganizationConfig"],
  },
  {
    element: "VCloudOrganizationConfigs",
    type: () => VCloudOrganizationConfigs,
    linkTypes: ["VCloudOrganizationConfigList"],
  },
  { element: "VCloudOrganizationConfigCreateSpec", type: () => VCloudOrganizationConfigCreateSpec, linkTypes: [] },
  {
    element: "VCloudOrganizationConfigBackupJobSettings",
    type: () => VCloudOrganizationConfigBackupJobSettings,
    linkTypes: ["VCloudOrganizationConfigBackupJobSettings"],
  },
  { element: "VSphereSelfService", type: () => VSphereSelfService, linkTypes: ["VSphereSelfService"] },
  {
    element: "VSphereSelfServiceConfig",
    type: () => VSphereSelfServiceConfig,
    linkTypes: ["VSphereSelfServiceConfig"],
  },
  {
    element: "VSphereSelfServiceConfigs",
    type: () => VSphereSelfServiceConfigs,
    linkTypes: ["VSphereSelfServiceConfigList"],
  },
  {
    element: "VSphereSelfServiceConfigJobSettings",
    type: () => VSphereSelfServiceConfigJobSettings,
    linkTypes: ["VSphereSelfServiceConfigJobSettings"],
  },
  { element: "VSphereSelfServiceCreateSpec", type: () => VSphereSelfServiceCreateSpec, linkTypes: [] },
  { element: "EnterpriseManager", type: () => EnterpriseManager, linkTypes: ["EnterpriseManager"] },
  { element: "LogonSession", type: () => LogonSession, linkTypes: ["LogonSession"] },
  { element: "LogonSessions", type: () => LogonSessions, linkTypes: ["LogonSessionList"] },
  { element: "LoginSpec", type: () => LoginSpec, linkTypes: [] },
  { element: "Tasks", type: () => Tasks, linkTypes: ["TaskList"] },
  { element: "SystemSession", type: () => SystemSession, linkTypes: ["SystemSession"] },
  { element: "SystemSessions", type: () => SystemSessions, linkTypes: ["SystemSessions"] },
  { element: "SystemSessionEvents", type: () => SystemSessionEvents, linkTypes: ["SystemSessionEvents"] },
  { element: "QuerySvc", type: () => QuerySvc, linkTypes: ["QueryService"] },
  { element: "LookupSvc", type: () => LookupSvc, linkTypes: ["LookupService"] },
  { element: "ReportingSvc", type: () => ReportingSvc, linkTypes: [] },
  { element: "BackupJobSession", type: () => BackupJobSession, linkTypes: ["BackupJobSession"] },
  { element: "BackupJobSessions", type: () => BackupJobSessions, linkTypes: ["BackupJobSessionList"] },
  { element: "ReplicaJobSession", type: () => ReplicaJobSession, linkTypes: ["ReplicaJobSession"] },
  { element: "ReplicaJobSessions", type: () => ReplicaJobSessions, linkTypes: ["ReplicaJobSessionList"] },
  { element: "RestoreSession", type: () => RestoreSession, linkTypes: ["RestoreSession"] },
  { element: "RestoreSessions", type: () => RestoreSessions, linkTypes: ["RestoreSessionList"] },
  { element: "BackupTaskSession", type: () => BackupTaskSession, linkTypes: ["BackupTaskSession"] },
  { element: "BackupTaskSessions", type: () => BackupTaskSessions, linkTypes: ["BackupTaskSessionList"] },
  { element: "ReplicaTaskSession", type: () => ReplicaTaskSession, linkTypes: ["ReplicaTaskSession"] },
  { element: "ReplicaTaskSessions", type: () => ReplicaTaskSessions, linkTypes: ["ReplicaTaskSessionList"] },
]);

/**
 * Reads an EM document (string or UTF-8 bytes) into the class its root element names.
 * With `expect`, only that class is accepted and the result is typed as it.
 */
export function parse<T extends XmlObject = EmRoot>(
  input: string | Uint8Array,
  options?: ReadOptions & { readonly expect?: BoundClass<T> },
): T {
  return registry.parse(input, options) as T;
}

/** Reads an EM document from a Node Readable, a web ReadableStream or an async iterable of chunks. */
export async function parseStream<T extends XmlObject = EmRoot>(
  input: Parameters<Registry["parseStream"]>[0],
  options?: ReadOptions & { readonly expect?: BoundClass<T> },
): Promise<T> {
  return (await registry.parseStream(input, options)) as T;
}

/**
 * Streams the items of a document's first list (the Refs of EntityReferences, the entities of a
 * QueryResult, the members of a collection) one at a time, typed, reading only as fast as they are
 * taken. Returns the root without those items when done.
 */
export function streamItems<T extends XmlObject = XmlObject>(
  input: Parameters<Registry["parseStream"]>[0],
  options?: ReadOptions,
): AsyncGenerator<T, XmlObject, undefined> {
  return registry.streamItems<T>(input, options);
}

/** Writes an object as an EM document, under the root element its class is registered for. */
export function serialize(object: XmlObject, options?: SerializeOptions): string {
  return registry.serialize(object, options);
}

/** A client for an Enterprise Manager that reads and writes with these bindings. */
export function createClient(options: Omit<EmClientOptions<EmRoot>, "bindings">): EmClient<EmRoot> {
  return new EmClient<EmRoot>({ ...options, bindings: { parse, serialize } });
}
