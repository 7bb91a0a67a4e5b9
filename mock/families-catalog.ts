/**
 * Every resource family the mock holds, each tied to the operation that reads one record. Where a
 * listing shows only some records of a family (the NAS sessions of `/nas/backupSessions`), or a
 * documented link applies only to some records, the rule is here.
 */
import type { Backup, BackupJobSession, CloudTenant, Job } from "../generated/index.js";
import { agentBackupJobPlatformEnumerationCodec } from "../generated/agents.gen.js";
import { valuesOf } from "./enumerations.js";
import type { FamilySpec } from "./family.js";
import type { LinkSchema } from "./operation-table.js";
import type { StoreRecord } from "./store.js";

/** The platforms of agent backups: those of agent jobs. */
const AGENT_PLATFORMS = valuesOf(agentBackupJobPlatformEnumerationCodec);

const sessionType = (record: StoreRecord) => (record.entity as BackupJobSession).jobType;
const backupPlatform = (record: StoreRecord) => (record.entity as Backup).platform ?? "";
const isAgentBackup = (record: StoreRecord) => AGENT_PLATFORMS.includes(backupPlatform(record));

/** Links of a VM job that apply to its job type: backup copy jobs sync and link, the others start, stop and retry. */
function vmJobLinkApplies(operationId: string, record: StoreRecord): boolean {
  const jobType = (record.entity as Job).jobType;
  const copy = jobType === "BackupCopy" || jobType === "ImmediateBackupCopy";
  const copyOnly = ["syncJob", "getJobLinkedJobs", "createJobLinkedJob"];
  const copyOnlyRepositories = ["getJobLinkedBackupRepositories", "createJobLinkedBackupRepository"];
  if (copyOnly.includes(operationId) || copyOnlyRepositories.includes(operationId)) return copy;
  if (["startJob", "stopJob", "retryJob"].includes(operationId)) return !copy;
  // Replication jobs have replica sessions, not backup sessions.
  if (operationId === "getBackupSessions") return jobType !== "Replica";
  return true;
}

function up(href: string, operation: string): LinkSchema {
  return { rel: "Up", href, operation };
}

function down(href: string, operation: string, type: string): LinkSchema {
  return { rel: "Down", type, href, operation };
}

// The catalog's pages have no Links tables; these follow the links their XML examples show.
const CATALOG_VM_LINKS: readonly LinkSchema[] = [
  { rel: "Alternate", type: "CatalogVmReference", href: "/catalog/vms/{ID}", operation: "getCatalogVm" },
  {
    rel: "Down",
    type: "CatalogVmRestorePointReferenceList",
    href: "/catalog/vms/{ID}/vmRestorePoints",
    operation: "getCatalogVmVmRestorePoints",
  },
];

const CATALOG_POINT_LINKS: readonly LinkSchema[] = [
  {
    rel: "Alternate",
    type: "CatalogVmRestorePointReference",
    href: "/catalog/vms/{ID}/vmRestorePoints/{ID}",
    operation: "getCatalogVmVmRestorePoint",
  },
  { rel: "Up", type: "CatalogVmReference", href: "/catalog/vms/{ID}", operation: "getCatalogVm" },
  {
    rel: "Browse",
    href: "/catalog/vms/{ID}/vmRestorePoints/{ID}?action=browse",
    operation: "browseCatalogVmVmRestorePoint",
  },
  { rel: "Related", type: "VmRestorePointReference", href: "/vmRestorePoints/{ID}", operation: "getVmRestorePoint" },
  // Where EM links the guest file system from is not shown; the mock links it here (a guess).
  {
    rel: "Down",
    type: "FileSystemEntry",
    href: "/catalog/vms/{ID}/vmRestorePoints/{ID}/guestfs",
    operation: "getCatalogVmVmRestorePointGuestfs",
  },
];

/** The families, in no particular order. */
export const FAMILIES: readonly FamilySpec[] = [
  // Infrastructure.
  { name: "backupServer", item: "getBackupServer" },
  { name: "credential", item: "getBackupServerCredential", entityType: "Credentials" },
  { name: "password", item: "getBackupServerPassword", entityType: "PasswordKey" },
  { name: "managedServer", item: "getManagedServer" },
  { name: "hierarchyRoot", item: "getHierarchyRoot" },
  { name: "repository", item: "getRepository" },
  { name: "externalRepository", item: "getExternalRepository" },
  { name: "wanAccelerator", item: "getWanAccelerator" },
  // Jobs.
  { name: "job", item: "getJob", linkApplies: vmJobLinkApplies },
  { name: "jobInclude", item: "getJobInclude" },
  { name: "linkedJob", item: "deleteJobLinkedJob", schemaType: "LinkedJobObjectType", entityType: "LinkedJobObject" },
  {
    name: "linkedRepository",
    item: "deleteJobLinkedBackupRepository",
    schemaType: "LinkedBackupRepositoryObjectType",
    entityType: "LinkedBackupRepositoryObject",
  },
  { name: "failoverPlan", item: "getFailoverPlan" },
  { name: "fileServer", item: "getNasFileServer" },
  { name: "nasJob", item: "getNasJob", standsFor: ["job"] },
  { name: "nasJobInclude", item: "getNasJobInclude", entityType: "NasObject" },
  { name: "protectionGroup", item: "getAgentsProtectionGroup" },
  { name: "discoveredComputer", item: "getAgentsDiscoveredComputer" },
  { name: "agentJob", item: "getAgentsJob", standsFor: ["job"] },
  { name: "agentJobInclude", item: "getAgentsJobInclude", links: [up("/agents/jobs/{ID}", "getAgentsJob")] },
  // Sessions.
  {
    name: "backupSession",
    item: "getBackupSession",
    extraLinks: [
      down(
        "/backupSessions/{ID}/agentManagementSessions",
        "getBackupSessionAgentManagementSessions",
        "BackupJobSessionReferenceList",
      ),
    ],
    linkApplies: (operationId, record) =>
      operationId !== "getBackupSessionAgentManagementSessions" || sessionType(record) === "AgentBackup",
    listed: {
      getNasBackupSessions: (record) => sessionType(record) === "NasBackup",
      getNasJobBackupSessions: (record) => sessionType(record) === "NasBackup",
      getAgentsBackupSessions: (record) => sessionType(record) === "AgentBackup",
      getBackupSessionAgentManagementSessions: (record) => sessionType(record) === "AgentManagement",
    },
  },
  { name: "backupTaskSession", item: "getBackupTaskSession" },
  { name: "replicaSession", item: "getReplicaSession" },
  { name: "replicaTaskSession", item: "getReplicaTaskSession" },
  { name: "restoreSession", item: "getRestoreSession" },
  { name: "systemSession", item: "getSystemSession" },
  // Backups and restore points.
  {
    name: "backup",
    item: "getBackup",
    listed: { getAgentsBackups: isAgentBackup },
    extraLinks: [down("/backups/{ID}/childbackups", "getBackupChildbackups", "BackupReferenceList")],
    linkApplies: (operationId, record) =>
      operationId !== "getBackupChildbackups" || (record.entity as Backup).backupType === "ParentBackup",
  },
  {
    name: "backupFile",
    item: "getBackupFile",
    listed: { getAgentsBackupFiles: (record) => isAgentBackup(record.related.backup as StoreRecord) },
  },
  {
    name: "restorePoint",
    item: "getRestorePoint",
    extraLinks: [
      down(
        "/restorePoints/{ID}/vAppRestorePoints",
        "getRestorePointVAppRestorePoints",
        "VAppRestorePointReferenceList",
      ),
      down(
        "/restorePoints/{ID}/agentRestorePoints",
        "getRestorePointAgentRestorePoints",
        "AgentRestorePointReferenceList",
      ),
    ],
    listed: { getAgentsRestorePoints: (record) => isAgentBackup(record.related.backup as StoreRecord) },
  },
  { name: "vmRestorePoint", item: "getVmRestorePoint" },
  { name: "vmRestorePointMount", item: "getVmRestorePointMount" },
  { name: "vAppRestorePoint", item: "getVAppRestorePoint" },
  { name: "agentRestorePoint", item: "getAgentsAgentRestorePoint" },
  { name: "agentRestorePointMount", item: "getAgentsAgentRestorePointMount" },
  { name: "replica", item: "getReplica" },
  { name: "vmReplicaPoint", item: "getVmReplicaPoint" },
  { name: "vmReplicaPointMount", item: "getVmReplicaPointMount" },
  { name: "vAppReplicaPoint", item: "getVAppReplicaPoint" },
  { name: "catalogVm", item: "getCatalogVm", links: CATALOG_VM_LINKS },
  { name: "catalogVmRestorePoint", item: "getCatalogVmVmRestorePoint", links: CATALOG_POINT_LINKS },
  // Continuous data protection.
  { name: "cdpPolicy", item: "getCdpPolicy" },
  { name: "cdpPolicyInclude", item: "getCdpPolicyInclude" },
  { name: "cdpReplica", item: "getCdpReplica" },
  { name: "cdpReplicaVm", item: "getCdpReplicaVm" },
  { name: "vAppCdpReplica", item: "getCdpReplicaVApp" },
  { name: "vAppCdpReplicaVm", item: "getCdpReplicaVAppVm" },
  { name: "cdpReplicaSession", item: "getCdpReplicaSession" },
  { name: "cdpReplicaTaskSession", item: "getCdpReplicaTaskSession" },
  // Cloud Connect.
  {
    name: "cloudTenant",
    item: "getCloudTenant",
    extraLinks: [
      down("/cloud/tenants/{ID}/gatewayPools", "getCloudTenantGatewayPools", "CloudGatewayPoolReferenceList"),
      down(
        "/cloud/tenants/{ID}/vCloudComputeResources",
        "getCloudTenantVCloudComputeResources",
        "CloudTenantVCloudComputeResource",
      ),
    ],
    linkApplies: (operationId, record) =>
      operationId !== "getCloudTenantVCloudComputeResources" ||
      (record.entity as CloudTenant).tenantType?.vCloudTenant !== undefined,
  },
  { name: "cloudTenantResource", item: "getCloudTenantResource" },
  { name: "cloudTenantComputeResource", item: "getCloudTenantComputeResource" },
  { name: "cloudTenantVCloudComputeResource", item: "getCloudTenantVCloudComputeResource" },
  { name: "cloudSubtenant", item: "getCloudTenantSubtenant" },
  { name: "cloudGateway", item: "getCloudGateway" },
  { name: "cloudGatewayPool", item: "getCloudGatewayPool" },
  { name: "cloudHardwarePlan", item: "getCloudHardwarePlan" },
  { name: "cloudPublicIpAddress", item: "getCloudPublicIpAddress" },
  { name: "vlan", item: "getCloudVlan" },
  { name: "cloudReplica", item: "getCloudReplica" },
  { name: "cloudVmReplicaPoint", item: "getCloudVmReplicaPoint" },
  {
    name: "cloudFailoverPlan",
    item: "getCloudCloudFailoverPlan",
    extraLinks: [
      down("/cloud/cloudFailoverPlans/{ID}/includes", "getCloudCloudFailoverPlanIncludes", "CloudFailoveredVmList"),
    ],
  },
  {
    name: "cloudFailoveredVm",
    item: "getCloudCloudFailoverPlanInclude",
    links: [
      up("/cloud/cloudFailoverPlans/{ID}", "getCloudCloudFailoverPlan"),
      up("/cloud/vmReplicaPoints/{ID}", "getCloudVmReplicaPoint"),
    ],
  },
  { name: "cloudFailoverSession", item: "getCloudFailoverSession" },
  // Security and self-service.
  { name: "account", item: "getSecurityAccount" },
  { name: "accountRole", item: "getSecurityAccountRole" },
  { name: "accountScope", item: "getSecurityAccountScope" },
  { name: "role", item: "getSecurityRole" },
  { name: "vSphereConfig", item: "getSelfServiceVSphereConfig" },
  { name: "vCloudOrgConfig", item: "getVCloudOrgConfig" },
];
