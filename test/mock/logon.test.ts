/** The mock's logon sessions: the API root, logon, the session header, idle expiry and logout. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EnterpriseManager, EntityReferences, LogonSession, LogonSessions } from "../../generated/index.js";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { assertError, basic, getOk, logon, read, send, sleep } from "./helpers.js";

const test = suite<{ em: MockEm }>("mock logon", { em: undefined as unknown as MockEm });

test.before(async (context) => {
  context.em = await startMockEm({ backupSessions: 50 });
});

test.after(async (context) => {
  await context.em.close();
});

test("answers the API root without a session, with a logon link per supported version", async ({ em }) => {
  const response = await send(em, "GET", em.url);
  assert.is(response.status, 200);
  const root = read(response.body, EnterpriseManager);
  assert.is(root.href, em.url);
  assert.equal(
    root.supportedVersions!.map((version) => version.name),
    ["v1_5", "v1_6", "v1_7", "latest"],
  );
  const latest = root.supportedVersions!.find((version) => version.name === "latest")!;
  assert.is(latest.links![0]!.rel, "Create");
  assert.is(latest.links![0]!.href, `${em.url}sessionMngr/?v=latest`);
  assert.equal(
    root.links!.map((link) => [link.rel, link.type]),
    [["Down", "LogonSessionList"]],
  );
});

test("logs on with good credentials: 201, the token in the header and a LogonSession body", async ({ em }) => {
  const response = await send(em, "POST", "sessionMngr/?v=latest", {
    headers: { Authorization: basic("admin", "Passw0rd!") },
  });
  assert.is(response.status, 201);
  const session = read(response.body, LogonSession);
  assert.is(session.userName, "admin");
  assert.match(session.sessionId!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  const token = String(response.headers["x-restsvcsessionid"]);
  assert.match(token, /^[A-Za-z0-9+/]+=*$/);
  assert.is(Buffer.from(token, "base64").toString("utf8"), session.sessionId);
  assert.is(response.headers.location, `${em.url}logonSessions/${session.sessionId}`);
  assert.is(session.href, response.headers.location);
  const deleteLink = session.links!.find((link) => link.rel === "Delete")!;
  assert.is(deleteLink.href, session.href);
  assert.ok(session.links!.some((link) => link.rel === "Down" && link.type === "QueryService"));
  assert.ok(String(response.headers["set-cookie"]).startsWith(`X-RestSvcSessionId=${token};`));
});

test("refuses bad credentials with 401, an Error body and the Basic challenge", async ({ em }) => {
  for (const authorization of [basic("admin", "wrong"), basic("nobody", "Passw0rd!"), "Basic !!!", "Bearer abc"]) {
    const response = await send(em, "POST", "sessionMngr/?v=latest", { headers: { Authorization: authorization } });
    assertError(response, 401, /not valid/);
    assert.is(response.headers["www-authenticate"], "Basic Realm=RestSvc");
    assert.is(response.headers["x-restsvcsessionid"], undefined);
  }
});

test("refuses a logon without an Authorization header", async ({ em }) => {
  const response = await send(em, "POST", "sessionMngr/?v=latest");
  assertError(response, 401, /Authorization/);
});

test("takes every supported version and latest, and refuses the others with 400", async ({ em }) => {
  for (const version of ["v1_5", "v1_6", "v1_7", "latest", "V1_7", "LATEST"]) {
    const response = await send(em, "POST", `sessionMngr/?v=${version}`, {
      headers: { Authorization: basic("admin", "Passw0rd!") },
    });
    assert.is(response.status, 201, version);
  }
  const retired = await send(em, "POST", "sessionMngr/?v=v1_4", {
    headers: { Authorization: basic("admin", "Passw0rd!") },
  });
  assertError(retired, 400, /v1_4 is not supported/);
  const unknown = await send(em, "POST", "sessionMngr/?v=v9_9", {
    headers: { Authorization: basic("admin", "Passw0rd!") },
  });
  assertError(unknown, 400, /Unknown REST API version/);
});

test("answers 401 with an Error body to a missing or unknown session header", async ({ em }) => {
  assertError(await send(em, "GET", "jobs"), 401, /X-RestSvcSessionId/);
  const forged = Buffer.from("00000000-0000-4000-8000-000000000000").toString("base64");
  assertError(await send(em, "GET", "jobs", { token: forged }), 401, /not valid/);
  // Unknown paths need a session too, so they do not reveal what exists.
  assertError(await send(em, "GET", "nothing/here"), 401);
});

test("reads the session from the cookie, as EM does when a client keeps cookies", async ({ em }) => {
  const token = await logon(em);
  const response = await send(em, "GET", "backupServers", { headers: { Cookie: `X-RestSvcSessionId=${token}` } });
  assert.is(response.status, 200);
  read(response.body, EntityReferences);
});

test("gets its own logon session and the list of sessions", async ({ em }) => {
  const token = await logon(em);
  const id = Buffer.from(token, "base64").toString("utf8");
  const session = await getOk(em, token, `logonSessions/${id}`, LogonSession);
  assert.is(session.sessionId, id);
  const all = await getOk(em, token, "logonSessions", LogonSessions);
  assert.ok(all.logonSessions!.some((item) => item.sessionId === id));
  assertError(await send(em, "GET", "logonSessions/00000000-0000-4000-8000-000000000000", { token }), 404);
});

test("logs out with DELETE /logonSessions/{id}: 204, then the token is refused", async ({ em }) => {
  const token = await logon(em);
  const id = Buffer.from(token, "base64").toString("utf8");
  const response = await send(em, "DELETE", `logonSessions/${id}`, { token });
  assert.is(response.status, 204);
  assert.is(response.body, "");
  assertError(await send(em, "GET", "jobs", { token }), 401);
});

test("expireSessions() ends every session at once", async ({ em }) => {
  const first = await logon(em);
  const second = await logon(em);
  em.expireSessions();
  assertError(await send(em, "GET", "jobs", { token: first }), 401);
  assertError(await send(em, "GET", "jobs", { token: second }), 401);
  const fresh = await logon(em);
  assert.is((await send(em, "GET", "jobs", { token: fresh })).status, 200);
});

test("keeps Authorization values and passwords out of the request log", async ({ em }) => {
  const before = em.requests.length;
  await logon(em, "admin", "Passw0rd!");
  const entry = em.requests[before]!;
  assert.is(entry.method, "POST");
  assert.is(entry.path, "/api/sessionMngr/?v=latest");
  assert.is(entry.hasAuthorization, true);
  assert.is(entry.headers.authorization, undefined);
  assert.not.match(JSON.stringify(em.requests), /Passw0rd|YWRtaW46UGFzc3cwcmQh/);
});

const idle = suite<{ em: MockEm }>("mock logon idle expiry", { em: undefined as unknown as MockEm });

idle.before(async (context) => {
  context.em = await startMockEm({ idleTimeoutMs: 300, backupSessions: 10 });
});

idle.after(async (context) => {
  await context.em.close();
});

idle("keeps a session alive while it is used and expires it after the idle timeout", async ({ em }) => {
  const token = await logon(em);
  for (let step = 0; step < 4; step++) {
    await sleep(150);
    assert.is((await send(em, "GET", "backupServers", { token })).status, 200, `request ${step} refreshes the session`);
  }
  await sleep(450);
  assertError(await send(em, "GET", "backupServers", { token }), 401, /expired/);
  // Once expired it stays gone.
  assertError(await send(em, "GET", "backupServers", { token }), 401);
});

test.run();
idle.run();
