/**
 * Actions on jobs of every family and on their sessions: start (a new session that runs and
 * finishes), stop, retry (only after a failed run), toggle the schedule, sync a backup copy job,
 * clone a job. Rules the pages state are enforced; where they say nothing, the comment says what
 * the mock assumes.
 */
import { randomUUID } from "node:crypto";
import { JobCloneSpec, ObjectInJob, type BackupJobSession, type Job } from "../../generated/index.js";
import { XmlDateTime } from "../../runtime/index.js";
import { copyOf } from "../compose.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import { dailyAtOf, nextDailyRun } from "../seed/job-schedule.js";
import { isBroken } from "../seed/history.js";
import { uidOf } from "../seed/seeder.js";
import { relatedList, type StoreRecord } from "../store.js";
import { accepted, bodyOf, byUid } from "./changes.js";
import { targetOf } from "./scope.js";

type Named = { name?: string; uid?: string; jobType?: string; scheduleConfigured?: boolean; scheduleEnabled?: boolean };

function nameOf(job: StoreRecord): string {
  return (job.entity as Named).name ?? job.id;
}

function isCopyJob(job: StoreRecord): boolean {
  const jobType = (job.entity as Named).jobType;
  return jobType === "BackupCopy" || jobType === "ImmediateBackupCopy";
}

/** Start: a new run, unless the job runs already, is a backup copy job (those sync) or is broken. */
const start: OperationHandler = (request, state) => {
  const job = targetOf(request, state);
  const name = nameOf(job);
  // The pages send backup copy jobs to sync; what start answers for one is a guess.
  if (isCopyJob(job))
    return accepted(request, state, {
      message: "",
      failure: `Job "${name}" is a backup copy job: start it with action=sync.`,
    });
  return runJob(request, state, job, "start", {});
};

function runJob(
  request: OperationRequest,
  state: MockState,
  job: StoreRecord,
  verb: string,
  options: { retry?: boolean },
) {
  const name = nameOf(job);
  if (isBroken(job))
    return accepted(request, state, {
      message: "",
      failure: `Failed to ${verb} job "${name}": the backup repository of the job is not available.`,
    });
  // A job already running cannot start again (guess at EM's message).
  if (state.runner.runningSession(job) !== undefined)
    return accepted(request, state, { message: "", failure: `Job "${name}" is already running.` });
  // The run's session exists from the moment the start is accepted, so a client sees it at once.
  state.runner.start(job, options);
  return accepted(request, state, { message: `Job "${name}" triggered to ${verb}.` });
}

/** Stop: ends the job's run started through the API; a job that does not run cannot stop (guess). */
const stop: OperationHandler = (request, state) => {
  const job = targetOf(request, state);
  const session = state.runner.runningSession(job);
  const failure = session === undefined ? `Job "${nameOf(job)}" is not running.` : undefined;
  return accepted(request, state, {
    message: `Job "${nameOf(job)}" triggered to stop.`,
    failure,
    apply: () => state.runner.stop(session!),
  });
};

/** Retry: only a job whose last run failed (the retry page says so). */
const retry: OperationHandler = (request, state) => {
  const job = targetOf(request, state);
  const last = state.runner.lastFinished(job);
  if (last?.entity.result !== "Failed") {
    const was = last === undefined ? "has never run" : `last finished with ${last.entity.result}`;
    return accepted(request, state, {
      message: "",
      failure: `Job "${nameOf(job)}" cannot be retried: it ${was}; only a failed job can be retried.`,
    });
  }
  return runJob(request, state, job, "retry", { retry: true });
};

/** Sync: runs a backup copy job now. */
const sync: OperationHandler = (request, state) => {
  const job = targetOf(request, state);
  if (!isCopyJob(job))
    return accepted(request, state, {
      message: "",
      failure: `Job "${nameOf(job)}" is not a backup copy job: only those sync.`,
    });
  return runJob(request, state, job, "sync", {});
};

/** Toggle: flips ScheduleEnabled; NextRun follows the schedule while it is enabled. */
const toggleScheduleEnabled: OperationHandler = (request, state) => {
  const job = targetOf(request, state);
  return accepted(request, state, {
    message: "Ok",
    apply: () => {
      const entity = copyOf(job.entity as Job);
      entity.scheduleEnabled = !entity.scheduleEnabled;
      const daily = dailyAtOf(entity.jobScheduleOptions);
      const runs = entity.scheduleEnabled === true && entity.scheduleConfigured === true && daily !== undefined;
      entity.nextRun = runs ? XmlDateTime.fromDate(nextDailyRun(daily, state.now())) : undefined;
      state.store.update(job, entity);
    },
  });
};

/** Stop of a session: a working session ends as failed; a stopped one cannot stop (guess). */
const stopSession: OperationHandler = (request, state) => {
  const session = targetOf(request, state) as StoreRecord<BackupJobSession>;
  const failure = session.entity.state === "Stopped" ? `Session "${session.entity.name}" is not running.` : undefined;
  return accepted(request, state, {
    message: `Session "${session.entity.name}" triggered to stop.`,
    failure,
    apply: () => state.runner.stop(session),
  });
};

/** Clone: a copy of the job under a new name, with the clone options its job type takes. */
const clone: OperationHandler = (request, state) => {
  const job = targetOf(request, state) as StoreRecord<Job>;
  const spec = bodyOf(request, JobCloneSpec);
  const info = cloneInfoOf(spec, job.entity.jobType ?? "Backup");
  const repository =
    info.repositoryUid !== undefined
      ? byUid(state, "repository", info.repositoryUid, "RepositoryUid")
      : (job.related.repository as StoreRecord);
  return accepted(request, state, {
    message: `Job "${job.entity.name}" cloned as "${info.jobName}".`,
    apply: () => {
      // Names are unique on a backup server (guess at the message).
      if (state.store.all("job").some((other) => (other.entity as Named).name === info.jobName))
        return `A job named "${info.jobName}" already exists.`;
      addClone(state, job, info.jobName!, info.description, repository);
    },
  });
};

/** The clone options element each job type takes. */
const CLONE_INFO: Readonly<Record<string, [member: keyof JobCloneSpec, element: string]>> = {
  Backup: ["backupJobCloneInfo", "BackupJobCloneInfo"],
  Replica: ["replicaJobCloneInfo", "ReplicaJobCloneInfo"],
  BackupCopy: ["backupCopyJobCloneInfo", "BackupCopyJobCloneInfo"],
  ImmediateBackupCopy: ["immediateBackupCopyJobCloneInfo", "ImmediateBackupCopyJobCloneInfo"],
};

function cloneInfoOf(spec: JobCloneSpec, jobType: string) {
  const [member, element] = CLONE_INFO[jobType] ?? CLONE_INFO.Backup!;
  const info = spec[member] as { jobName?: string; description?: string; repositoryUid?: string } | undefined;
  if (info === undefined) throw new EmError(400, `the JobCloneSpec of a ${jobType} job needs a ${element} element`);
  return info;
}

function addClone(
  state: MockState,
  job: StoreRecord<Job>,
  name: string,
  description: string | undefined,
  repository: StoreRecord,
): void {
  const id = randomUUID();
  const entity = Object.assign(copyOf(job.entity), {
    name,
    uid: uidOf("Job", id),
    description: description ?? job.entity.description,
  });
  const cloned = state.store.add("job", id, entity, { ...job.related, repository });
  for (const include of state.store
    .all("jobInclude")
    .filter((candidate) => relatedList(candidate, "job").includes(job))) {
    const includeId = randomUUID();
    state.store.add(
      "jobInclude",
      includeId,
      Object.assign(copyOf(include.entity as ObjectInJob), { objectInJobId: includeId }),
      { job: cloned },
    );
  }
}

/** The handlers of this file, by operation id. */
export const JOB_ACTION_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  startJob: start,
  startNasJob: start,
  startAgentsJob: start,
  stopJob: stop,
  stopNasJob: stop,
  stopAgentsJob: stop,
  retryJob: retry,
  retryNasJob: retry,
  retryAgentsJob: retry,
  toggleScheduleEnabledJob: toggleScheduleEnabled,
  toggleScheduleEnabledNasJob: toggleScheduleEnabled,
  toggleScheduleEnabledAgentsJob: toggleScheduleEnabled,
  syncJob: sync,
  cloneJob: clone,
  stopBackupSession: stopSession,
};
