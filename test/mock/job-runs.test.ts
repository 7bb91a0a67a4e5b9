/**
 * What job actions do: start makes a backup session that runs and finishes, stop ends it, retry
 * runs only after a failure, sync only on backup copy jobs, clone adds a job, toggle flips the
 * schedule; and a session's own stop.
 */
import * as assert from "uvu/assert";
import {
  BackupJobSession,
  BackupJobSessions,
  BackupTaskSessions,
  Job,
  JobCloneSpec,
  serialize,
  type EntityRef,
} from "../../generated/index.js";
import { getOk, hrefOf, mockSuite, read, runTask, send, sleep } from "./helpers.js";
import type { MockEm } from "../../mock/index.js";

const test = mockSuite("mock job runs", { taskStepMs: 10, sessionRunMs: 200, backupSessions: 120 });

/** The newest backup job session of a job, by its sessions link. */
async function newestSession(
  em: MockEm,
  token: string,
  jobHref: string,
  sessions = "backupSessions",
): Promise<BackupJobSession> {
  const list = await getOk(em, token, `${jobHref}/${sessions}?format=Entity`, BackupJobSessions);
  return list.backupJobSessions!.reduce((newest, session) =>
    session.creationTimeUTC!.toDate() > newest.creationTimeUTC!.toDate() ? session : newest,
  );
}

async function waitForState(em: MockEm, token: string, href: string, state: string): Promise<BackupJobSession> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const session = await getOk(em, token, href, BackupJobSession);
    if (session.state === state) return session;
    await sleep(10);
  }
  throw new Error(`${href} never reached ${state}`);
}

test("start makes a working backup session of the job that progresses and finishes with Success", async ({
  em,
  token,
}) => {
  const job = await hrefOf(em, token, "nas/jobs", "Shared Files Backup");
  const task = await runTask(em, token, "POST", `${job}/start`);
  assert.equal([task.result!.success, task.operation], [true, "StartNasJob"]);
  const session = await newestSession(em, token, job);
  assert.equal(
    [session.state, session.result, session.jobType, session.isRetry],
    ["Working", "None", "NasBackup", false],
  );
  const done = await waitForState(em, token, session.href!, "Stopped");
  assert.equal([done.result, done.progress], ["Success", 100]);
  assert.ok(done.endTimeUTC!.toDate() >= done.creationTimeUTC!.toDate());
  const taskSessions = done.links!.find((link) => link.type === "BackupTaskSessionReferenceList")!.href!;
  const tasks = await getOk(em, token, `${taskSessions}?format=Entity`, BackupTaskSessions);
  assert.equal(
    tasks.backupTaskSessions!.map((each) => [each.vmDisplayName, each.state, each.result]),
    [["\\\\fs-hq01\\shared", "Completed", "Success"]],
  );
});

test("a second start of a running job fails, stop ends the run as failed", async ({ em, token }) => {
  const job = await hrefOf(em, token, "jobs", "SQL Backup");
  await runTask(em, token, "POST", `${job}?action=start`);
  const again = await runTask(em, token, "POST", `${job}?action=start`);
  assert.equal([again.result!.success, again.result!.message], [false, 'Job "SQL Backup" is already running.']);
  const stop = await runTask(em, token, "POST", `${job}?action=stop`);
  assert.is(stop.result!.success, true);
  const session = await newestSession(em, token, job);
  assert.equal([session.state, session.result, session.failureMessage], ["Stopped", "Failed", "Stopped by user."]);
  const idle = await runTask(em, token, "POST", `${job}?action=stop`);
  assert.equal([idle.result!.success, idle.result!.message], [false, 'Job "SQL Backup" is not running.']);
});

test("retry runs a job only after a failed run, as a retry session", async ({ em, token }) => {
  const job = await hrefOf(em, token, "jobs", "Fileserver Backup");
  await runTask(em, token, "POST", `${job}?action=start`);
  const run = await newestSession(em, token, job);
  await waitForState(em, token, run.href!, "Stopped");
  const refused = await runTask(em, token, "POST", `${job}?action=retry`);
  assert.is(refused.result!.success, false);
  assert.match(
    refused.result!.message!,
    /cannot be retried: it last finished with Success; only a failed job can be retried/,
  );
  // A stopped run is a failed one: now the retry runs.
  await runTask(em, token, "POST", `${job}?action=start`);
  await runTask(em, token, "POST", `${job}?action=stop`);
  const retried = await runTask(em, token, "POST", `${job}?action=retry`);
  assert.is(retried.result!.success, true);
  const session = await newestSession(em, token, job);
  assert.equal([session.isRetry, session.state], [true, "Working"]);
});

test("a job whose repository is gone fails to start; its failed history lets it retry, and the retry fails", async ({
  em,
  token,
}) => {
  const job = await hrefOf(em, token, "jobs", "Broken Backup");
  const start = await runTask(em, token, "POST", `${job}?action=start`);
  assert.match(start.result!.message!, /^Failed to start job "Broken Backup": the backup repository/);
  const last = await newestSession(em, token, job);
  assert.is(last.result, "Failed");
  const retry = await runTask(em, token, "POST", `${job}?action=retry`);
  assert.equal(
    [retry.result!.success, retry.result!.message],
    [false, 'Failed to retry job "Broken Backup": the backup repository of the job is not available.'],
  );
});

test("sync runs only a backup copy job, and start refuses one", async ({ em, token }) => {
  const copy = await hrefOf(em, token, "jobs", "Offsite Backup Copy");
  const start = await runTask(em, token, "POST", `${copy}?action=start`);
  assert.match(start.result!.message!, /backup copy job: start it with action=sync/);
  const sync = await runTask(em, token, "POST", `${copy}?action=sync`);
  assert.equal([sync.result!.success, sync.operation], [true, "StartJobSync"]);
  assert.is((await newestSession(em, token, copy)).jobType, "BackupCopy");
  const other = await hrefOf(em, token, "jobs", "Exchange Backup");
  assert.is((await runTask(em, token, "POST", `${other}?action=sync`)).result!.success, false);
});

test("toggle flips ScheduleEnabled and clears or sets NextRun", async ({ em, token }) => {
  const job = await hrefOf(em, token, "agents/jobs", "Linux Web Backup");
  const before = read((await send(em, "GET", `${job}?format=Entity`, { token })).body) as Job;
  await runTask(em, token, "POST", `${job}?action=toggleScheduleEnabled`);
  const after = read((await send(em, "GET", `${job}?format=Entity`, { token })).body) as Job;
  assert.equal([after.scheduleEnabled, after.nextRun], [false, undefined]);
  await runTask(em, token, "POST", `${job}?action=toggleScheduleEnabled`);
  const back = read((await send(em, "GET", `${job}?format=Entity`, { token })).body) as Job;
  assert.is(back.scheduleEnabled, before.scheduleEnabled);
  assert.ok(back.nextRun!.toDate() > new Date("2026-12-01T00:00:00Z"));
});

test("clone adds a job of the same type with the new name and the same VMs; a taken name fails", async ({
  em,
  token,
}) => {
  const job = await hrefOf(em, token, "jobs", "Exchange Backup");
  const repository = (read((await send(em, "GET", "repositories", { token })).body) as { refs?: EntityRef[] }).refs![0]!
    .uid!;
  const spec = (name: string) =>
    serialize(new JobCloneSpec({ backupJobCloneInfo: { jobName: name, folderName: name, repositoryUid: repository } }));
  const task = await runTask(em, token, "POST", `${job}?action=clone`, spec("Exchange Backup Copy"));
  assert.equal([task.result!.success, task.operation], [true, "CloneJob"]);
  const clone = await hrefOf(em, token, "jobs", "Exchange Backup Copy");
  const includes = read((await send(em, "GET", `${clone}/includes`, { token })).body) as {
    objectInJobs?: { name?: string }[];
  };
  assert.equal(
    includes.objectInJobs!.map((include) => include.name),
    ["exch01", "exch02"],
  );
  const again = await runTask(em, token, "POST", `${job}?action=clone`, spec("Exchange Backup Copy"));
  assert.equal(
    [again.result!.success, again.result!.message],
    [false, 'A job named "Exchange Backup Copy" already exists.'],
  );
  const replica = serialize(new JobCloneSpec({ replicaJobCloneInfo: { jobName: "x", vmSuffix: "_x" } }));
  const wrong = await send(em, "POST", `${job}?action=clone`, { token, body: replica });
  assert.is(wrong.status, 400);
  assert.match(wrong.body, /the JobCloneSpec of a Backup job needs a BackupJobCloneInfo element/);
});

test("stop of a session stops a working run; a stopped session cannot stop again", async ({ em, token }) => {
  const job = await hrefOf(em, token, "agents/jobs", "Server Backup");
  await runTask(em, token, "POST", `${job}?action=start`);
  const session = await newestSession(em, token, job, "backupSessions");
  const stop = session.links!.find((link) => link.rel === "Stop")!.href!;
  assert.is((await runTask(em, token, "POST", stop)).result!.success, true);
  assert.is((await getOk(em, token, session.href!, BackupJobSession)).state, "Stopped");
  assert.is((await runTask(em, token, "POST", stop)).result!.success, false);
});

test.run();
