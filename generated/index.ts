// Generated from schemas/*.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.

import { createBindings } from "../runtime/index.js";
import { registry } from "./registry.gen.js";
import type {
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
import type {
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
import type {
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
import type { EntityRef, EntityReferences, ErrorType, Task } from "./common.gen.js";
import type {
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
import type {
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
import type { NASJob, NASJobs, NASObject, NASObjects } from "./nas.gen.js";
import type { FileServer, FileServers, NASService } from "./nas-infrastructure.gen.js";
import type { QueryResult } from "./query.gen.js";
import type {
  JobStatisticsReportFrame,
  OverviewReportFrame,
  ProcessedVmsReportFrame,
  RepositoryReportFrame,
  SummaryReport,
  VmsOverviewReportFrame,
} from "./reports.gen.js";
import type {
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
import type {
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
import type {
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
import type {
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
import type {
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

export {
  AgentBackupJob,
  AgentBackupJobInfo,
  type AgentBackupJobPlatformEnumeration,
  AgentBackupJobs,
  type AgentBackupJobTypeEnumeration,
  AgentProtectionGroup,
  AgentProtectionGroups,
  AgentRestorePoint,
  type AgentRestorePointAlgorithmEnumeration,
  AgentRestorePointMount,
  AgentRestorePointMounts,
  AgentRestorePoints,
  type AgentRestorePointTypeEnumeration,
  Agents,
  DiscoveredComputer,
  type DiscoveredComputerAgentStatusEnumeration,
  type DiscoveredComputerHostStatusEnumeration,
  DiscoveredComputers,
  ObjectInAgentBackupJob,
  ObjectsInAgentBackupJob,
} from "./agents.gen.js";

export {
  CdpFailoverStartSpec,
  CdpPolicies,
  CdpPolicy,
  CdpPolicyInfo,
  type CdpPolicyPlatformEnumeration,
  CdpPolicyScheduleOptionsInfo,
  type CdpPolicyTypeEnumeration,
  CdpReplica,
  CdpReplicaInterval,
  CdpReplicaIntervalList,
  CdpReplicaIntervals,
  CdpReplicaPolicyInfo,
  CdpReplicaPolicyScheduleOptionsInfo,
  CdpReplicaRestorePoint,
  CdpReplicaRestorePointList,
  CDPReplicaRPOReportingFailedOptions,
  CDPReplicaRPOReportingWarningOptions,
  CdpReplicas,
  CdpReplicaSession,
  CdpReplicaSessions,
  type CdpReplicaSessionStateEnumeration,
  CdpReplicaTaskSession,
  CdpReplicaTaskSessions,
  type CdpReplicaTaskSessionStateEnumeration,
  type CdpSessionResultEnumeration,
  RPOReporting,
  RPOSchedule,
  VAppCdpReplica,
  VAppCdpReplicas,
  VAppCdpReplicaVm,
  VAppCdpReplicaVms,
  VmCdpReplicaEntity,
  VmCdpReplicas,
} from "./cdp.gen.js";

export {
  CloudADTenantInfo,
  CloudConnectService,
  CloudFailoveredVm,
  CloudFailoveredVms,
  CloudFailoverPlan,
  CloudFailoverPlanInfo,
  CloudFailoverPlanManagementSpec,
  CloudFailoverPlanOptionsInfo,
  CloudFailoverPlans,
  CloudFailoverSession,
  type CloudFailoverSessionResultEnumeration,
  CloudFailoverSessions,
  type CloudFailoverSessionStateEnumeration,
  CloudFailoverTaskSessionInfo,
  CloudFailoverTaskSessionInfoList,
  CloudGateway,
  type CloudGatewayNetworkingMode,
  CloudGatewayPool,
  CloudGatewayPoolGatewayList,
  CloudGatewayPools,
  CloudGatewayPoolTenantList,
  CloudGateways,
  CloudHardwarePlan,
  CloudHardwarePlanCreateSpec,
  type CloudHardwarePlanDatastoreTypeEnumeration,
  CloudHardwarePlanDetails,
  CloudHardwarePlanNetworkInfo,
  type CloudHardwarePlanParentTypeEnumeration,
  CloudHardwarePlans,
  type CloudPlatformTypeEnumeration,
  CloudPublicIpAddress,
  CloudPublicIpAddressCreateSpec,
  CloudPublicIpAddresses,
  CloudReplica,
  type CloudReplicaPlatformEnumeration,
  CloudReplicas,
  CloudStandaloneTenantInfo,
  CloudSubtenant,
  CloudSubtenantCreateSpec,
  CloudSubtenantRepositoryQuotaInfo,
  CloudSubtenants,
  CloudTenant,
  CloudTenantADDomainInfo,
  CloudTenantComputeResource,
  CloudTenantComputeResourceCreateList,
  CloudTenantComputeResourceCreateSpec,
  CloudTenantComputeResourceLeaseOptions,
  CloudTenantComputeResources,
  CloudTenantFreeLicenseCounters,
  CloudTenantLeaseOptions,
  CloudTenantRepositoryQuotaInfo,
  CloudTenantResource,
  CloudTenantResources,
  CloudTenants,
  type CloudTenantThrottlingSpeedUnitEnumeration,
  type CloudTenantTypeEnumeration,
  CloudTenantTypeInfo,
  type CloudTenantVCloudAllocationModelEnumeration,
  CloudTenantVCloudComputeResource,
  CloudTenantVCloudComputeResourceCreateList,
  CloudTenantVCloudComputeResourceCreateSpec,
  CloudTenantVCloudComputeResources,
  CloudTenantVCloudComputeResourceUsageInfo,
  CloudVCloudTenantInfo,
  CloudVmReplicaPoint,
  CloudVmReplicaPoints,
  type CloudVmReplicaPointStateEnumeration,
  type CloudVmReplicaPointTypeEnumeration,
  ComputeResourceStatsInfo,
  CreateCloudGatewayPoolSpec,
  CreateCloudGatewaySpec,
  CreateCloudTenantResourceList,
  CreateCloudTenantResourceSpec,
  CreateCloudTenantSpec,
  HvCloudHardwarePlanInfo,
  HvCloudHardwarePlanVolumeInfo,
  HvCloudHardwarePlanVolumesInfoList,
  ManualIpAddressSettingsInfo,
  NetworkApplianceInfo,
  StorageResourceStatInfo,
  StorageResourceStatsList,
  ViCloudHardwarePlanDatastoreInfo,
  ViCloudHardwarePlanDatastoreInfoList,
  ViCloudHardwarePlanInfo,
  VlanConfiguration,
  VlanConfigurationCreateSpec,
  VlanConfigurations,
  type VlanConfigurationSwitchTypeEnumeration,
} from "./cloud.gen.js";

export {
  Entity,
  EntityRef,
  EntityReferences,
  ErrorType,
  Info,
  Link,
  LinkList,
  List,
  Params,
  Reference,
  Resource,
  Spec,
  Task,
  TaskResultInfo,
  type TaskStateEnumeration,
} from "./common.gen.js";

export {
  FSFileExcludeOptions,
  type GuestFSIndexingModeEnumeration,
  GuestProcessingOptions,
  LinuxGuestFSIndexingOptions,
  type OracleArchivedLogsTruncationEnumeration,
  OracleBackupOptions,
  PlainCredentials,
  SqlBackupOptions,
  type SqlTransactionLogsProcessingEnumeration,
  StringList,
  type VssSnapshotModeEnumeration,
  VssSnapshotOptions,
  WindowsGuestFSIndexingOptions,
} from "./guest-processing.gen.js";

export {
  BackupServer,
  BackupServers,
  BackupServerSpec,
  CredentialsInfo,
  CredentialsInfoList,
  CredentialsInfoSpec,
  ExternalRepositories,
  ExternalRepository,
  type ExternalRepositoryTypeEnumeration,
  HierarchyItem,
  HierarchyItems,
  HierarchyRoot,
  type HierarchyRootHostTypeEnumeration,
  HierarchyRoots,
  ManagedServer,
  ManagedServers,
  type ManagedServerTypeEnumeration,
  PasswordKeyInfo,
  PasswordKeyInfoList,
  PasswordKeyInfoSpec,
  Repositories,
  Repository,
  type RepositoryKindEnumeration,
  WanAccelerator,
  WanAccelerators,
} from "./infrastructure.gen.js";

export {
  type DaysOfWeekEnumeration,
  JobScheduleBackupWindowOptions,
  JobScheduleContinuousOptions,
  type JobScheduleDailyKindEnumeration,
  JobScheduleDailyOptions,
  JobScheduleDaisyChainingOptions,
  JobScheduleImmediateCopyModeOptions,
  type JobScheduleMonthEnumeration,
  JobScheduleMonthlyOptions,
  JobScheduleOptionsInfo,
  type JobSchedulePeriodicallyKindEnumeration,
  JobSchedulePeriodicallyOptions,
  JobScheduleRetryOptions,
  JobScheduleStandartOptions,
  TimePeriodDay,
  TimePeriods,
} from "./job-schedule.gen.js";

export {
  AdvancedStorageOptions,
  BackupCopyJobCloneInfo,
  BackupCopyJobInfo,
  BackupJobCloneInfo,
  BackupJobInfo,
  CreateObjectInJobSpec,
  FailoveredVm,
  FailoveredVms,
  FailoverPlan,
  FailoverPlanInfo,
  FailoverPlanManagementSpec,
  FailoverPlans,
  FileCopyJobInfo,
  type FreeBackupRetentionEnum,
  GfsRetentionPolicyOptionsInfo,
  type GfsSelectedWeekEnumeration,
  ImmediateBackupCopyJobCloneInfo,
  ImmediateBackupCopyJobInfo,
  Job,
  JobCloneSpec,
  JobEntityJobInfo,
  type JobPlatformEnumeration,
  Jobs,
  type JobTypeEnumeration,
  LinkedBackupList,
  LinkedBackupObject,
  LinkedBackupRepositoryObject,
  LinkedBackupRepositoryResourceObjects,
  LinkedJobObject,
  LinkedJobResourceObjects,
  LinkedObjectInJob,
  LongTermRetentionSchedule,
  MonthlyOptionsInfo,
  ObjectInJob,
  ObjectsInJob,
  QuickBackupStartupSpec,
  RebuildScopeJobSpec,
  RebuildScopeJobSpecRebuildAll,
  RebuildScopeJobSpecRebuildForCurrentUser,
  RebuildScopeJobSpecRebuildUnprocessed,
  ReplicaJobCloneInfo,
  ReplicaJobInfo,
  type RetainLimitTypeEnumeration,
  SimpleRetentionPolicyInfo,
  type VeeamZipCompressionLevelEnumeration,
  VeeamZipStartupSpec,
  WeeklyOptionsInfo,
  YearlyOptionsInfo,
} from "./jobs.gen.js";

export {
  FileServer,
  FileServerOptionsInfo,
  FileServers,
  type FileServerTypeEnumeration,
  NASServerAdvancedOptionsInfo,
  NASService,
  NfsServerOptionsInfo,
  ProcessingOptionsInfo,
  SmbServerOptionsInfo,
} from "./nas-infrastructure.gen.js";

export {
  FileExtensionInfoList,
  type NASArchiveFileExtensionsScopeEnumeration,
  type NASFileAttributesChangeTrackingModeEnumeration,
  NASJob,
  NASJobAdvancedStorageOptionsInfo,
  NASJobAdvancedStorageOptionsSecurityOptionsInfo,
  NASJobFileExtensionsOptionsInfo,
  NASJobs,
  NASJobStorageKeepFileVersionsHistoryOptionsInfo,
  NASJobStorageOptionsInfo,
  NASLongTermArchivalOptionsInfo,
  type NASLongtermRetentionTypeEnumeration,
  NASObject,
  NASObjects,
  type NASShorttermRetentionTypeEnumeration,
} from "./nas.gen.js";

export { Entities, PagingInfo, QueryResult, Resources } from "./query.gen.js";

export {
  JobStatisticsReportFrame,
  OverviewReportFrame,
  ProcessedVmsReportFrame,
  ProcessedVmsReportFrameDay,
  ReportResource,
  RepositoryReportFrame,
  RepositoryReportFramePeriod,
  SummaryReport,
  VmsOverviewReportFrame,
} from "./reports.gen.js";

export {
  Backup,
  BackupFile,
  BackupFiles,
  type BackupFileTypeEnumeration,
  type BackupPlatformEnumeration,
  Backups,
  type BackupTypeEnumeration,
  CatalogVm,
  CatalogVmRestorePoint,
  CatalogVmRestorePoints,
  CatalogVms,
  DirectoryEntry,
  DirectoryEntryList,
  FileEntry,
  FileEntryList,
  FileRestoreForDirectDownloadSpecInfo,
  FileRestoreSpec,
  FileRestoreToOriginalSpecInfo,
  FileSystemEntries,
  FileSystemEntry,
  type GuestOsKindEnumeration,
  Replica,
  type ReplicaPlatformEnumeration,
  type ReplicaPointTypeEnumeration,
  Replicas,
  RestorePoint,
  type RestorePointAlgorithmEnumeration,
  RestorePointMountSpec,
  RestorePoints,
  type RestorePointTypeEnumeration,
  RestoreSpec,
  SqlCredentialsInfo,
  SqlItemRestoreSpecInfo,
  VAppReplicaPoint,
  VAppReplicaPoints,
  VAppRestorePoint,
  VAppRestorePoints,
  VCloudVAppRestoreSpecInfo,
  VCloudVmRestoreParametersInfo,
  VCloudVmRestoreParametersInfoList,
  VCloudVmRestoreSpecInfo,
  VmReplicaPoint,
  VmReplicaPointMount,
  VmReplicaPointMounts,
  VmReplicaPoints,
  VmRestorePoint,
  VmRestorePointMount,
  VmRestorePointMounts,
  VmRestorePoints,
  VmRestorePointSqlDatabaseInfo,
  VmRestorePointSqlDatabaseInfoList,
  VmRestorePointSqlDatabaseItemInfo,
  VmRestorePointSqlDatabaseItemListInfo,
  VmRestorePointSqlInfo,
  VmRestoreSpecInfo,
} from "./restore.gen.js";

export {
  type AccountTypeEnumeration,
  EnterpriseAccount,
  EnterpriseAccountCreateSpec,
  EnterpriseAccountHierarchyScope,
  EnterpriseAccountHierarchyScopes,
  EnterpriseAccountInRole,
  EnterpriseAccountInRoleCreateSpec,
  EnterpriseAccountInRoleCreateSpecList,
  EnterpriseAccountInRoleList,
  EnterpriseAccounts,
  EnterpriseRole,
  EnterpriseRoles,
  EnterpriseSecuritySettings,
  FileRestoreSettingsInfo,
  FileRestoreSettingsSpecs,
  HierarchyScopeCreateSpec,
  HierarchyScopeCreateSpecItem,
  type HierarchyScopePlatformEnumeration,
  type HierarchyScopeStateEnumeration,
  SqlRestoreSettingsInfo,
  SqlRestoreSettingsSpecs,
  type VSphereSelfServiceAccountTypeEnumeration,
  VSphereSelfServiceConfigAccountInfo,
} from "./security.gen.js";

export {
  type JobSchedulerTypeEnumeration,
  SelfServiceBackupJobSettingsResource,
  SelfServiceEnabledOptionInfo,
  SelfServiceJobActiveFullBackupInfo,
  SelfServiceJobAdvancedSettingsInfo,
  SelfServiceJobBackupFromStorageSnapshotsInfo,
  SelfServiceJobBackupModeInfo,
  SelfServiceJobBackupSettingsInfo,
  SelfServiceJobChangedBlockTrackingInfo,
  SelfServiceJobDataReductionInfo,
  SelfServiceJobFullBackupFileMaintenanceInfo,
  SelfServiceJobIncrementalModeInfo,
  SelfServiceJobIntegrationSettingsInfo,
  SelfServiceJobMaintenanceSettingsInfo,
  SelfServiceJobMonthlyMaintenanceInfo,
  SelfServiceJobNotificationsSettingsInfo,
  SelfServiceJobRemoveDeletedVmsInfo,
  SelfServiceJobRunScriptsEveryBackupSessionInfo,
  SelfServiceJobScriptInfo,
  SelfServiceJobScriptsSettingsInfo,
  SelfServiceJobStorageSettingsInfo,
  SelfServiceJobSyntheticFullInfo,
  SelfServiceJobVmAttributeNotificationsInfo,
  SelfServiceJobVSphereSettingsInfo,
  SelfServiceWeeklyScheduleInfo,
  TagsList,
  VCentersScopeList,
  VCloudOrganizationConfig,
  VCloudOrganizationConfigBackupJobSettings,
  VCloudOrganizationConfigCreateSpec,
  VCloudOrganizationConfigEntityTypeJobSettings,
  VCloudOrganizationConfigs,
  VCloudService,
  VSphereSelfService,
  VSphereSelfServiceConfig,
  VSphereSelfServiceConfigEntityTypeJobSettings,
  VSphereSelfServiceConfigJobSettings,
  VSphereSelfServiceConfigs,
  VSphereSelfServiceCreateSpec,
} from "./self-service.gen.js";

export {
  EnterpriseManager,
  LoginSpec,
  LogonSession,
  LogonSessions,
  LookupSvc,
  QuerySvc,
  ReportingSvc,
  SessionResultInfo,
  SupportedVersion,
  SupportedVersionList,
  SystemSession,
  SystemSessionEvents,
  type SystemSessionResultEnumeration,
  SystemSessions,
  type SystemSessionStateEnumeration,
  type SystemSessionTypeEnumeration,
  Tasks,
  TenantCredentialsInfo,
  VCloudOrganizationCredentialsInfo,
} from "./session.gen.js";

export {
  BackupJobSession,
  BackupJobSessions,
  BackupTaskSession,
  BackupTaskSessions,
  JobSessionEntity,
  type JobSessionJobTypeEnumeration,
  type JobSessionStateEnumeration,
  ReplicaJobSession,
  ReplicaJobSessions,
  ReplicaTaskSession,
  ReplicaTaskSessions,
  RestoreSession,
  RestoreSessions,
  type SessionResultEnumeration,
  type TaskSessionStateEnumeration,
} from "./sessions.gen.js";

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

/** Reading and writing documents with these bindings. */
export const { parse, parseStream, streamItems, serialize } = createBindings<EmRoot>(registry);
