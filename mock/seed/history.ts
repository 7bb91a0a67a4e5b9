/**
 * The session history: backup job sessions of every job that makes backups, spread over the last
 * 30 days (the newest still running), their task sessions, agent management sessions, replica job
 * sessions with their task sessions, restore sessions and system sessions.
 */
import {
  BackupJobSession,
  BackupTaskSession,
  ReplicaJobSession,
  ReplicaTaskSession,
  SystemSession,
  type JobSessionJobTypeEnumeration,
  type SessionResultEnumeration,
  type SystemSessionTypeEnumeration,
} from "../../generated/index.js";
import type { XmlObject } from "../../runtime/index.js";
import type { SeededRandom } from "../seeded-random.js";
import { relatedList, type Store, type StoreRecord } from "../store.js";
import { dateTime, gib, one, sessionStamp, uidOf, type Seeder } from "./seeder.js";

/** How far back the session history reaches. */
export const HISTORY_DAYS = 30;

/** Only this many of the newest backup job sessions keep task sessions, so a large history stays light. */
export const TASK_SESSION_HISTORY = 2000;

const MINUTE = 60_000;
const WORKING_WINDOW = 90 * MINUTE;

/** A job of any family, as the history needs it. */
type AnyJob = StoreRecord<XmlObject & { name?: string; uid?: string; jobType?: string }>;

/** The sessions, for the builders of restore points. */
export interface History {
  readonly backupSessions: readonly StoreRecord<BackupJobSession>[];
  readonly replicaSessions: readonly StoreRecord<ReplicaJobSession>[];
}

/** The job type a job's backup sessions carry; replication jobs have none. */
export function sessionJobTypeOf(job: StoreRecord): JobSessionJobTypeEnumeration | undefined {
  if (job.family === "nasJob") return "NasBackup";
  if (job.family === "agentJob") return "AgentBackup";
  const jobType = (job.entity as { jobType?: string }).jobType;
  if (jobType === "Replica") return undefined;
  return jobType === "BackupCopy" || jobType === "ImmediateBackupCopy" ? jobType : "Backup";
}

/** Whether runs of the job fail: its name starts with "Broken" (its repository is gone). */
export function isBroken(job: StoreRecord): boolean {
  return ((job.entity as { name?: string }).name ?? "").startsWith("Broken");
}

/** Builds `count` backup job sessions over the jobs that make backups (a few of them agent management sessions), and the rest of the history. */
export function seedHistory(seeder: Seeder, jobs: readonly AnyJob[], count: number): History {
  const eligible = jobs.filter((job) => sessionJobTypeOf(job) !== undefined);
  const management = Math.min(3, Math.floor(count / 50));
  const backupSessions = seedBackupSessions(seeder, eligible, count - management);
  const newest = backupSessions.slice(-TASK_SESSION_HISTORY);
  for (const session of newest) seedTaskSessions(seeder, session);
  seedAgentManagementSessions(seeder, backupSessions, management);
  const replicaJobs = jobs.filter((job) => job.entity.jobType === "Replica");
  const replicaSessions = replicaJobs.flatMap((job) => seedReplicaSessions(seeder, job));
  seedSystemSessions(seeder, one(jobs[0]!, "backupServer"));
  return { backupSessions, replicaSessions };
}

function seedBackupSessions(seeder: Seeder, jobs: readonly AnyJob[], count: number) {
  const random = seeder.random;
  const start = seeder.now.getTime() - HISTORY_DAYS * 24 * 60 * MINUTE;
  const span = seeder.now.getTime() - start;
  const drafts = Array.from({ length: count }, (_, index) => ({
    index,
    job: random.pick(jobs),
    // Whole seconds, as the names EM gives sessions carry no fraction.
    time: start + Math.floor((random.next() * span) / 1000) * 1000,
  }));
  drafts.sort((a, b) => a.time - b.time || a.index - b.index);
  const lastResult = new Map<StoreRecord, SessionResultEnumeration>();
  return drafts.map(({ job, time }) => {
    const duration = random.integer(3, 90) * MINUTE + random.integer(0, 59) * 1000;
    const working = seeder.now.getTime() - time < WORKING_WINDOW || time + duration >= seeder.now.getTime();
    const result: SessionResultEnumeration = working ? "None" : pickResult(random, job);
    const isRetry = lastResult.get(job) === "Failed" && random.chance(0.6);
    if (!working) lastResult.set(job, result);
    const session = backupSession(job, new Date(time), working ? undefined : new Date(time + duration), result);
    session.isRetry = isRetry;
    if (working) session.progress = random.integer(1, 99);
    return seeder.add("backupSession", (id) => Object.assign(session, { uid: uidOf("BackupJobSession", id) }), {
      [job.family]: job,
      backupServer: one(job, "backupServer"),
    });
  });
}

/** A backup job session of a job: running when it has no end, else stopped with its result. */
export function backupSession(
  job: AnyJob,
  created: Date,
  ended: Date | undefined,
  result: SessionResultEnumeration,
  jobType: JobSessionJobTypeEnumeration = sessionJobTypeOf(job)!,
): BackupJobSession {
  return new BackupJobSession({ ...runFields(job, created, ended, result), jobType });
}

/** A replica job session of a replication job: running when it has no end. */
export function replicaSession(job: AnyJob, created: Date, ended: Date | undefined, result: SessionResultEnumeration) {
  return new ReplicaJobSession({ ...runFields(job, created, ended, result), jobType: "Replica" });
}

/** What every job session says of its run. */
function runFields(job: AnyJob, created: Date, ended: Date | undefined, result: SessionResultEnumeration) {
  return {
    name: `${job.entity.name}@${sessionStamp(created)}`,
    jobUid: job.entity.uid,
    jobName: job.entity.name,
    creationTimeUTC: dateTime(created),
    endTimeUTC: dateTime(ended),
    state: ended === undefined ? "Working" : "Stopped",
    result,
    progress: ended === undefined ? 0 : 100,
    failureMessage: result === "Failed" ? failureOf(job) : "",
    isRetry: false,
  };
}

/** The reason a run of a job failed. */
export function failureOf(job: AnyJob): string {
  return isBroken(job)
    ? `Job "${job.entity.name}" failed: the backup repository of the job is not available.`
    : "Error: Failed to create snapshot: the operation timed out.";
}

function pickResult(random: SeededRandom, job: StoreRecord): SessionResultEnumeration {
  const roll = random.next();
  if (isBroken(job)) return roll < 0.85 ? "Failed" : "Warning";
  if (roll < 0.78) return "Success";
  return roll < 0.92 ? "Warning" : "Failed";
}

/** The objects a session of a job processes: its VMs, shares or protection groups, by name. */
export function processedObjects(store: Store, job: StoreRecord): string[] {
  const includeFamily = { job: "jobInclude", nasJob: "nasJobInclude", agentJob: "agentJobInclude" }[job.family];
  if (includeFamily === undefined) return [];
  return store
    .all(includeFamily)
    .filter((include) => relatedList(include, job.family).includes(job))
    .map((include) => {
      const entity = include.entity as { name?: string; fileOrFolder?: string };
      return entity.name ?? entity.fileOrFolder ?? include.id;
    });
}

/** The references of the objects a job processes, where they are VMs (shares and groups have none). */
function processedRefs(store: Store, job: StoreRecord): (string | undefined)[] {
  if (job.family !== "job") return [];
  return store
    .all("jobInclude")
    .filter((include) => relatedList(include, "job").includes(job))
    .map((include) => (include.entity as { hierarchyObjRef?: string }).hierarchyObjRef);
}

/** One task session per processed object, ending with its session. */
export function seedTaskSessions(seeder: Seeder, session: StoreRecord<BackupJobSession>): void {
  const job = session.related[jobKey(session)] as StoreRecord | undefined;
  if (job === undefined) return;
  const created = session.entity.creationTimeUTC!.toDate();
  const refs = processedRefs(seeder.store, job);
  processedObjects(seeder.store, job).forEach((name, index) => {
    const start = new Date(created.getTime() + (index + 1) * 20_000);
    const ended = session.entity.endTimeUTC?.toDate();
    seeder.add(
      "backupTaskSession",
      (id) =>
        new BackupTaskSession({
          name: `${name}@${sessionStamp(start)}`,
          uid: uidOf("BackupTaskSession", id),
          vmDisplayName: name,
          jobSessionUid: session.entity.uid,
          creationTimeUTC: dateTime(start),
          endTimeUTC: dateTime(ended),
          state: ended === undefined ? "InProgress" : "Completed",
          result: session.entity.result,
          reason: session.entity.result === "Failed" ? session.entity.failureMessage : "",
          totalSize: gib(40 + index * 20),
          vmUid: refs[index],
        }),
      { backupSession: session, backupServer: one(session, "backupServer") },
    );
  });
}

/** The relation key of a session's job (`job`, `nasJob` or `agentJob`). */
function jobKey(session: StoreRecord): string {
  return ["job", "nasJob", "agentJob"].find((key) => session.related[key] !== undefined) ?? "job";
}

/** Agent backup sessions that deploy agents run a management session below them. */
function seedAgentManagementSessions(
  seeder: Seeder,
  sessions: readonly StoreRecord<BackupJobSession>[],
  count: number,
): void {
  const agent = sessions.filter((session) => session.entity.jobType === "AgentBackup");
  const agentSessions = count === 0 ? [] : agent.slice(-count);
  for (const parent of agentSessions) {
    const job = parent.related.agentJob as AnyJob;
    const created = new Date(parent.entity.creationTimeUTC!.toDate().getTime() - 5 * MINUTE);
    const entity = backupSession(job, created, new Date(created.getTime() + 4 * MINUTE), "Success", "AgentManagement");
    entity.name = `${job.entity.name} (Agent Management)@${sessionStamp(created)}`;
    seeder.add("backupSession", (id) => Object.assign(entity, { uid: uidOf("BackupJobSession", id) }), {
      backupSession: parent,
      agentJob: job,
      backupServer: one(parent, "backupServer"),
    });
  }
}

/** A replication job runs once a day over the history, each run with a task session per VM. */
function seedReplicaSessions(seeder: Seeder, job: AnyJob): StoreRecord<ReplicaJobSession>[] {
  const names = processedObjects(seeder.store, job);
  return Array.from({ length: HISTORY_DAYS }, (_, day) => {
    const created = seeder.daysAgo(HISTORY_DAYS - day, 1, 0);
    const ended = new Date(created.getTime() + seeder.random.integer(10, 40) * MINUTE);
    const result: SessionResultEnumeration = seeder.random.chance(0.9) ? "Success" : "Warning";
    const session = seeder.add(
      "replicaSession",
      (id) => Object.assign(replicaSession(job, created, ended, result), { uid: uidOf("ReplicaJobSession", id) }),
      { job, backupServer: one(job, "backupServer") },
    );
    names.forEach((name, index) => seedReplicaTaskSession(seeder, session, name, index));
    return session;
  });
}

function seedReplicaTaskSession(seeder: Seeder, session: StoreRecord<ReplicaJobSession>, name: string, index: number) {
  const start = new Date(session.entity.creationTimeUTC!.toDate().getTime() + (index + 1) * 30_000);
  seeder.add(
    "replicaTaskSession",
    (id) =>
      new ReplicaTaskSession({
        name: `${name}@${sessionStamp(start)}`,
        uid: uidOf("ReplicaTaskSession", id),
        vmDisplayName: name,
        jobSessionUid: session.entity.uid,
        creationTimeUTC: dateTime(start),
        endTimeUTC: session.entity.endTimeUTC,
        state: "Completed",
        result: session.entity.result,
        reason: "",
        totalSize: gib(60),
      }),
    { replicaSession: session, backupServer: one(session, "backupServer") },
  );
}

const SYSTEM_SESSIONS: readonly [SystemSessionTypeEnumeration, string, number][] = [
  ["CollectJob", "Collect Job", 0.5],
  ["CatalogReplicationJob", "Catalog Replication", 2],
  ["DatabaseMaintenance", "Database Maintenance", 24],
  ["SecurityScopesRebuild", "Security Scopes Rebuild", 30],
  ["LicAutoUpdate", "License Auto Update", 70],
];

function seedSystemSessions(seeder: Seeder, server: StoreRecord): void {
  for (const [sessionType, label, hoursAgo] of SYSTEM_SESSIONS) {
    const created = seeder.ago(hoursAgo * 60);
    seeder.add(
      "systemSession",
      (id) =>
        new SystemSession({
          name: `${label} @${created.toISOString().replace("T", " ").replace("Z", "")}`,
          uid: uidOf("SystemSession", id),
          sessionType,
          creationTimeUTC: dateTime(created),
          endTimeUTC: dateTime(new Date(created.getTime() + 18_000)),
          state: "CompletedSuccessfully",
          result: { result: "CompletedSuccessfully", message: "", isCanceled: false },
        }),
      { backupServer: server },
    );
  }
}
