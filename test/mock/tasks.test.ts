/** Job actions and their tasks: 202 with a Running task, then OperationFinished, then Finished. */
import * as assert from "uvu/assert";
import { AgentBackupJob, EntityReferences, Job, NASJob, Task, Tasks } from "../../generated/index.js";
import { assertError, getOk, mockSuite, read, send, sleep } from "./helpers.js";
import type { MockEm } from "../../mock/index.js";

const STEP = 60;

const test = mockSuite("mock tasks", { taskStepMs: STEP, backupSessions: 20 });

async function jobHref(em: MockEm, token: string, collection: string, name: string): Promise<string> {
  const list = await getOk(em, token, collection, EntityReferences);
  const ref = list.refs!.find((item) => item.name === name);
  assert.ok(ref, `${name} is in ${collection}`);
  return ref!.href!;
}

/** Polls a task until Finished, recording every state seen. */
async function follow(em: MockEm, token: string, href: string): Promise<{ task: Task; states: string[] }> {
  const states: string[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const task = await getOk(em, token, href, Task);
    if (states[states.length - 1] !== task.state) states.push(task.state!);
    if (task.state === "Finished") return { task, states };
    await sleep(STEP / 4);
  }
  throw new Error(`task ${href} never finished`);
}

test("starts a job: 202 with a Running task that becomes OperationFinished, then Finished with a result", async ({
  em,
  token,
}) => {
  const href = await jobHref(em, token, "jobs", "Exchange Backup");
  const response = await send(em, "POST", `${href}?action=start`, { token });
  assert.is(response.status, 202, response.body);
  const accepted = read(response.body, Task);
  assert.is(accepted.state, "Running");
  assert.is(accepted.operation, "StartJob");
  assert.is(accepted.result, undefined);
  assert.match(accepted.taskId!, /^task-\d+$/);
  assert.is(accepted.href, `${em.url}tasks/${accepted.taskId}`);
  assert.is(response.headers.location, accepted.href);
  assert.equal(
    accepted.links!.map((link) => [link.rel, link.type, link.href]),
    [["Delete", "Task", accepted.href]],
  );

  const { task, states } = await follow(em, token, accepted.href!);
  assert.equal(states, ["Running", "OperationFinished", "Finished"]);
  assert.is(task.result!.success, true);
  assert.is(task.result!.message, 'Job "Exchange Backup" triggered to start.');
});

test("finishes the task of a Broken job with Success false and the reason", async ({ em, token }) => {
  const href = await jobHref(em, token, "jobs", "Broken Backup");
  const accepted = read((await send(em, "POST", `${href}?action=start`, { token })).body, Task);
  const { task } = await follow(em, token, accepted.href!);
  assert.is(task.result!.success, false);
  assert.match(task.result!.message!, /^Failed to start job "Broken Backup": .+/);
});

test("toggles ScheduleEnabled when the UpdateJob task completes", async ({ em, token }) => {
  const href = await jobHref(em, token, "jobs", "SQL Backup");
  const before = await getOk(em, token, `${href}?format=Entity`, Job);
  const accepted = read((await send(em, "POST", `${href}?action=toggleScheduleEnabled`, { token })).body, Task);
  assert.is(accepted.operation, "UpdateJob");
  const { task } = await follow(em, token, accepted.href!);
  assert.equal([task.result!.success, task.result!.message], [true, "Ok"]);
  const after = await getOk(em, token, `${href}?format=Entity`, Job);
  assert.is(after.scheduleEnabled, !before.scheduleEnabled);
  // A disabled schedule has no next run.
  assert.is(after.nextRun, undefined);
});

test("runs NAS actions at path segments and agent actions with ?action=, with their operations", async ({
  em,
  token,
}) => {
  const nas = await jobHref(em, token, "nas/jobs", "Shared Files Backup");
  for (const [action, operation] of [
    ["start", "StartNasJob"],
    ["stop", "StopNasJob"],
    ["retry", "RetryNasJob"],
  ]) {
    const response = await send(em, "POST", `${nas}/${action}`, { token });
    assert.is(response.status, 202, response.body);
    assert.is(read(response.body, Task).operation, operation);
  }
  const nasToggle = read((await send(em, "POST", `${nas}/toggleScheduleEnabled`, { token })).body, Task);
  await follow(em, token, nasToggle.href!);
  assert.is((await getOk(em, token, `${nas}?format=Entity`, NASJob)).scheduleEnabled, false);

  const agent = await jobHref(em, token, "agents/jobs", "Server Backup");
  for (const [action, operation] of [
    ["start", "StartJob"],
    ["stop", "StopAgentJob"],
    ["retry", "RetryAgentJob"],
    ["toggleScheduleEnabled", "UpdateJob"],
  ]) {
    const response = await send(em, "POST", `${agent}?action=${action}`, { token });
    assert.is(response.status, 202, response.body);
    const task = read(response.body, Task);
    assert.is(task.operation, operation);
    await follow(em, token, task.href!);
  }
  assert.is((await getOk(em, token, `${agent}?format=Entity`, AgentBackupJob)).scheduleEnabled, false);
  assertError(await send(em, "GET", `${nas}/start`, { token }), 405);
});

test("answers 404 for an action on an unknown job and 400 for an unknown or missing action or a missing body", async ({
  em,
  token,
}) => {
  assertError(await send(em, "POST", "jobs/00000000-0000-4000-8000-000000000000?action=start", { token }), 404);
  assertError(await send(em, "POST", "nas/jobs/00000000-0000-4000-8000-000000000000/start", { token }), 404);
  const href = await jobHref(em, token, "jobs", "Exchange Backup");
  assertError(await send(em, "POST", `${href}?action=explode`, { token }), 400, /explode/);
  assertError(await send(em, "POST", href, { token }), 400, /action/);
  assertError(await send(em, "POST", `${href}?action=clone`, { token }), 400, /body is missing.*JobCloneSpec/);
});

test("lists tasks and deletes one; a deleted task is no task of the session (EM answers 500)", async ({
  em,
  token,
}) => {
  const href = await jobHref(em, token, "jobs", "Fileserver Backup");
  const task = read((await send(em, "POST", `${href}?action=stop`, { token })).body, Task);
  assert.is(task.operation, "StopJob");
  const list = await getOk(em, token, "tasks", Tasks);
  assert.ok(list.tasks!.some((item) => item.taskId === task.taskId));
  assert.is((await send(em, "DELETE", task.href!, { token })).status, 204);
  assertError(
    await send(em, "GET", task.href!, { token }),
    500,
    /There is no backup task with id \[task-\d+\] in current rest session/,
  );
});

test.run();
