/**
 * The mock's world: two backup servers, jobs of three families and a seeded history of backup job
 * sessions. Everything is derived from fixed seeds and a fixed "now", so a test can rely on exact
 * counts, names and orders; only a job's ScheduleEnabled changes at run time (toggleScheduleEnabled).
 */
import type {
  JobSessionJobTypeEnumeration,
  JobSessionStateEnumeration,
  SessionResultEnumeration,
} from "../generated/index.js";
import { SeededRandom } from "./seeded-random.js";

/** The instant the dataset treats as now: sessions end before it, next runs come after it. */
export const DATASET_NOW = new Date(Date.UTC(2026, 11, 1, 0, 0, 0));

/** How far back the session history reaches. */
export const HISTORY_DAYS = 30;

/** Where a job lives in the API: `/jobs`, `/nas/jobs` or `/agents/jobs`. */
export type JobFamily = "vm" | "nas" | "agent";

/** A Veeam Backup & Replication server connected to the Enterprise Manager. */
export interface BackupServerRecord {
  readonly id: string;
  readonly uid: string;
  readonly name: string;
  readonly description: string;
  readonly port: number;
  readonly wcfPort: number;
  readonly version: string;
}

/** A job of any family. */
export interface JobRecord {
  readonly family: JobFamily;
  readonly id: string;
  readonly uid: string;
  readonly name: string;
  readonly server: BackupServerRecord;
  readonly description: string;
  /** `Backup`, `BackupCopy`, `Replica` (VM jobs) or `AgentBackup`; NAS jobs have none. */
  readonly jobType: string | undefined;
  /** `VMware`, `HyperV`, `vCloud`, `AgentForWindows`, `AgentForLinux`; NAS jobs have none. */
  readonly platform: string | undefined;
  readonly scheduleConfigured: boolean;
  scheduleEnabled: boolean;
  /** Daily start time in UTC, when the schedule is configured. */
  readonly dailyAt: { readonly hour: number; readonly minute: number } | undefined;
  /** The JobType its backup job sessions carry; replication jobs have no backup job sessions. */
  readonly sessionJobType: JobSessionJobTypeEnumeration | undefined;
}

/** One run of a job. */
export interface BackupSessionRecord {
  readonly id: string;
  readonly uid: string;
  readonly name: string;
  readonly job: JobRecord;
  readonly jobType: JobSessionJobTypeEnumeration;
  readonly creationTime: Date;
  readonly endTime: Date | undefined;
  readonly state: JobSessionStateEnumeration;
  readonly result: SessionResultEnumeration;
  readonly progress: number;
  readonly isRetry: boolean;
}

/** Everything the mock serves, with lookups by id. */
export interface Dataset {
  readonly servers: readonly BackupServerRecord[];
  readonly jobs: readonly JobRecord[];
  /** Backup job sessions, oldest first. */
  readonly sessions: readonly BackupSessionRecord[];
  server(id: string): BackupServerRecord | undefined;
  job(family: JobFamily, id: string): JobRecord | undefined;
  session(id: string): BackupSessionRecord | undefined;
}

interface JobSeed {
  readonly family: JobFamily;
  readonly name: string;
  readonly server: 0 | 1;
  readonly description: string;
  readonly jobType?: string;
  readonly platform?: string;
  readonly schedule: "enabled" | "disabled" | "none";
  readonly at?: readonly [number, number];
}

const SERVER_SEEDS = [
  { name: "vbr01.tech.local", description: "Headquarters backup server", version: "13.0.1.1071" },
  { name: "vbr02.tech.local", description: "Branch office backup server", version: "12.3.1.1139" },
] as const;

// Names starting with "Broken" make every action on the job fail (see job-actions.ts).
const JOB_SEEDS: readonly JobSeed[] = [
  {
    family: "vm",
    name: "Exchange Backup",
    server: 0,
    description: "Mailbox servers",
    jobType: "Backup",
    platform: "VMware",
    schedule: "enabled",
    at: [22, 0],
  },
  {
    family: "vm",
    name: "SQL Backup",
    server: 0,
    description: "Backup of MS SQL Server DB",
    jobType: "Backup",
    platform: "HyperV",
    schedule: "enabled",
    at: [23, 30],
  },
  {
    family: "vm",
    name: "Fileserver Backup",
    server: 1,
    description: "File servers of the branch",
    jobType: "Backup",
    platform: "VMware",
    schedule: "enabled",
    at: [20, 15],
  },
  {
    family: "vm",
    name: "DC Replication",
    server: 0,
    description: "Domain controllers to the DR site",
    jobType: "Replica",
    platform: "VMware",
    schedule: "enabled",
    at: [1, 0],
  },
  {
    family: "vm",
    name: "Offsite Backup Copy",
    server: 1,
    description: "Copies to the offsite repository",
    jobType: "BackupCopy",
    platform: "VMware",
    schedule: "enabled",
    at: [4, 0],
  },
  {
    family: "vm",
    name: "vCloud Tenant Backup",
    server: 1,
    description: "Tenant vApps",
    jobType: "Backup",
    platform: "vCloud",
    schedule: "none",
  },
  {
    family: "vm",
    name: 'Nightly "Gold" Backup',
    server: 0,
    description: "Gold tier VMs",
    jobType: "Backup",
    platform: "VMware",
    schedule: "disabled",
    at: [2, 45],
  },
  {
    family: "vm",
    name: "Broken Backup",
    server: 1,
    description: "Points at a missing repository",
    jobType: "Backup",
    platform: "HyperV",
    schedule: "enabled",
    at: [21, 0],
  },
  {
    family: "nas",
    name: "Shared Files Backup",
    server: 0,
    description: "Backup of file share",
    schedule: "enabled",
    at: [15, 0],
  },
  {
    family: "nas",
    name: "Finance Share Backup",
    server: 1,
    description: "Finance department share",
    schedule: "enabled",
    at: [19, 0],
  },
  {
    family: "nas",
    name: "Broken NAS Backup",
    server: 1,
    description: "Share that is gone",
    schedule: "disabled",
    at: [18, 0],
  },
  {
    family: "agent",
    name: "Server Backup",
    server: 0,
    description: "Backup of physical server",
    jobType: "AgentBackup",
    platform: "AgentForWindows",
    schedule: "enabled",
    at: [15, 0],
  },
  {
    family: "agent",
    name: "Linux Web Backup",
    server: 1,
    description: "Web front ends",
    jobType: "AgentBackup",
    platform: "AgentForLinux",
    schedule: "enabled",
    at: [3, 30],
  },
  {
    family: "agent",
    name: "Broken Agent Backup",
    server: 0,
    description: "Agent that never answers",
    jobType: "AgentBackup",
    platform: "AgentForWindows",
    schedule: "none",
  },
];

/** The element after `urn:veeam:` in a UID, per family. */
const UID_KIND: Readonly<Record<JobFamily, string>> = { vm: "Job", nas: "NasJob", agent: "AgentBackupJob" };

/** Builds the dataset; the same `sessionCount` always gives the same data. */
export function buildDataset(sessionCount: number): Dataset {
  // Separate seeds keep servers and jobs identical whatever the number of sessions.
  const infrastructureRandom = new SeededRandom(0x5eed_0001);
  const servers: BackupServerRecord[] = SERVER_SEEDS.map((seed) => {
    const id = infrastructureRandom.uuid();
    return { id, uid: `urn:veeam:BackupServer:${id}`, ...seed, port: 9392, wcfPort: 9405 };
  });
  const jobs: JobRecord[] = JOB_SEEDS.map((seed) => {
    const id = infrastructureRandom.uuid();
    return {
      family: seed.family,
      id,
      uid: `urn:veeam:${UID_KIND[seed.family]}:${id}`,
      name: seed.name,
      server: servers[seed.server]!,
      description: seed.description,
      jobType: seed.jobType,
      platform: seed.platform,
      scheduleConfigured: seed.schedule !== "none",
      scheduleEnabled: seed.schedule === "enabled",
      dailyAt: seed.at === undefined ? undefined : { hour: seed.at[0], minute: seed.at[1] },
      sessionJobType: sessionJobTypeOf(seed),
    };
  });
  const sessions = buildSessions(jobs, sessionCount);
  const serversById = new Map(servers.map((server) => [server.id, server]));
  const jobsById = new Map(jobs.map((job) => [`${job.family}/${job.id}`, job]));
  const sessionsById = new Map(sessions.map((session) => [session.id, session]));
  return {
    servers,
    jobs,
    sessions,
    server: (id) => serversById.get(id.toLowerCase()),
    job: (family, id) => jobsById.get(`${family}/${id.toLowerCase()}`),
    session: (id) => sessionsById.get(id.toLowerCase()),
  };
}

/** When a job runs next after {@link DATASET_NOW}: only scheduled, enabled jobs have one. */
export function nextRunOf(job: JobRecord): Date | undefined {
  if (!job.scheduleConfigured || !job.scheduleEnabled || job.dailyAt === undefined) return undefined;
  const next = new Date(DATASET_NOW);
  next.setUTCHours(job.dailyAt.hour, job.dailyAt.minute, 0, 0);
  if (next.getTime() <= DATASET_NOW.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Whether actions on the job fail: its name starts with "Broken". */
export function isBroken(job: JobRecord): boolean {
  return job.name.startsWith("Broken");
}

function sessionJobTypeOf(seed: JobSeed): JobSessionJobTypeEnumeration | undefined {
  if (seed.family === "nas") return "NasBackup";
  if (seed.family === "agent") return "AgentBackup";
  if (seed.jobType === "Replica") return undefined;
  return seed.jobType === "BackupCopy" ? "BackupCopy" : "Backup";
}

const MINUTE = 60_000;
const WORKING_WINDOW = 90 * MINUTE;

function buildSessions(jobs: readonly JobRecord[], count: number): BackupSessionRecord[] {
  const random = new SeededRandom(0x5eed_0002);
  const eligible = jobs.filter((job) => job.sessionJobType !== undefined);
  const start = DATASET_NOW.getTime() - HISTORY_DAYS * 24 * 60 * MINUTE;
  const span = DATASET_NOW.getTime() - start;
  const drafts = Array.from({ length: count }, (_, index) => ({
    index,
    job: random.pick(eligible),
    // Whole seconds, as the names EM gives sessions carry no fraction.
    time: start + Math.floor((random.next() * span) / 1000) * 1000,
  }));
  drafts.sort((a, b) => a.time - b.time || a.index - b.index);

  const lastResult = new Map<JobRecord, SessionResultEnumeration>();
  return drafts.map(({ job, time }) => {
    const id = random.uuid();
    const creationTime = new Date(time);
    const duration = random.integer(3, 90) * MINUTE + random.integer(0, 59) * 1000;
    const working = DATASET_NOW.getTime() - time < WORKING_WINDOW || time + duration >= DATASET_NOW.getTime();
    const result: SessionResultEnumeration = working ? "None" : pickResult(random, job);
    const isRetry = lastResult.get(job) === "Failed" && random.chance(0.6);
    if (!working) lastResult.set(job, result);
    return {
      id,
      uid: `urn:veeam:BackupJobSession:${id}`,
      name: `${job.name}@${formatSessionStamp(creationTime)}`,
      job,
      jobType: job.sessionJobType!,
      creationTime,
      endTime: working ? undefined : new Date(time + duration),
      state: working ? "Working" : "Stopped",
      result,
      progress: working ? random.integer(1, 99) : 100,
      isRetry,
    };
  });
}

function pickResult(random: SeededRandom, job: JobRecord): SessionResultEnumeration {
  const roll = random.next();
  if (isBroken(job)) return roll < 0.85 ? "Failed" : "Warning";
  if (roll < 0.78) return "Success";
  return roll < 0.92 ? "Warning" : "Failed";
}

/** `2026-11-14 05:22:52`, the stamp EM appends to a job name to name a session. */
function formatSessionStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}
