/**
 * VM jobs of both backup servers: backup, replication and backup copy jobs with their included
 * VMs, the backup copy job's linked jobs and repositories, and a failover plan. Jobs whose name
 * starts with "Broken" point at a repository that is gone: every run of them fails.
 */
import {
  FailoverPlan,
  Job,
  LinkedBackupRepositoryObject,
  LinkedJobObject,
  type JobPlatformEnumeration,
  type Repository,
  type JobTypeEnumeration,
} from "../../generated/index.js";
import type { Init } from "../../index.js";
import type { StoreRecord } from "../store.js";
import { guestProcessing, objectInJob } from "./guest-processing.js";
import type { Infrastructure } from "./infrastructure.js";
import type { Inventory } from "./inventory.js";
import { immediateCopySchedule, scheduleFields, type DailyAt } from "./job-schedule.js";
import { uidOf, type Seeder } from "./seeder.js";

/** A VM job to seed. */
interface VmJobSeed {
  readonly name: string;
  readonly server: 0 | 1;
  readonly description: string;
  readonly jobType: JobTypeEnumeration;
  readonly platform: JobPlatformEnumeration;
  readonly schedule: "enabled" | "disabled" | "none";
  readonly at?: DailyAt;
  readonly vms: readonly string[];
}

const VM_JOBS: readonly VmJobSeed[] = [
  job("Exchange Backup", 0, "Mailbox servers", "Backup", "VMware", "enabled", [22, 0], ["exch01", "exch02"]),
  job("SQL Backup", 0, "Backup of MS SQL Server DB", "Backup", "HyperV", "enabled", [23, 30], ["sqlhv01", "sqlhv02"]),
  job("Fileserver Backup", 1, "File servers of the branch", "Backup", "VMware", "enabled", [20, 15], ["fs01", "fs02"]),
  job(
    "DC Replication",
    0,
    "Domain controllers to the DR site",
    "Replica",
    "VMware",
    "enabled",
    [1, 0],
    ["dc01", "dc02"],
  ),
  job(
    "Offsite Backup Copy",
    1,
    "Copies to the offsite repository",
    "BackupCopy",
    "VMware",
    "enabled",
    [4, 0],
    ["fs01"],
  ),
  job("vCloud Tenant Backup", 1, "Tenant vApps", "Backup", "vCloud", "none", undefined, ["tenant-app01"]),
  job(
    'Nightly "Gold" Backup',
    0,
    "Gold tier VMs",
    "Backup",
    "VMware",
    "disabled",
    [2, 45],
    ["gold-app01", "gold-db01"],
  ),
  job("Broken Backup", 1, "Points at a missing repository", "Backup", "HyperV", "enabled", [21, 0], ["broken01"]),
  job("vApp Replication", 0, "Tenant vApps to the DR site", "Replica", "vCloud", "enabled", [2, 0], ["tenant-app01"]),
  job(
    "Immediate Copy to Hardened",
    0,
    "New restore points to the hardened repository",
    "ImmediateBackupCopy",
    "CustomPlatform",
    "enabled",
    undefined,
    [],
  ),
];

function job(
  name: string,
  server: 0 | 1,
  description: string,
  jobType: JobTypeEnumeration,
  platform: JobPlatformEnumeration,
  schedule: VmJobSeed["schedule"],
  at: readonly [number, number] | undefined,
  vms: readonly string[],
): VmJobSeed {
  return { name, server, description, jobType, platform, schedule, at: at && { hour: at[0], minute: at[1] }, vms };
}

/** What the other builders use of the jobs. */
export interface VmJobs {
  readonly jobs: readonly StoreRecord<Job>[];
}

/** Builds the VM jobs, their includes, linked objects and the failover plan. */
export function seedVmJobs(seeder: Seeder, infrastructure: Infrastructure, inventory: Inventory): VmJobs {
  const jobs = VM_JOBS.map((seed) => {
    const server = infrastructure.servers[seed.server]!;
    const repository = infrastructure.repositories[seed.server]![0]!;
    const record = seeder.add("job", (id) => vmJob(seeder, seed, id), { backupServer: server, repository });
    seed.vms.forEach((name, order) => {
      const vm = inventory.vm(name);
      seeder.add("jobInclude", (id) => objectInJob(id, vm.ref, vm.name, order), { job: record });
    });
    return record;
  });
  linkBackupCopy(seeder, jobs, infrastructure);
  seedFailoverPlan(seeder, infrastructure, inventory);
  return { jobs };
}

function vmJob(seeder: Seeder, seed: VmJobSeed, id: string): Job {
  // An immediate copy job copies each new restore point as it appears: its schedule has no time.
  const schedule =
    seed.jobType === "ImmediateBackupCopy"
      ? {
          scheduleConfigured: true,
          scheduleEnabled: seed.schedule === "enabled",
          jobScheduleOptions: immediateCopySchedule(),
        }
      : scheduleFields(seed, seeder.now);
  return new Job({
    name: seed.name,
    uid: uidOf("Job", id),
    jobType: seed.jobType,
    platform: seed.platform,
    description: seed.description,
    ...schedule,
    jobInfo: jobInfoOf(seed.jobType),
  });
}

/** The type-specific options; the includes are added from the include records when served. */
function jobInfoOf(jobType: JobTypeEnumeration): Init<Job>["jobInfo"] {
  switch (jobType) {
    case "Replica":
      return { replicaJobInfo: { includes: [], guestProcessingOptions: guestProcessing() } };
    case "BackupCopy":
      return {
        backupCopyJobInfo: {
          includes: [],
          linkedJobIncludes: [],
          advancedStorageOptions: { passwordKeyId: "" },
          linkedBackupIncludes: [],
        },
      };
    case "ImmediateBackupCopy":
      return {
        immediateBackupCopyJobInfo: {
          linkedJobIncludes: [],
          linkedBackupIncludes: [],
          linkedBackupRepositoryIncludes: [],
        },
      };
    default:
      return {
        backupJobInfo: {
          includes: [],
          guestProcessingOptions: guestProcessing(),
          advancedStorageOptions: { passwordKeyId: "" },
          gfsRetentionPolicy: {
            enabled: true,
            weekly: { enabled: true, retentionPeriod: 4, selectedDay: "Sunday" },
            monthly: { enabled: true, retentionPeriod: 12, selectedWeek: "Last" },
            yearly: { enabled: false, retentionPeriod: 1, selectedMonth: "January" },
          },
          simpleRetentionPolicy: { retainCycles: 14, retainDaysToKeep: 14, retainLimitType: "Days" },
        },
      };
  }
}

/**
 * The backup copy job copies the backups of the branch's file server job to the offsite share; the
 * immediate copy job copies the Exchange job's to the hardened repository.
 */
function linkBackupCopy(seeder: Seeder, jobs: readonly StoreRecord<Job>[], infrastructure: Infrastructure): void {
  const named = (name: string) => jobs.find((record) => record.entity.name === name)!;
  const ofType = (jobType: string) => jobs.find((record) => record.entity.jobType === jobType)!;
  link(seeder, ofType("ImmediateBackupCopy"), named("Exchange Backup"), infrastructure.repositories[0]![1]!);
  link(seeder, ofType("BackupCopy"), named("Fileserver Backup"), infrastructure.repositories[1]![1]!);
}

/** Links a source job and a target repository to a copy job. */
function link(seeder: Seeder, copy: StoreRecord, source: StoreRecord<Job>, target: StoreRecord<Repository>): void {
  seeder.add("linkedJob", (id) => new LinkedJobObject({ objectInJobId: id, linkedJobUid: source.entity.uid }), {
    job: copy,
    linkedTo: source,
  });
  seeder.add(
    "linkedRepository",
    (id) => new LinkedBackupRepositoryObject({ objectInJobId: id, linkedBackupRepositoryUid: target.entity.uid }),
    { job: copy, repository: target },
  );
}

function seedFailoverPlan(seeder: Seeder, infrastructure: Infrastructure, inventory: Inventory): void {
  const vms = ["dc01", "dc02"].map((name) => inventory.vm(name));
  seeder.add(
    "failoverPlan",
    (id) =>
      new FailoverPlan({
        name: "DC Failover Plan",
        uid: uidOf("FailoverPlan", id),
        description: "Brings the domain controllers up at the DR site, in order",
        failoverPlanInfo: {
          includes: vms.map((vm, order) => ({
            failoveredVmId: seeder.id(),
            hierarchyObjRef: vm.ref,
            name: vm.name,
            displayName: vm.name,
            order,
            guestProcessingOptions: guestProcessing(),
          })),
        },
      }),
    { backupServer: infrastructure.servers[0]! },
  );
}
