/**
 * Restore and failover: restoring a VM or a vApp (a restore session), failing over to a replica
 * point or a CDP replica (once: a VM failed over cannot fail over again), failover plans (started,
 * then undone), mounting restore points, browsing the catalog, CDP replica intervals.
 */
import { randomUUID } from "node:crypto";
import {
  AgentRestorePointMount,
  CdpReplicaIntervals,
  type CloudFailoveredVm,
  type CloudFailoverPlan,
  RestoreSession,
  RestoreSpec,
  VmReplicaPointMount,
  VmRestorePointMount,
  type JobSessionJobTypeEnumeration,
} from "../../generated/index.js";
import { XmlDateTime, type XmlObject } from "../../runtime/index.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import { volumesOf } from "../file-system.js";
import { cloudFailoverSession } from "../seed/cloud-replication.js";
import { guestOsOf } from "../seed/inventory.js";
import { sessionStamp, uidOf } from "../seed/seeder.js";
import { relatedList, type StoreRecord } from "../store.js";
import { accepted, bodyOf } from "./changes.js";
import { targetOf } from "./scope.js";

function nameOf(record: StoreRecord): string {
  const entity = record.entity as { vmDisplayName?: string; vAppDisplayName?: string; name?: string };
  return entity.vmDisplayName ?? entity.vAppDisplayName ?? entity.name ?? record.id;
}

/** A restore session that ran: a VM restore, a file-level restore or a failover plan. */
export function addRestoreSession(
  state: MockState,
  jobType: JobSessionJobTypeEnumeration,
  point: StoreRecord,
  restoredObjRef?: string,
): void {
  const now = state.now();
  const id = randomUUID();
  const name = nameOf(point);
  const prefix = { FileLevelRestore: "FLR", FailoverPlan: "Failover" }[jobType as string] ?? "Restore";
  const session = new RestoreSession({
    name: `${prefix}_[${name}]@${sessionStamp(now)}`,
    uid: uidOf("RestoreSession", id),
    vmDisplayName: name,
    jobType,
    creationTimeUTC: XmlDateTime.fromDate(now),
    endTimeUTC: XmlDateTime.fromDate(now),
    state: "Stopped",
    result: "Success",
    progress: 100,
    failureMessage: "",
    restoredObjRef,
  });
  const related: Record<string, StoreRecord> = { backupServer: state.families.related(point, "backupServer")! };
  if (point.family === "vmRestorePoint") related.vmRestorePoint = point;
  state.store.add("restoreSession", id, session, related);
}

/** Restore of a VM or vApp: the spec must say how (the restore page requires one of its parts). */
function restorer(kinds: readonly (keyof RestoreSpec)[]): OperationHandler {
  return (request, state) => {
    const point = targetOf(request, state);
    const spec = bodyOf(request, RestoreSpec);
    if (!kinds.some((kind) => spec[kind] !== undefined))
      throw new EmError(
        400,
        `the RestoreSpec of a ${point.family === "vAppRestorePoint" ? "vApp" : "VM"} restore needs one of ${kinds.map(elementName).join(", ")}`,
      );
    const ref = (point.entity as { hierarchyObjRef?: string }).hierarchyObjRef;
    return accepted(request, state, {
      message: `${nameOf(point)} restored.`,
      apply: () => addRestoreSession(state, "RestoreVm", point, ref),
    });
  };
}

function elementName(member: keyof RestoreSpec): string {
  const name = String(member);
  return name.startsWith("vCloud") ? name : `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** Failover to a replica point: the VM runs from its replica from then on (a second failover fails; guess at the message). */
function failover(): OperationHandler {
  return (request, state) => {
    const point = targetOf(request, state);
    const key = `${point.family}:${nameOf(point)}`;
    const failure = state.failedOver.has(key)
      ? `${nameOf(point)} is failed over already; undo the failover first.`
      : undefined;
    return accepted(request, state, {
      message: `${nameOf(point)} failed over.`,
      failure,
      apply: () => void state.failedOver.add(key),
    });
  };
}

/** Failover plans: start fails the plan's VMs over (a restore session of type FailoverPlan), undo brings them back. */
function planAction(action: "start" | "undo" | "test"): OperationHandler {
  return (request, state) => {
    const plan = targetOf(request, state);
    const key = `${plan.family}:${plan.id}`;
    const active = state.failedOver.has(key);
    const name = nameOf(plan);
    if (action === "undo") {
      const failure = active ? undefined : `Failover plan "${name}" is not active: nothing to undo.`;
      return accepted(request, state, {
        message: `Failover plan "${name}" undone.`,
        failure,
        apply: () => void state.failedOver.delete(key),
      });
    }
    const failure = active ? `Failover plan "${name}" is active already.` : undefined;
    return accepted(request, state, {
      message: `Failover plan "${name}" ${action === "test" ? "tested" : "started"}.`,
      failure,
      apply: () => {
        // A test failover leaves nothing running (guess: the page says it checks the plan only).
        if (action === "start") state.failedOver.add(key);
        if (plan.family === "failoverPlan") addRestoreSession(state, "FailoverPlan", plan);
        else addCloudFailoverSession(state, plan as StoreRecord<CloudFailoverPlan>); // the other family of plans
      },
    });
  };
}

/** Mounting a restore point: a new mount with the guest's volumes (numbered, as EM numbers mounts). */
function mounter(
  family: string,
  type: new (init: { fsRoots: { path: string; name: string }[] }) => XmlObject,
): OperationHandler {
  return (request, state) => {
    const point = targetOf(request, state);
    const os = point.family === "agentRestorePoint" ? "Windows" : guestOsOf(nameOf(point));
    return accepted(request, state, {
      message: `${nameOf(point)} mounted.`,
      apply: () => {
        const roots = volumesOf(os).map((volume) => ({ path: volume.path, name: volume.name }));
        const id = String(
          state.store.all(family).reduce((top, record) => Math.max(top, Number(record.id) || 0), 0) + 1,
        );
        state.store.add(family, id, new type({ fsRoots: roots }), { [point.family]: point });
      },
    });
  };
}

/** The CDP intervals of a replica between two instants: an interval and a restore point per hour. */
const intervals: OperationHandler = (request: OperationRequest, state) => {
  targetOf(request, state);
  const asked = bodyOf(request, CdpReplicaIntervals);
  const start = asked.startDate!.toDate().getTime();
  const end = asked.endDate!.toDate().getTime();
  if (!(start < end))
    throw new EmError(
      400,
      `StartDate ${asked.startDate!.lexical} must be before EndDate ${asked.endDate!.lexical} (CdpReplicaIntervals)`,
    );
  const hours = Math.min(Math.ceil((end - start) / 3_600_000), 168);
  const at = (hour: number) => XmlDateTime.fromDate(new Date(Math.min(start + hour * 3_600_000, end)));
  return {
    status: 200,
    body: new CdpReplicaIntervals({
      startDate: asked.startDate,
      endDate: asked.endDate,
      hasApplicationConsistentState: true,
      intervals: Array.from({ length: hours }, (_, hour) => ({
        startDate: at(hour),
        endDate: at(hour + 1),
        rpo: 15,
        intervalType: "Short",
      })),
      restorePoints: Array.from({ length: hours }, (_, hour) => ({
        id: randomUUID(),
        date: at(hour + 1),
        isApplicationConsistent: hour % 4 === 3,
      })),
    }),
  };
};

/** A run of a cloud failover plan, a task per VM of the plan. */
function addCloudFailoverSession(state: MockState, plan: StoreRecord<CloudFailoverPlan>): void {
  const vms = state.store
    .all("cloudFailoveredVm")
    .filter((record) => relatedList(record, "cloudFailoverPlan").includes(plan));
  const names = vms.map((vm) => (vm.entity as CloudFailoveredVm).name!);
  const now = state.now();
  const id = randomUUID();
  const session = cloudFailoverSession(plan, id, names, {
    created: now,
    ended: now,
    result: "Success",
    failureMessage: "",
  });
  state.store.add("cloudFailoverSession", id, session, {
    backupServer: state.families.related(plan, "backupServer")!,
    cloudFailoverPlan: plan,
    cloudVmReplicaPoint: vms.flatMap((vm) => relatedList(vm, "cloudVmReplicaPoint")),
  });
}

/** The handlers of this file, by operation id. */
export const RESTORE_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  restoreVmRestorePoint: restorer(["vmRestoreSpec", "vCloudVmRestoreSpec"]),
  restoreVAppRestorePoint: restorer(["vCloudVAppRestoreSpec"]),
  failoverVmReplicaPoint: failover(),
  failoverVAppReplicaPoint: failover(),
  failoverCdpReplicaVm: failover(),
  failoverCdpReplicaVApp: failover(),
  startFailoverPlan: planAction("start"),
  undoFailoverPlan: planAction("undo"),
  startCloudCloudFailoverPlan: planAction("start"),
  testCloudCloudFailoverPlan: planAction("test"),
  undoCloudCloudFailoverPlan: planAction("undo"),
  createVmRestorePointMount: mounter("vmRestorePointMount", VmRestorePointMount),
  createVmReplicaPointMount: mounter("vmReplicaPointMount", VmReplicaPointMount),
  createAgentsAgentRestorePointMount: mounter("agentRestorePointMount", AgentRestorePointMount),
  browseCatalogVmVmRestorePoint: (request, st) =>
    accepted(request, st, { message: `${nameOf(targetOf(request, st))} is ready to browse.` }),
  intervalsCdpReplicaVm: intervals,
  intervalsCdpReplicaVApp: intervals,
};
