/**
 * The order in which every operation that is not a read is called against the mock, and how each
 * finds the resource it goes to. Creates come first (what later calls read, change and delete is
 * what the test made, where it can make one); then the reads; then actions and edits, a job's run
 * started while it is idle, stopped while it works, retried after it failed; then deletes, children
 * before their parents; the logon session's own operations last.
 */
import type { EmClient, EmTypes } from "../../client.js";
import type { EmRoot } from "../../index.js";
import type { Query } from "./operation-calls.js";
import { paramsIn, type OperationId, type Params } from "./seed-index.js";

/** What a plan's own search for its parameters may use. */
export interface FindContext {
  readonly client: EmClient<EmTypes>;
  /** The parameters an earlier call of an operation went to. */
  targetOf(id: OperationId): Params;
}

/** How one operation is called. */
export interface OperationPlan {
  readonly id: OperationId;
  /** Chooses the resource by its entity, read afresh (default: what the test made, else what the walk found first). */
  readonly pick?: (entity: EmRoot) => boolean;
  /** Finds the parameters through the client's links instead. */
  readonly find?: (context: FindContext) => Promise<Params>;
  readonly query?: Query;
  /** The collection (a GET) a create adds to, where that is not the GET of the create's own path. */
  readonly addsTo?: OperationId;
}

/** Operations the typed client cannot call, each with the reason: never counted as called. */
export const NOT_CALLABLE: Readonly<Partial<Record<OperationId, string>>> = {
  createJobLinkedJob:
    "the pages show its body without a root element, so the table declares none and a typed call sends no body; the mock, as EM, needs a LinkedJobObject",
  createJobLinkedBackupRepository:
    "the pages show its body without a root element, so the table declares none and a typed call sends no body; the mock, as EM, needs a LinkedBackupRepository",
};

type Named = { name?: string; jobType?: string };

/** A job that runs: of the given type, and not one of the mock's jobs made to fail. */
const runs =
  (...jobTypes: string[]) =>
  (entity: EmRoot): boolean => {
    const job = entity as Named;
    return !job.name!.startsWith("Broken") && (jobTypes.length === 0 || jobTypes.includes(job.jobType!));
  };

/** The session of the job the test retried that still works, found by the job's Down link. */
async function workingSession({ client, targetOf }: FindContext): Promise<Params> {
  const job = await client.call("getJob", { params: { ID: targetOf("retryJob").ID! }, query: { format: "Entity" } });
  const sessions = await client.follow(job, "Down", "BackupJobSessionReferenceList", { format: "Entity" });
  const working = sessions.backupJobSessions?.find((session) => session.state === "Working");
  const params = working?.href === undefined ? undefined : paramsIn("stopBackupSession", working.href, client.baseUrl);
  if (params === undefined) throw new Error(`job ${job.name} has no working session to stop`);
  return params;
}

/** The creates, parents before children. */
export const CREATES: readonly OperationPlan[] = [
  { id: "cloneJob", pick: runs("Backup"), addsTo: "getJobs" },
  ...(
    [
      "createJobInclude",
      "createCdpPolicyInclude",
      "createBackupServer",
      "createBackupServerCredential",
      "createBackupServerPassword",
      "createCloudGateway",
      "createCloudGatewayPool",
      "createCloudHardwarePlan",
      "createCloudPublicIpAddress",
      "createCloudTenant",
      "createCloudTenantResource",
      "createCloudTenantSubtenant",
      "createCloudTenantComputeResource",
      "createCloudTenantVCloudComputeResource",
      "createSecurityAccount",
      "createSecurityAccountRole",
      "createSecurityAccountScope",
      "createSelfServiceVSphereConfig",
      "createVCloudOrgConfig",
      "createVmRestorePointMount",
      "createVmReplicaPointMount",
      "createAgentsAgentRestorePointMount",
    ] as const
  ).map((id) => ({ id })),
];

const plain = (...ids: OperationId[]): OperationPlan[] => ids.map((id) => ({ id }));

/** Actions and edits, in an order the mock's state allows. */
export const CHANGES: readonly OperationPlan[] = [
  ...["toggleScheduleEnabledJob", "startJob", "stopJob", "retryJob"].map((id) => ({
    id: id as OperationId,
    pick: runs("Backup"),
  })),
  { id: "stopBackupSession", find: workingSession },
  { id: "syncJob", pick: runs("BackupCopy") },
  ...["toggleScheduleEnabledNasJob", "startNasJob", "stopNasJob", "retryNasJob"].map((id) => ({
    id: id as OperationId,
    pick: runs(),
  })),
  ...["toggleScheduleEnabledAgentsJob", "startAgentsJob", "stopAgentsJob", "retryAgentsJob"].map((id) => ({
    id: id as OperationId,
    pick: runs(),
  })),
  ...plain("editJob", "collectBackupServer", "quickbackupBackupServer", "veeamzipBackupServer", "editBackupServer"),
  ...plain("editBackupServerCredential", "editBackupServerPassword"),
  ...plain("startFailoverPlan", "undoFailoverPlan", "editFailoverPlan"),
  ...plain("testCloudCloudFailoverPlan", "startCloudCloudFailoverPlan", "undoCloudCloudFailoverPlan"),
  ...plain("editCloudCloudFailoverPlan", "disableCdpPolicy", "enableCdpPolicy", "editCdpPolicy"),
  ...plain("intervalsCdpReplicaVApp", "failoverCdpReplicaVApp", "intervalsCdpReplicaVm", "failoverCdpReplicaVm"),
  ...plain("editCloudGateway", "editCloudGatewayPool", "editCloudHardwarePlan", "editCloudPublicIpAddress"),
  ...plain("editCloudTenant", "editCloudTenantSubtenant", "editCloudVlan"),
  ...plain("browseCatalogVmVmRestorePoint", "restoreCatalogVmVmRestorePointGuestfsPath", "restoreVmRestorePoint"),
  ...plain("restoreVAppRestorePoint", "failoverVmReplicaPoint", "failoverVAppReplicaPoint"),
  ...plain(
    "restoreVmRestorePointMountPath",
    "restoreVmReplicaPointMountPath",
    "restoreAgentsAgentRestorePointMountPath",
  ),
  ...plain("toggleRestoreScopesEnabledSecurityAccount", "rebuildScopeSecurityAccounts"),
  ...plain("editSelfServiceVSphereConfig", "disableVCloudOrgConfig", "editVCloudOrgConfig"),
];

/** Deletes, children before their parents. */
export const DELETES: readonly OperationPlan[] = plain(
  "deleteAgentsAgentRestorePointMount",
  "deleteVmReplicaPointMount",
  "deleteVmRestorePointMount",
  "deleteCdpPolicyInclude",
  "deleteJobInclude",
  "deleteJobLinkedBackupRepository",
  "deleteJobLinkedJob",
  "deleteJob",
  "deleteCloudTenantSubtenant",
  "deleteCloudTenantComputeResource",
  "deleteCloudTenantVCloudComputeResource",
  "deleteCloudTenantResource",
  "deleteCloudTenant",
  "deleteCloudGatewayPool",
  "deleteCloudGateway",
  "deleteCloudHardwarePlan",
  "deleteCloudPublicIpAddress",
  "deleteCloudVlan",
  "deleteCloudCloudFailoverPlan",
  "deleteBackupServerCredential",
  "deleteBackupServerPassword",
  "deleteBackupServer",
  "deleteSecurityAccountRole",
  "deleteSecurityAccountScope",
  "deleteSecurityAccount",
  "deleteSelfServiceVSphereConfig",
  "deleteVCloudOrgConfig",
);

/**
 * The logon session's own operations, last: a task of the client's session is deleted, a new logon
 * session becomes the client's, and deleting it ends the client's session.
 */
export const SESSION_LAST: readonly OperationPlan[] = [
  { id: "deleteTask" },
  { id: "createLogonSession", query: { v: "latest" } },
  { id: "deleteLogonSession" },
];
