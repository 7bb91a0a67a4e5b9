/** Fault rules: EM errors, HTML pages, broken XML, stalls and dropped connections, by method and path. */
import * as assert from "uvu/assert";
import { EntityReferences, EnterpriseManager } from "../../generated/index.js";
import { XmlReadError } from "../../index.js";
import { assertError, mockSuite, read, send } from "./helpers.js";

const test = mockSuite("mock faults", { backupSessions: 10 });

test.after.each((context) => {
  context.em.clearFaults();
});

test("answers an EM Error body with the status for the given number of times, then normally", async ({ em, token }) => {
  em.fault({ path: "/api/jobs", status: 503, times: 2 });
  assertError(await send(em, "GET", "jobs", { token }), 503, /unavailable/);
  assertError(await send(em, "GET", "jobs?format=Entity", { token }), 503);
  assert.is((await send(em, "GET", "jobs", { token })).status, 200);
});

test("applies before authentication, so a logon can fail with 500 or 404", async ({ em }) => {
  em.fault({ method: "post", path: "/api/sessionMngr", status: 500, times: 1, message: "Database is offline" });
  assertError(await send(em, "POST", "sessionMngr/?v=latest"), 500, /^Database is offline$/);
  em.fault({ path: /^\/api\/backupServers\/[^?]+\?format=Entity$/, status: 404 });
  assertError(await send(em, "GET", "backupServers/anything?format=Entity"), 404);
});

test("matches the method when one is given", async ({ em, token }) => {
  em.fault({ method: "POST", path: "/api/jobs", status: 500 });
  assert.is((await send(em, "GET", "jobs", { token })).status, 200);
});

test("answers an HTML error page", async ({ em }) => {
  em.fault({ kind: "html", path: "/api/", status: 502 });
  const response = await send(em, "GET", em.url);
  assert.is(response.status, 502);
  assert.match(String(response.headers["content-type"]), /^text\/html/);
  assert.match(response.body, /<html>/);
});

test("answers 200 with XML that does not parse", async ({ em, token }) => {
  em.fault({ kind: "malformed", path: "/api/jobs" });
  const response = await send(em, "GET", "jobs", { token });
  assert.is(response.status, 200);
  assert.match(String(response.headers["content-type"]), /^application\/xml/);
  assert.throws(
    () => read(response.body, EntityReferences),
    (error: unknown) => error instanceof XmlReadError,
  );
});

test("stalls: the request is never answered", async ({ em }) => {
  em.fault({ kind: "stall", path: "/api/", times: 1 });
  const started = Date.now();
  await send(em, "GET", em.url, { timeoutMs: 300 }).then(
    () => assert.unreachable("a stalled request was answered"),
    (error: Error) => assert.match(error.message, /timed out/),
  );
  assert.ok(Date.now() - started >= 250);
  read((await send(em, "GET", em.url)).body, EnterpriseManager);
});

test("drops the connection in the middle of the body", async ({ em, token }) => {
  em.fault({ kind: "drop", path: "/api/backupSessions" });
  await send(em, "GET", "backupSessions", { token }).then(
    () => assert.unreachable("a dropped response completed"),
    (error: Error) => assert.match(error.message, /aborted|socket hang up|ECONNRESET/),
  );
});

test("removes a rule with the function fault() returns", async ({ em, token }) => {
  const remove = em.fault({ path: "/api/", status: 500 });
  assertError(await send(em, "GET", "jobs", { token }), 500);
  remove();
  assert.is((await send(em, "GET", "jobs", { token })).status, 200);
});

test("logs faulted requests like any other", async ({ em }) => {
  em.fault({ path: "/api/tasks", status: 503, times: 1 });
  const before = em.requests.length;
  await send(em, "GET", "tasks?x=1");
  assert.equal([em.requests[before]!.method, em.requests[before]!.path], ["GET", "/api/tasks?x=1"]);
});

test.run();
