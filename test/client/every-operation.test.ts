/**
 * Every operation of the table called through the typed client against the mock, by id, with the
 * parameters found by following links from the API root and bodies of the declared classes: each
 * answer is of the class the table documents for its format, and each Task finishes. Creates come
 * first, then reads (every format), changes, deletes, and the logon session's own operations. All of
 * it twice: with the client speaking XML, and speaking EM's JSON (the mock answering in camelCase).
 */
import { suite, type Test } from "uvu";
import * as assert from "uvu/assert";
import { createClient, operations, EmArgumentError, EmHttpError, type EmClient, type EmTypes } from "../../client.js";
import { LinkedJobObject, type Job } from "../../index.js";
import { DEFAULT_USER, startMockEm, type MockEm } from "../../mock/index.js";
import { rejection } from "../helpers.js";
import { CallTargets } from "./call-targets.js";
import { walkThroughClient, type ClientWalk } from "./client-walk.js";
import { callOperation } from "./operation-calls.js";
import { OperationRunner } from "./operation-runner.js";
import { CHANGES, CREATES, DELETES, NOT_CALLABLE, SESSION_LAST, type OperationPlan } from "./operation-plans.js";
import { entryOf, type OperationId } from "./seed-index.js";

interface Context {
  em: MockEm;
  client: EmClient<EmTypes>;
  walk: ClientWalk;
  targets: CallTargets;
  runner: OperationRunner;
}

const ALL = Object.keys(operations) as OperationId[];

/** Every read of the table, in table order. */
const READS: readonly OperationPlan[] = ALL.filter((id) => entryOf(id).method === "GET").map((id) => ({ id }));

/** The media types of JSON and XML. */
const MEDIA_TYPES = ["application/json", "application/xml"] as const;

/** Runs plans in order and asserts that each answered as documented. */
async function runAll(runner: OperationRunner, plans: readonly OperationPlan[]): Promise<void> {
  const failed = runner.failures.length;
  for (const plan of plans) await runner.run(plan);
  assert.equal(runner.failures.slice(failed), []);
}

type Format = "xml" | "json";

/** The suite of every operation with the client speaking `format`. */
function everyOperation(format: Format): Test<Context> {
  const every = suite<Context>(`every operation through the typed client in ${format.toUpperCase()}`, {} as Context);
  withMockAndClient(every, format);
  callingEveryOperation(every);
  checkingWhatWasCalled(every, format);
  return every;
}

/** A mock, and a client speaking `format` that has walked it by links, for the suite's tests. */
function withMockAndClient(every: Test<Context>, format: Format): void {
  every.before(async (context) => {
    // Runs last long enough for a stop to find them working.
    context.em = await startMockEm({ backupSessions: 60, taskStepMs: 10, sessionRunMs: 5000 });
    const log: string[] = [];
    const { username, password } = DEFAULT_USER;
    context.client = createClient({
      url: context.em.url,
      username,
      password,
      ca: context.em.ca,
      timeoutMs: 10_000,
      format,
      logger: { debug: (message) => log.push(message) },
    });
    context.walk = await walkThroughClient(context.client);
    context.targets = new CallTargets(context.client, context.walk);
    context.runner = new OperationRunner(context.targets, log);
  });

  every.after(async (context) => {
    await context.client.close();
    await context.em.close();
  });
}

/** The tests that call the operations, in the order the plans need. */
function callingEveryOperation(every: Test<Context>): void {
  every("walks the mock by links from the API root through the client without an error", ({ walk }) => {
    assert.equal(walk.failures, []);
    assert.ok(walk.named.size > 200, `${walk.named.size} GET operations named`);
  });

  every("plans every operation once, or says why it cannot be called", () => {
    const planned = [...CREATES, ...READS, ...CHANGES, ...DELETES, ...SESSION_LAST].map((plan) => plan.id);
    const listed = [...planned, ...(Object.keys(NOT_CALLABLE) as OperationId[])];
    assert.equal([...listed].sort(), [...ALL].sort());
    assert.is(new Set(listed).size, listed.length);
  });

  every("creates, parents before children", async ({ runner }) => {
    await runAll(runner, CREATES);
  });

  every("reads with every documented format, what the test created first", async ({ runner }) => {
    await runAll(runner, READS);
  });

  every("changes: actions on idle and working jobs, edits, restores, failovers", async ({ runner }) => {
    await runAll(runner, CHANGES);
  });

  every("deletes, children before their parents", async ({ runner }) => {
    await runAll(runner, DELETES);
  });

  every("ends with a task of its own and its logon sessions; the next call logs on again", async (context) => {
    await runAll(context.runner, SESSION_LAST);
    const logons = () => context.em.requests.filter((request) => /\/sessionMngr\//.test(request.path)).length;
    const before = logons();
    assert.ok((await context.client.call("getLogonSessions")).logonSessions !== undefined);
    assert.is(logons(), before + 1);
  });
}

/** The tests of what the calls did: what could not be called, the wire form used, nothing left out. */
function checkingWhatWasCalled(every: Test<Context>, format: Format): void {
  every("cannot call what it lists as not callable: no body is declared, and the mock needs one", async (context) => {
    for (const id of Object.keys(NOT_CALLABLE) as OperationId[]) {
      assert.is(entryOf(id).body, undefined, id);
      const params = await context.targets.paramsFor({ id, pick: (job) => (job as Job).jobType === "BackupCopy" });
      const withBody = await rejection(callOperation(context.client, id, params, { body: new LinkedJobObject() }));
      assert.instance(withBody, EmArgumentError);
      const without = await rejection(callOperation(context.client, id, params));
      assert.instance(without, EmHttpError);
      assert.match((without as Error).message, /request body is missing/);
    }
  });

  every(`asks for ${format.toUpperCase()} and sends every body in it, but for downloads`, ({ em }) => {
    const [own, other] = format === "json" ? MEDIA_TYPES : [...MEDIA_TYPES].reverse();
    const accepts = em.requests.map((request) => String(request.headers.accept));
    assert.ok(accepts.filter((accept) => accept === own).length > 300, `${accepts.length} requests`);
    assert.equal(
      accepts.filter((accept) => accept === other || accept.includes("*")),
      [],
    );
    const bodies = em.requests.flatMap((request) => request.headers["content-type"] ?? []);
    assert.ok(bodies.length > 50, `${bodies.length} bodies`);
    assert.equal(
      bodies.filter((contentType) => contentType !== own),
      [],
    );
  });

  every("has called every operation but those it cannot call", ({ runner }) => {
    console.log(`  operations called through the typed client: ${runner.called.size} of ${ALL.length}`);
    for (const [id, reason] of Object.entries(NOT_CALLABLE)) console.log(`  not callable: ${id}: ${reason}`);
    const missing = ALL.filter((id) => !runner.called.has(id) && NOT_CALLABLE[id] === undefined);
    assert.equal(missing, []);
    assert.equal(
      ALL.filter((id) => runner.called.has(id) && NOT_CALLABLE[id] !== undefined),
      [],
    );
  });
}

everyOperation("xml").run();
everyOperation("json").run();
