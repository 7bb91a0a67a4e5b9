// Generated from schemas/operations/*.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.

import type { OperationTable, QueryTypeTable, ResourceTable } from "../runtime/index.js";
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
  CloudTenants,
  CloudVmReplicaPoint,
  CloudVmReplicaPoints,
  CreateCloudGatewayPoolSpec,
  CreateCloudGatewaySpec,
  CreateCloudTenantResourceSpec,
  CreateCloudTenantSpec,
  VlanConfiguration,
  VlanConfigurations,
} from "./cloud.gen.js";
import { EntityRef, EntityReferences, Task } from "./common.gen.js";
import {
  BackupServer,
  BackupServerSpec,
  BackupServers,
  CredentialsInfo,
  CredentialsInfoList,
  CredentialsInfoSpec,
  ExternalRepositories,
  ExternalRepository,
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

/** Every documented operation of the EM REST API, by id. */
export const operations = {
  /** Reads the /agents entry point. */
  getAgents: { method: "GET", path: "/agents", answers: [{ status: 200, element: "Agents", type: Agents }] },
  /** Reads a list of Veeam Agent restore points: references by default, the entities with format=Entity. */
  getAgentsAgentRestorePoints: {
    method: "GET",
    path: "/agents/agentRestorePoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "AgentRestorePointReference" },
      { status: 200, element: "AgentRestorePoints", type: AgentRestorePoints, format: "Entity" },
    ],
  },
  /** Reads a restore point of one machine in a Veeam Agent backup: a reference by default, the entity with format=Entity. */
  getAgentsAgentRestorePoint: {
    method: "GET",
    path: "/agents/agentRestorePoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "AgentRestorePointReference" },
      { status: 200, element: "AgentRestorePoint", type: AgentRestorePoint, format: "Entity" },
    ],
  },
  /** Reads the mount points of a Veeam Agent restore point. */
  getAgentsAgentRestorePointMounts: {
    method: "GET",
    path: "/agents/agentRestorePoints/{ID}/mounts",
    parameters: ["ID"],
    answers: [{ status: 200, element: "AgentRestorePointMounts", type: AgentRestorePointMounts }],
  },
  /** Adds to the mount points of a Veeam Agent restore point. Answers a task to follow. */
  createAgentsAgentRestorePointMount: {
    method: "POST",
    path: "/agents/agentRestorePoints/{ID}/mounts",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a mount point opened for file-level restore from a Veeam Agent restore point. */
  getAgentsAgentRestorePointMount: {
    method: "GET",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}",
    parameters: ["agentRestorePointID", "ID"],
    answers: [{ status: 200, element: "AgentRestorePointMount", type: AgentRestorePointMount }],
  },
  /** Deletes a mount point opened for file-level restore from a Veeam Agent restore point. */
  deleteAgentsAgentRestorePointMount: {
    method: "DELETE",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}",
    parameters: ["agentRestorePointID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads one item of a guest file system. */
  getAgentsAgentRestorePointMountPath: {
    method: "GET",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}/{filepath}",
    parameters: ["agentRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [
      { status: 200, element: "FileSystemEntry", type: FileSystemEntry },
      { status: 200, element: "FileSystemEntries", type: FileSystemEntries },
    ],
  },
  /** Downloads a file that a restore for direct download has put aside. */
  downloadAgentsAgentRestorePointMountPath: {
    method: "GET",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}/{filepath}",
    action: "download",
    parameters: ["agentRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [{ status: 200, mediaType: "application/octet-stream" }],
  },
  /** Lists the files and folders in a folder, a page at a time. */
  listAllAgentsAgentRestorePointMountPath: {
    method: "GET",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}/{filepath}",
    action: "listAll",
    parameters: ["agentRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the folders in a folder, a page at a time. */
  listDirsAgentsAgentRestorePointMountPath: {
    method: "GET",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}/{filepath}",
    action: "listDirs",
    parameters: ["agentRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the files in a folder, a page at a time. */
  listFilesAgentsAgentRestorePointMountPath: {
    method: "GET",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}/{filepath}",
    action: "listFiles",
    parameters: ["agentRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Runs "restore" on one item of a guest file system. Takes a FileRestoreSpec. Answers a task to follow. */
  restoreAgentsAgentRestorePointMountPath: {
    method: "POST",
    path: "/agents/agentRestorePoints/{agentRestorePointID}/mounts/{ID}/{filepath}",
    action: "restore",
    parameters: ["agentRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    body: { element: "FileRestoreSpec", type: FileRestoreSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of backup files: references by default, the entities with format=Entity. */
  getAgentsBackupFiles: {
    method: "GET",
    path: "/agents/backupFiles",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupFileReference" },
      { status: 200, element: "BackupFiles", type: BackupFiles, format: "Entity" },
    ],
  },
  /** Reads a list of backups: references by default, the entities with format=Entity. */
  getAgentsBackups: {
    method: "GET",
    path: "/agents/backups",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupReference" },
      { status: 200, element: "Backups", type: Backups, format: "Entity" },
    ],
  },
  /** Reads a list of backup job sessions: references by default, the entities with format=Entity. */
  getAgentsBackupSessions: {
    method: "GET",
    path: "/agents/backupSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupJobSessionReference" },
      { status: 200, element: "BackupJobSessions", type: BackupJobSessions, format: "Entity" },
    ],
  },
  /** Reads a list of discovered computers: references by default, the entities with format=Entity. */
  getAgentsDiscoveredComputers: {
    method: "GET",
    path: "/agents/discoveredComputers",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "DiscoveredComputerReference",
      },
      { status: 200, element: "DiscoveredComputers", type: DiscoveredComputers, format: "Entity" },
    ],
  },
  /** Reads a computer found by a protection group rescan, with its Veeam Agent state: a reference by default, the entity with format=Entity. */
  getAgentsDiscoveredComputer: {
    method: "GET",
    path: "/agents/discoveredComputers/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "DiscoveredComputerReference" },
      { status: 200, element: "DiscoveredComputer", type: DiscoveredComputer, format: "Entity" },
    ],
  },
  /** Reads a list of Veeam Agent backup jobs: references by default, the entities with format=Entity. */
  getAgentsJobs: {
    method: "GET",
    path: "/agents/jobs",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "AgentBackupJobReference" },
      { status: 200, element: "AgentBackupJobs", type: AgentBackupJobs, format: "Entity" },
    ],
  },
  /** Reads a Veeam Agent backup job managed by a backup server: a reference by default, the entity with format=Entity. */
  getAgentsJob: {
    method: "GET",
    path: "/agents/jobs/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "AgentBackupJobReference" },
      { status: 200, element: "AgentBackupJob", type: AgentBackupJob, format: "Entity" },
    ],
  },
  /** Runs "retry" on a Veeam Agent backup job managed by a backup server. Answers a task to follow. */
  retryAgentsJob: {
    method: "POST",
    path: "/agents/jobs/{ID}",
    action: "retry",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "start" on a Veeam Agent backup job managed by a backup server. Answers a task to follow. */
  startAgentsJob: {
    method: "POST",
    path: "/agents/jobs/{ID}",
    action: "start",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "stop" on a Veeam Agent backup job managed by a backup server. Answers a task to follow. */
  stopAgentsJob: {
    method: "POST",
    path: "/agents/jobs/{ID}",
    action: "stop",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "toggleScheduleEnabled" on a Veeam Agent backup job managed by a backup server. Answers a task to follow. */
  toggleScheduleEnabledAgentsJob: {
    method: "POST",
    path: "/agents/jobs/{ID}",
    action: "toggleScheduleEnabled",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads the computers and protection groups processed by a Veeam Agent backup job. */
  getAgentsJobIncludes: {
    method: "GET",
    path: "/agents/jobs/{ID}/includes",
    parameters: ["ID"],
    answers: [{ status: 200, element: "ObjectsInAgentBackupJob", type: ObjectsInAgentBackupJob }],
  },
  /** Reads a computer or protection group processed by a Veeam Agent backup job. */
  getAgentsJobInclude: {
    method: "GET",
    path: "/agents/jobs/{jobID}/includes/{ID}",
    parameters: ["jobID", "ID"],
    answers: [{ status: 200, element: "ObjectInAgentBackupJob", type: ObjectInAgentBackupJob }],
  },
  /** Reads a list of protection groups: references by default, the entities with format=Entity. */
  getAgentsProtectionGroups: {
    method: "GET",
    path: "/agents/protectionGroups",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "AgentProtectionGroupReference",
      },
      { status: 200, element: "AgentProtectionGroups", type: AgentProtectionGroups, format: "Entity" },
    ],
  },
  /** Reads a protection group: a reference by default, the entity with format=Entity. */
  getAgentsProtectionGroup: {
    method: "GET",
    path: "/agents/protectionGroups/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "AgentProtectionGroupReference" },
      { status: 200, element: "AgentProtectionGroup", type: AgentProtectionGroup, format: "Entity" },
    ],
  },
  /** Reads a list of discovered computers: references by default, the entities with format=Entity. */
  getAgentsProtectionGroupDiscoveredComputers: {
    method: "GET",
    path: "/agents/protectionGroups/{ID}/discoveredComputers",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "DiscoveredComputerReference",
      },
      { status: 200, element: "DiscoveredComputers", type: DiscoveredComputers, format: "Entity" },
    ],
  },
  /** Reads a list of restore points: references by default, the entities with format=Entity. */
  getAgentsRestorePoints: {
    method: "GET",
    path: "/agents/restorePoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "RestorePointReference" },
      { status: 200, element: "RestorePoints", type: RestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of CDP policies: references by default, the entities with format=Entity. */
  getCdpPolicies: {
    method: "GET",
    path: "/cdpPolicies",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CdpPolicyReference" },
      { status: 200, element: "CdpPolicies", type: CdpPolicies, format: "Entity" },
    ],
  },
  /** Reads a CDP policy: a reference by default, the entity with format=Entity. */
  getCdpPolicy: {
    method: "GET",
    path: "/cdpPolicies/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CdpPolicyReference" },
      { status: 200, element: "CdpPolicy", type: CdpPolicy, format: "Entity" },
    ],
  },
  /** Runs "disable" on a CDP policy. Answers a task to follow. */
  disableCdpPolicy: {
    method: "POST",
    path: "/cdpPolicies/{ID}",
    action: "disable",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "enable" on a CDP policy. Answers a task to follow. */
  enableCdpPolicy: {
    method: "POST",
    path: "/cdpPolicies/{ID}",
    action: "enable",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Changes a CDP policy. Takes a CdpPolicy. Answers a task to follow. */
  editCdpPolicy: {
    method: "PUT",
    path: "/cdpPolicies/{ID}",
    parameters: ["ID"],
    body: { element: "CdpPolicy", type: CdpPolicy, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of CDP replication sessions: references by default, the entities with format=Entity. */
  getCdpPolicyCdpReplicaSessions: {
    method: "GET",
    path: "/cdpPolicies/{ID}/cdpReplicaSessions",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CdpReplicaSessionReference" },
      { status: 200, element: "CdpReplicaSessions", type: CdpReplicaSessions, format: "Entity" },
    ],
  },
  /** Reads the VMs and VM containers a job processes. */
  getCdpPolicyIncludes: {
    method: "GET",
    path: "/cdpPolicies/{ID}/includes",
    parameters: ["ID"],
    answers: [{ status: 200, element: "ObjectsInJob", type: ObjectsInJob }],
  },
  /** Adds to the VMs and VM containers a job processes. Takes a CreateObjectInJobSpec. Answers a task to follow. */
  createCdpPolicyInclude: {
    method: "POST",
    path: "/cdpPolicies/{ID}/includes",
    parameters: ["ID"],
    body: { element: "CreateObjectInJobSpec", type: CreateObjectInJobSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a VM or VM container processed by a job, with its own guest processing settings. */
  getCdpPolicyInclude: {
    method: "GET",
    path: "/cdpPolicies/{cdpPolicyID}/includes/{ID}",
    parameters: ["cdpPolicyID", "ID"],
    answers: [{ status: 200, element: "ObjectInJob", type: ObjectInJob }],
  },
  /** Deletes a VM or VM container processed by a job, with its own guest processing settings. Answers a task to follow. */
  deleteCdpPolicyInclude: {
    method: "DELETE",
    path: "/cdpPolicies/{cdpPolicyID}/includes/{ID}",
    parameters: ["cdpPolicyID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of vApps replicated by CDP policies: references by default, the entities with format=Entity. */
  getCdpReplicaVApps: {
    method: "GET",
    path: "/cdpReplica/vApps",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VAppCdpReplicaReference" },
      { status: 200, element: "VAppCdpReplicas", type: VAppCdpReplicas, format: "Entity" },
    ],
  },
  /** Reads a vApp replicated by a CDP policy for Cloud Director: a reference by default, the entity with format=Entity. */
  getCdpReplicaVApp: {
    method: "GET",
    path: "/cdpReplica/vApps/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VAppCdpReplicaReference" },
      { status: 200, element: "VAppCdpReplica", type: VAppCdpReplica, format: "Entity" },
    ],
  },
  /** Runs "failover" on a vApp replicated by a CDP policy for Cloud Director. Takes a CdpFailoverStartSpec. Answers a task to follow. */
  failoverCdpReplicaVApp: {
    method: "POST",
    path: "/cdpReplica/vApps/{ID}",
    action: "failover",
    parameters: ["ID"],
    body: { element: "CdpFailoverStartSpec", type: CdpFailoverStartSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "intervals" on a vApp replicated by a CDP policy for Cloud Director. Takes a CdpReplicaIntervals. */
  intervalsCdpReplicaVApp: {
    method: "POST",
    path: "/cdpReplica/vApps/{ID}",
    action: "intervals",
    parameters: ["ID"],
    body: { element: "CdpReplicaIntervals", type: CdpReplicaIntervals, required: true },
    answers: [{ status: 200, element: "CdpReplicaIntervals", type: CdpReplicaIntervals }],
  },
  /** Reads the VMs of a vApp replicated by a CDP policy: references by default, the entities with format=Entity. */
  getCdpReplicaVAppVms: {
    method: "GET",
    path: "/cdpReplica/vApps/{ID}/vms",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VAppCdpReplicaVmReference" },
      { status: 200, element: "VAppCdpReplicaVms", type: VAppCdpReplicaVms, format: "Entity" },
    ],
  },
  /** Reads a VM of a vApp replicated by a CDP policy: a reference by default, the entity with format=Entity. */
  getCdpReplicaVAppVm: {
    method: "GET",
    path: "/cdpReplica/vApps/{vAppID}/vms/{ID}",
    parameters: ["vAppID", "ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VAppCdpReplicaVmReference" },
      { status: 200, element: "VAppCdpReplicaVm", type: VAppCdpReplicaVm, format: "Entity" },
    ],
  },
  /** Reads a list of CDP replicas: references by default, the entities with format=Entity. */
  getCdpReplicas: {
    method: "GET",
    path: "/cdpReplicas",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CdpReplicaReference" },
      { status: 200, element: "CdpReplicas", type: CdpReplicas, format: "Entity" },
    ],
  },
  /** Reads a CDP replica: a reference by default, the entity with format=Entity. */
  getCdpReplica: {
    method: "GET",
    path: "/cdpReplicas/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CdpReplicaReference" },
      { status: 200, element: "CdpReplica", type: CdpReplica, format: "Entity" },
    ],
  },
  /** Reads a list of VMs in a CDP replica: references by default, the entities with format=Entity. */
  getCdpReplicaVms: {
    method: "GET",
    path: "/cdpReplicas/{ID}/vms",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CdpReplicaVmReference" },
      { status: 200, element: "VmCdpReplicas", type: VmCdpReplicas, format: "Entity" },
    ],
  },
  /** Reads a VM in a CDP replica: a reference by default, the entity with format=Entity. */
  getCdpReplicaVm: {
    method: "GET",
    path: "/cdpReplicas/{cdpReplicaID}/vms/{ID}",
    parameters: ["cdpReplicaID", "ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CdpReplicaVmReference" },
      { status: 200, element: "CdpReplicaVm", type: VmCdpReplicaEntity, format: "Entity" },
    ],
  },
  /** Runs "failover" on a VM in a CDP replica. Takes a CdpFailoverStartSpec. Answers a task to follow. */
  failoverCdpReplicaVm: {
    method: "POST",
    path: "/cdpReplicas/{cdpReplicaID}/vms/{ID}",
    action: "failover",
    parameters: ["cdpReplicaID", "ID"],
    body: { element: "CdpFailoverStartSpec", type: CdpFailoverStartSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "intervals" on a VM in a CDP replica. Takes a CdpReplicaIntervals. */
  intervalsCdpReplicaVm: {
    method: "POST",
    path: "/cdpReplicas/{cdpReplicaID}/vms/{ID}",
    action: "intervals",
    parameters: ["cdpReplicaID", "ID"],
    body: { element: "CdpReplicaIntervals", type: CdpReplicaIntervals, required: true },
    answers: [{ status: 200, element: "CdpReplicaIntervals", type: CdpReplicaIntervals }],
  },
  /** Reads a list of CDP replication sessions: references by default, the entities with format=Entity. */
  getCdpReplicaSessions: {
    method: "GET",
    path: "/cdpReplicaSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CdpReplicaSessionReference" },
      { status: 200, element: "CdpReplicaSessions", type: CdpReplicaSessions, format: "Entity" },
    ],
  },
  /** Reads a CDP replication session: a reference by default, the entity with format=Entity. */
  getCdpReplicaSession: {
    method: "GET",
    path: "/cdpReplicaSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CdpReplicaSessionReference" },
      { status: 200, element: "CdpReplicaSession", type: CdpReplicaSession, format: "Entity" },
    ],
  },
  /** Reads a list of CDP replication task sessions: references by default, the entities with format=Entity. */
  getCdpReplicaSessionCdpReplicaTaskSessions: {
    method: "GET",
    path: "/cdpReplicaSessions/{ID}/cdpReplicaTaskSessions",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CdpReplicaTaskSessionReference",
      },
      { status: 200, element: "CdpReplicaTaskSessions", type: CdpReplicaTaskSessions, format: "Entity" },
    ],
  },
  /** Reads a list of CDP replication task sessions: references by default, the entities with format=Entity. */
  getCdpReplicaTaskSessions: {
    method: "GET",
    path: "/cdpReplicaTaskSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CdpReplicaTaskSessionReference",
      },
      { status: 200, element: "CdpReplicaTaskSessions", type: CdpReplicaTaskSessions, format: "Entity" },
    ],
  },
  /** Reads a CDP replication task session: a reference by default, the entity with format=Entity. */
  getCdpReplicaTaskSession: {
    method: "GET",
    path: "/cdpReplicaTaskSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CdpReplicaTaskSessionReference" },
      { status: 200, element: "CdpReplicaTaskSession", type: CdpReplicaTaskSession, format: "Entity" },
    ],
  },
  /** Reads entry point of the cloud resources. */
  getCloud: {
    method: "GET",
    path: "/cloud",
    answers: [{ status: 200, element: "CloudConnectService", type: CloudConnectService }],
  },
  /** Reads a list of cloud failover plans: references by default, the entities with format=Entity. */
  getCloudCloudFailoverPlans: {
    method: "GET",
    path: "/cloud/cloudFailoverPlans",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudFailoverPlanReference" },
      { status: 200, element: "CloudFailoverPlans", type: CloudFailoverPlans, format: "Entity" },
    ],
  },
  /** Reads a cloud failover plan: a reference by default, the entity with format=Entity. */
  getCloudCloudFailoverPlan: {
    method: "GET",
    path: "/cloud/cloudFailoverPlans/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudFailoverPlanReference" },
      { status: 200, element: "CloudFailoverPlan", type: CloudFailoverPlan, format: "Entity" },
    ],
  },
  /** Runs "start" on a cloud failover plan. Takes a CloudFailoverPlanManagementSpec. Answers a task to follow. */
  startCloudCloudFailoverPlan: {
    method: "POST",
    path: "/cloud/cloudFailoverPlans/{ID}",
    action: "start",
    parameters: ["ID"],
    body: { element: "CloudFailoverPlanManagementSpec", type: CloudFailoverPlanManagementSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "test" on a cloud failover plan. Answers a task to follow. */
  testCloudCloudFailoverPlan: {
    method: "POST",
    path: "/cloud/cloudFailoverPlans/{ID}",
    action: "test",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "undo" on a cloud failover plan. Answers a task to follow. */
  undoCloudCloudFailoverPlan: {
    method: "POST",
    path: "/cloud/cloudFailoverPlans/{ID}",
    action: "undo",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Changes a cloud failover plan. Takes a CloudFailoverPlan. Answers a task to follow. */
  editCloudCloudFailoverPlan: {
    method: "PUT",
    path: "/cloud/cloudFailoverPlans/{ID}",
    parameters: ["ID"],
    body: { element: "CloudFailoverPlan", type: CloudFailoverPlan, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a cloud failover plan. Answers a task to follow. */
  deleteCloudCloudFailoverPlan: {
    method: "DELETE",
    path: "/cloud/cloudFailoverPlans/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads vMs of a cloud failover plan. */
  getCloudCloudFailoverPlanIncludes: {
    method: "GET",
    path: "/cloud/cloudFailoverPlans/{ID}/includes",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudFailoveredVms", type: CloudFailoveredVms }],
  },
  /** Reads a VM in a cloud failover plan. */
  getCloudCloudFailoverPlanInclude: {
    method: "GET",
    path: "/cloud/cloudFailoverPlans/{cloudFailoverPlanID}/includes/{ID}",
    parameters: ["cloudFailoverPlanID", "ID"],
    answers: [{ status: 200, element: "CloudFailoveredVm", type: CloudFailoveredVm }],
  },
  /** Reads a list of cloud failover sessions: references by default, the entities with format=Entity. */
  getCloudFailoverSessions: {
    method: "GET",
    path: "/cloud/failoverSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CloudFailoverSessionReference",
      },
      { status: 200, element: "CloudFailoverSessions", type: CloudFailoverSessions, format: "Entity" },
    ],
  },
  /** Reads a run of a cloud failover plan: a reference by default, the entity with format=Entity. */
  getCloudFailoverSession: {
    method: "GET",
    path: "/cloud/failoverSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudFailoverSessionReference" },
      { status: 200, element: "CloudFailoverSession", type: CloudFailoverSession, format: "Entity" },
    ],
  },
  /** Reads cloud gateway pools: references by default, the entities with format=Entity. */
  getCloudGatewayPools: {
    method: "GET",
    path: "/cloud/gatewayPools",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudGatewayPoolReference" },
      { status: 200, element: "CloudGatewayPools", type: CloudGatewayPools, format: "Entity" },
    ],
  },
  /** Adds to cloud gateway pools. Takes a CreateCloudGatewayPoolSpec. Answers a task to follow. */
  createCloudGatewayPool: {
    method: "POST",
    path: "/cloud/gatewayPools",
    body: { element: "CreateCloudGatewayPoolSpec", type: CreateCloudGatewayPoolSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a named group of cloud gateways and the tenants that use it: a reference by default, the entity with format=Entity. */
  getCloudGatewayPool: {
    method: "GET",
    path: "/cloud/gatewayPools/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudGatewayPoolReference" },
      { status: 200, element: "CloudGatewayPool", type: CloudGatewayPool, format: "Entity" },
    ],
  },
  /** Changes a named group of cloud gateways and the tenants that use it. Takes a CloudGatewayPool. Answers a task to follow. */
  editCloudGatewayPool: {
    method: "PUT",
    path: "/cloud/gatewayPools/{ID}",
    parameters: ["ID"],
    body: { element: "CloudGatewayPool", type: CloudGatewayPool, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a named group of cloud gateways and the tenants that use it. Answers a task to follow. */
  deleteCloudGatewayPool: {
    method: "DELETE",
    path: "/cloud/gatewayPools/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of cloud gateways: references by default, the entities with format=Entity. */
  getCloudGateways: {
    method: "GET",
    path: "/cloud/gateways",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudGatewayReference" },
      { status: 200, element: "CloudGateways", type: CloudGateways, format: "Entity" },
    ],
  },
  /** Adds to a list of cloud gateways. Takes a CreateCloudGatewaySpec. Answers a task to follow. */
  createCloudGateway: {
    method: "POST",
    path: "/cloud/gateways",
    body: { element: "CreateCloudGatewaySpec", type: CreateCloudGatewaySpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a cloud gateway of a service provider backup server: a reference by default, the entity with format=Entity. */
  getCloudGateway: {
    method: "GET",
    path: "/cloud/gateways/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudGatewayReference" },
      { status: 200, element: "CloudGateway", type: CloudGateway, format: "Entity" },
    ],
  },
  /** Changes a cloud gateway of a service provider backup server. Takes a CloudGateway. Answers a task to follow. */
  editCloudGateway: {
    method: "PUT",
    path: "/cloud/gateways/{ID}",
    parameters: ["ID"],
    body: { element: "CloudGateway", type: CloudGateway, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a cloud gateway of a service provider backup server. Answers a task to follow. */
  deleteCloudGateway: {
    method: "DELETE",
    path: "/cloud/gateways/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of hardware plans: references by default, the entities with format=Entity. */
  getCloudHardwarePlans: {
    method: "GET",
    path: "/cloud/hardwarePlans",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudHardwarePlanReference" },
      { status: 200, element: "CloudHardwarePlans", type: CloudHardwarePlans, format: "Entity" },
    ],
  },
  /** Adds to a list of hardware plans. Takes a CloudHardwarePlanCreateSpec. Answers a task to follow. */
  createCloudHardwarePlan: {
    method: "POST",
    path: "/cloud/hardwarePlans",
    body: { element: "CloudHardwarePlanCreateSpec", type: CloudHardwarePlanCreateSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a hardware plan: a reference by default, the entity with format=Entity. */
  getCloudHardwarePlan: {
    method: "GET",
    path: "/cloud/hardwarePlans/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudHardwarePlanReference" },
      { status: 200, element: "CloudHardwarePlan", type: CloudHardwarePlan, format: "Entity" },
    ],
  },
  /** Changes a hardware plan. Takes a CloudHardwarePlan. Answers a task to follow. */
  editCloudHardwarePlan: {
    method: "PUT",
    path: "/cloud/hardwarePlans/{ID}",
    parameters: ["ID"],
    body: { element: "CloudHardwarePlan", type: CloudHardwarePlan, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a hardware plan. Answers a task to follow. */
  deleteCloudHardwarePlan: {
    method: "DELETE",
    path: "/cloud/hardwarePlans/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of tenant accounts. */
  getCloudHardwarePlanTenants: {
    method: "GET",
    path: "/cloud/hardwarePlans/{ID}/tenants",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudTenants", type: CloudTenants }],
  },
  /** Reads a list of public IP addresses: references by default, the entities with format=Entity. */
  getCloudPublicIpAddresses: {
    method: "GET",
    path: "/cloud/publicIpAddresses",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CloudPublicIpAddressReference",
      },
      { status: 200, element: "CloudPublicIpAddresses", type: CloudPublicIpAddresses, format: "Entity" },
    ],
  },
  /** Adds to a list of public IP addresses. Takes a CloudPublicIpAddressCreateSpec. Answers a task to follow. */
  createCloudPublicIpAddress: {
    method: "POST",
    path: "/cloud/publicIpAddresses",
    body: { element: "CloudPublicIpAddressCreateSpec", type: CloudPublicIpAddressCreateSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a public IP address a provider can hand to tenants' failed-over replicas: a reference by default, the entity with format=Entity. */
  getCloudPublicIpAddress: {
    method: "GET",
    path: "/cloud/publicIpAddresses/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudPublicIpAddressReference" },
      { status: 200, element: "CloudPublicIpAddress", type: CloudPublicIpAddress, format: "Entity" },
    ],
  },
  /** Changes a public IP address a provider can hand to tenants' failed-over replicas. Takes a CloudPublicIpAddress. Answers a task to follow. */
  editCloudPublicIpAddress: {
    method: "PUT",
    path: "/cloud/publicIpAddresses/{ID}",
    parameters: ["ID"],
    body: { element: "CloudPublicIpAddress", type: CloudPublicIpAddress, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a public IP address a provider can hand to tenants' failed-over replicas. Answers a task to follow. */
  deleteCloudPublicIpAddress: {
    method: "DELETE",
    path: "/cloud/publicIpAddresses/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of cloud replicas: references by default, the entities with format=Entity. */
  getCloudReplicas: {
    method: "GET",
    path: "/cloud/replicas",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudReplicaReference" },
      { status: 200, element: "CloudReplicas", type: CloudReplicas, format: "Entity" },
    ],
  },
  /** Reads a tenant's replica job as seen on the provider side: a reference by default, the entity with format=Entity. */
  getCloudReplica: {
    method: "GET",
    path: "/cloud/replicas/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudReplicaReference" },
      { status: 200, element: "CloudReplica", type: CloudReplica, format: "Entity" },
    ],
  },
  /** Reads a list of cloud VM replica points: references by default, the entities with format=Entity. */
  getCloudReplicaVmReplicaPoints: {
    method: "GET",
    path: "/cloud/replicas/{ID}/vmReplicaPoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CloudVmReplicaPointReference",
      },
      { status: 200, element: "CloudVmReplicaPoints", type: CloudVmReplicaPoints, format: "Entity" },
    ],
  },
  /** Reads a list of tenant accounts: references by default, the entities with format=Entity. */
  getCloudTenants: {
    method: "GET",
    path: "/cloud/tenants",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudTenantReference" },
      { status: 200, element: "CloudTenants", type: CloudTenants, format: "Entity" },
    ],
  },
  /** Adds to a list of tenant accounts. Takes a CreateCloudTenantSpec. Answers a task to follow. */
  createCloudTenant: {
    method: "POST",
    path: "/cloud/tenants",
    body: { element: "CreateCloudTenantSpec", type: CreateCloudTenantSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a tenant account on a service provider backup server, with its quotas, replication resources and counters: a reference by default, the entity with format=Entity. */
  getCloudTenant: {
    method: "GET",
    path: "/cloud/tenants/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudTenantReference" },
      { status: 200, element: "CloudTenant", type: CloudTenant, format: "Entity" },
    ],
  },
  /** Changes a tenant account on a service provider backup server, with its quotas, replication resources and counters. Takes a CloudTenant. Answers a task to follow. */
  editCloudTenant: {
    method: "PUT",
    path: "/cloud/tenants/{ID}",
    parameters: ["ID"],
    body: { element: "CloudTenant", type: CloudTenant, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a tenant account on a service provider backup server, with its quotas, replication resources and counters. Answers a task to follow. */
  deleteCloudTenant: {
    method: "DELETE",
    path: "/cloud/tenants/{ID}",
    parameters: ["ID"],
    query: { includeBackups: {} },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads the hardware plan subscriptions of a tenant. */
  getCloudTenantComputeResources: {
    method: "GET",
    path: "/cloud/tenants/{ID}/computeResources",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudTenantComputeResources", type: CloudTenantComputeResources }],
  },
  /** Adds to the hardware plan subscriptions of a tenant. Takes a CloudTenantComputeResourceCreateSpec. Answers a task to follow. */
  createCloudTenantComputeResource: {
    method: "POST",
    path: "/cloud/tenants/{ID}/computeResources",
    parameters: ["ID"],
    body: {
      element: "CloudTenantComputeResourceCreateSpec",
      type: CloudTenantComputeResourceCreateSpec,
      required: true,
    },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a subscription of a tenant to a hardware plan. */
  getCloudTenantComputeResource: {
    method: "GET",
    path: "/cloud/tenants/{tenantID}/computeResources/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 200, element: "CloudTenantComputeResource", type: CloudTenantComputeResource }],
  },
  /** Deletes a subscription of a tenant to a hardware plan. Answers a task to follow. */
  deleteCloudTenantComputeResource: {
    method: "DELETE",
    path: "/cloud/tenants/{tenantID}/computeResources/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads counters of a tenant's new and rental machines, which use no Cloud Connect license. */
  getCloudTenantFreelicenseCounters: {
    method: "GET",
    path: "/cloud/tenants/{ID}/freelicenseCounters",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudTenantFreeLicenseCounters", type: CloudTenantFreeLicenseCounters }],
  },
  /** Reads cloud gateway pools: references by default, the entities with format=Entity. */
  getCloudTenantGatewayPools: {
    method: "GET",
    path: "/cloud/tenants/{ID}/gatewayPools",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CloudGatewayPoolReference" },
      { status: 200, element: "CloudGatewayPools", type: CloudGatewayPools, format: "Entity" },
    ],
  },
  /** Reads the backup storage quotas of a tenant. */
  getCloudTenantResources: {
    method: "GET",
    path: "/cloud/tenants/{ID}/resources",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudTenantResources", type: CloudTenantResources }],
  },
  /** Adds to the backup storage quotas of a tenant. Takes a CreateCloudTenantResourceSpec. Answers a task to follow. */
  createCloudTenantResource: {
    method: "POST",
    path: "/cloud/tenants/{ID}/resources",
    parameters: ["ID"],
    body: { element: "CreateCloudTenantResourceSpec", type: CreateCloudTenantResourceSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a backup storage quota of a tenant on a cloud repository. */
  getCloudTenantResource: {
    method: "GET",
    path: "/cloud/tenants/{tenantID}/resources/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 200, element: "CloudTenantResource", type: CloudTenantResource }],
  },
  /** Deletes a backup storage quota of a tenant on a cloud repository. Answers a task to follow. */
  deleteCloudTenantResource: {
    method: "DELETE",
    path: "/cloud/tenants/{tenantID}/resources/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads the subtenants of a tenant. */
  getCloudTenantSubtenants: {
    method: "GET",
    path: "/cloud/tenants/{ID}/subtenants",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudSubtenants", type: CloudSubtenants }],
  },
  /** Adds to the subtenants of a tenant. Takes a CloudSubtenantCreateSpec. Answers a task to follow. */
  createCloudTenantSubtenant: {
    method: "POST",
    path: "/cloud/tenants/{ID}/subtenants",
    parameters: ["ID"],
    body: { element: "CloudSubtenantCreateSpec", type: CloudSubtenantCreateSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a subtenant. */
  getCloudTenantSubtenant: {
    method: "GET",
    path: "/cloud/tenants/{tenantID}/subtenants/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 200, element: "CloudSubtenant", type: CloudSubtenant }],
  },
  /** Changes a subtenant. Takes a CloudSubtenant. Answers a task to follow. */
  editCloudTenantSubtenant: {
    method: "PUT",
    path: "/cloud/tenants/{tenantID}/subtenants/{ID}",
    parameters: ["tenantID", "ID"],
    body: { element: "CloudSubtenant", type: CloudSubtenant, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a subtenant. Answers a task to follow. */
  deleteCloudTenantSubtenant: {
    method: "DELETE",
    path: "/cloud/tenants/{tenantID}/subtenants/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads an organization virtual datacenter assigned to a VMware Cloud Director tenant. */
  getCloudTenantVCloudComputeResources: {
    method: "GET",
    path: "/cloud/tenants/{ID}/vCloudComputeResources",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CloudTenantVCloudComputeResource", type: CloudTenantVCloudComputeResource }],
  },
  /** Adds to an organization virtual datacenter assigned to a VMware Cloud Director tenant. Takes a CloudTenantVCloudComputeResourceCreateSpec. Answers a task to follow. */
  createCloudTenantVCloudComputeResource: {
    method: "POST",
    path: "/cloud/tenants/{ID}/vCloudComputeResources",
    parameters: ["ID"],
    body: {
      element: "CloudTenantVCloudComputeResourceCreateSpec",
      type: CloudTenantVCloudComputeResourceCreateSpec,
      required: true,
    },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads an organization virtual datacenter assigned to a VMware Cloud Director tenant. */
  getCloudTenantVCloudComputeResource: {
    method: "GET",
    path: "/cloud/tenants/{tenantID}/vCloudComputeResources/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 200, element: "CloudTenantVCloudComputeResource", type: CloudTenantVCloudComputeResource }],
  },
  /** Deletes an organization virtual datacenter assigned to a VMware Cloud Director tenant. Answers a task to follow. */
  deleteCloudTenantVCloudComputeResource: {
    method: "DELETE",
    path: "/cloud/tenants/{tenantID}/vCloudComputeResources/{ID}",
    parameters: ["tenantID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of VLAN configurations: references by default, the entities with format=Entity. */
  getCloudVlans: {
    method: "GET",
    path: "/cloud/vlans",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VlanConfigurationReference" },
      { status: 200, element: "VlanConfigurations", type: VlanConfigurations, format: "Entity" },
    ],
  },
  /** Reads vLAN ranges reserved on a virtual switch for tenants' replica networks: a reference by default, the entity with format=Entity. */
  getCloudVlan: {
    method: "GET",
    path: "/cloud/vlans/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VlanConfigurationReference" },
      { status: 200, element: "VlanConfiguration", type: VlanConfiguration, format: "Entity" },
    ],
  },
  /** Changes vLAN ranges reserved on a virtual switch for tenants' replica networks. Takes a VlanConfiguration. Answers a task to follow. */
  editCloudVlan: {
    method: "PUT",
    path: "/cloud/vlans/{ID}",
    parameters: ["ID"],
    body: { element: "VlanConfiguration", type: VlanConfiguration, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes vLAN ranges reserved on a virtual switch for tenants' replica networks. Answers a task to follow. */
  deleteCloudVlan: {
    method: "DELETE",
    path: "/cloud/vlans/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of cloud VM replica points: references by default, the entities with format=Entity. */
  getCloudVmReplicaPoints: {
    method: "GET",
    path: "/cloud/vmReplicaPoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CloudVmReplicaPointReference",
      },
      { status: 200, element: "CloudVmReplicaPoints", type: CloudVmReplicaPoints, format: "Entity" },
    ],
  },
  /** Reads a restore point of a tenant VM replica: a reference by default, the entity with format=Entity. */
  getCloudVmReplicaPoint: {
    method: "GET",
    path: "/cloud/vmReplicaPoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CloudVmReplicaPointReference" },
      { status: 200, element: "CloudVmReplicaPoint", type: CloudVmReplicaPoint, format: "Entity" },
    ],
  },
  /** Reads a list of backup servers: references by default, the entities with format=Entity. */
  getBackupServers: {
    method: "GET",
    path: "/backupServers",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupServerReference" },
      { status: 200, element: "BackupServers", type: BackupServers, format: "Entity" },
    ],
  },
  /** Adds to a list of backup servers. Takes a BackupServerSpec. */
  createBackupServer: {
    method: "POST",
    path: "/backupServers",
    action: "create",
    body: { element: "BackupServerSpec", type: BackupServerSpec, required: true },
    answers: [{ status: 202 }],
  },
  /** Reads a Veeam Backup & Replication server connected to Enterprise Manager: a reference by default, the entity with format=Entity. */
  getBackupServer: {
    method: "GET",
    path: "/backupServers/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "BackupServerReference" },
      { status: 200, element: "BackupServer", type: BackupServer, format: "Entity" },
    ],
  },
  /** Runs "collect" on a Veeam Backup & Replication server connected to Enterprise Manager. Answers a task to follow. */
  collectBackupServer: {
    method: "POST",
    path: "/backupServers/{ID}",
    action: "collect",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "quickbackup" on a Veeam Backup & Replication server connected to Enterprise Manager. Takes a QuickBackupStartupSpec. Answers a task to follow. */
  quickbackupBackupServer: {
    method: "POST",
    path: "/backupServers/{ID}",
    action: "quickbackup",
    parameters: ["ID"],
    body: { element: "QuickBackupStartupSpec", type: QuickBackupStartupSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "veeamzip" on a Veeam Backup & Replication server connected to Enterprise Manager. Takes a VeeamZipStartupSpec. Answers a task to follow. */
  veeamzipBackupServer: {
    method: "POST",
    path: "/backupServers/{ID}",
    action: "veeamzip",
    parameters: ["ID"],
    body: { element: "VeeamZipStartupSpec", type: VeeamZipStartupSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Changes a Veeam Backup & Replication server connected to Enterprise Manager. Takes a BackupServerSpec. */
  editBackupServer: {
    method: "PUT",
    path: "/backupServers/{ID}",
    parameters: ["ID"],
    body: { element: "BackupServerSpec", type: BackupServerSpec, required: true },
    answers: [{ status: 204 }],
  },
  /** Deletes a Veeam Backup & Replication server connected to Enterprise Manager. */
  deleteBackupServer: { method: "DELETE", path: "/backupServers/{ID}", parameters: ["ID"], answers: [{ status: 204 }] },
  /** Reads the credentials records of a backup server. */
  getBackupServerCredentials: {
    method: "GET",
    path: "/backupServers/{ID}/credentials",
    parameters: ["ID"],
    answers: [{ status: 200, element: "CredentialsInfoList", type: CredentialsInfoList }],
  },
  /** Adds to the credentials records of a backup server. Takes a CredentialsInfoSpec. */
  createBackupServerCredential: {
    method: "POST",
    path: "/backupServers/{ID}/credentials",
    action: "create",
    parameters: ["ID"],
    body: { element: "CredentialsInfoSpec", type: CredentialsInfoSpec, required: true },
    answers: [{ status: 201 }],
  },
  /** Reads a credentials record stored on a backup server. */
  getBackupServerCredential: {
    method: "GET",
    path: "/backupServers/{backupServerID}/credentials/{ID}",
    parameters: ["backupServerID", "ID"],
    answers: [{ status: 200, element: "CredentialsInfo", type: CredentialsInfo }],
  },
  /** Changes a credentials record stored on a backup server. Takes a CredentialsInfo. */
  editBackupServerCredential: {
    method: "PUT",
    path: "/backupServers/{backupServerID}/credentials/{ID}",
    parameters: ["backupServerID", "ID"],
    body: { element: "CredentialsInfo", type: CredentialsInfo, required: true },
    answers: [{ status: 204 }],
  },
  /** Deletes a credentials record stored on a backup server. */
  deleteBackupServerCredential: {
    method: "DELETE",
    path: "/backupServers/{backupServerID}/credentials/{ID}",
    parameters: ["backupServerID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads a list of external repositories: references by default, the entities with format=Entity. */
  getBackupServerExternalRepositories: {
    method: "GET",
    path: "/backupServers/{ID}/externalRepositories",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "ExternalRepositoryReference",
      },
      { status: 200, element: "ExternalRepositories", type: ExternalRepositories, format: "Entity" },
    ],
  },
  /** Reads the encryption passwords of a backup server. */
  getBackupServerPasswords: {
    method: "GET",
    path: "/backupServers/{ID}/passwords",
    parameters: ["ID"],
    answers: [{ status: 200, element: "PasswordKeyInfoList", type: PasswordKeyInfoList }],
  },
  /** Adds to the encryption passwords of a backup server. Takes a PasswordKeyInfoSpec. */
  createBackupServerPassword: {
    method: "POST",
    path: "/backupServers/{ID}/passwords",
    action: "create",
    parameters: ["ID"],
    body: { element: "PasswordKeyInfoSpec", type: PasswordKeyInfoSpec, required: true },
    answers: [{ status: 201 }],
  },
  /** Reads an encryption password stored on a backup server. */
  getBackupServerPassword: {
    method: "GET",
    path: "/backupServers/{backupServerID}/passwords/{ID}",
    parameters: ["backupServerID", "ID"],
    answers: [{ status: 200, element: "PasswordKeyInfo", type: PasswordKeyInfo }],
  },
  /** Changes an encryption password stored on a backup server. Takes a PasswordKeyInfoSpec. */
  editBackupServerPassword: {
    method: "PUT",
    path: "/backupServers/{backupServerID}/passwords/{ID}",
    parameters: ["backupServerID", "ID"],
    body: { element: "PasswordKeyInfoSpec", type: PasswordKeyInfoSpec, required: true },
    answers: [{ status: 204 }],
  },
  /** Deletes an encryption password stored on a backup server. */
  deleteBackupServerPassword: {
    method: "DELETE",
    path: "/backupServers/{backupServerID}/passwords/{ID}",
    parameters: ["backupServerID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads a list of external repositories: references by default, the entities with format=Entity. */
  getExternalRepositories: {
    method: "GET",
    path: "/externalRepositories",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "ExternalRepositoryReference",
      },
      { status: 200, element: "ExternalRepositories", type: ExternalRepositories, format: "Entity" },
    ],
  },
  /** Reads an external repository registered on a backup server: a reference by default, the entity with format=Entity. */
  getExternalRepository: {
    method: "GET",
    path: "/externalRepositories/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "ExternalRepositoryReference" },
      { status: 200, element: "ExternalRepository", type: ExternalRepository, format: "Entity" },
    ],
  },
  /** Reads a list of backups: references by default, the entities with format=Entity. */
  getExternalRepositoryBackups: {
    method: "GET",
    path: "/externalRepositories/{ID}/backups",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupReference" },
      { status: 200, element: "Backups", type: Backups, format: "Entity" },
    ],
  },
  /** Reads a list of hierarchy roots: references by default, the entities with format=Entity. */
  getHierarchyRoots: {
    method: "GET",
    path: "/hierarchyRoots",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "HierarchyRootReference" },
      { status: 200, element: "HierarchyRoots", type: HierarchyRoots, format: "Entity" },
    ],
  },
  /** Reads a virtualization host: a reference by default, the entity with format=Entity. */
  getHierarchyRoot: {
    method: "GET",
    path: "/hierarchyRoots/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "HierarchyRootReference" },
      { status: 200, element: "HierarchyRoot", type: HierarchyRoot, format: "Entity" },
    ],
  },
  /** Reads the objects a lookup found. */
  getLookup: {
    method: "GET",
    path: "/lookup",
    query: {
      host: {},
      hierarchyRef: {},
      name: {},
      type: {
        values: [
          "VM",
          "Host",
          "Cluster",
          "Template",
          "VirtualApp",
          "Vc",
          "Datacenter",
          "Folder",
          "Datastore",
          "ComputeResource",
          "ResourcePool",
          "Tag",
          "Category",
          "StoragePod",
          "VcdSystem",
          "Organization",
          "OrgVdc",
          "Vapp",
          "VappTemplate",
          "VmTemplate",
          "Scvmm",
          "HostGroup",
          "VmGroup",
        ],
      },
    },
    answers: [{ status: 200, element: "HierarchyItems", type: HierarchyItems }],
  },
  /** Reads the lookup service. */
  getLookupSvc: {
    method: "GET",
    path: "/lookupSvc",
    answers: [{ status: 200, element: "LookupSvc", type: LookupSvc }],
  },
  /** Reads a list of managed servers: references by default, the entities with format=Entity. */
  getManagedServers: {
    method: "GET",
    path: "/managedServers",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "ManagedServerReference" },
      { status: 200, element: "ManagedServers", type: ManagedServers, format: "Entity" },
    ],
  },
  /** Reads a server added to the infrastructure of a backup server: a reference by default, the entity with format=Entity. */
  getManagedServer: {
    method: "GET",
    path: "/managedServers/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "ManagedServerReference" },
      { status: 200, element: "ManagedServer", type: ManagedServer, format: "Entity" },
    ],
  },
  /** Reads a list of backup repositories: references by default, the entities with format=Entity. */
  getRepositories: {
    method: "GET",
    path: "/repositories",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "RepositoryReference" },
      { status: 200, element: "Repositories", type: Repositories, format: "Entity" },
    ],
  },
  /** Reads a backup repository configured on a backup server: a reference by default, the entity with format=Entity. */
  getRepository: {
    method: "GET",
    path: "/repositories/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "RepositoryReference" },
      { status: 200, element: "Repository", type: Repository, format: "Entity" },
    ],
  },
  /** Reads a list of WAN accelerators: references by default, the entities with format=Entity. */
  getWanAccelerators: {
    method: "GET",
    path: "/wanAccelerators",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "WanAcceleratorReference" },
      { status: 200, element: "WanAccelerators", type: WanAccelerators, format: "Entity" },
    ],
  },
  /** Reads a WAN accelerator of a backup server: a reference by default, the entity with format=Entity. */
  getWanAccelerator: {
    method: "GET",
    path: "/wanAccelerators/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "WanAcceleratorReference" },
      { status: 200, element: "WanAccelerator", type: WanAccelerator, format: "Entity" },
    ],
  },
  /** Reads a list of failover plans, as entities: references by default, the entities with format=Entity. */
  getFailoverPlans: {
    method: "GET",
    path: "/failoverPlans",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "FailoverPlanReference" },
      { status: 200, element: "FailoverPlans", type: FailoverPlans, format: "Entity" },
    ],
  },
  /** Reads a failover plan: a reference by default, the entity with format=Entity. */
  getFailoverPlan: {
    method: "GET",
    path: "/failoverPlans/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "FailoverPlanReference" },
      { status: 200, element: "FailoverPlan", type: FailoverPlan, format: "Entity" },
    ],
  },
  /** Runs "start" on a failover plan. Takes a FailoverPlanManagementSpec. Answers a task to follow. */
  startFailoverPlan: {
    method: "POST",
    path: "/failoverPlans/{ID}",
    action: "start",
    parameters: ["ID"],
    body: { element: "FailoverPlanManagementSpec", type: FailoverPlanManagementSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "undo" on a failover plan. Answers a task to follow. */
  undoFailoverPlan: {
    method: "POST",
    path: "/failoverPlans/{ID}",
    action: "undo",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Changes a failover plan. Takes a FailoverPlan. Answers a task to follow. */
  editFailoverPlan: {
    method: "PUT",
    path: "/failoverPlans/{ID}",
    parameters: ["ID"],
    body: { element: "FailoverPlan", type: FailoverPlan, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of jobs, as entities: references by default, the entities with format=Entity. */
  getJobs: {
    method: "GET",
    path: "/jobs",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "JobReference" },
      { status: 200, element: "Jobs", type: Jobs, format: "Entity" },
    ],
  },
  /** Reads a backup, replication or backup copy job on a backup server: a reference by default, the entity with format=Entity. */
  getJob: {
    method: "GET",
    path: "/jobs/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "JobReference" },
      { status: 200, element: "Job", type: Job, format: "Entity" },
    ],
  },
  /** Runs "clone" on a backup, replication or backup copy job on a backup server. Takes a JobCloneSpec. Answers a task to follow. */
  cloneJob: {
    method: "POST",
    path: "/jobs/{ID}",
    action: "clone",
    parameters: ["ID"],
    body: { element: "JobCloneSpec", type: JobCloneSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "retry" on a backup, replication or backup copy job on a backup server. Answers a task to follow. */
  retryJob: {
    method: "POST",
    path: "/jobs/{ID}",
    action: "retry",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "start" on a backup, replication or backup copy job on a backup server. Answers a task to follow. */
  startJob: {
    method: "POST",
    path: "/jobs/{ID}",
    action: "start",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "stop" on a backup, replication or backup copy job on a backup server. Answers a task to follow. */
  stopJob: {
    method: "POST",
    path: "/jobs/{ID}",
    action: "stop",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "sync" on a backup, replication or backup copy job on a backup server. Answers a task to follow. */
  syncJob: {
    method: "POST",
    path: "/jobs/{ID}",
    action: "sync",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "toggleScheduleEnabled" on a backup, replication or backup copy job on a backup server. Answers a task to follow. */
  toggleScheduleEnabledJob: {
    method: "POST",
    path: "/jobs/{ID}",
    action: "toggleScheduleEnabled",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Changes a backup, replication or backup copy job on a backup server. Takes a Job. Answers a task to follow. */
  editJob: {
    method: "PUT",
    path: "/jobs/{ID}",
    parameters: ["ID"],
    query: { action: { values: ["edit"] } },
    body: { element: "Job", type: Job, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes a backup, replication or backup copy job on a backup server. Answers a task to follow. */
  deleteJob: {
    method: "DELETE",
    path: "/jobs/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads the VMs and VM containers a job processes. */
  getJobIncludes: {
    method: "GET",
    path: "/jobs/{ID}/includes",
    parameters: ["ID"],
    answers: [{ status: 200, element: "ObjectsInJob", type: ObjectsInJob }],
  },
  /** Adds to the VMs and VM containers a job processes. Takes a CreateObjectInJobSpec. Answers a task to follow. */
  createJobInclude: {
    method: "POST",
    path: "/jobs/{ID}/includes",
    parameters: ["ID"],
    body: { element: "CreateObjectInJobSpec", type: CreateObjectInJobSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a VM or VM container processed by a job, with its own guest processing settings. */
  getJobInclude: {
    method: "GET",
    path: "/jobs/{jobID}/includes/{ID}",
    parameters: ["jobID", "ID"],
    answers: [{ status: 200, element: "ObjectInJob", type: ObjectInJob }],
  },
  /** Deletes a VM or VM container processed by a job, with its own guest processing settings. Answers a task to follow. */
  deleteJobInclude: {
    method: "DELETE",
    path: "/jobs/{jobID}/includes/{ID}",
    parameters: ["jobID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads backup repositories linked to a backup copy job. */
  getJobLinkedBackupRepositories: {
    method: "GET",
    path: "/jobs/{ID}/linkedBackupRepositories",
    parameters: ["ID"],
    answers: [
      { status: 200, element: "LinkedBackupRepositoryResourceObjects", type: LinkedBackupRepositoryResourceObjects },
    ],
  },
  /** Adds to backup repositories linked to a backup copy job. Answers a task to follow. */
  createJobLinkedBackupRepository: {
    method: "POST",
    path: "/jobs/{ID}/linkedBackupRepositories",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes the resource at /jobs/{jobID}/linkedBackupRepositories/{ID}. Answers a task to follow. */
  deleteJobLinkedBackupRepository: {
    method: "DELETE",
    path: "/jobs/{jobID}/linkedBackupRepositories/{ID}",
    parameters: ["jobID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads backup jobs linked to a backup copy job. */
  getJobLinkedJobs: {
    method: "GET",
    path: "/jobs/{ID}/linkedJobs",
    parameters: ["ID"],
    answers: [{ status: 200, element: "LinkedJobResourceObjects", type: LinkedJobResourceObjects }],
  },
  /** Adds to backup jobs linked to a backup copy job. Answers a task to follow. */
  createJobLinkedJob: {
    method: "POST",
    path: "/jobs/{ID}/linkedJobs",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes the resource at /jobs/{jobID}/linkedJobs/{ID}. Answers a task to follow. */
  deleteJobLinkedJob: {
    method: "DELETE",
    path: "/jobs/{jobID}/linkedJobs/{ID}",
    parameters: ["jobID", "ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads the /nas entry point. */
  getNas: { method: "GET", path: "/nas", answers: [{ status: 200, element: "NASService", type: NASService }] },
  /** Reads a list of backup job sessions: references by default, the entities with format=Entity. */
  getNasBackupSessions: {
    method: "GET",
    path: "/nas/backupSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupJobSessionReference" },
      { status: 200, element: "BackupJobSessions", type: BackupJobSessions, format: "Entity" },
    ],
  },
  /** Reads a list of file shares: references by default, the entities with format=Entity. */
  getNasFileServers: {
    method: "GET",
    path: "/nas/fileServers",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "FileServerReference" },
      { status: 200, element: "FileServers", type: FileServers, format: "Entity" },
    ],
  },
  /** Reads a file share added to a backup server: a reference by default, the entity with format=Entity. */
  getNasFileServer: {
    method: "GET",
    path: "/nas/fileServers/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "FileServerReference" },
      { status: 200, element: "FileServer", type: FileServer, format: "Entity" },
    ],
  },
  /** Reads a list of file share backup jobs: references by default, the entities with format=Entity. */
  getNasJobs: {
    method: "GET",
    path: "/nas/jobs",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "NasJobReference" },
      { status: 200, element: "NASJobs", type: NASJobs, format: "Entity" },
    ],
  },
  /** Reads a file share backup job: a reference by default, the entity with format=Entity. */
  getNasJob: {
    method: "GET",
    path: "/nas/jobs/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "NasJobReference" },
      { status: 200, element: "NASJob", type: NASJob, format: "Entity" },
    ],
  },
  /** Reads a list of backup job sessions: references by default, the entities with format=Entity. */
  getNasJobBackupSessions: {
    method: "GET",
    path: "/nas/jobs/{ID}/backupSessions",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupJobSessionReference" },
      { status: 200, element: "BackupJobSessions", type: BackupJobSessions, format: "Entity" },
    ],
  },
  /** Reads a list of items processed by a file share backup job. */
  getNasJobIncludes: {
    method: "GET",
    path: "/nas/jobs/{ID}/includes",
    parameters: ["ID"],
    answers: [{ status: 200, element: "NASObjects", type: NASObjects }],
  },
  /** Reads a file share or folder processed by a file share backup job, with its file masks. */
  getNasJobInclude: {
    method: "GET",
    path: "/nas/jobs/{jobID}/includes/{ID}",
    parameters: ["jobID", "ID"],
    answers: [{ status: 200, element: "NASObject", type: NASObject }],
  },
  /** Runs "retry" on a file share backup job. Answers a task to follow. */
  retryNasJob: {
    method: "POST",
    path: "/nas/jobs/{ID}/retry",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "start" on a file share backup job. Answers a task to follow. */
  startNasJob: {
    method: "POST",
    path: "/nas/jobs/{ID}/start",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "stop" on a file share backup job. Answers a task to follow. */
  stopNasJob: {
    method: "POST",
    path: "/nas/jobs/{ID}/stop",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs "toggleScheduleEnabled" on a file share backup job. Answers a task to follow. */
  toggleScheduleEnabledNasJob: {
    method: "POST",
    path: "/nas/jobs/{ID}/toggleScheduleEnabled",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Runs the query service: the entities or references of one query type, filtered, sorted and paged. */
  getQuery: {
    method: "GET",
    path: "/query",
    query: {
      type: { valuesFrom: "queryTypes", required: true },
      format: { values: ["References", "Entities"] },
      filter: {},
      sortAsc: {},
      sortDesc: {},
      pageSize: {},
      page: {},
    },
    answers: [{ status: 200, element: "QueryResult", type: QueryResult }],
  },
  /** Reads the query service. */
  getQuerySvc: { method: "GET", path: "/querySvc", answers: [{ status: 200, element: "QuerySvc", type: QuerySvc }] },
  /** Reads the report index. */
  getReportsSummary: {
    method: "GET",
    path: "/reports/summary",
    answers: [{ status: 200, element: "SummaryReport", type: SummaryReport }],
  },
  /** Reads job runs, their outcomes and the longest durations. */
  getReportsSummaryJobStatistics: {
    method: "GET",
    path: "/reports/summary/job_statistics",
    answers: [{ status: 200, element: "JobStatisticsReportFrame", type: JobStatisticsReportFrame }],
  },
  /** Reads counts of backup infrastructure components, jobs and latest VM states. */
  getReportsSummaryOverview: {
    method: "GET",
    path: "/reports/summary/overview",
    answers: [{ status: 200, element: "OverviewReportFrame", type: OverviewReportFrame }],
  },
  /** Reads number of VMs backed up and replicated, per day. */
  getReportsSummaryProcessedVms: {
    method: "GET",
    path: "/reports/summary/processed_vms",
    answers: [{ status: 200, element: "ProcessedVmsReportFrame", type: ProcessedVmsReportFrame }],
  },
  /** Reads capacity, free space and backup size of repositories, per period. */
  getReportsSummaryRepository: {
    method: "GET",
    path: "/reports/summary/repository",
    answers: [{ status: 200, element: "RepositoryReportFrame", type: RepositoryReportFrame }],
  },
  /** Reads protected VMs, restore points and the space they take. */
  getReportsSummaryVmsOverview: {
    method: "GET",
    path: "/reports/summary/vms_overview",
    answers: [{ status: 200, element: "VmsOverviewReportFrame", type: VmsOverviewReportFrame }],
  },
  /** Reads a list of backup files: references by default, the entities with format=Entity. */
  getBackupFiles: {
    method: "GET",
    path: "/backupFiles",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupFileReference" },
      { status: 200, element: "BackupFiles", type: BackupFiles, format: "Entity" },
    ],
  },
  /** Reads a file of a backup in a repository: a reference by default, the entity with format=Entity. */
  getBackupFile: {
    method: "GET",
    path: "/backupFiles/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "BackupFileReference" },
      { status: 200, element: "BackupFile", type: BackupFile, format: "Entity" },
    ],
  },
  /** Reads a list of restore points: references by default, the entities with format=Entity. */
  getBackupFileRestorePoints: {
    method: "GET",
    path: "/backupFiles/{ID}/restorePoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "RestorePointReference" },
      { status: 200, element: "RestorePoints", type: RestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of VM restore points: references by default, the entities with format=Entity. */
  getBackupFileVmRestorePoints: {
    method: "GET",
    path: "/backupFiles/{ID}/vmRestorePoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VmRestorePointReference" },
      { status: 200, element: "VmRestorePoints", type: VmRestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of backups: references by default, the entities with format=Entity. */
  getBackups: {
    method: "GET",
    path: "/backups",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupReference" },
      { status: 200, element: "Backups", type: Backups, format: "Entity" },
    ],
  },
  /** Reads the backup a job keeps in a repository: a reference by default, the entity with format=Entity. */
  getBackup: {
    method: "GET",
    path: "/backups/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "BackupReference" },
      { status: 200, element: "Backup", type: Backup, format: "Entity" },
    ],
  },
  /** Reads a list of backups: references by default, the entities with format=Entity. */
  getBackupChildbackups: {
    method: "GET",
    path: "/backups/{ID}/childbackups",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupReference" },
      { status: 200, element: "Backups", type: Backups, format: "Entity" },
    ],
  },
  /** Reads a list of restore points: references by default, the entities with format=Entity. */
  getBackupRestorePoints: {
    method: "GET",
    path: "/backups/{ID}/restorePoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "RestorePointReference" },
      { status: 200, element: "RestorePoints", type: RestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of indexed VMs: references by default, the entities with format=Entity. */
  getCatalogVms: {
    method: "GET",
    path: "/catalog/vms",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "CatalogVmReference" },
      { status: 200, element: "CatalogVms", type: CatalogVms, format: "Entity" },
    ],
  },
  /** Reads a VM whose guest OS files are indexed in the catalog: a reference by default, the entity with format=Entity. */
  getCatalogVm: {
    method: "GET",
    path: "/catalog/vms/{vmname}",
    parameters: ["vmname"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CatalogVmReference" },
      { status: 200, element: "CatalogVm", type: CatalogVm, format: "Entity" },
    ],
  },
  /** Reads a list of restore points of an indexed VM: references by default, the entities with format=Entity. */
  getCatalogVmVmRestorePoints: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints",
    parameters: ["vmname"],
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "CatalogVmRestorePointReference",
      },
      { status: 200, element: "CatalogVmRestorePoints", type: CatalogVmRestorePoints, format: "Entity" },
    ],
  },
  /** Reads a restore point of an indexed VM, whose guest files can be browsed and restored: a reference by default, the entity with format=Entity. */
  getCatalogVmVmRestorePoint: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}",
    parameters: ["vmname", "ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "CatalogVmRestorePointReference" },
      { status: 200, element: "CatalogVmRestorePoint", type: CatalogVmRestorePoint, format: "Entity" },
    ],
  },
  /** Runs "browse" on a restore point of an indexed VM, whose guest files can be browsed and restored. Answers a task to follow. */
  browseCatalogVmVmRestorePoint: {
    method: "POST",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}",
    action: "browse",
    parameters: ["vmname", "ID"],
    answers: [{ status: 200, element: "Task", type: Task }],
  },
  /** Reads one item of a guest file system. */
  getCatalogVmVmRestorePointGuestfs: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs",
    parameters: ["vmname", "ID"],
    answers: [{ status: 200, element: "FileSystemEntry", type: FileSystemEntry }],
  },
  /** Reads one item of a guest file system. */
  getCatalogVmVmRestorePointGuestfsPath: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
    parameters: ["vmname", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [
      { status: 200, element: "FileSystemEntry", type: FileSystemEntry },
      { status: 200, element: "FileSystemEntries", type: FileSystemEntries },
    ],
  },
  /** Lists the files and folders in a folder, a page at a time. */
  listAllCatalogVmVmRestorePointGuestfsPath: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
    action: "listAll",
    parameters: ["vmname", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the folders in a folder, a page at a time. */
  listDirsCatalogVmVmRestorePointGuestfsPath: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
    action: "listDirs",
    parameters: ["vmname", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the files in a folder, a page at a time. */
  listFilesCatalogVmVmRestorePointGuestfsPath: {
    method: "GET",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
    action: "listFiles",
    parameters: ["vmname", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Runs "restore" on one item of a guest file system. Answers a task to follow. */
  restoreCatalogVmVmRestorePointGuestfsPath: {
    method: "POST",
    path: "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
    action: "restore",
    parameters: ["vmname", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of replicas: references by default, the entities with format=Entity. */
  getReplicas: {
    method: "GET",
    path: "/replicas",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "ReplicaReference" },
      { status: 200, element: "Replicas", type: Replicas, format: "Entity" },
    ],
  },
  /** Reads the replica a replication job maintains: a reference by default, the entity with format=Entity. */
  getReplica: {
    method: "GET",
    path: "/replicas/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "ReplicaReference" },
      { status: 200, element: "Replica", type: Replica, format: "Entity" },
    ],
  },
  /** Reads a list of restore points: references by default, the entities with format=Entity. */
  getRestorePoints: {
    method: "GET",
    path: "/restorePoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "RestorePointReference" },
      { status: 200, element: "RestorePoints", type: RestorePoints, format: "Entity" },
    ],
  },
  /** Reads a point in time of a backup, grouping the VM and vApp restore points created by one job run: a reference by default, the entity with format=Entity. */
  getRestorePoint: {
    method: "GET",
    path: "/restorePoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "RestorePointReference" },
      { status: 200, element: "RestorePoint", type: RestorePoint, format: "Entity" },
    ],
  },
  /** Reads a list of Veeam Agent restore points: references by default, the entities with format=Entity. */
  getRestorePointAgentRestorePoints: {
    method: "GET",
    path: "/restorePoints/{ID}/agentRestorePoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "AgentRestorePointReference" },
      { status: 200, element: "AgentRestorePoints", type: AgentRestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of backup files: references by default, the entities with format=Entity. */
  getRestorePointBackupFiles: {
    method: "GET",
    path: "/restorePoints/{ID}/backupFiles",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupFileReference" },
      { status: 200, element: "BackupFiles", type: BackupFiles, format: "Entity" },
    ],
  },
  /** Reads a list of vApp restore points: references by default, the entities with format=Entity. */
  getRestorePointVAppRestorePoints: {
    method: "GET",
    path: "/restorePoints/{ID}/vAppRestorePoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VAppRestorePointReference" },
      { status: 200, element: "VAppRestorePoints", type: VAppRestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of VM restore points: references by default, the entities with format=Entity. */
  getRestorePointVmRestorePoints: {
    method: "GET",
    path: "/restorePoints/{ID}/vmRestorePoints",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VmRestorePointReference" },
      { status: 200, element: "VmRestorePoints", type: VmRestorePoints, format: "Entity" },
    ],
  },
  /** Reads a list of vApp replica restore points: references by default, the entities with format=Entity. */
  getVAppReplicaPoints: {
    method: "GET",
    path: "/vAppReplicaPoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VAppReplicaPointReference" },
      { status: 200, element: "VAppReplicaPoints", type: VAppReplicaPoints, format: "Entity" },
    ],
  },
  /** Reads a restore point of one replicated VMware Cloud Director vApp: a reference by default, the entity with format=Entity. */
  getVAppReplicaPoint: {
    method: "GET",
    path: "/vAppReplicaPoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VAppReplicaPointReference" },
      { status: 200, element: "VAppReplicaPoint", type: VAppReplicaPoint, format: "Entity" },
    ],
  },
  /** Runs "failover" on a restore point of one replicated VMware Cloud Director vApp. Answers a task to follow. */
  failoverVAppReplicaPoint: {
    method: "POST",
    path: "/vAppReplicaPoints/{ID}",
    action: "failover",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of vApp restore points: references by default, the entities with format=Entity. */
  getVAppRestorePoints: {
    method: "GET",
    path: "/vAppRestorePoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VAppRestorePointReference" },
      { status: 200, element: "VAppRestorePoints", type: VAppRestorePoints, format: "Entity" },
    ],
  },
  /** Reads the state of one VMware Cloud Director vApp within a restore point: a reference by default, the entity with format=Entity. */
  getVAppRestorePoint: {
    method: "GET",
    path: "/vAppRestorePoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VAppRestorePointReference" },
      { status: 200, element: "VAppRestorePoint", type: VAppRestorePoint, format: "Entity" },
    ],
  },
  /** Runs "restore" on the state of one VMware Cloud Director vApp within a restore point. Takes a RestoreSpec. Answers a task to follow. */
  restoreVAppRestorePoint: {
    method: "POST",
    path: "/vAppRestorePoints/{ID}",
    action: "restore",
    parameters: ["ID"],
    body: { element: "RestoreSpec", type: RestoreSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of VM replica restore points: references by default, the entities with format=Entity. */
  getVmReplicaPoints: {
    method: "GET",
    path: "/vmReplicaPoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VmReplicaPointReference" },
      { status: 200, element: "VmReplicaPoints", type: VmReplicaPoints, format: "Entity" },
    ],
  },
  /** Reads a restore point of one replicated VM: a reference by default, the entity with format=Entity. */
  getVmReplicaPoint: {
    method: "GET",
    path: "/vmReplicaPoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VmReplicaPointReference" },
      { status: 200, element: "VmReplicaPoint", type: VmReplicaPoint, format: "Entity" },
    ],
  },
  /** Runs "failover" on a restore point of one replicated VM. Answers a task to follow. */
  failoverVmReplicaPoint: {
    method: "POST",
    path: "/vmReplicaPoints/{ID}",
    action: "failover",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads mounts of a VM replica restore point. */
  getVmReplicaPointMounts: {
    method: "GET",
    path: "/vmReplicaPoints/{ID}/mounts",
    parameters: ["ID"],
    answers: [{ status: 200, element: "VmReplicaPointMounts", type: VmReplicaPointMounts }],
  },
  /** Adds to mounts of a VM replica restore point. Answers a task to follow. */
  createVmReplicaPointMount: {
    method: "POST",
    path: "/vmReplicaPoints/{ID}/mounts",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a VM replica restore point mounted for guest OS file restore, with the roots of its file systems. */
  getVmReplicaPointMount: {
    method: "GET",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}",
    parameters: ["vmReplicaPointID", "ID"],
    answers: [{ status: 200, element: "VmReplicaPointMount", type: VmReplicaPointMount }],
  },
  /** Deletes a VM replica restore point mounted for guest OS file restore, with the roots of its file systems. */
  deleteVmReplicaPointMount: {
    method: "DELETE",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}",
    parameters: ["vmReplicaPointID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads one item of a guest file system. */
  getVmReplicaPointMountPath: {
    method: "GET",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}/{filepath}",
    parameters: ["vmReplicaPointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [
      { status: 200, element: "FileSystemEntry", type: FileSystemEntry },
      { status: 200, element: "FileSystemEntries", type: FileSystemEntries },
    ],
  },
  /** Downloads a file that a restore for direct download has put aside. */
  downloadVmReplicaPointMountPath: {
    method: "GET",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}/{filepath}",
    action: "download",
    parameters: ["vmReplicaPointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [{ status: 200, mediaType: "application/octet-stream" }],
  },
  /** Lists the files and folders in a folder, a page at a time. */
  listAllVmReplicaPointMountPath: {
    method: "GET",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}/{filepath}",
    action: "listAll",
    parameters: ["vmReplicaPointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the folders in a folder, a page at a time. */
  listDirsVmReplicaPointMountPath: {
    method: "GET",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}/{filepath}",
    action: "listDirs",
    parameters: ["vmReplicaPointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the files in a folder, a page at a time. */
  listFilesVmReplicaPointMountPath: {
    method: "GET",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}/{filepath}",
    action: "listFiles",
    parameters: ["vmReplicaPointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Runs "restore" on one item of a guest file system. Takes a FileRestoreSpec. Answers a task to follow. */
  restoreVmReplicaPointMountPath: {
    method: "POST",
    path: "/vmReplicaPoints/{vmReplicaPointID}/mounts/{ID}/{filepath}",
    action: "restore",
    parameters: ["vmReplicaPointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    body: { element: "FileRestoreSpec", type: FileRestoreSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of VM restore points: references by default, the entities with format=Entity. */
  getVmRestorePoints: {
    method: "GET",
    path: "/vmRestorePoints",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "VmRestorePointReference" },
      { status: 200, element: "VmRestorePoints", type: VmRestorePoints, format: "Entity" },
    ],
  },
  /** Reads the state of one VM within a restore point: a reference by default, the entity with format=Entity. */
  getVmRestorePoint: {
    method: "GET",
    path: "/vmRestorePoints/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VmRestorePointReference" },
      { status: 200, element: "VmRestorePoint", type: VmRestorePoint, format: "Entity" },
    ],
  },
  /** Runs "restore" on the state of one VM within a restore point. Takes a RestoreSpec. Answers a task to follow. */
  restoreVmRestorePoint: {
    method: "POST",
    path: "/vmRestorePoints/{ID}",
    action: "restore",
    parameters: ["ID"],
    body: { element: "RestoreSpec", type: RestoreSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads mounts of a VM restore point. */
  getVmRestorePointMounts: {
    method: "GET",
    path: "/vmRestorePoints/{ID}/mounts",
    parameters: ["ID"],
    answers: [{ status: 200, element: "VmRestorePointMounts", type: VmRestorePointMounts }],
  },
  /** Adds to mounts of a VM restore point. Answers a task to follow. */
  createVmRestorePointMount: {
    method: "POST",
    path: "/vmRestorePoints/{ID}/mounts",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a VM restore point mounted for guest OS file restore, with the roots of its file systems. */
  getVmRestorePointMount: {
    method: "GET",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}",
    parameters: ["vmRestorePointID", "ID"],
    answers: [{ status: 200, element: "VmRestorePointMount", type: VmRestorePointMount }],
  },
  /** Deletes a VM restore point mounted for guest OS file restore, with the roots of its file systems. */
  deleteVmRestorePointMount: {
    method: "DELETE",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}",
    parameters: ["vmRestorePointID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads one item of a guest file system. */
  getVmRestorePointMountPath: {
    method: "GET",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
    parameters: ["vmRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [
      { status: 200, element: "FileSystemEntry", type: FileSystemEntry },
      { status: 200, element: "FileSystemEntries", type: FileSystemEntries },
    ],
  },
  /** Downloads a file that a restore for direct download has put aside. */
  downloadVmRestorePointMountPath: {
    method: "GET",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
    action: "download",
    parameters: ["vmRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    answers: [{ status: 200, mediaType: "application/octet-stream" }],
  },
  /** Lists the files and folders in a folder, a page at a time. */
  listAllVmRestorePointMountPath: {
    method: "GET",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
    action: "listAll",
    parameters: ["vmRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the folders in a folder, a page at a time. */
  listDirsVmRestorePointMountPath: {
    method: "GET",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
    action: "listDirs",
    parameters: ["vmRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Lists the files in a folder, a page at a time. */
  listFilesVmRestorePointMountPath: {
    method: "GET",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
    action: "listFiles",
    parameters: ["vmRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    query: { pageSize: {}, page: {} },
    answers: [{ status: 200, element: "FileSystemEntries", type: FileSystemEntries }],
  },
  /** Runs "restore" on one item of a guest file system. Takes a FileRestoreSpec. Answers a task to follow. */
  restoreVmRestorePointMountPath: {
    method: "POST",
    path: "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
    action: "restore",
    parameters: ["vmRestorePointID", "ID", "filepath"],
    spansSegments: ["filepath"],
    body: { element: "FileRestoreSpec", type: FileRestoreSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads the /security resource. */
  getSecurity: {
    method: "GET",
    path: "/security",
    answers: [{ status: 200, element: "EnterpriseSecuritySettings", type: EnterpriseSecuritySettings }],
  },
  /** Reads a list of accounts, as entities: references by default, the entities with format=Entity. */
  getSecurityAccounts: {
    method: "GET",
    path: "/security/accounts",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "EnterpriseAccountReference" },
      { status: 200, element: "EnterpriseAccounts", type: EnterpriseAccounts, format: "Entity" },
    ],
  },
  /** Adds to a list of accounts, as entities. Takes a EnterpriseAccountCreateSpec. */
  createSecurityAccount: {
    method: "POST",
    path: "/security/accounts",
    body: { element: "EnterpriseAccountCreateSpec", type: EnterpriseAccountCreateSpec, required: true },
    answers: [{ status: 201 }],
  },
  /** Runs "rebuildScope" on a list of accounts, as entities. Takes a RebuildScopeJobSpec. Answers a task to follow. */
  rebuildScopeSecurityAccounts: {
    method: "POST",
    path: "/security/accounts",
    action: "rebuildScope",
    body: { element: "RebuildScopeJobSpec", type: RebuildScopeJobSpec, required: true },
    answers: [{ status: 201, element: "Task", type: Task }],
  },
  /** Reads a user or group account that has been given roles in Enterprise Manager: a reference by default, the entity with format=Entity. */
  getSecurityAccount: {
    method: "GET",
    path: "/security/accounts/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "EnterpriseAccountReference" },
      { status: 200, element: "EnterpriseAccount", type: EnterpriseAccount, format: "Entity" },
    ],
  },
  /** Adds to a user or group account that has been given roles in Enterprise Manager. */
  toggleRestoreScopesEnabledSecurityAccount: {
    method: "POST",
    path: "/security/accounts/{ID}",
    parameters: ["ID"],
    answers: [{ status: 204 }],
  },
  /** Deletes a user or group account that has been given roles in Enterprise Manager. */
  deleteSecurityAccount: {
    method: "DELETE",
    path: "/security/accounts/{ID}",
    parameters: ["ID"],
    answers: [{ status: 204 }],
  },
  /** Reads the roles given to an account. */
  getSecurityAccountRoles: {
    method: "GET",
    path: "/security/accounts/{ID}/roles",
    parameters: ["ID"],
    answers: [{ status: 200, element: "EnterpriseAccountInRoleList", type: EnterpriseAccountInRoleList }],
  },
  /** Adds to the roles given to an account. Takes a EnterpriseAccountInRoleCreateSpec. */
  createSecurityAccountRole: {
    method: "POST",
    path: "/security/accounts/{ID}/roles",
    parameters: ["ID"],
    body: { element: "EnterpriseAccountInRoleCreateSpec", type: EnterpriseAccountInRoleCreateSpec, required: true },
    answers: [{ status: 201 }],
  },
  /** Reads one role as given to one account. */
  getSecurityAccountRole: {
    method: "GET",
    path: "/security/accounts/{accountID}/roles/{ID}",
    parameters: ["accountID", "ID"],
    answers: [{ status: 200, element: "EnterpriseAccountInRole", type: EnterpriseAccountInRole }],
  },
  /** Deletes one role as given to one account. */
  deleteSecurityAccountRole: {
    method: "DELETE",
    path: "/security/accounts/{accountID}/roles/{ID}",
    parameters: ["accountID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads the restore scopes of an account. */
  getSecurityAccountScopes: {
    method: "GET",
    path: "/security/accounts/{ID}/scopes",
    parameters: ["ID"],
    answers: [{ status: 200, element: "EnterpriseAccountHierarchyScopes", type: EnterpriseAccountHierarchyScopes }],
  },
  /** Adds to the restore scopes of an account. Takes a HierarchyScopeCreateSpec. */
  createSecurityAccountScope: {
    method: "POST",
    path: "/security/accounts/{ID}/scopes",
    parameters: ["ID"],
    body: { element: "HierarchyScopeCreateSpec", type: HierarchyScopeCreateSpec, required: true },
    answers: [{ status: 201 }],
  },
  /** Reads a restore scope of an account. */
  getSecurityAccountScope: {
    method: "GET",
    path: "/security/accounts/{accountID}/scopes/{ID}",
    parameters: ["accountID", "ID"],
    answers: [{ status: 200, element: "EnterpriseAccountHierarchyScope", type: EnterpriseAccountHierarchyScope }],
  },
  /** Deletes a restore scope of an account. */
  deleteSecurityAccountScope: {
    method: "DELETE",
    path: "/security/accounts/{accountID}/scopes/{ID}",
    parameters: ["accountID", "ID"],
    answers: [{ status: 204 }],
  },
  /** Reads a list of security roles, as entities: references by default, the entities with format=Entity. */
  getSecurityRoles: {
    method: "GET",
    path: "/security/roles",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "EnterpriseRoleReference" },
      { status: 200, element: "EnterpriseRoles", type: EnterpriseRoles, format: "Entity" },
    ],
  },
  /** Reads a security role of Enterprise Manager, such as Portal User or File Restore Operator: a reference by default, the entity with format=Entity. */
  getSecurityRole: {
    method: "GET",
    path: "/security/roles/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "EnterpriseRoleReference" },
      { status: 200, element: "EnterpriseRole", type: EnterpriseRole, format: "Entity" },
    ],
  },
  /** Reads the /selfService/vSphere resource. */
  getSelfServiceVSphere: {
    method: "GET",
    path: "/selfService/vSphere",
    answers: [{ status: 200, element: "VSphereSelfService", type: VSphereSelfService }],
  },
  /** Reads a list of vSphere self-service tenant configurations, as entities: references by default, the entities with format=Entity. */
  getSelfServiceVSphereConfigs: {
    method: "GET",
    path: "/selfService/vSphere/Configs",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "VSphereSelfServiceConfigReference",
      },
      { status: 200, element: "VSphereSelfServiceConfigs", type: VSphereSelfServiceConfigs, format: "Entity" },
    ],
  },
  /** Adds to a list of vSphere self-service tenant configurations, as entities. Takes a VSphereSelfServiceCreateSpec. Answers a task to follow. */
  createSelfServiceVSphereConfig: {
    method: "POST",
    path: "/selfService/vSphere/Configs",
    body: { element: "VSphereSelfServiceCreateSpec", type: VSphereSelfServiceCreateSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads access of one vSphere user or group to the vSphere Self-Service Backup Portal: a reference by default, the entity with format=Entity. */
  getSelfServiceVSphereConfig: {
    method: "GET",
    path: "/selfService/vSphere/Configs/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VSphereSelfServiceConfigReference" },
      { status: 200, element: "VSphereSelfServiceConfig", type: VSphereSelfServiceConfig, format: "Entity" },
    ],
  },
  /** Changes access of one vSphere user or group to the vSphere Self-Service Backup Portal. Takes a VSphereSelfServiceConfig. Answers a task to follow. */
  editSelfServiceVSphereConfig: {
    method: "PUT",
    path: "/selfService/vSphere/Configs/{ID}",
    parameters: ["ID"],
    body: { element: "VSphereSelfServiceConfig", type: VSphereSelfServiceConfig, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes access of one vSphere user or group to the vSphere Self-Service Backup Portal. Answers a task to follow. */
  deleteSelfServiceVSphereConfig: {
    method: "DELETE",
    path: "/selfService/vSphere/Configs/{ID}",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads backup job settings applied to jobs of a vSphere self-service tenant. */
  getSelfServiceVSphereConfigBackupJobSettings: {
    method: "GET",
    path: "/selfService/vSphere/Configs/{ID}/backupJobSettings",
    parameters: ["ID"],
    answers: [
      { status: 200, element: "VSphereSelfServiceConfigJobSettings", type: VSphereSelfServiceConfigJobSettings },
    ],
  },
  /** Reads the /vCloud resource. */
  getVCloud: {
    method: "GET",
    path: "/vCloud",
    answers: [{ status: 200, element: "VCloudService", type: VCloudService }],
  },
  /** Reads a list of VMware Cloud Director organization configurations, as entities: references by default, the entities with format=Entity. */
  getVCloudOrgConfigs: {
    method: "GET",
    path: "/vCloud/orgConfigs",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "VCloudOrganizationConfigReference",
      },
      { status: 200, element: "VCloudOrganizationConfigs", type: VCloudOrganizationConfigs, format: "Entity" },
    ],
  },
  /** Adds to a list of VMware Cloud Director organization configurations, as entities. Takes a VCloudOrganizationConfigCreateSpec. Answers a task to follow. */
  createVCloudOrgConfig: {
    method: "POST",
    path: "/vCloud/orgConfigs",
    body: { element: "VCloudOrganizationConfigCreateSpec", type: VCloudOrganizationConfigCreateSpec, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads self-service backup settings of one VMware Cloud Director organization, or of all others: a reference by default, the entity with format=Entity. */
  getVCloudOrgConfig: {
    method: "GET",
    path: "/vCloud/orgConfigs/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "VCloudOrganizationConfigReference" },
      { status: 200, element: "VCloudOrganizationConfig", type: VCloudOrganizationConfig, format: "Entity" },
    ],
  },
  /** Runs "disable" on self-service backup settings of one VMware Cloud Director organization, or of all others. Answers a task to follow. */
  disableVCloudOrgConfig: {
    method: "POST",
    path: "/vCloud/orgConfigs/{ID}",
    action: "disable",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Changes self-service backup settings of one VMware Cloud Director organization, or of all others. Takes a VCloudOrganizationConfig. Answers a task to follow. */
  editVCloudOrgConfig: {
    method: "PUT",
    path: "/vCloud/orgConfigs/{ID}",
    parameters: ["ID"],
    body: { element: "VCloudOrganizationConfig", type: VCloudOrganizationConfig, required: true },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Deletes self-service backup settings of one VMware Cloud Director organization, or of all others. Answers a task to follow. */
  deleteVCloudOrgConfig: {
    method: "DELETE",
    path: "/vCloud/orgConfigs/{ID}",
    parameters: ["ID"],
    query: { deleteJobs: {}, deleteBackupFiles: {} },
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads backup job settings applied to jobs of a VMware Cloud Director organization. */
  getVCloudOrgConfigBackupJobSettings: {
    method: "GET",
    path: "/vCloud/orgConfigs/{ID}/backupJobSettings",
    parameters: ["ID"],
    answers: [
      {
        status: 200,
        element: "VCloudOrganizationConfigBackupJobSettings",
        type: VCloudOrganizationConfigBackupJobSettings,
      },
    ],
  },
  /** Reads the entry point of the API: the supported versions and the links to log on. */
  getApiRoot: {
    method: "GET",
    path: "/",
    answers: [{ status: 200, element: "EnterpriseManager", type: EnterpriseManager }],
    authentication: "none",
  },
  /** Reads the logon sessions that currently exist. */
  getLogonSessions: {
    method: "GET",
    path: "/logonSessions",
    answers: [{ status: 200, element: "LogonSessions", type: LogonSessions }],
  },
  /** Reads an open logon session. */
  getLogonSession: {
    method: "GET",
    path: "/logonSessions/{ID}",
    parameters: ["ID"],
    answers: [{ status: 200, element: "LogonSession", type: LogonSession }],
  },
  /** Deletes an open logon session. */
  deleteLogonSession: { method: "DELETE", path: "/logonSessions/{ID}", parameters: ["ID"], answers: [{ status: 204 }] },
  /** Adds to the resource at /sessionMngr/. Takes a LoginSpec (optional). */
  createLogonSession: {
    method: "POST",
    path: "/sessionMngr/",
    query: { v: { values: ["v1_7", "latest", "v1_6", "v1_5"] } },
    body: { element: "LoginSpec", type: LoginSpec, required: false },
    answers: [{ status: 201, element: "LogonSession", type: LogonSession }],
    authentication: "basic",
  },
  /** Reads system sessions of the last 30 days. */
  getSystemSessions: {
    method: "GET",
    path: "/systemSessions",
    answers: [{ status: 200, element: "SystemSessions", type: SystemSessions }],
  },
  /** Reads a run of one of Enterprise Manager's own background activities: a reference by default, the entity with format=Entity. */
  getSystemSession: {
    method: "GET",
    path: "/systemSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "SystemSessionReference" },
      { status: 200, element: "SystemSession", type: SystemSession, format: "Entity" },
    ],
  },
  /** Reads the log of one system session. */
  getSystemSessionEvents: {
    method: "GET",
    path: "/systemSessions/{ID}/events",
    parameters: ["ID"],
    answers: [{ status: 200, element: "SystemSessionEvents", type: SystemSessionEvents }],
  },
  /** Reads the tasks started within the current logon session. */
  getTasks: { method: "GET", path: "/tasks", answers: [{ status: 200, element: "Tasks", type: Tasks }] },
  /** Reads an asynchronous operation started by an action. */
  getTask: {
    method: "GET",
    path: "/tasks/{ID}",
    parameters: ["ID"],
    answers: [{ status: 200, element: "Task", type: Task }],
  },
  /** Deletes an asynchronous operation started by an action. */
  deleteTask: { method: "DELETE", path: "/tasks/{ID}", parameters: ["ID"], answers: [{ status: 204 }] },
  /** Reads a list of backup job sessions: references by default, the entities with format=Entity. */
  getBackupSessions: {
    method: "GET",
    path: "/backupSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupJobSessionReference" },
      { status: 200, element: "BackupJobSessions", type: BackupJobSessions, format: "Entity" },
    ],
  },
  /** Reads one run of a backup, backup copy, agent or file share backup job: a reference by default, the entity with format=Entity. */
  getBackupSession: {
    method: "GET",
    path: "/backupSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "BackupJobSessionReference" },
      { status: 200, element: "BackupJobSession", type: BackupJobSession, format: "Entity" },
    ],
  },
  /** Runs "stop" on one run of a backup, backup copy, agent or file share backup job. Answers a task to follow. */
  stopBackupSession: {
    method: "POST",
    path: "/backupSessions/{ID}",
    action: "stop",
    parameters: ["ID"],
    answers: [{ status: 202, element: "Task", type: Task }],
  },
  /** Reads a list of backup job sessions: references by default, the entities with format=Entity. */
  getBackupSessionAgentManagementSessions: {
    method: "GET",
    path: "/backupSessions/{ID}/agentManagementSessions",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupJobSessionReference" },
      { status: 200, element: "BackupJobSessions", type: BackupJobSessions, format: "Entity" },
    ],
  },
  /** Reads a list of backup task sessions: references by default, the entities with format=Entity. */
  getBackupSessionTaskSessions: {
    method: "GET",
    path: "/backupSessions/{ID}/taskSessions",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupTaskSessionReference" },
      { status: 200, element: "BackupTaskSessions", type: BackupTaskSessions, format: "Entity" },
    ],
  },
  /** Reads a list of backup task sessions: references by default, the entities with format=Entity. */
  getBackupTaskSessions: {
    method: "GET",
    path: "/backupTaskSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "BackupTaskSessionReference" },
      { status: 200, element: "BackupTaskSessions", type: BackupTaskSessions, format: "Entity" },
    ],
  },
  /** Reads the processing of one VM or machine within a backup job session: a reference by default, the entity with format=Entity. */
  getBackupTaskSession: {
    method: "GET",
    path: "/backupTaskSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "BackupTaskSessionReference" },
      { status: 200, element: "BackupTaskSession", type: BackupTaskSession, format: "Entity" },
    ],
  },
  /** Reads a list of replication job sessions: references by default, the entities with format=Entity. */
  getReplicaSessions: {
    method: "GET",
    path: "/replicaSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "ReplicaJobSessionReference" },
      { status: 200, element: "ReplicaJobSessions", type: ReplicaJobSessions, format: "Entity" },
    ],
  },
  /** Reads one run of a replication job: a reference by default, the entity with format=Entity. */
  getReplicaSession: {
    method: "GET",
    path: "/replicaSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "ReplicaJobSessionReference" },
      { status: 200, element: "ReplicaJobSession", type: ReplicaJobSession, format: "Entity" },
    ],
  },
  /** Reads a list of replication task sessions: references by default, the entities with format=Entity. */
  getReplicaSessionReplicaTaskSessions: {
    method: "GET",
    path: "/replicaSessions/{ID}/replicaTaskSessions",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "ReplicaTaskSessionReference",
      },
      { status: 200, element: "ReplicaTaskSessions", type: ReplicaTaskSessions, format: "Entity" },
    ],
  },
  /** Reads a list of replication task sessions: references by default, the entities with format=Entity. */
  getReplicaTaskSessions: {
    method: "GET",
    path: "/replicaTaskSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      {
        status: 200,
        element: "EntityReferences",
        type: EntityReferences,
        referenceType: "ReplicaTaskSessionReference",
      },
      { status: 200, element: "ReplicaTaskSessions", type: ReplicaTaskSessions, format: "Entity" },
    ],
  },
  /** Reads the processing of one VM within a replication job session: a reference by default, the entity with format=Entity. */
  getReplicaTaskSession: {
    method: "GET",
    path: "/replicaTaskSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "ReplicaTaskSessionReference" },
      { status: 200, element: "ReplicaTaskSession", type: ReplicaTaskSession, format: "Entity" },
    ],
  },
  /** Reads a list of restore sessions: references by default, the entities with format=Entity. */
  getRestoreSessions: {
    method: "GET",
    path: "/restoreSessions",
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityReferences", type: EntityReferences, referenceType: "RestoreSessionReference" },
      { status: 200, element: "RestoreSessions", type: RestoreSessions, format: "Entity" },
    ],
  },
  /** Reads a full VM restore or a file-level restore: a reference by default, the entity with format=Entity. */
  getRestoreSession: {
    method: "GET",
    path: "/restoreSessions/{ID}",
    parameters: ["ID"],
    query: { format: { values: ["Entity"] } },
    answers: [
      { status: 200, element: "EntityRef", type: EntityRef, referenceType: "RestoreSessionReference" },
      { status: 200, element: "RestoreSession", type: RestoreSession, format: "Entity" },
    ],
  },
} as const satisfies OperationTable;

/** The types of the query service, by name, with their fields. */
export const queryTypes = {
  /** Query type AgentBackupJob: each result is a Veeam Agent backup job managed by a backup server. */
  AgentBackupJob: {
    entity: AgentBackupJob,
    referenceType: "AgentBackupJobReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      JobType: { kind: "string" },
      Platform: { kind: "string", values: ["AgentForLinux", "AgentForWindows"] },
      ScheduleConfigured: { kind: "boolean" },
      ScheduleEnabled: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type AgentProtectionGroup: each result is a protection group: a set of computers that Veeam Agent jobs protect together. */
  AgentProtectionGroup: {
    entity: AgentProtectionGroup,
    referenceType: "AgentProtectionGroupReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type AgentRestorePoint: each result is a restore point of one machine in a Veeam Agent backup. */
  AgentRestorePoint: {
    entity: AgentRestorePoint,
    referenceType: "AgentRestorePointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      ComputerName: { kind: "string" },
      Type: { kind: "string", values: ["Full", "Increment"] },
      Algorithm: { kind: "string", values: ["Full", "Incremental", "SyntheticFull"] },
      RestorePointId: { kind: "string" },
      RestorePointName: { kind: "string" },
      BackupUid: { kind: "string" },
      BackupName: { kind: "string" },
      BackupFileUid: { kind: "string" },
      BackupFileName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type Backup: each result is the backup a job keeps in a repository. */
  Backup: {
    entity: Backup,
    referenceType: "BackupReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      RepositoryUid: { kind: "string" },
      RepositoryName: { kind: "string" },
      Platform: {
        kind: "string",
        values: ["VMware", "HyperV", "vCloud", "AgentForLinux", "AgentForWindows", "CustomPlatform"],
      },
      BackupType: { kind: "string", values: ["Standard", "ParentBackup", "ChildBackup"] },
    },
  },
  /** Query type BackupFile: each result is a file of a backup in a repository (full, increment or reverse increment). */
  BackupFile: {
    entity: BackupFile,
    referenceType: "BackupFileReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTimeUTC: { kind: "dateTime" },
      BackupSize: { kind: "number" },
      DataSize: { kind: "number" },
      CompressRatio: { kind: "number" },
      FileType: { kind: "string", values: ["vbk", "vib", "vrb"] },
      BackupUid: { kind: "string" },
      BackupName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type BackupJobSession: each result is one run of a backup, backup copy, agent or file share backup job. */
  BackupJobSession: {
    entity: BackupJobSession,
    referenceType: "BackupJobSessionReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      JobType: {
        kind: "string",
        values: [
          "Backup",
          "BackupCopy",
          "ImmediateBackupCopy",
          "ImmediateBackupCopyWorker",
          "AgentBackup",
          "AgentManagement",
          "NasBackup",
        ],
      },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      EndTime: { kind: "dateTime" },
      State: { kind: "string", values: ["Starting", "Stopping", "Working", "Pausing", "Resuming", "Stopped"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      IsRetry: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type BackupServer: each result is a Veeam Backup & Replication server connected to Enterprise Manager. */
  BackupServer: {
    entity: BackupServer,
    referenceType: "BackupServerReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      IpOrDnsName: { kind: "string" },
      Port: { kind: "number" },
      Version: { kind: "string" },
    },
  },
  /** Query type BackupTaskSession: each result is the processing of one VM or machine within a backup job session. */
  BackupTaskSession: {
    entity: BackupTaskSession,
    referenceType: "BackupTaskSessionReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      EndTime: { kind: "dateTime" },
      State: { kind: "string", values: ["InProgress", "Pending", "Completed"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      Reason: { kind: "string" },
      TotalSize: { kind: "number" },
      JobSessionUid: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      VmDisplayName: { kind: "string" },
    },
  },
  /** Query type CdpPolicy: each result is a CDP policy: continuous replication of VMs or vApps with a recovery point objective. */
  CdpPolicy: {
    entity: CdpPolicy,
    referenceType: "CdpPolicyReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      NextRun: { kind: "dateTime" },
      ScheduleConfigured: { kind: "boolean" },
      ScheduleEnabled: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CdpReplica: each result is a CDP replica: what a CDP policy has replicated. */
  CdpReplica: {
    entity: CdpReplica,
    referenceType: "CdpReplicaReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      PolicyId: { kind: "string" },
      PolicyName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CdpReplicaSession: each result is a CDP replication session; a new one starts every 24 hours. */
  CdpReplicaSession: {
    entity: CdpReplicaSession,
    referenceType: "CdpReplicaSessionReference",
    fields: {
      Id: { kind: "string" },
      Name: { kind: "string" },
      PolicyUid: { kind: "string" },
      PolicyName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      CreationTimeUTC: { kind: "dateTime" },
      EndTimeUTC: { kind: "dateTime" },
      State: { kind: "string", values: ["Starting", "Stopping", "Working", "Pausing", "Resuming", "Stopped"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      FailureMessage: { kind: "string" },
    },
  },
  /** Query type CdpReplicaTaskSession: each result is a CDP replication task session: the work on one object until the next long-term point. */
  CdpReplicaTaskSession: {
    entity: CdpReplicaTaskSession,
    referenceType: "CdpReplicaTaskSessionReference",
    fields: {
      Id: { kind: "string" },
      Name: { kind: "string" },
      PolicySessionUid: { kind: "string" },
      PolicySessionName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      CreationTimeUTC: { kind: "dateTime" },
      EndTimeUTC: { kind: "dateTime" },
      State: { kind: "string", values: ["InProgress", "Pending", "Completed"] },
      Reason: { kind: "string" },
      TotalSize: { kind: "number" },
      VmDisplayName: { kind: "string" },
    },
  },
  /** Query type CloudFailoverPlan: each result is a cloud failover plan: a tenant's VM replicas to fail over together, in order. */
  CloudFailoverPlan: {
    entity: CloudFailoverPlan,
    referenceType: "CloudFailoverPlanReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      CloudTenantUid: { kind: "string" },
      CloudTenantName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudFailoverSession: each result is a run of a cloud failover plan (JobType `FailoverPlan`), with one task per VM. */
  CloudFailoverSession: {
    entity: CloudFailoverSession,
    referenceType: "CloudFailoverSessionReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Type: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      EndTime: { kind: "dateTime" },
      State: { kind: "string", values: ["Starting", "Stopping", "Working", "Stopped"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      FailureMessage: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudGateway: each result is a cloud gateway of a service provider backup server. */
  CloudGateway: {
    entity: CloudGateway,
    referenceType: "CloudGatewayReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Enabled: { kind: "boolean" },
      Description: { kind: "string" },
      BackupServerUId: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudGatewayPool: each result is a named group of cloud gateways and the tenants that use it. */
  CloudGatewayPool: {
    entity: CloudGatewayPool,
    referenceType: "CloudGatewayPoolReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudHardwarePlan: each result is a hardware plan: CPU, memory, storage and network that tenants' cloud replicas may use. */
  CloudHardwarePlan: {
    entity: CloudHardwarePlan,
    referenceType: "CloudHardwarePlanReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Platform: { kind: "boolean" },
      BackupServerUId: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudPublicIpAddress: each result is a public IP address a provider can hand to tenants' failed-over replicas. */
  CloudPublicIpAddress: {
    entity: CloudPublicIpAddress,
    referenceType: "CloudPublicIpAddressReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      IpAddress: { kind: "string" },
      CloudTenantUid: { kind: "string" },
      CloudTenantName: { kind: "string" },
      BackupServerUId: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudReplica: each result is a tenant's replica job as seen on the provider side. */
  CloudReplica: {
    entity: CloudReplica,
    referenceType: "CloudReplicaReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Platform: { kind: "string", values: ["VMware", "HyperV", "vCloud"] },
    },
  },
  /** Query type CloudSubtenant: each result is a subtenant: a user account created under a tenant, with a share of one of its quotas. */
  CloudSubtenant: {
    entity: CloudSubtenant,
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CloudTenantUid: { kind: "string" },
      CloudTenantName: { kind: "string" },
      Disabled: { kind: "boolean" },
      Unlimited: { kind: "boolean" },
      Quota: { kind: "number" },
      UsedQuota: { kind: "number" },
      BackupResourceId: { kind: "string" },
      BackupServerUID: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type CloudTenant: each result is a tenant account on a service provider backup server, with its quotas, replication resources and counters. */
  CloudTenant: {
    entity: CloudTenant,
    referenceType: "CloudTenantReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Enabled: { kind: "boolean" },
      BackupServerUId: { kind: "string" },
      BackupServerName: { kind: "string" },
      Type: { kind: "string", values: ["vCD", "Standalone", "ActiveDirectory"] },
      OrganizationReference: { kind: "string" },
    },
  },
  /** Query type CloudVmReplicaPoint: each result is a restore point of a tenant VM replica. */
  CloudVmReplicaPoint: {
    entity: CloudVmReplicaPoint,
    referenceType: "CloudVmReplicaPointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      VmName: { kind: "string" },
      Type: { kind: "string", values: ["CDP", "Full", "ReverseIncrement", "Increment", "Snapshot"] },
      ReplicaUid: { kind: "string" },
      ReplicaName: { kind: "string" },
      VmDisplayName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      State: { kind: "string", values: ["Unknown", "Ready", "Failover", "Failback", "PermanentFailover"] },
    },
  },
  /** Query type Credentials: each result is a credentials record stored on a backup server; also the body of PUT /backupServers/{ID}/credentials/{ID}. */
  Credentials: {
    entity: CredentialsInfo,
    fields: {
      Username: { kind: "string" },
      Description: { kind: "string" },
      BackupServerUid: { kind: "string" },
      CredentialsId: { kind: "string" },
    },
  },
  /** Query type DiscoveredComputer: each result is a computer found by a protection group rescan, with its Veeam Agent state. */
  DiscoveredComputer: {
    entity: DiscoveredComputer,
    referenceType: "DiscoveredComputerReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      AgentVersion: { kind: "string" },
      AgentStatus: { kind: "string" },
      OsVersion: { kind: "string" },
      IpAddress: { kind: "string" },
      ProtectionGroupUid: { kind: "string" },
      ProtectionGroupName: { kind: "string" },
    },
  },
  /** Query type FailoverPlan: each result is a failover plan: replicas to fail over together, in order. */
  FailoverPlan: {
    entity: FailoverPlan,
    referenceType: "FailoverPlanReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type FileServer: each result is a file share added to a backup server. Which access block is present depends on ServerType. */
  FileServer: {
    entity: FileServer,
    referenceType: "FileServerReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type HierarchyRoot: each result is a virtualization host (vCenter Server, ESXi, Hyper-V host or cluster, SCVMM, Cloud Director) added to a backup server: the root of an object hierarchy. */
  HierarchyRoot: {
    entity: HierarchyRoot,
    referenceType: "HierarchyRootReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      UniqueId: { kind: "string" },
      HostType: { kind: "string", values: ["ESX", "VC", "ESXi", "HvServer", "HvCluster", "Scvmm", "VcdSystem"] },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type Job: each result is a backup, replication or backup copy job on a backup server. */
  Job: {
    entity: Job,
    referenceType: "JobReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      NextRun: { kind: "dateTime" },
      JobType: { kind: "string", values: ["Backup", "BackupCopy", "ImmediateBackupCopy", "Replica"] },
      Platform: { kind: "string", values: ["VMware", "Hyperv", "vCloud"] },
      ScheduleConfigured: { kind: "boolean" },
      ScheduleEnabled: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type ManagedServer: each result is a server added to the infrastructure of a backup server (host, proxy, repository server, ...). */
  ManagedServer: {
    entity: ManagedServer,
    referenceType: "ManagedServerReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      ManagedServerType: {
        kind: "string",
        values: [
          "ESX",
          "VC",
          "Linux",
          "Local",
          "Windows",
          "ESXi",
          "HvServer",
          "HvCluster",
          "Scvmm",
          "BackupServer",
          "SanHost",
          "SmbServer",
          "SmbCluster",
          "VcdSystem",
          "Cloud",
          "AzureWinServer",
          "VmSnapshotStorageHost",
          "ConfigurationService",
          "ExternalInfrastructureProxy",
          "NdmpServer",
          "ExternalInfrastructureServer",
        ],
      },
    },
  },
  /** Query type NasJob: each result is a file share backup job. */
  NasJob: {
    entity: NASJob,
    referenceType: "NasJobReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Description: { kind: "string" },
      NextRun: { kind: "dateTime" },
      ScheduleConfigured: { kind: "boolean" },
      ScheduleEnabled: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type NasObject: each result is a file share or folder processed by a file share backup job, with its file masks. */
  NasObject: {
    entity: NASObject,
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      FileServerUid: { kind: "string" },
      FileServerName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type ObjectInAgentBackupJob: each result is a computer or protection group processed by a Veeam Agent backup job. */
  ObjectInAgentBackupJob: {
    entity: ObjectInAgentBackupJob,
    fields: {
      UID: { kind: "string" },
      DisplayName: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      FileServerUid: { kind: "string" },
      FileServerName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type ObjectInJob: each result is a VM or VM container processed by a job, with its own guest processing settings. */
  ObjectInJob: {
    entity: ObjectInJob,
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type Passwords: each result is an encryption password stored on a backup server (the password itself is never returned). */
  Passwords: {
    entity: PasswordKeyInfo,
    fields: {
      PasswordKeyID: { kind: "string" },
      Hint: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type Replica: each result is the replica a replication job maintains. */
  Replica: {
    entity: Replica,
    referenceType: "ReplicaReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      RepositoryUid: { kind: "string" },
      RepositoryName: { kind: "string" },
    },
  },
  /** Query type ReplicaJobSession: each result is one run of a replication job. */
  ReplicaJobSession: {
    entity: ReplicaJobSession,
    referenceType: "ReplicaJobSessionReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      JobType: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      EndTime: { kind: "dateTime" },
      State: { kind: "string", values: ["Starting", "Stopping", "Working", "Pausing", "Resuming", "Stopped"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      IsRetry: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type ReplicaTaskSession: each result is the processing of one VM within a replication job session. */
  ReplicaTaskSession: {
    entity: ReplicaTaskSession,
    referenceType: "ReplicaTaskSessionReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      EndTime: { kind: "dateTime" },
      State: { kind: "string", values: ["InProgress", "Pending", "Completed"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      Reason: { kind: "string" },
      TotalSize: { kind: "number" },
      JobSessionUid: { kind: "string" },
      JobUid: { kind: "string" },
      JobName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      VmDisplayName: { kind: "string" },
    },
  },
  /** Query type Repository: each result is a backup repository configured on a backup server. */
  Repository: {
    entity: Repository,
    referenceType: "RepositoryReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      FreeSpace: { kind: "number" },
      Capacity: { kind: "number" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type RestorePoint: each result is a point in time of a backup, grouping the VM and vApp restore points created by one job run. */
  RestorePoint: {
    entity: RestorePoint,
    referenceType: "RestorePointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      BackupUid: { kind: "string" },
      BackupName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type RestoreSession: each result is a full VM restore or a file-level restore. */
  RestoreSession: {
    entity: RestoreSession,
    referenceType: "RestoreSessionReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Type: { kind: "string", values: ["FileLevelRestore", "RestoreVm"] },
      CreationTime: { kind: "dateTime" },
      EndTime: { kind: "dateTime" },
      State: { kind: "string", values: ["Starting", "Stopping", "Working", "Stopped"] },
      Result: { kind: "string", values: ["Success", "Warning", "Failed"] },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      VmDisplayName: { kind: "string" },
    },
  },
  /** Query type Task: each result is an asynchronous operation started by an action; poll it until it is finished. */
  Task: {
    entity: Task,
    fields: {
      TaskId: { kind: "string" },
      State: { kind: "string", values: ["Running", "OperationFinished", "Finished"] },
      Operation: { kind: "string" },
    },
  },
  /** Query type vAppReplicaPoint: each result is a restore point of one replicated VMware Cloud Director vApp; the starting place of vApp failover. */
  vAppReplicaPoint: {
    entity: VAppReplicaPoint,
    referenceType: "VAppReplicaPointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      vAppDisplayName: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      vAppName: { kind: "string" },
      Type: { kind: "string", values: ["Full", "ReverseIncrement", "Increment", "Snapshot"] },
      Algorithm: { kind: "string", values: ["Full", "ReversedIncremental", "Incremental", "SyntheticFull"] },
      ReplicaUid: { kind: "string" },
      ReplicaName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type vAppRestorePoint: each result is the state of one VMware Cloud Director vApp within a restore point. */
  vAppRestorePoint: {
    entity: VAppRestorePoint,
    referenceType: "VAppRestorePointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      Type: { kind: "string", values: ["Full", "Increment", "ReverseIncrement"] },
      Algorithm: { kind: "string", values: ["Full", "ReversedIncremental", "Incremental", "SyntheticFull"] },
      RestorePointId: { kind: "string" },
      VAppDisplayName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type VCloudOrganizationConfig: each result is self-service backup settings of one VMware Cloud Director organization, or of all others (the configuration named Other organizations). */
  VCloudOrganizationConfig: {
    entity: VCloudOrganizationConfig,
    referenceType: "VCloudOrganizationConfigReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      RepositoryUid: { kind: "string" },
      QuotaGb: { kind: "number" },
      Disabled: { kind: "boolean" },
      JobSchedulerType: { kind: "string", values: ["Full", "Partial", "Random", "Disabled"] },
      UsedQuota: { kind: "number" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      HostUid: { kind: "string" },
      RepositoryFriendlyName: { kind: "string" },
    },
  },
  /** Query type VlanConfiguration: each result is vLAN ranges reserved on a virtual switch for tenants' replica networks. Unlike other entities it comes without Href or Type, and its UID is a bare GUID. */
  VlanConfiguration: {
    entity: VlanConfiguration,
    referenceType: "VlanConfigurationReference",
    fields: {
      UID: { kind: "string" },
      SwitchName: { kind: "string" },
      SwitchType: { kind: "string", values: ["VirtualSwitch", "DistributedVirtualSwitch"] },
      SwitchId: { kind: "string" },
      ClusterName: { kind: "string" },
      ClusterRef: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type VmReplicaPoint: each result is a restore point of one replicated VM; the starting place of failover and guest file restore. */
  VmReplicaPoint: {
    entity: VmReplicaPoint,
    referenceType: "VmReplicaPointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      Type: { kind: "string", values: ["Full", "ReverseIncrement", "Increment", "Snapshot"] },
      Algorithm: { kind: "string", values: ["Full", "ReversedIncremental", "Incremental", "SyntheticFull"] },
      ReplicaUid: { kind: "string" },
      ReplicaName: { kind: "string" },
      VmDisplayName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type VmRestorePoint: each result is the state of one VM within a restore point; the starting place of VM, file and SQL item restore. */
  VmRestorePoint: {
    entity: VmRestorePoint,
    referenceType: "VmRestorePointReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      CreationTime: { kind: "dateTime" },
      Type: { kind: "string", values: ["Full", "Increment", "ReverseIncrement"] },
      Algorithm: { kind: "string", values: ["Full", "ReversedIncremental", "Incremental", "SyntheticFull"] },
      RestorePointId: { kind: "string" },
      RestorePointName: { kind: "string" },
      VmDisplayName: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
  /** Query type VsphereSelfServiceConfig: each result is access of one vSphere user or group to the vSphere Self-Service Backup Portal: quota, job settings and which VMs it sees. */
  VsphereSelfServiceConfig: {
    entity: VSphereSelfServiceConfig,
    referenceType: "VSphereSelfServiceConfigReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
      JobSchedulerType: { kind: "string", values: ["Full", "Partial", "Random", "Disabled"] },
      AccountType: { kind: "string", values: ["User", "Group"] },
      PerUser: { kind: "boolean" },
      QuotaGb: { kind: "number" },
      RepositoryUid: { kind: "string" },
      UsedQuota: { kind: "number" },
    },
  },
  /** Query type WanAccelerator: each result is a WAN accelerator of a backup server. */
  WanAccelerator: {
    entity: WanAccelerator,
    referenceType: "WanAcceleratorReference",
    fields: {
      UID: { kind: "string" },
      Name: { kind: "string" },
      Capacity: { kind: "number" },
      ConnectionsCount: { kind: "number" },
      HighBandwidthModeEnabled: { kind: "boolean" },
      BackupServerUid: { kind: "string" },
      BackupServerName: { kind: "string" },
    },
  },
} as const satisfies QueryTypeTable;

/** The resources whose links are documented, with the operation each link performs. */
export const resources = [
  {
    element: "AgentRestorePoint",
    type: AgentRestorePoint,
    operation: "getAgentsAgentRestorePoint",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "RestorePointReference", href: "/restorePoints/{ID}", operation: "getRestorePoint" },
      { rel: "Up", type: "BackupFileReference", href: "/backupFiles/{ID}", operation: "getBackupFile" },
      {
        rel: "Alternate",
        type: "AgentRestorePointReference",
        href: "/agents/agentRestorePoints/{ID}",
        operation: "getAgentsAgentRestorePoint",
      },
      {
        rel: "Down",
        type: "AgentRestorePointMountList",
        href: "/agents/agentRestorePoints/{ID}/mounts",
        operation: "getAgentsAgentRestorePointMounts",
      },
    ],
  },
  {
    element: "AgentRestorePointMount",
    type: AgentRestorePointMount,
    operation: "getAgentsAgentRestorePointMount",
    links: [
      {
        rel: "Delete",
        href: "/agents/agentRestorePoints/{ID}/mounts/{ID}",
        operation: "deleteAgentsAgentRestorePointMount",
      },
    ],
  },
  {
    element: "DiscoveredComputer",
    type: DiscoveredComputer,
    operation: "getAgentsDiscoveredComputer",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "DiscoveredComputerReference",
        href: "/agents/discoveredComputers/{ID}",
        operation: "getAgentsDiscoveredComputer",
      },
      { rel: "Down", href: "/agents/protectionGroups/{ID}", operation: "getAgentsProtectionGroup" },
    ],
  },
  {
    element: "AgentBackupJob",
    type: AgentBackupJob,
    operation: "getAgentsJob",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "JobReference", href: "/agents/jobs/{ID}", operation: "getAgentsJob" },
      { rel: "Down", type: "ObjectInJobList", href: "/agents/jobs/{ID}/includes", operation: "getAgentsJobIncludes" },
      {
        rel: "ToggleScheduleEnabled",
        href: "/agents/jobs/{ID}?action=toggleScheduleEnabled",
        operation: "toggleScheduleEnabledAgentsJob",
      },
      {
        rel: "Down",
        type: "BackupJobSessionReferenceList",
        href: "/agents/jobs/{ID}/backupSessions",
        operation: "getAgentsBackupSessions",
      },
      { rel: "Start", href: "/agents/jobs/{ID}?action=start", operation: "startAgentsJob" },
      { rel: "Stop", href: "/agents/jobs/{ID}?action=stop", operation: "stopAgentsJob" },
      { rel: "Retry", href: "/agents/jobs/{ID}?action=retry", operation: "retryAgentsJob" },
    ],
  },
  {
    element: "AgentProtectionGroup",
    type: AgentProtectionGroup,
    operation: "getAgentsProtectionGroup",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "AgentProtectionGroupReference",
        href: "/agents/protectionGroups/{ID}",
        operation: "getAgentsProtectionGroup",
      },
      {
        rel: "Down",
        type: "DiscoveredComputerList",
        href: "/agents/protectionGroups/{ID}/discoveredComputers",
        operation: "getAgentsProtectionGroupDiscoveredComputers",
      },
    ],
  },
  {
    element: "FileSystemEntries",
    type: FileSystemEntries,
    operation: "listFilesAgentsAgentRestorePointMountPath",
    links: [
      {
        rel: "Up",
        href: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}",
        operation: "getAgentsAgentRestorePointMountPath",
      },
      {
        rel: "Down",
        href: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listAll",
        operation: "listAllAgentsAgentRestorePointMountPath",
      },
      {
        rel: "Down",
        href: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listDirs",
        operation: "listDirsAgentsAgentRestorePointMountPath",
      },
      {
        rel: "Down",
        href: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listFiles",
        operation: "listFilesAgentsAgentRestorePointMountPath",
      },
      {
        rel: "Restore",
        href: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore",
        operation: "restoreAgentsAgentRestorePointMountPath",
      },
    ],
  },
  {
    element: "CdpPolicy",
    type: CdpPolicy,
    operation: "getCdpPolicy",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
      { rel: "Edit", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "editCdpPolicy" },
      { rel: "Disable", href: "/cdpPolicies/{ID}?action=disable", operation: "disableCdpPolicy" },
      { rel: "Enable", href: "/cdpPolicies/{ID}?action=enable", operation: "enableCdpPolicy" },
      { rel: "Down", type: "ObjectInJobList", href: "/cdpPolicies/{ID}/includes", operation: "getCdpPolicyIncludes" },
      { rel: "Create", type: "ObjectInJob", href: "/cdpPolicies/{ID}/includes", operation: "createCdpPolicyInclude" },
      {
        rel: "Down",
        type: "CdpReplicaSessionReferenceList",
        href: "/cdpPolicies/{ID}/cdpReplicaSessions",
        operation: "getCdpPolicyCdpReplicaSessions",
      },
    ],
  },
  {
    element: "ObjectInJob",
    type: ObjectInJob,
    operation: "getCdpPolicyInclude",
    links: [
      { rel: "Up", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
      { rel: "Delete", href: "/cdpPolicies/{ID}/includes/{ID}", operation: "deleteCdpPolicyInclude" },
    ],
  },
  {
    element: "CdpReplica",
    type: CdpReplica,
    operation: "getCdpReplica",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
      { rel: "Down", type: "CdpReplicaVmReferenceList", href: "/cdpReplicas/{ID}/vms", operation: "getCdpReplicaVms" },
      { rel: "Alternate", type: "CdpReplicaReference", href: "/cdpReplicas/{ID}", operation: "getCdpReplica" },
    ],
  },
  {
    element: "CdpReplicaSession",
    type: CdpReplicaSession,
    operation: "getCdpReplicaSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
      {
        rel: "Alternate",
        type: "CdpReplicaSessionReference",
        href: "/cdpReplicaSessions/{ID}",
        operation: "getCdpReplicaSession",
      },
      {
        rel: "Down",
        type: "CdpReplicaTaskSessionReferenceList",
        href: "/cdpReplicaSessions/{ID}/cdpReplicaTaskSessions",
        operation: "getCdpReplicaSessionCdpReplicaTaskSessions",
      },
    ],
  },
  {
    element: "CdpReplicaTaskSession",
    type: CdpReplicaTaskSession,
    operation: "getCdpReplicaTaskSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Up",
        type: "CdpReplicaSessionReference",
        href: "/cdpReplicaSessions/{ID}",
        operation: "getCdpReplicaSession",
      },
      {
        rel: "Alternate",
        type: "CdpReplicaTaskSessionReference",
        href: "/cdpReplicaTaskSessions/{ID}",
        operation: "getCdpReplicaTaskSession",
      },
    ],
  },
  {
    element: "VAppCdpReplica",
    type: VAppCdpReplica,
    operation: "getCdpReplicaVApp",
    links: [
      { rel: "Up", type: "BackupServer", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "VAppCdpReplicaReference",
        href: "/cdpReplica/vApps/{ID}",
        operation: "getCdpReplicaVApp",
      },
      {
        rel: "Down",
        type: "VAppCdpReplicaVmReferenceList",
        href: "/cdpReplica/vApps/{ID}/vms",
        operation: "getCdpReplicaVAppVms",
      },
      { rel: "Intervals", href: "/cdpReplica/vApps/{ID}?action=intervals", operation: "intervalsCdpReplicaVApp" },
      { rel: "Failover", href: "/cdpReplica/vApps/{ID}?action=failover", operation: "failoverCdpReplicaVApp" },
      { rel: "Up", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
    ],
  },
  {
    element: "VAppCdpReplicaVm",
    type: VAppCdpReplicaVm,
    operation: "getCdpReplicaVAppVm",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "VAppCdpReplicaVmReference",
        href: "/cdpReplica/vApps/{ID}/vms/{ID}",
        operation: "getCdpReplicaVAppVm",
      },
      { rel: "Up", type: "VAppCdpReplicaReference", href: "/cdpReplica/vApps/{ID}", operation: "getCdpReplicaVApp" },
      { rel: "Up", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
    ],
  },
  {
    element: "CdpReplicaVm",
    type: VmCdpReplicaEntity,
    operation: "getCdpReplicaVm",
    links: [
      { rel: "Intervals", href: "/cdpReplicas/{ID}/vms/{ID}?action=intervals", operation: "intervalsCdpReplicaVm" },
      { rel: "Failover", href: "/cdpReplicas/{ID}/vms/{ID}?action=failover", operation: "failoverCdpReplicaVm" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "CdpPolicyReference", href: "/cdpPolicies/{ID}", operation: "getCdpPolicy" },
      { rel: "Up", type: "CdpReplicaReference", href: "/cdpReplicas/{ID}", operation: "getCdpReplica" },
    ],
  },
  {
    element: "CloudFailoverPlan",
    type: CloudFailoverPlan,
    operation: "getCloudCloudFailoverPlan",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "CloudFailoverPlanReference",
        href: "/cloud/cloudFailoverPlans/{ID}",
        operation: "getCloudCloudFailoverPlan",
      },
      {
        rel: "Edit",
        type: "CloudFailoverPlanReference",
        href: "/cloud/cloudFailoverPlans/{ID}",
        operation: "editCloudCloudFailoverPlan",
      },
      { rel: "Start", href: "/cloud/cloudFailoverPlans/{ID}?action=start", operation: "startCloudCloudFailoverPlan" },
      { rel: "Test", href: "/cloud/cloudFailoverPlans/{ID}?action=test", operation: "testCloudCloudFailoverPlan" },
      { rel: "Undo", href: "/cloud/cloudFailoverPlans/{ID}?action=undo", operation: "undoCloudCloudFailoverPlan" },
      {
        rel: "Delete",
        type: "CloudFailoverPlanReference",
        href: "/cloud/cloudFailoverPlans/{ID}",
        operation: "deleteCloudCloudFailoverPlan",
      },
    ],
  },
  {
    element: "CloudFailoverSession",
    type: CloudFailoverSession,
    operation: "getCloudFailoverSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "CloudFailoverSessionReference",
        href: "/cloud/failoverSessions/{ID}",
        operation: "getCloudFailoverSession",
      },
    ],
  },
  {
    element: "CloudGateway",
    type: CloudGateway,
    operation: "getCloudGateway",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "CloudGatewayReference", href: "/cloud/gateways/{ID}", operation: "getCloudGateway" },
      { rel: "Edit", type: "CloudGatewayReference", href: "/cloud/gateways/{ID}", operation: "editCloudGateway" },
      { rel: "Delete", type: "CloudGateway", href: "/cloud/gateways/{ID}", operation: "deleteCloudGateway" },
      { rel: "Related", href: "/cloud/gatewayPools/{ID}", operation: "getCloudGatewayPool" },
    ],
  },
  {
    element: "CloudGatewayPool",
    type: CloudGatewayPool,
    operation: "getCloudGatewayPool",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "CloudGatewayPoolReference",
        href: "/cloud/gatewayPools/{ID}",
        operation: "getCloudGatewayPool",
      },
      {
        rel: "Edit",
        type: "CloudGatewayPoolReference",
        href: "/cloud/gatewayPools/{ID}",
        operation: "editCloudGatewayPool",
      },
      { rel: "Delete", href: "/cloud/gatewayPools/{ID}", operation: "deleteCloudGatewayPool" },
      {
        rel: "Down",
        type: "CloudGatewayReferenceList",
        href: "/cloud/gatewayPools/{ID}/gateways",
        operation: "getCloudGateways",
      },
      { rel: "Related", href: "/cloud/gatewayPools/{ID}/tenants", operation: "getCloudTenants" },
    ],
  },
  {
    element: "CloudHardwarePlan",
    type: CloudHardwarePlan,
    operation: "getCloudHardwarePlan",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "CloudHardwarePlanReference",
        href: "/cloud/hardwarePlans/{ID}",
        operation: "getCloudHardwarePlan",
      },
      {
        rel: "Down",
        type: "CloudTenantReference",
        href: "/cloud/hardwarePlans/{ID}/tenants",
        operation: "getCloudHardwarePlanTenants",
      },
      {
        rel: "Edit",
        type: "CloudHardwarePlanReference",
        href: "/cloud/hardwarePlans/{ID}",
        operation: "editCloudHardwarePlan",
      },
      {
        rel: "Delete",
        type: "CloudHardwarePlan",
        href: "/cloud/hardwarePlans/{ID}",
        operation: "deleteCloudHardwarePlan",
      },
    ],
  },
  {
    element: "CloudPublicIpAddress",
    type: CloudPublicIpAddress,
    operation: "getCloudPublicIpAddress",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "CloudPublicIpAddressReference",
        href: "/cloud/publicIpAddresses/{ID}",
        operation: "getCloudPublicIpAddress",
      },
      {
        rel: "Edit",
        type: "CloudPublicIpAddressReference",
        href: "/cloud/publicIpAddresses/{ID}",
        operation: "editCloudPublicIpAddress",
      },
      {
        rel: "Delete",
        type: "CloudPublicIpAddress",
        href: "/cloud/publicIpAddresses/{ID}",
        operation: "deleteCloudPublicIpAddress",
      },
    ],
  },
  {
    element: "CloudReplica",
    type: CloudReplica,
    operation: "getCloudReplica",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "CloudReplicaReference", href: "/cloud/replicas/{ID}", operation: "getCloudReplica" },
      { rel: "Down", href: "/cloud/replicas/{ID}/vmReplicaPoints", operation: "getCloudReplicaVmReplicaPoints" },
    ],
  },
  {
    element: "CloudTenant",
    type: CloudTenant,
    operation: "getCloudTenant",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "CloudTenantReference", href: "/cloud/tenants/{ID}", operation: "getCloudTenant" },
      { rel: "Edit", type: "CloudTenantReference", href: "/cloud/tenants/{ID}", operation: "editCloudTenant" },
      {
        rel: "Down",
        type: "CloudTenantResourceList",
        href: "/cloud/tenants/{ID}/resources",
        operation: "getCloudTenantResources",
      },
      {
        rel: "Create",
        type: "CloudTenantResource",
        href: "/cloud/tenants/{ID}/resources",
        operation: "createCloudTenantResource",
      },
      { rel: "Delete", href: "/cloud/tenants/{ID}", operation: "deleteCloudTenant" },
      {
        rel: "Down",
        type: "CloudTenantComputeResourceList",
        href: "/cloud/tenants/{ID}/computeResources",
        operation: "getCloudTenantComputeResources",
      },
      {
        rel: "Create",
        type: "CloudTenantComputeResource",
        href: "/cloud/tenants/{ID}/computeResources",
        operation: "createCloudTenantComputeResource",
      },
      {
        rel: "Down",
        type: "CloudSubtenantList",
        href: "/cloud/tenants/{ID}/subtenants",
        operation: "getCloudTenantSubtenants",
      },
      {
        rel: "Create",
        type: "CloudSubtenant",
        href: "/cloud/tenants/{ID}/subtenants",
        operation: "createCloudTenantSubtenant",
      },
      {
        rel: "Related",
        type: "FreeLicenseCounters",
        href: "/cloud/tenants/{ID}/freelicenseCounters",
        operation: "getCloudTenantFreelicenseCounters",
      },
    ],
  },
  {
    element: "CloudTenantComputeResource",
    type: CloudTenantComputeResource,
    operation: "getCloudTenantComputeResource",
    links: [
      {
        rel: "Delete",
        href: "/cloud/tenants/{ID}/computeResources/{ID}",
        operation: "deleteCloudTenantComputeResource",
      },
      { rel: "Up", href: "/cloud/tenants/{ID}", operation: "getCloudTenant" },
      { rel: "Up", href: "/backupServers/{ID}", operation: "getBackupServer" },
    ],
  },
  {
    element: "CloudTenantFreeLicenseCounters",
    type: CloudTenantFreeLicenseCounters,
    operation: "getCloudTenantFreelicenseCounters",
    links: [{ rel: "Up", href: "/cloud/tenants/{ID}", operation: "getCloudTenant" }],
  },
  {
    element: "CloudTenantResource",
    type: CloudTenantResource,
    operation: "getCloudTenantResource",
    links: [
      { rel: "Delete", href: "/cloud/tenants/{ID}/resources/{ID}", operation: "deleteCloudTenantResource" },
      { rel: "Up", href: "/cloud/tenants/{ID}", operation: "getCloudTenant" },
      { rel: "Up", href: "/backupServers/{ID}", operation: "getBackupServer" },
    ],
  },
  {
    element: "CloudSubtenant",
    type: CloudSubtenant,
    operation: "getCloudTenantSubtenant",
    links: [
      { rel: "Up", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", href: "/cloud/tenants/{ID}", operation: "getCloudTenant" },
      { rel: "Edit", href: "/cloud/tenants/{ID}/subtenants/{ID}", operation: "editCloudTenantSubtenant" },
      { rel: "Delete", href: "/cloud/tenants/{ID}/subtenants/{ID}", operation: "deleteCloudTenantSubtenant" },
    ],
  },
  {
    element: "CloudTenantVCloudComputeResource",
    type: CloudTenantVCloudComputeResource,
    operation: "getCloudTenantVCloudComputeResource",
    links: [
      {
        rel: "Delete",
        href: "/cloud/tenants/{ID}/vCloudComputeResources/{ID}",
        operation: "deleteCloudTenantVCloudComputeResource",
      },
      { rel: "Up", href: "/cloud/tenants/{ID}", operation: "getCloudTenant" },
      { rel: "Up", href: "/backupServers/{ID}", operation: "getBackupServer" },
    ],
  },
  {
    element: "VlanConfiguration",
    type: VlanConfiguration,
    operation: "getCloudVlan",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "VlanConfigurationReference", href: "/cloud/vlans/{ID}", operation: "getCloudVlan" },
      { rel: "Edit", type: "VlanConfigurationReference", href: "/cloud/vlans/{ID}", operation: "editCloudVlan" },
      { rel: "Delete", type: "VlanConfiguration", href: "/cloud/vlans/{ID}", operation: "deleteCloudVlan" },
    ],
  },
  {
    element: "CloudVmReplicaPoint",
    type: CloudVmReplicaPoint,
    operation: "getCloudVmReplicaPoint",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "CloudReplicaReference", href: "/cloud/replicas/{ID}", operation: "getCloudReplica" },
      {
        rel: "Alternate",
        type: "CloudVmReplicaPointReference",
        href: "/cloud/vmReplicaPoints/{ID}",
        operation: "getCloudVmReplicaPoint",
      },
    ],
  },
  {
    element: "BackupServer",
    type: BackupServer,
    operation: "getBackupServer",
    links: [
      { rel: "Alternate", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Edit", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "editBackupServer" },
      { rel: "Delete", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "deleteBackupServer" },
      { rel: "Down", type: "JobReferenceList", href: "/backupServers/{ID}/jobs", operation: "getJobs" },
      {
        rel: "Down",
        type: "ManagedServerReferenceList",
        href: "/backupServers/{ID}/managedServers",
        operation: "getManagedServers",
      },
      {
        rel: "Down",
        type: "RepositoryReferenceList",
        href: "/backupServers/{ID}/repositories",
        operation: "getRepositories",
      },
      {
        rel: "Down",
        href: "/backupServers/{ID}/externalRepositories",
        operation: "getBackupServerExternalRepositories",
      },
      {
        rel: "Down",
        type: "CredentialsList",
        href: "/backupServers/{ID}/credentials",
        operation: "getBackupServerCredentials",
      },
      {
        rel: "Create",
        href: "/backupServers/{ID}/credentials?action=create",
        operation: "createBackupServerCredential",
      },
      {
        rel: "Down",
        type: "PasswordKeyList",
        href: "/backupServers/{ID}/passwords",
        operation: "getBackupServerPasswords",
      },
      { rel: "Create", href: "/backupServers/{ID}/passwords?action=create", operation: "createBackupServerPassword" },
      { rel: "VeeamZip", href: "/backupServers/{ID}?action=veeamzip", operation: "veeamzipBackupServer" },
      { rel: "QuickBackup", href: "/backupServers/{ID}?action=quickbackup", operation: "quickbackupBackupServer" },
      { rel: "Start", href: "/backupServers/{ID}?action=collect", operation: "collectBackupServer" },
    ],
  },
  {
    element: "CredentialsInfo",
    type: CredentialsInfo,
    operation: "getBackupServerCredential",
    links: [
      { rel: "Up", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Edit", href: "/backupServers/{ID}/credentials/{ID}", operation: "editBackupServerCredential" },
      { rel: "Delete", href: "/backupServers/{ID}/credentials/{ID}", operation: "deleteBackupServerCredential" },
    ],
  },
  {
    element: "PasswordKeyInfo",
    type: PasswordKeyInfo,
    operation: "getBackupServerPassword",
    links: [
      { rel: "Up", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Edit", href: "/backupServers/{ID}/passwords/{ID}", operation: "editBackupServerPassword" },
      { rel: "Delete", href: "/backupServers/{ID}/passwords/{ID}", operation: "deleteBackupServerPassword" },
    ],
  },
  {
    element: "ExternalRepository",
    type: ExternalRepository,
    operation: "getExternalRepository",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "ExternalRepositoryReference",
        href: "/externalRepositories/{ID}",
        operation: "getExternalRepository",
      },
      {
        rel: "Down",
        type: "BackupReferenceList",
        href: "/externalRepositories/{ID}/backups",
        operation: "getExternalRepositoryBackups",
      },
    ],
  },
  {
    element: "HierarchyRoot",
    type: HierarchyRoot,
    operation: "getHierarchyRoot",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "HierarchyRootReference", href: "/hierarchyRoots/{ID}", operation: "getHierarchyRoot" },
      { rel: "Related", type: "ManagedServer", href: "/managedServers/{ID}", operation: "getManagedServer" },
    ],
  },
  {
    element: "ManagedServer",
    type: ManagedServer,
    operation: "getManagedServer",
    links: [
      { rel: "Up", type: "BackupServer", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "ManagedServerReference", href: "/managedServers/{ID}", operation: "getManagedServer" },
      { rel: "Related", type: "HierarchyRoot", href: "/hierarchyRoots/{ID}", operation: "getHierarchyRoot" },
    ],
  },
  {
    element: "Repository",
    type: Repository,
    operation: "getRepository",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "RepositoryReference", href: "/repositories/{ID}", operation: "getRepository" },
      { rel: "Down", type: "BackupReferenceList", href: "/repositories/{ID}/backups", operation: "getBackups" },
      { rel: "Down", type: "ReplicaReferenceList", href: "/repositories/{ID}/replicas", operation: "getReplicas" },
    ],
  },
  {
    element: "WanAccelerator",
    type: WanAccelerator,
    operation: "getWanAccelerator",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "WanAcceleratorReference",
        href: "/wanAccelerators/{ID}",
        operation: "getWanAccelerator",
      },
    ],
  },
  {
    element: "FailoverPlan",
    type: FailoverPlan,
    operation: "getFailoverPlan",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "FailoverPlanReference", href: "/failoverPlans/{ID}", operation: "getFailoverPlan" },
      { rel: "Edit", type: "FailoverPlanReference", href: "/failoverPlans/{ID}", operation: "editFailoverPlan" },
      { rel: "Start", href: "/failoverPlans/{ID}?action=start", operation: "startFailoverPlan" },
      { rel: "Undo", href: "/failoverPlans/{ID}?action=undo", operation: "undoFailoverPlan" },
    ],
  },
  {
    element: "Job",
    type: Job,
    operation: "getJob",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "JobReference", href: "/jobs/{ID}", operation: "getJob" },
      { rel: "Edit", type: "JobReference", href: "/jobs/{ID}", operation: "editJob" },
      { rel: "Start", href: "/jobs/{ID}?action=start", operation: "startJob" },
      { rel: "Stop", href: "/jobs/{ID}?action=stop", operation: "stopJob" },
      { rel: "Retry", href: "/jobs/{ID}?action=retry", operation: "retryJob" },
      { rel: "Clone", href: "/jobs/{ID}?action=clone", operation: "cloneJob" },
      {
        rel: "ToggleScheduleEnabled",
        href: "/jobs/{ID}?action=toggleScheduleEnabled",
        operation: "toggleScheduleEnabledJob",
      },
      { rel: "Down", type: "ObjectInJobList", href: "/jobs/{ID}/includes", operation: "getJobIncludes" },
      { rel: "Create", type: "ObjectInJob", href: "/jobs/{ID}/includes", operation: "createJobInclude" },
      {
        rel: "Down",
        type: "BackupJobSessionReferenceList",
        href: "/jobs/{ID}/backupSessions",
        operation: "getBackupSessions",
      },
      { rel: "Sync", href: "/jobs/{ID}?action=sync", operation: "syncJob" },
      { rel: "Down", type: "LinkedJobObjectList", href: "/jobs/{ID}/linkedJobs", operation: "getJobLinkedJobs" },
      { rel: "Create", type: "LinkedJobObject", href: "/jobs/{ID}/linkedJobs", operation: "createJobLinkedJob" },
      {
        rel: "Down",
        type: "LinkedBackupRepositoryObjectList",
        href: "/jobs/{ID}/linkedBackupRepositories",
        operation: "getJobLinkedBackupRepositories",
      },
      {
        rel: "Create",
        type: "LinkedBackupRepositoryObject",
        href: "/jobs/{ID}/linkedBackupRepositories",
        operation: "createJobLinkedBackupRepository",
      },
    ],
  },
  {
    element: "ObjectInJob",
    type: ObjectInJob,
    operation: "getJobInclude",
    links: [
      { rel: "Up", href: "/jobs/{ID}", operation: "getJob" },
      { rel: "Delete", href: "/jobs/{ID}/includes/{ID}", operation: "deleteJobInclude" },
    ],
  },
  {
    element: "FileServer",
    type: FileServer,
    operation: "getNasFileServer",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "FileServerReference", href: "/nas/fileServers/{ID}", operation: "getNasFileServer" },
    ],
  },
  {
    element: "NASJob",
    type: NASJob,
    operation: "getNasJob",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "JobReference", href: "/nas/jobs/{ID}", operation: "getNasJob" },
      { rel: "Down", type: "NasObjectList", href: "/nas/jobs/{ID}/includes", operation: "getNasJobIncludes" },
      {
        rel: "ToggleScheduleEnabled",
        href: "/nas/jobs/{ID}/toggleScheduleEnabled",
        operation: "toggleScheduleEnabledNasJob",
      },
      {
        rel: "Down",
        type: "BackupJobSessionReferenceList",
        href: "/nas/jobs/{ID}/backupSessions",
        operation: "getNasJobBackupSessions",
      },
      { rel: "Start", href: "/nas/jobs/{ID}/start", operation: "startNasJob" },
      { rel: "Stop", href: "/nas/jobs/{ID}/stop", operation: "stopNasJob" },
      { rel: "Retry", href: "/nas/jobs/{ID}/retry", operation: "retryNasJob" },
    ],
  },
  {
    element: "NASObject",
    type: NASObject,
    operation: "getNasJobInclude",
    links: [
      { rel: "Up", href: "/nas/jobs/{ID}", operation: "getNasJob" },
      { rel: "Related", href: "/nas/fileServers/{ID}", operation: "getNasFileServer" },
    ],
  },
  {
    element: "Backup",
    type: Backup,
    operation: "getBackup",
    links: [
      { rel: "Up", type: "RepositoryReference", href: "/repositories/{ID}", operation: "getRepository" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "BackupReference", href: "/backups/{ID}", operation: "getBackup" },
      { rel: "Down", href: "/backups/{ID}/restorePoints", operation: "getBackupRestorePoints" },
      { rel: "Down", href: "/backups/{ID}/backupFiles", operation: "getBackupFiles" },
    ],
  },
  {
    element: "BackupFile",
    type: BackupFile,
    operation: "getBackupFile",
    links: [
      { rel: "Up", type: "BackupReference", href: "/backups/{ID}", operation: "getBackup" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "BackupFileReference", href: "/backupFiles/{ID}", operation: "getBackupFile" },
      { rel: "Down", href: "/backupFiles/{ID}/restorePoints", operation: "getBackupFileRestorePoints" },
      {
        rel: "Down",
        type: "VmRestorePointReferenceList",
        href: "/backupFiles/{ID}/vmRestorePoints",
        operation: "getBackupFileVmRestorePoints",
      },
    ],
  },
  {
    element: "Replica",
    type: Replica,
    operation: "getReplica",
    links: [
      { rel: "Up", type: "RepositoryReference", href: "/repositories/{ID}", operation: "getRepository" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "ReplicaReference", href: "/replicas/{ID}", operation: "getReplica" },
      {
        rel: "Down",
        type: "VmReplicaPointReferenceList",
        href: "/replicas/{ID}/vmReplicaPoints",
        operation: "getVmReplicaPoints",
      },
    ],
  },
  {
    element: "RestorePoint",
    type: RestorePoint,
    operation: "getRestorePoint",
    links: [
      { rel: "Up", type: "BackupReference", href: "/backups/{ID}", operation: "getBackup" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Alternate", type: "RestorePointReference", href: "/restorePoints/{ID}", operation: "getRestorePoint" },
      {
        rel: "Down",
        type: "VmRestorePointReferenceList",
        href: "/restorePoints/{ID}/vmRestorePoints",
        operation: "getRestorePointVmRestorePoints",
      },
      { rel: "Down", href: "/restorePoints/{ID}/backupFiles", operation: "getRestorePointBackupFiles" },
    ],
  },
  {
    element: "VAppReplicaPoint",
    type: VAppReplicaPoint,
    operation: "getVAppReplicaPoint",
    links: [
      { rel: "Failover", href: "/vAppReplicaPoints/{ID}?action=failover", operation: "failoverVAppReplicaPoint" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "ReplicaReference", href: "/replicas/{ID}", operation: "getReplica" },
      {
        rel: "Alternate",
        type: "VAppReplicaPointReference",
        href: "/vAppReplicaPoints/{ID}",
        operation: "getVAppReplicaPoint",
      },
      { rel: "Down", type: "VmReplicaPointReference", href: "/vmReplicaPoints/{ID}", operation: "getVmReplicaPoint" },
    ],
  },
  {
    element: "VAppRestorePoint",
    type: VAppRestorePoint,
    operation: "getVAppRestorePoint",
    links: [
      { rel: "Restore", href: "/vAppRestorePoints/{ID}?action=restore", operation: "restoreVAppRestorePoint" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "RestorePointReference", href: "/restorePoints/{ID}/", operation: "getRestorePoint" },
      {
        rel: "Alternate",
        type: "VAppRestorePointReference",
        href: "/vAppRestorePoints/{ID}",
        operation: "getVAppRestorePoint",
      },
    ],
  },
  {
    element: "VmReplicaPoint",
    type: VmReplicaPoint,
    operation: "getVmReplicaPoint",
    links: [
      { rel: "Failover", href: "/vmReplicaPoints/{ID}?action=failover", operation: "failoverVmReplicaPoint" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "ReplicaReference", href: "/replicas/{ID}", operation: "getReplica" },
      {
        rel: "Alternate",
        type: "VmReplicaPointReference",
        href: "/vmReplicaPoints/{ID}",
        operation: "getVmReplicaPoint",
      },
      {
        rel: "Down",
        type: "VmReplicaPointMountList",
        href: "/vmReplicaPoints/{ID}/mounts",
        operation: "getVmReplicaPointMounts",
      },
      {
        rel: "Create",
        type: "VmReplicaPointMount",
        href: "/vmReplicaPoints/{ID}/mounts",
        operation: "createVmReplicaPointMount",
      },
    ],
  },
  {
    element: "VmReplicaPointMount",
    type: VmReplicaPointMount,
    operation: "getVmReplicaPointMount",
    links: [{ rel: "Delete", href: "/vmReplicaPoints/{ID}/mounts/{ID}", operation: "deleteVmReplicaPointMount" }],
  },
  {
    element: "VmRestorePoint",
    type: VmRestorePoint,
    operation: "getVmRestorePoint",
    links: [
      { rel: "Restore", href: "/vmRestorePoints/{ID}?action=restore", operation: "restoreVmRestorePoint" },
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "RestorePointReference", href: "/restorePoints/{ID}", operation: "getRestorePoint" },
      { rel: "Up", type: "BackupFileReference", href: "/backupFiles/{ID}", operation: "getBackupFile" },
      {
        rel: "Alternate",
        type: "VmRestorePointReference",
        href: "/vmRestorePoints/{ID}",
        operation: "getVmRestorePoint",
      },
      {
        rel: "Down",
        type: "VmRestorePointMountList",
        href: "/vmRestorePoints/{ID}/mounts",
        operation: "getVmRestorePointMounts",
      },
      {
        rel: "Create",
        type: "VmRestorePointMount",
        href: "/vmRestorePoints/{ID}/mounts",
        operation: "createVmRestorePointMount",
      },
    ],
  },
  {
    element: "VmRestorePointMount",
    type: VmRestorePointMount,
    operation: "getVmRestorePointMount",
    links: [{ rel: "Delete", href: "/vmRestorePoints/{ID}/mounts/{ID}", operation: "deleteVmRestorePointMount" }],
  },
  {
    element: "FileSystemEntries",
    type: FileSystemEntries,
    operation: "listFilesVmReplicaPointMountPath",
    links: [
      { rel: "Up", href: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}", operation: "getVmReplicaPointMountPath" },
      {
        rel: "Down",
        href: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=listAll",
        operation: "listAllVmReplicaPointMountPath",
      },
      {
        rel: "Down",
        href: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=listDirs",
        operation: "listDirsVmReplicaPointMountPath",
      },
      {
        rel: "Down",
        href: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=listFiles",
        operation: "listFilesVmReplicaPointMountPath",
      },
      {
        rel: "Restore",
        href: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}?action=restore",
        operation: "restoreVmReplicaPointMountPath",
      },
    ],
  },
  {
    element: "FileSystemEntries",
    type: FileSystemEntries,
    operation: "listFilesVmRestorePointMountPath",
    links: [
      { rel: "Up", href: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}", operation: "getVmRestorePointMountPath" },
      {
        rel: "Down",
        href: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listAll",
        operation: "listAllVmRestorePointMountPath",
      },
      {
        rel: "Down",
        href: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listDirs",
        operation: "listDirsVmRestorePointMountPath",
      },
      {
        rel: "Down",
        href: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=listFiles",
        operation: "listFilesVmRestorePointMountPath",
      },
      {
        rel: "Restore",
        href: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}?action=restore",
        operation: "restoreVmRestorePointMountPath",
      },
    ],
  },
  {
    element: "EnterpriseAccount",
    type: EnterpriseAccount,
    operation: "getSecurityAccount",
    links: [
      {
        rel: "Alternate",
        type: "EnterpriseAccountReference",
        href: "/security/accounts/{ID}",
        operation: "getSecurityAccount",
      },
      {
        rel: "Down",
        type: "EnterpriseAccountInRoleList",
        href: "/security/accounts/{ID}/roles",
        operation: "getSecurityAccountRoles",
      },
      {
        rel: "Create",
        type: "EnterpriseAccountInRole",
        href: "/security/accounts/{ID}/roles",
        operation: "createSecurityAccountRole",
      },
      {
        rel: "Down",
        type: "EnterpriseAccountHierarchyScopeList",
        href: "/security/accounts/{ID}/scopes",
        operation: "getSecurityAccountScopes",
      },
      {
        rel: "Create",
        type: "EnterpriseAccountHierarchyScope",
        href: "/security/accounts/{ID}/scopes",
        operation: "createSecurityAccountScope",
      },
      { rel: "Delete", href: "/security/accounts/{ID}", operation: "deleteSecurityAccount" },
      {
        rel: "ToggleRestoreScopesEnabled",
        href: "/security/accounts/{ID}",
        operation: "toggleRestoreScopesEnabledSecurityAccount",
      },
    ],
  },
  {
    element: "EnterpriseAccountInRole",
    type: EnterpriseAccountInRole,
    operation: "getSecurityAccountRole",
    links: [{ rel: "Delete", href: "/security/accounts/{ID}/roles/{ID}", operation: "deleteSecurityAccountRole" }],
  },
  {
    element: "EnterpriseAccountHierarchyScope",
    type: EnterpriseAccountHierarchyScope,
    operation: "getSecurityAccountScope",
    links: [{ rel: "Delete", href: "/security/accounts/{ID}/scopes/{ID}", operation: "deleteSecurityAccountScope" }],
  },
  {
    element: "EnterpriseRole",
    type: EnterpriseRole,
    operation: "getSecurityRole",
    links: [
      { rel: "Alternate", type: "EnterpriseRoleReference", href: "/security/roles/{ID}", operation: "getSecurityRole" },
    ],
  },
  {
    element: "VSphereSelfServiceConfig",
    type: VSphereSelfServiceConfig,
    operation: "getSelfServiceVSphereConfig",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "VSphereSelfServiceConfigReference",
        href: "/selfService/vSphere/Configs/{ID}",
        operation: "getSelfServiceVSphereConfig",
      },
      {
        rel: "Edit",
        type: "VSphereSelfServiceConfigReference",
        href: "/selfService/vSphere/Configs/{ID}",
        operation: "editSelfServiceVSphereConfig",
      },
      { rel: "Delete", href: "/selfService/vSphere/Configs/{ID}", operation: "deleteSelfServiceVSphereConfig" },
      {
        rel: "Down",
        type: "VSphereSelfServiceConfigJobSettings",
        href: "/selfService/vSphere/Configs/{ID}/backupJobSettings",
        operation: "getSelfServiceVSphereConfigBackupJobSettings",
      },
    ],
  },
  {
    element: "VCloudOrganizationConfig",
    type: VCloudOrganizationConfig,
    operation: "getVCloudOrgConfig",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "VCloudOrganizationConfigReference",
        href: "/vCloud/orgConfigs/{ID}",
        operation: "getVCloudOrgConfig",
      },
      {
        rel: "Edit",
        type: "VCloudOrganizationConfigReference",
        href: "/vCloud/orgConfigs/{ID}",
        operation: "editVCloudOrgConfig",
      },
      { rel: "Delete", href: "/vCloud/orgConfigs/{ID}", operation: "deleteVCloudOrgConfig" },
      {
        rel: "Down",
        type: "VCloudOrganizationConfigBackupJobSettings",
        href: "/vCloud/orgConfigs/{ID}/backupJobSettings",
        operation: "getVCloudOrgConfigBackupJobSettings",
      },
    ],
  },
  {
    element: "SystemSession",
    type: SystemSession,
    operation: "getSystemSession",
    links: [
      {
        rel: "Alternate",
        type: "BackupJobSessionReference",
        href: "/systemSessions/{ID}",
        operation: "getSystemSession",
      },
      {
        rel: "Down",
        type: "SystemSessionEvents",
        href: "/systemSessions/{ID}/events",
        operation: "getSystemSessionEvents",
      },
    ],
  },
  {
    element: "Task",
    type: Task,
    operation: "getTask",
    links: [{ rel: "Delete", href: "/tasks/{ID}", operation: "deleteTask" }],
  },
  {
    element: "BackupJobSession",
    type: BackupJobSession,
    operation: "getBackupSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "JobReference", href: "/jobs/{ID}", operation: "getJob" },
      {
        rel: "Alternate",
        type: "BackupJobSessionReference",
        href: "/backupSessions/{ID}",
        operation: "getBackupSession",
      },
      {
        rel: "Down",
        type: "BackupTaskSessionReferenceList",
        href: "/backupSessions/{ID}/taskSessions",
        operation: "getBackupSessionTaskSessions",
      },
      { rel: "Stop", href: "/backupSessions/{ID}?action=stop", operation: "stopBackupSession" },
      { rel: "Down", href: "/restorePoints/{ID}", operation: "getRestorePoint" },
    ],
  },
  {
    element: "BackupTaskSession",
    type: BackupTaskSession,
    operation: "getBackupTaskSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "BackupJobSessionReference", href: "/backupSessions/{ID}", operation: "getBackupSession" },
      {
        rel: "Alternate",
        type: "BackupTaskSessionReference",
        href: "/backupTaskSessions/{ID}",
        operation: "getBackupTaskSession",
      },
      { rel: "Related", type: "VmRestorePoint", href: "/vmRestorePoints/{ID}", operation: "getVmRestorePoint" },
    ],
  },
  {
    element: "ReplicaJobSession",
    type: ReplicaJobSession,
    operation: "getReplicaSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "JobReference", href: "/jobs/{ID}", operation: "getJob" },
      {
        rel: "Alternate",
        type: "ReplicaJobSessionReference",
        href: "/replicaSessions/{ID}",
        operation: "getReplicaSession",
      },
      {
        rel: "Down",
        href: "/replicaSessions/{ID}/replicaTaskSessions",
        operation: "getReplicaSessionReplicaTaskSessions",
      },
    ],
  },
  {
    element: "ReplicaTaskSession",
    type: ReplicaTaskSession,
    operation: "getReplicaTaskSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      { rel: "Up", type: "ReplicaJobSessionReference", href: "/replicaSessions/{ID}", operation: "getReplicaSession" },
      { rel: "Alternate", href: "/replicaTaskSessions/{ID}", operation: "getReplicaTaskSession" },
    ],
  },
  {
    element: "RestoreSession",
    type: RestoreSession,
    operation: "getRestoreSession",
    links: [
      { rel: "Up", type: "BackupServerReference", href: "/backupServers/{ID}", operation: "getBackupServer" },
      {
        rel: "Alternate",
        type: "RestoreSessionReference",
        href: "/restoreSessions/{ID}",
        operation: "getRestoreSession",
      },
      {
        rel: "Related",
        type: "VmRestorePointReference",
        href: "/vmRestorePoints/{ID}",
        operation: "getVmRestorePoint",
      },
    ],
  },
] as const satisfies ResourceTable;
