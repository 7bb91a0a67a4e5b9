/**
 * Cloud Connect replication: the replicas tenants keep on the provider's hosts with their VM
 * replica points, a tenant's cloud failover plan with its VMs, and the sessions of its last runs.
 */
import {
  CloudFailoveredVm,
  CloudFailoverPlan,
  CloudFailoverSession,
  CloudReplica,
  CloudVmReplicaPoint,
  Link,
  type CloudTenant,
} from "../../generated/index.js";
import type { StoreRecord } from "../store.js";
import type { CloudConnect } from "./cloud.js";
import { dateTime, sessionStamp, uidOf, type Seeder } from "./seeder.js";

const REPLICATED_VMS = ["abc-web01", "abc-db01"];

/** Builds the tenants' replicas, the failover plan and its sessions. */
export function seedCloudReplication(seeder: Seeder, cloud: CloudConnect): void {
  const tenant = cloud.tenants[0]!;
  const replica = seeder.add(
    "cloudReplica",
    (id) =>
      new CloudReplica({
        name: `${tenant.entity.name} Replication`,
        uid: uidOf("CloudReplica", id),
        ref: { uid: tenant.entity.uid, name: tenant.entity.name },
        platform: "VMware",
      }),
    { backupServer: cloud.server, cloudTenant: tenant },
  );
  const points = REPLICATED_VMS.flatMap((name) => seedPoints(seeder, replica, name, cloud.server));
  const plan = seedPlan(seeder, tenant, cloud.server);
  REPLICATED_VMS.forEach((name, order) => {
    const point = points.filter((candidate) => candidate.entity.vmDisplayName === name).at(-1)!;
    seeder.add("cloudFailoveredVm", (id) => new CloudFailoveredVm({ failoverPlanVMId: id, name, order }), {
      cloudFailoverPlan: plan,
      cloudVmReplicaPoint: point,
    });
  });
  seedSessions(seeder, plan, cloud.server, points);
}

function seedPoints(seeder: Seeder, replica: StoreRecord, name: string, server: StoreRecord) {
  return [3, 2, 1].map((daysAgo) => {
    const created = seeder.daysAgo(daysAgo, 0, 30);
    return seeder.add(
      "cloudVmReplicaPoint",
      (id) =>
        new CloudVmReplicaPoint({
          name: `${name}@${sessionStamp(created)}`,
          uid: uidOf("CloudVmReplicaPoint", id),
          vmDisplayName: name,
          creationTimeUTC: dateTime(created),
          vmName: `${name}_replica`,
          pointType: daysAgo === 3 ? "Full" : "Increment",
          state: "Ready",
        }),
      { cloudReplica: replica, backupServer: server },
    );
  });
}

function seedPlan(seeder: Seeder, tenant: StoreRecord<CloudTenant>, server: StoreRecord) {
  return seeder.add(
    "cloudFailoverPlan",
    (id) =>
      new CloudFailoverPlan({
        name: `${tenant.entity.name} Failover Plan`,
        uid: uidOf("CloudFailoverPlan", id),
        tenantUid: tenant.entity.uid,
        tenantName: tenant.entity.name,
        description: "Brings the web shop up in the provider's cloud",
        cloudFailoverPlanOptions: {
          postFailoverPlanCommandEnabled: false,
          postFailoverPlanCommand: "",
          preFailoverPlanCommandEnabled: true,
          preFailoverPlanCommand: "C:\\Scripts\\notify-provider.cmd",
        },
        cloudFailoverPlanInfo: { includes: { cloudFailoveredVms: [] } },
      }),
    { backupServer: server, cloudTenant: tenant },
  );
}

/** A test run a week ago and a real failover two days ago. */
function seedSessions(
  seeder: Seeder,
  plan: StoreRecord<CloudFailoverPlan>,
  server: StoreRecord,
  points: readonly StoreRecord<CloudVmReplicaPoint>[],
) {
  for (const [daysAgo, result] of [
    [7, "Success"],
    [2, "Warning"],
  ] as const) {
    const created = seeder.daysAgo(daysAgo, 17, 38);
    const run = { created, ended: new Date(created.getTime() + 80_000), result, failureMessage: "" };
    if (result === "Warning") run.failureMessage = "abc-db01 started without network connection";
    seeder.add("cloudFailoverSession", (id) => cloudFailoverSession(plan, id, REPLICATED_VMS, run), {
      backupServer: server,
      cloudFailoverPlan: plan,
      cloudVmReplicaPoint: [...points],
    });
  }
}

/** A run of a cloud failover plan with a task per VM; each task's link to its replica point is filled in when served. */
export function cloudFailoverSession(
  plan: StoreRecord<CloudFailoverPlan>,
  id: string,
  vmNames: readonly string[],
  run: { created: Date; ended: Date; result: "Success" | "Warning"; failureMessage: string },
): CloudFailoverSession {
  const times = {
    creationTimeUTC: dateTime(run.created),
    endTimeUTC: dateTime(run.ended),
    state: "Stopped",
    result: run.result,
    progress: 100,
  };
  return new CloudFailoverSession({
    name: plan.entity.name,
    uid: uidOf("CloudFailoverSession", id),
    cloudFailoverPlanName: plan.entity.name,
    jobUid: plan.entity.uid,
    jobName: plan.entity.name,
    jobType: "FailoverPlan",
    ...times,
    failureMessage: run.failureMessage,
    cloudFailoverTasks: vmNames.map((vmName) => ({
      vmName,
      vmReplicaPointLink: new Link({ rel: "Related", name: vmName }),
      ...times,
      failureMessage: "",
    })),
  });
}
