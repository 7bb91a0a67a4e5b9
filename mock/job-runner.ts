/**
 * Runs jobs started through the API: a run is a new job session (a backup job session, or a
 * replica job session for a replication job) with a task session per processed object; it works
 * for a while, its progress growing, then stops with Success, or Failed for a job whose name
 * starts with "Broken". Stopping a run ends it at once as Failed.
 */
import { randomUUID } from "node:crypto";
import {
  BackupJobSession,
  BackupTaskSession,
  ReplicaJobSession,
  type JobSessionJobTypeEnumeration,
} from "../generated/index.js";
import { XmlDateTime } from "../runtime/index.js";
import type { Families } from "./family.js";
import {
  backupSession,
  failureOf,
  isBroken,
  processedObjects,
  replicaSession,
  sessionJobTypeOf,
} from "./seed/history.js";
import { sessionStamp, uidOf } from "./seed/seeder.js";
import type { Store, StoreRecord } from "./store.js";
import { relatedList } from "./store.js";
import type { Timers } from "./timers.js";

/** The session families a job's runs go to. */
const SESSION_FAMILIES = ["backupSession", "replicaSession"];
const STEPS = 4;

type Session = StoreRecord<BackupJobSession | ReplicaJobSession>;

/** Starts and stops runs of jobs. */
export class JobRunner {
  private readonly running = new Map<StoreRecord, { session: Session; cancel: () => void }>();
  private index: Map<StoreRecord, Session[]> | undefined;

  constructor(
    private readonly store: Store,
    private readonly families: Families,
    private readonly timers: Timers,
    private readonly runMs: number,
    private readonly now: () => Date,
  ) {}

  /** The run of a job started through the API that is still working. */
  runningSession(job: StoreRecord): Session | undefined {
    return this.running.get(job)?.session;
  }

  /** The newest finished session of a job (of the history or started through the API). */
  lastFinished(job: StoreRecord): Session | undefined {
    const finished = this.sessionsOf(job).filter(
      (session) => session.entity.state === "Stopped" && this.store.get(session.family, session.id) === session,
    );
    return finished.at(-1);
  }

  /** Starts a run; it works until `runMs` have passed. */
  start(
    job: StoreRecord,
    options: { readonly retry?: boolean; readonly jobType?: JobSessionJobTypeEnumeration } = {},
  ): Session {
    const session = this.addSession(job, options);
    for (const name of processedObjects(this.store, job)) this.addTaskSession(session, name);
    let step = 0;
    const advance = () => {
      step++;
      if (step >= STEPS) return this.finish(job, session, isBroken(job) ? "Failed" : "Success");
      session.entity.progress = Math.round((100 * step) / STEPS);
      this.store.touch();
      entry.cancel = this.timers.later(this.runMs / STEPS, advance);
    };
    const entry = { session, cancel: this.timers.later(this.runMs / STEPS, advance) };
    this.running.set(job, entry);
    return session;
  }

  /** Stops a working session: the run ends now, failed. */
  stop(session: StoreRecord): void {
    for (const [job, entry] of this.running) {
      if (entry.session !== session) continue;
      entry.cancel();
      this.finish(job, entry.session, "Failed", "Stopped by user.");
      return;
    }
    // A session of the history still working at the dataset's now stops too.
    const entity = session.entity as BackupJobSession;
    Object.assign(entity, {
      state: "Stopped",
      result: "Failed",
      endTimeUTC: XmlDateTime.fromDate(this.now()),
      failureMessage: "Stopped by user.",
    });
    this.store.touch();
  }

  private finish(job: StoreRecord, session: Session, result: "Success" | "Failed", message?: string): void {
    this.running.delete(job);
    const ended = XmlDateTime.fromDate(this.now());
    Object.assign(session.entity, { state: "Stopped", result, progress: 100, endTimeUTC: ended });
    if (result === "Failed") session.entity.failureMessage = message ?? failureOf(job as never);
    for (const task of this.store
      .all("backupTaskSession")
      .filter((candidate) => relatedList(candidate, "backupSession").includes(session)))
      Object.assign(task.entity, {
        state: "Completed",
        result,
        endTimeUTC: ended,
        reason: session.entity.failureMessage,
      });
    this.store.touch();
  }

  private addSession(
    job: StoreRecord,
    options: { readonly retry?: boolean; readonly jobType?: JobSessionJobTypeEnumeration },
  ): Session {
    const created = this.now();
    const jobType = options.jobType ?? sessionJobTypeOf(job);
    const server = this.families.related(job, "backupServer")!;
    const id = randomUUID();
    if (jobType === undefined) {
      const entity = replicaSession(job as never, created, undefined, "None");
      Object.assign(entity, { uid: uidOf("ReplicaJobSession", id), isRetry: options.retry === true });
      return this.indexed(
        job,
        this.store.add("replicaSession", id, entity, { [job.family]: job, backupServer: server }),
      );
    }
    const entity = backupSession(job as never, created, undefined, "None", jobType);
    Object.assign(entity, { uid: uidOf("BackupJobSession", id), isRetry: options.retry === true });
    return this.indexed(job, this.store.add("backupSession", id, entity, { [job.family]: job, backupServer: server }));
  }

  private addTaskSession(session: Session, name: string): void {
    if (session.family !== "backupSession") return;
    const id = randomUUID();
    const created = this.now();
    this.store.add(
      "backupTaskSession",
      id,
      new BackupTaskSession({
        name: `${name}@${sessionStamp(created)}`,
        uid: uidOf("BackupTaskSession", id),
        vmDisplayName: name,
        jobSessionUid: session.entity.uid,
        creationTimeUTC: XmlDateTime.fromDate(created),
        state: "InProgress",
        result: "None",
        reason: "",
        totalSize: 0,
      }),
      { backupSession: session, backupServer: this.families.related(session, "backupServer")! },
    );
  }

  private indexed(job: StoreRecord, session: Session): Session {
    this.sessionsOf(job).push(session);
    return session;
  }

  /** The sessions of a job, oldest first, indexed once over the history. */
  private sessionsOf(job: StoreRecord): Session[] {
    if (this.index === undefined) {
      this.index = new Map();
      for (const family of SESSION_FAMILIES)
        for (const session of this.store.all(family) as Session[]) {
          const owner = ["job", "nasJob", "agentJob"]
            .map((key) => session.related[key])
            .find((value) => value !== undefined) as StoreRecord | undefined;
          if (owner === undefined || (session.entity as BackupJobSession).jobType === "AgentManagement") continue;
          const list = this.index.get(owner) ?? [];
          list.push(session);
          this.index.set(owner, list);
        }
    }
    let list = this.index.get(job);
    if (list === undefined) this.index.set(job, (list = []));
    return list;
  }
}
