/**
 * What backups and replicas hold: per backup job its backup (the Exchange job's split per VM into
 * child backups), a restore point per retained run with its backup file and VM, vApp or agent
 * restore points, the catalog of indexed VMs; per replication job its replica with VM and vApp
 * replica points; a mounted restore point of each kind; and a few restore sessions.
 */
import {
  AgentRestorePoint,
  AgentRestorePointMount,
  Backup,
  BackupFile,
  CatalogVm,
  CatalogVmRestorePoint,
  Replica,
  RestorePoint,
  RestoreSession,
  VAppReplicaPoint,
  VAppRestorePoint,
  VmReplicaPoint,
  VmReplicaPointMount,
  VmRestorePoint,
  VmRestorePointMount,
  type BackupJobSession,
  type BackupPlatformEnumeration,
  type ReplicaJobSession,
} from "../../generated/index.js";
import type { Init, XmlObject } from "../../index.js";
import { relatedList, type StoreRecord } from "../store.js";
import type { History } from "./history.js";
import { processedObjects } from "./history.js";
import { guestOsOf, type Inventory } from "./inventory.js";
import { volumesOf } from "../file-system.js";
import { dateTime, gib, one, sessionStamp, uidOf, type Seeder } from "./seeder.js";

/** How many runs of a job keep a restore point (the retention of the seeded jobs). */
export const RETAINED_POINTS = 7;

type Named = XmlObject & { name?: string; uid?: string; jobType?: string; platform?: string };

/** Builds backups, restore points, replicas, the catalog, mounts and restore sessions from the history. */
export function seedRestorePoints(
  seeder: Seeder,
  jobs: readonly StoreRecord<Named>[],
  inventory: Inventory,
  history: History,
) {
  const backupJobs = jobs.filter(
    (job) => job.family === "agentJob" || ["Backup", "BackupCopy"].includes(job.entity.jobType ?? ""),
  );
  for (const job of backupJobs) seedBackup(seeder, job, inventory, retainedRuns(history.backupSessions, job));
  const replicaJobs = jobs.filter((job) => job.entity.jobType === "Replica");
  for (const job of replicaJobs) seedReplica(seeder, job, inventory, history.replicaSessions);
  seedCatalog(seeder);
  seedMounts(seeder);
  seedRestoreSessions(seeder);
}

/** The newest runs of a job that left a restore point (succeeded or warned), oldest first. */
function retainedRuns(sessions: readonly StoreRecord<BackupJobSession>[], job: StoreRecord) {
  return sessions
    .filter((session) => relatedList(session, job.family).includes(job) && session.entity.state === "Stopped")
    .filter((session) => session.entity.result === "Success" || session.entity.result === "Warning")
    .slice(-RETAINED_POINTS);
}

/** `Nov 30 2026 10:05PM`, the name EM gives a restore point. */
export function restorePointName(date: Date): string {
  const month = date.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  const hour = date.getUTCHours() % 12 === 0 ? 12 : date.getUTCHours() % 12;
  const minute = String(date.getUTCMinutes()).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, " ");
  return `${month} ${day} ${date.getUTCFullYear()} ${String(hour).padStart(2, " ")}:${minute}${date.getUTCHours() < 12 ? "AM" : "PM"}`;
}

function platformOf(job: StoreRecord<Named>): BackupPlatformEnumeration {
  return (job.entity.platform === "Hyperv" ? "HyperV" : job.entity.platform) as BackupPlatformEnumeration;
}

function seedBackup(
  seeder: Seeder,
  job: StoreRecord<Named>,
  inventory: Inventory,
  runs: readonly StoreRecord<BackupJobSession>[],
) {
  const server = one(job, "backupServer");
  const repository = one(job, "repository");
  const split = job.entity.name === "Exchange Backup";
  const backup = seeder.add(
    "backup",
    (id) =>
      new Backup({
        name: job.entity.name,
        uid: uidOf("Backup", id),
        ref: { uid: job.entity.uid, name: job.entity.name },
        platform: platformOf(job),
        backupType: split ? "ParentBackup" : "Standard",
      }),
    { backupServer: server, repository, [job.family]: job },
  );
  const names = processedObjects(seeder.store, job);
  if (split) for (const name of names) seedChildBackup(seeder, backup, name, server, repository);
  runs.forEach((run, index) => seedRestorePoint(seeder, { job, backup, run, index, names, inventory }));
}

function seedChildBackup(
  seeder: Seeder,
  parent: StoreRecord<Backup>,
  vm: string,
  server: StoreRecord,
  repository: StoreRecord,
) {
  seeder.add(
    "backup",
    (id) =>
      new Backup({
        name: `${parent.entity.name} - ${vm}`,
        uid: uidOf("Backup", id),
        ref: parent.entity.ref,
        platform: parent.entity.platform,
        backupType: "ChildBackup",
      }),
    { backup: parent, backupServer: server, repository },
  );
}

interface PointSeed {
  readonly job: StoreRecord<Named>;
  readonly backup: StoreRecord<Backup>;
  readonly run: StoreRecord<BackupJobSession>;
  readonly index: number;
  readonly names: readonly string[];
  readonly inventory: Inventory;
}

function seedRestorePoint(seeder: Seeder, seed: PointSeed): void {
  const { job, backup, run, index } = seed;
  const server = one(job, "backupServer");
  const created = run.entity.endTimeUTC!.toDate();
  const point = seeder.add(
    "restorePoint",
    (id) =>
      new RestorePoint({
        name: restorePointName(created),
        uid: uidOf("RestorePoint", id),
        ref: { uid: backup.entity.uid, name: backup.entity.name },
        backupDateUTC: dateTime(created),
      }),
    { backup, backupServer: server, backupSession: run },
  );
  (run.related as Record<string, StoreRecord>).restorePoint = point;
  const file = seedBackupFile(seeder, seed, point, created);
  if (job.family === "agentJob") return seedAgentPoints(seeder, point, file, created, index);
  for (const name of seed.names) seedVmPoint(seeder, seed, point, file, name, created);
}

function seedBackupFile(seeder: Seeder, seed: PointSeed, point: StoreRecord, created: Date) {
  const full = seed.index === 0;
  const stamp = created.toISOString().slice(0, 19).replace(/:/g, "");
  const fileName = `${seed.job.entity.name}D${stamp}.${full ? "vbk" : "vib"}`;
  const dataSize = gib(seed.names.length * (full ? 120 : 12));
  return seeder.add(
    "backupFile",
    (id) =>
      new BackupFile({
        name: fileName,
        uid: uidOf("BackupFile", id),
        filePath: `E:\\Backups\\${seed.job.entity.name}\\${fileName}`,
        backupSize: Math.round(dataSize * 0.45),
        dataSize,
        deduplicationRatio: full ? 1.6 : 1.1,
        compressRatio: 2.2,
        creationTimeUtc: dateTime(created),
        fileType: full ? "vbk" : "vib",
      }),
    { backup: seed.backup, backupServer: one(seed.job, "backupServer"), restorePoint: point },
  );
}

function seedVmPoint(
  seeder: Seeder,
  seed: PointSeed,
  point: StoreRecord,
  file: StoreRecord,
  name: string,
  created: Date,
) {
  const vm = seed.inventory.vm(name);
  const full = seed.index === 0;
  const related = { restorePoint: point, backupFile: file, backupServer: one(seed.job, "backupServer") };
  if (vm.root.entity.hostType === "VcdSystem") {
    seeder.add(
      "vAppRestorePoint",
      (id) =>
        new VAppRestorePoint({
          name: `${name}@${sessionStamp(created)}`,
          uid: uidOf("VAppRestorePoint", id),
          vAppDisplayName: name,
          creationTimeUTC: dateTime(created),
          vAppName: name,
          algorithm: full ? "Full" : "Incremental",
          pointType: full ? "Full" : "Increment",
          hierarchyObjRef: vm.ref.replace(":Vm:", ":Vapp:").replace("urn:vcloud:vm:", "urn:vcloud:vapp:"),
        }),
      related,
    );
  }
  seeder.add(
    "vmRestorePoint",
    (id) =>
      new VmRestorePoint({
        name: `${name}@${sessionStamp(created)}`,
        uid: uidOf("VmRestorePoint", id),
        vmDisplayName: name,
        creationTimeUTC: dateTime(created),
        vmName: name,
        algorithm: full ? "Full" : "Incremental",
        pointType: full ? "Full" : "Increment",
        hierarchyObjRef: vm.ref,
        sqlInfo: name.startsWith("sql") ? sqlInfo(created) : undefined,
      }),
    related,
  );
}

function sqlInfo(created: Date): Init<VmRestorePoint>["sqlInfo"] {
  const stamp = dateTime(created);
  const database = (name: string, databaseId: number) => ({
    instance: "MSSQLSERVER",
    instanceName: "MSSQLSERVER",
    name,
    fullVersion: "16.0.1000.6",
    productVersion: "16.0",
    checkpointLsn: 41_000_000_512_037,
    databaseBackupLsn: 41_000_000_488_001,
    firstLsn: 41_000_000_512_037,
    lastLsn: 41_000_000_520_001,
    startCreationTime: stamp,
    endCreationTime: stamp,
    timeZone: 0,
    recoveryModel: "Full",
    compatibilityLevel: 160,
    certName: "",
    certSerialNumber: "",
    readOnly: "False",
    bindingID: "00000000-0000-0000-0000-000000000000",
    familyGUID: "c4b1c3f2-54f6-4b3c-9fa8-0c3f2a3b4d5e",
    databaseId,
    items: [
      { type: "Data", dataPath: `D:\\SQLData\\${name}.mdf` },
      { type: "Log", dataPath: `L:\\SQLLogs\\${name}_log.ldf` },
    ],
  });
  return { databases: [database("Sales", 5), database("Inventory", 6)] };
}

function seedAgentPoints(seeder: Seeder, point: StoreRecord, file: StoreRecord, created: Date, index: number): void {
  const server = one(point, "backupServer");
  const computers = seeder.store
    .all("discoveredComputer")
    .filter((computer) => one(computer, "backupServer") === server);
  for (const computer of computers) {
    const name = (computer.entity as { name?: string }).name!.split(".")[0]!;
    seeder.add(
      "agentRestorePoint",
      (id) =>
        new AgentRestorePoint({
          name: `${name}@${sessionStamp(created)}`,
          uid: uidOf("AgentRestorePoint", id),
          creationTimeUTC: dateTime(created),
          algorithm: index === 0 ? "Full" : "Incremental",
          pointType: index === 0 ? "Full" : "Increment",
        }),
      { restorePoint: point, backupFile: file, backupServer: server, discoveredComputer: computer },
    );
  }
}

function seedReplica(
  seeder: Seeder,
  job: StoreRecord<Named>,
  inventory: Inventory,
  sessions: readonly StoreRecord<ReplicaJobSession>[],
) {
  const server = one(job, "backupServer");
  const replica = seeder.add(
    "replica",
    (id) =>
      new Replica({
        name: job.entity.name,
        uid: uidOf("Replica", id),
        ref: { uid: job.entity.uid, name: job.entity.name },
        platform: job.entity.platform === "vCloud" ? "vCloud" : "VMware",
      }),
    { backupServer: server, repository: one(job, "repository"), job },
  );
  const runs = sessions.filter((session) => one(session, "job") === job).slice(-RETAINED_POINTS);
  for (const [index, run] of runs.entries()) {
    const created = run.entity.endTimeUTC!.toDate();
    for (const name of processedObjects(seeder.store, job)) {
      const point = seedVmReplicaPoint(seeder, replica, run, name, created, index);
      if (inventory.vm(name).root.entity.hostType === "VcdSystem")
        seedVAppReplicaPoint(seeder, replica, point, name, created, index);
    }
  }
}

function seedVmReplicaPoint(
  seeder: Seeder,
  replica: StoreRecord,
  run: StoreRecord,
  name: string,
  created: Date,
  index: number,
) {
  const point = seeder.add(
    "vmReplicaPoint",
    (id) =>
      new VmReplicaPoint({
        name: `${name}@${sessionStamp(created)}`,
        uid: uidOf("VmReplicaPoint", id),
        vmDisplayName: name,
        creationTimeUTC: dateTime(created),
        vmName: `${name}_replica`,
        algorithm: index === 0 ? "Full" : "Incremental",
        pointType: "Snapshot",
      }),
    { replica, backupServer: one(replica, "backupServer"), replicaSession: run },
  );
  const task = seeder.store
    .all("replicaTaskSession")
    .find(
      (candidate) =>
        one(candidate, "replicaSession") === run &&
        (candidate.entity as { vmDisplayName?: string }).vmDisplayName === name,
    );
  if (task !== undefined) (task.related as Record<string, StoreRecord>).vmReplicaPoint = point;
  return point;
}

function seedVAppReplicaPoint(
  seeder: Seeder,
  replica: StoreRecord,
  vmPoint: StoreRecord,
  name: string,
  created: Date,
  index: number,
) {
  seeder.add(
    "vAppReplicaPoint",
    (id) =>
      new VAppReplicaPoint({
        name: `${name}@${sessionStamp(created)}`,
        uid: uidOf("VAppReplicaPoint", id),
        vAppDisplayName: name,
        creationTimeUTC: dateTime(created),
        vAppName: name,
        algorithm: index === 0 ? "Full" : "Incremental",
        pointType: "Snapshot",
      }),
    { replica, backupServer: one(replica, "backupServer"), vmReplicaPoint: vmPoint },
  );
}

/** Every VM with a restore point is in the catalog, by name; its catalog restore points share the VM restore points' ids. */
function seedCatalog(seeder: Seeder): void {
  const catalog = new Map<string, StoreRecord>();
  for (const point of seeder.store.all("vmRestorePoint") as StoreRecord<VmRestorePoint>[]) {
    const name = point.entity.vmDisplayName!;
    let vm = catalog.get(name);
    if (vm === undefined) {
      vm = seeder.store.add(
        "catalogVm",
        name,
        new CatalogVm({ name, uid: uidOf("CatalogVm", name), vmDisplayName: name }),
      );
      catalog.set(name, vm);
    }
    seeder.store.add(
      "catalogVmRestorePoint",
      point.id,
      new CatalogVmRestorePoint({
        name,
        uid: uidOf("CatalogVmRestorePoint", point.id),
        backupDateUTC: point.entity.creationTimeUTC,
      }),
      { catalogVm: vm, vmRestorePoint: point },
    );
  }
}

/** The first restore point of each kind is mounted (as mount 1, EM numbers mounts), as after a restore started in the UI. */
function seedMounts(seeder: Seeder): void {
  const mounts: [point: string, mount: string, type: new (init: object) => XmlObject][] = [
    ["vmRestorePoint", "vmRestorePointMount", VmRestorePointMount],
    ["agentRestorePoint", "agentRestorePointMount", AgentRestorePointMount],
    ["vmReplicaPoint", "vmReplicaPointMount", VmReplicaPointMount],
  ];
  for (const [family, mountFamily, type] of mounts) {
    // A short history may have left no restore point of a kind: then nothing is mounted.
    const point = seeder.store.all(family)[0];
    if (point === undefined) continue;
    const name = (point.entity as { vmDisplayName?: string }).vmDisplayName;
    const os = name === undefined ? "Windows" : guestOsOf(name);
    const fsRoots = volumesOf(os).map((volume) => ({ path: volume.path, name: volume.name }));
    seeder.store.add(mountFamily, "1", new type({ fsRoots }), { [family]: point });
  }
}

function seedRestoreSessions(seeder: Seeder): void {
  const points = seeder.store.all("vmRestorePoint") as StoreRecord<VmRestorePoint>[];
  if (points.length === 0) return;
  const picks: [number, "FileLevelRestore" | "RestoreVm"][] = [
    [0, "FileLevelRestore"],
    [3, "RestoreVm"],
    [7, "FileLevelRestore"],
  ];
  for (const [index, jobType] of picks) {
    const point = points[index % points.length]!;
    const name = point.entity.vmDisplayName!;
    const created = new Date(point.entity.creationTimeUTC!.toDate().getTime() + 3 * 3_600_000);
    seeder.add(
      "restoreSession",
      (id) =>
        new RestoreSession({
          name: `${jobType === "FileLevelRestore" ? "FLR" : "Restore"}_[${name}]@${sessionStamp(created)}`,
          uid: uidOf("RestoreSession", id),
          vmDisplayName: name,
          jobType,
          creationTimeUTC: dateTime(created),
          endTimeUTC: dateTime(new Date(created.getTime() + 25 * 60_000)),
          state: "Stopped",
          result: "Success",
          progress: 100,
          failureMessage: "",
          restoredObjRef: point.entity.hierarchyObjRef,
        }),
      { backupServer: one(point, "backupServer"), vmRestorePoint: point },
    );
  }
}
