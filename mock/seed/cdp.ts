/**
 * Continuous data protection: a VMware policy replicating two VMs and a Cloud Director policy
 * replicating a vApp, their replicas (per VM and per vApp), and hourly policy sessions with a task
 * session per VM.
 */
import {
  CdpPolicy,
  CdpReplica,
  CdpReplicaSession,
  CdpReplicaTaskSession,
  TimePeriodDay,
  VAppCdpReplica,
  VAppCdpReplicaVm,
  VmCdpReplicaEntity,
  type CdpPolicyPlatformEnumeration,
} from "../../generated/index.js";
import { daysOfWeekEnumerationCodec } from "../../generated/job-schedule.gen.js";
import { valuesOf } from "../enumerations.js";
import type { StoreRecord } from "../store.js";
import { guestProcessing, objectInJob } from "./guest-processing.js";
import type { Infrastructure } from "./infrastructure.js";
import type { Inventory, Vm } from "./inventory.js";
import { dateTime, gib, sessionStamp, uidOf, type Seeder } from "./seeder.js";

const POLICIES: readonly [name: string, platform: CdpPolicyPlatformEnumeration, vms: readonly string[]][] = [
  ["CDP Policy", "VMware", ["web01", "web02"]],
  ["CDP Tenant Policy", "vCloud", ["tenant-app01"]],
];

/** How many policy sessions each policy has had (one an hour). */
const SESSIONS_PER_POLICY = 24;

/** Builds the CDP policies, their replicas and sessions. */
export function seedCdp(seeder: Seeder, infrastructure: Infrastructure, inventory: Inventory): void {
  const server = infrastructure.servers[0]!;
  for (const [name, platform, vmNames] of POLICIES) {
    const vms = vmNames.map((vmName) => inventory.vm(vmName));
    const policy = seeder.add("cdpPolicy", (id) => cdpPolicy(seeder, id, name, platform), {
      backupServer: server,
      repository: infrastructure.repositories[0]![1]!,
    });
    vms.forEach((vm, order) =>
      seeder.add("cdpPolicyInclude", (id) => objectInJob(id, vm.ref, vm.name, order), { cdpPolicy: policy }),
    );
    if (platform === "vCloud") seedVAppReplica(seeder, policy, server, vms);
    else seedReplica(seeder, policy, server, vms, infrastructure.repositories[0]![1]!);
    seedPolicySessions(seeder, policy, server, vms);
  }
}

function everyHour(): TimePeriodDay[] {
  return valuesOf(daysOfWeekEnumerationCodec).map(
    (day) => new TimePeriodDay({ name: day, value: Array.from({ length: 24 }, () => "1").join(",") }),
  );
}

function cdpPolicy(seeder: Seeder, id: string, name: string, platform: CdpPolicyPlatformEnumeration): CdpPolicy {
  return new CdpPolicy({
    name,
    uid: uidOf("CdpPolicy", id),
    policyType: "CdpReplica",
    platform,
    description: `Continuous replication of ${platform === "vCloud" ? "tenant vApps" : "the web servers"}`,
    scheduleConfigured: true,
    scheduleEnabled: true,
    nextRun: dateTime(new Date(seeder.now.getTime() + 15_000)),
    policyScheduleOptions: {
      cdpReplica: {
        recoveryPointObjectiveSeconds: 15,
        recoveryPointObjectiveMinutes: 0,
        rpoSchedule: { enabled: true, timePeriods: everyHour() },
        rpoReporting: {
          enabled: true,
          markAsWarning: { enabled: true, rpoThresholdSeconds: 30, rpoThresholdMinutes: 0 },
          markAsFailed: { enabled: true, rpoThresholdSeconds: 0, rpoThresholdMinutes: 5 },
        },
        shortTermRetentionMinutes: 0,
        shortTermRetentionHours: 4,
        longTermRetentionHours: 8,
        longTermRetentionKeepDays: 7,
        longTermRetentionSchedule: { enabled: true, timePeriods: everyHour() },
      },
    },
    cdpPolicyInfo: { cdpReplicaPolicyInfo: { includes: [], guestProcessingOptions: guestProcessing() } },
  });
}

function seedReplica(
  seeder: Seeder,
  policy: StoreRecord<CdpPolicy>,
  server: StoreRecord,
  vms: readonly Vm[],
  repository: StoreRecord,
) {
  const serverName = (server.entity as { name?: string }).name;
  const replica = seeder.add(
    "cdpReplica",
    (id) =>
      new CdpReplica({
        name: policy.entity.name,
        uid: uidOf("CdpReplica", id),
        backupServer: serverName,
        policyUid: policy.entity.uid,
        policyName: policy.entity.name,
      }),
    { cdpPolicy: policy, backupServer: server },
  );
  for (const vm of vms) {
    seeder.add(
      "cdpReplicaVm",
      (id) =>
        new VmCdpReplicaEntity({
          name: `${vm.name}_replica`,
          uid: uidOf("CdpReplicaVm", id),
          vmRef: vm.ref,
          replicaUid: replica.entity.uid,
          backupServer: serverName,
          policyUid: policy.entity.uid,
          policyName: policy.entity.name,
          repositoryName: (repository.entity as { name?: string }).name,
        }),
      { cdpReplica: replica, cdpPolicy: policy, backupServer: server },
    );
  }
}

function seedVAppReplica(seeder: Seeder, policy: StoreRecord<CdpPolicy>, server: StoreRecord, vms: readonly Vm[]) {
  const vApp = vms[0]!;
  const replica = seeder.add(
    "vAppCdpReplica",
    (id) =>
      new VAppCdpReplica({
        name: `${vApp.name}_replica`,
        uid: uidOf("VAppCdpReplica", id),
        vAppRef: vApp.ref.replace(":Vm:", ":Vapp:").replace("urn:vcloud:vm:", "urn:vcloud:vapp:"),
        replicaUid: uidOf("VAppCdpReplica", id),
        backupServer: (server.entity as { name?: string }).name,
        policyUid: policy.entity.uid,
        policyName: policy.entity.name,
      }),
    { cdpPolicy: policy, backupServer: server },
  );
  for (const vm of vms) {
    seeder.add(
      "vAppCdpReplicaVm",
      (id) =>
        new VAppCdpReplicaVm({
          name: `${vm.name}_replica`,
          uid: uidOf("VAppCdpReplicaVm", id),
          replicaUid: replica.entity.uid,
          vmRef: vm.ref,
        }),
      { vAppCdpReplica: replica, cdpPolicy: policy, backupServer: server },
    );
  }
}

function seedPolicySessions(seeder: Seeder, policy: StoreRecord<CdpPolicy>, server: StoreRecord, vms: readonly Vm[]) {
  for (let hour = SESSIONS_PER_POLICY; hour >= 1; hour--) {
    const created = seeder.ago(hour * 60);
    const ended = new Date(created.getTime() + 59 * 60_000);
    const warning = hour % 7 === 0;
    const session = seeder.add(
      "cdpReplicaSession",
      (id) =>
        new CdpReplicaSession({
          name: `${policy.entity.name}@${sessionStamp(created)}`,
          uid: uidOf("CdpReplicaSession", id),
          policyUid: policy.entity.uid,
          policyName: policy.entity.name,
          policyType: "CdpReplica",
          creationTimeUTC: dateTime(created),
          endTimeUTC: dateTime(ended),
          state: "Stopped",
          result: warning ? "Warning" : "Success",
          progress: 100,
          failureMessage: warning ? "RPO was exceeded for 2 minutes." : "",
          isRetry: false,
        }),
      { cdpPolicy: policy, backupServer: server },
    );
    vms.forEach((vm, index) => seedTaskSession(seeder, session, vm, index, server));
  }
}

function seedTaskSession(
  seeder: Seeder,
  session: StoreRecord<CdpReplicaSession>,
  vm: Vm,
  index: number,
  server: StoreRecord,
) {
  const start = new Date(session.entity.creationTimeUTC!.toDate().getTime() + (index + 1) * 1000);
  seeder.add(
    "cdpReplicaTaskSession",
    (id) =>
      new CdpReplicaTaskSession({
        name: `${vm.name}@${sessionStamp(start)}`,
        uid: uidOf("CdpReplicaTaskSession", id),
        vmDisplayName: vm.name,
        policySessionUid: session.entity.uid,
        creationTimeUTC: dateTime(start),
        endTimeUTC: session.entity.endTimeUTC,
        state: "Completed",
        result: session.entity.result,
        reason: session.entity.failureMessage,
        totalSize: gib(vm.sizeGb / 20),
      }),
    { cdpReplicaSession: session, backupServer: server },
  );
}
