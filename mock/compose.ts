/**
 * Entities that embed other records (a job its included VMs, a tenant its resources, a gateway
 * pool its gateways' UIDs) get them when served, from the records themselves: each fact is kept
 * once, in its own record, and a POST to `/jobs/{ID}/includes` shows in the job at once.
 */
import type {
  AgentBackupJob,
  CdpPolicy,
  CloudFailoverPlan,
  CloudFailoverSession,
  CloudGatewayPool,
  CloudTenant,
  EnterpriseAccount,
  EnterpriseAccountInRole,
  FailoverPlan,
  Job,
  NASJob,
  VmRestorePointMount,
} from "../generated/index.js";
import type { XmlObject } from "../runtime/index.js";
import { directoryEntryOf, fileScopeOf } from "./file-entries.js";
import type { Representer } from "./representation.js";
import { relatedList, type Store, type StoreRecord } from "./store.js";

/** What a composer reads. */
export interface ComposeContext {
  readonly store: Store;
  readonly rep: Representer;
}

/** Adds the embedded records to a served copy of an entity (never to the stored one). */
export type Composer = (entity: XmlObject, record: StoreRecord, context: ComposeContext) => void;

/** A shallow copy keeping the class. */
export function copyOf<T extends object>(object: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(object) as object) as T, object);
}

/** The records of a family that name `record`, oldest first. */
function childrenOf(context: ComposeContext, family: string, record: StoreRecord): StoreRecord[] {
  return context.store.all(family).filter((child) => relatedList(child, record.family).includes(record));
}

function served(context: ComposeContext, family: string, record: StoreRecord) {
  return childrenOf(context, family, record).map((child) => context.rep.entity(child)) as never[];
}

function uidsOf(context: ComposeContext, records: readonly StoreRecord[]): string[] {
  return records.map((record) => (record.entity as { uid?: string }).uid ?? record.id);
}

const composeJob: Composer = (entity, record, context) => {
  const job = entity as Job;
  if (job.jobInfo === undefined) return;
  const info = (job.jobInfo = copyOf(job.jobInfo));
  const includes = served(context, "jobInclude", record);
  if (info.backupJobInfo !== undefined) info.backupJobInfo = Object.assign(copyOf(info.backupJobInfo), { includes });
  if (info.replicaJobInfo !== undefined) info.replicaJobInfo = Object.assign(copyOf(info.replicaJobInfo), { includes });
  if (info.backupCopyJobInfo !== undefined)
    info.backupCopyJobInfo = Object.assign(copyOf(info.backupCopyJobInfo), {
      includes,
      linkedJobIncludes: served(context, "linkedJob", record),
    });
  if (info.immediateBackupCopyJobInfo !== undefined)
    info.immediateBackupCopyJobInfo = Object.assign(copyOf(info.immediateBackupCopyJobInfo), {
      linkedJobIncludes: served(context, "linkedJob", record),
      linkedBackupRepositoryIncludes: served(context, "linkedRepository", record),
    });
};

const composeNasJob: Composer = (entity, record, context) => {
  (entity as NASJob).includes = served(context, "nasJobInclude", record);
};

const composeAgentJob: Composer = (entity, record, context) => {
  const job = entity as AgentBackupJob;
  if (job.jobInfo !== undefined)
    job.jobInfo = Object.assign(copyOf(job.jobInfo), { includes: served(context, "agentJobInclude", record) });
};

const composeCdpPolicy: Composer = (entity, record, context) => {
  const policy = entity as CdpPolicy;
  const info = policy.cdpPolicyInfo?.cdpReplicaPolicyInfo;
  if (info === undefined) return;
  policy.cdpPolicyInfo = Object.assign(copyOf(policy.cdpPolicyInfo!), {
    cdpReplicaPolicyInfo: Object.assign(copyOf(info), { includes: served(context, "cdpPolicyInclude", record) }),
  });
};

const composeTenant: Composer = (entity, record, context) => {
  const tenant = entity as CloudTenant;
  tenant.resources = served(context, "cloudTenantResource", record);
  tenant.computeResources = served(context, "cloudTenantComputeResource", record);
  tenant.vCloudComputeResources = served(context, "cloudTenantVCloudComputeResource", record);
  const pools = relatedList(record, "cloudGatewayPool");
  if (pools.length > 0) tenant.cloudGatewayPools = { cloudGatewayPoolUids: uidsOf(context, pools) } as never;
  tenant.publicIpCount = childrenOf(context, "cloudPublicIpAddress", record).length;
};

const composeGatewayPool: Composer = (entity, record, context) => {
  const pool = entity as CloudGatewayPool;
  pool.cloudGateways = uidsOf(context, childrenOf(context, "cloudGateway", record));
  const tenants = context.store
    .all("cloudTenant")
    .filter((tenant) => relatedList(tenant, "cloudGatewayPool").includes(record));
  pool.cloudTenants = uidsOf(context, tenants);
};

const composeFailoverPlan: Composer = (entity, record, context) => {
  const plan = entity as CloudFailoverPlan;
  // The plan's page lists its VMs as CloudFailoverPlanVm elements.
  plan.cloudFailoverPlanInfo = {
    includes: { cloudFailoverPlanVms: served(context, "cloudFailoveredVm", record) },
  } as never;
};

/** Each task of a failover session links the VM replica point it started from. */
const composeFailoverSession: Composer = (entity, record, context) => {
  const session = entity as CloudFailoverSession;
  const points = relatedList(record, "cloudVmReplicaPoint");
  session.cloudFailoverTasks = session.cloudFailoverTasks?.map((task) => {
    const point = points
      .filter((candidate) => (candidate.entity as { vmDisplayName?: string }).vmDisplayName === task.vmName)
      .at(-1);
    if (point === undefined || task.vmReplicaPointLink === undefined) return task;
    const link = Object.assign(copyOf(task.vmReplicaPointLink), {
      href: context.rep.hrefOf(point),
      type: "CloudVmReplicaPointReference",
    });
    return Object.assign(copyOf(task), { vmReplicaPointLink: link });
  });
};

const composeAccount: Composer = (entity, record, context) => {
  const account = entity as EnterpriseAccount;
  account.roles = childrenOf(context, "accountRole", record).flatMap((membership) => {
    const role = relatedList(membership, "role")[0];
    const name = (membership.entity as EnterpriseAccountInRole).roleName;
    if (role === undefined) return [];
    return [
      {
        name,
        uid: (role.entity as { uid?: string }).uid,
        href: context.rep.hrefOf(role),
        type: "EnterpriseRoleEntity",
      },
    ];
  }) as never;
};

/** A mount's file system roots link down to their listings. */
const composeMount: Composer = (entity, record, context) => {
  const mount = entity as VmRestorePointMount;
  const scope = fileScopeOf(context.rep, record);
  mount.fsRoots = mount.fsRoots?.map((root) =>
    directoryEntryOf(context.rep, scope, { path: root.path ?? "", name: root.name ?? "" }),
  );
};

/** A `Ref` to the record an entity stems from (a backup's job, a restore point's backup) gets that record's address. */
function composeRef(family: string): Composer {
  return (entity, record, context) => {
    const holder = entity as { ref?: XmlObject & { href?: string; type?: string } };
    const target = context.rep.families.related(record, family);
    if (holder.ref === undefined || target === undefined) return;
    holder.ref = Object.assign(copyOf(holder.ref), {
      href: context.rep.hrefOf(target),
      type: context.rep.referenceType(target),
    });
  };
}

/** A failover plan's VMs have no address of their own in the API; the mock gives them the plan's (a guess). */
const composeFailoverPlanVms: Composer = (entity, record, context) => {
  const plan = entity as FailoverPlan;
  const includes = plan.failoverPlanInfo?.includes;
  if (includes === undefined) return;
  const href = context.rep.hrefOf(record);
  plan.failoverPlanInfo = Object.assign(copyOf(plan.failoverPlanInfo!), {
    includes: includes.map((vm) => Object.assign(copyOf(vm), { href, type: "FailoveredVm" })),
  });
};

/** The composers by family name. */
export const COMPOSERS: ReadonlyMap<string, Composer> = new Map([
  ["job", composeJob],
  ["nasJob", composeNasJob],
  ["agentJob", composeAgentJob],
  ["cdpPolicy", composeCdpPolicy],
  ["cloudTenant", composeTenant],
  ["cloudGatewayPool", composeGatewayPool],
  ["cloudFailoverPlan", composeFailoverPlan],
  ["cloudFailoverSession", composeFailoverSession],
  ["account", composeAccount],
  ["backup", composeRef("job")],
  ["replica", composeRef("job")],
  ["restorePoint", composeRef("backup")],
  ["cloudReplica", composeRef("cloudTenant")],
  ["failoverPlan", composeFailoverPlanVms],
  ["vmRestorePointMount", composeMount],
  ["vmReplicaPointMount", composeMount],
  ["agentRestorePointMount", composeMount],
]);
