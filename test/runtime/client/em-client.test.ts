/** The resource client against the mock Enterprise Manager, over real loopback HTTPS sockets. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  BackupJobSession,
  BackupServer,
  EntityRef,
  EntityReferences,
  Job,
  LogonSession,
  NASJob,
  Task,
} from "../../../generated/index.js";
import {
  createClient,
  EmHttpError,
  EmLinkError,
  EmLogonError,
  EmRequestError,
  EmTaskError,
  type EmClient,
  type EmClientOptions,
  type EmTypes,
} from "../../../client.js";
import { DEFAULT_USER, startMockEm, type MockEm } from "../../../mock/index.js";
import { rejection } from "../../helpers.js";
import { XmlReadError } from "../../../index.js";

const emClient = suite("EM client");

let em: MockEm;
const clients: EmClient<EmTypes>[] = [];

function client(options: Partial<EmClientOptions> = {}): EmClient<EmTypes> {
  const made = createClient({
    url: em.url,
    username: DEFAULT_USER.username,
    password: DEFAULT_USER.password,
    ca: em.ca,
    timeoutMs: 5000,
    ...options,
  });
  clients.push(made);
  return made;
}

emClient.before(async () => {
  em = await startMockEm({ taskStepMs: 40, backupSessions: 6000 });
});

emClient.after.each(() => em.clearFaults());

emClient.after(async () => {
  await Promise.all(clients.map((made) => made.close().catch(() => undefined)));
  // Optional: when the mock failed to start, its own error is the one to see.
  if (em !== undefined) await em.close();
});

emClient("logs on with Basic auth, sends the session header back, and logs out", async () => {
  const c = client();
  const session = await c.logon();
  assert.instance(session, LogonSession);
  assert.is((session as LogonSession).userName, DEFAULT_USER.username);
  const servers = await c.get("backupServers");
  assert.instance(servers, EntityReferences);
  const last = em.requests[em.requests.length - 1]!;
  assert.is(last.hasAuthorization, false);
  assert.ok(last.headers["x-restsvcsessionid"] !== undefined);
  assert.is(last.headers.accept, "application/xml");
  const sessionHeader = last.headers["x-restsvcsessionid"];
  await c.logout();
  assert.is(c.loggedOn, false);
  assert.ok(em.requests.some((request) => request.method === "DELETE" && /\/logonSessions\//i.test(request.path)));
  // The old session is gone on the server: a request with it is refused.
  const { request } = await import("node:https");
  const status = await new Promise<number>((resolve, reject) => {
    request(
      new URL("backupServers", em.url),
      { headers: { "X-RestSvcSessionId": String(sessionHeader), Accept: "application/xml" }, ca: em.ca },
      (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      },
    )
      .on("error", reject)
      .end();
  });
  assert.is(status, 401);
});

emClient(
  "a wrong password is an EmLogonError with EM's message, and neither password nor session shows in it",
  async () => {
    const c = client({ password: "not-the-password" });
    const error = await rejection(c.get("backupServers"));
    assert.instance(error, EmLogonError);
    const logon = error as EmLogonError;
    assert.is(logon.status, 401);
    assert.ok(logon.error !== undefined && logon.error.message.length > 0);
    assert.not.match(logon.message, /not-the-password/);
    assert.not.match(JSON.stringify({ ...logon, stack: logon.stack }), /not-the-password/);
  },
);

emClient("logs on again, once, when the session expired", async () => {
  const c = client();
  await c.get("backupServers");
  const logons = () =>
    em.requests.filter((request) => request.method === "POST" && /sessionMngr/i.test(request.path)).length;
  const before = logons();
  em.expireSessions();
  const servers = await c.get("backupServers", { format: "Entity" });
  assert.is(logons(), before + 1);
  assert.ok(servers.constructor.name === "BackupServers");
});

emClient("reads references and entities, and follows links by Rel and Type", async () => {
  const c = client();
  const refs = await c.get("jobs", { expect: EntityReferences });
  assert.ok(refs.refs !== undefined && refs.refs.length >= 8);
  const ref = refs.refs.find((candidate) => candidate.name === "Exchange Backup")!;
  assert.instance(ref, EntityRef);
  const job = await c.follow(ref, "Alternate", undefined, { expect: Job });
  assert.instance(job, Job);
  assert.is(job.name, "Exchange Backup");
  const server = await c.follow(job, "Up", "BackupServerReference");
  assert.instance(server, EntityRef);
  const entity = await c.getEntity(server.href!, { expect: BackupServer });
  assert.ok(entity.name!.startsWith("vbr0"));
  assert.is(c.link(job, "Nowhere"), undefined);
  const missing = await rejection(c.follow(ref, "Nowhere"));
  assert.instance(missing, EmLinkError);
  assert.match((missing as Error).message, /link with Rel Nowhere is missing on EntityRef; it has .*Up/);
});

emClient("starts a job, waits for its task through OperationFinished to Finished", async () => {
  const c = client();
  const jobs = await c.get("nas/jobs", { format: "Entity" });
  const job = (jobs as unknown as { nasJobs: NASJob[] }).nasJobs.find(
    (candidate) => !candidate.name!.startsWith("Broken"),
  )!;
  const start = c.link(job, "Start")!;
  const task = await c.action(start.href!);
  assert.instance(task, Task);
  assert.is(task.state, "Running");
  const seen: string[] = [];
  const polled = em.requests.length;
  const finished = await c.waitForTask(task, { pollMs: 20 });
  for (const request of em.requests.slice(polled)) if (/\/tasks\//i.test(request.path)) seen.push(request.path);
  assert.is(finished.state, "Finished");
  assert.is(finished.result?.success, true);
  assert.ok(seen.length >= 2, "polled more than once");
});

emClient("a failing task throws with the task's message", async () => {
  const c = client();
  const refs = await c.get("jobs", { expect: EntityReferences });
  const broken = refs.refs!.find((candidate) => candidate.name === "Broken Backup")!;
  const task = await c.action(`${broken.href}?action=start`);
  const error = await rejection(c.waitForTask(task, { pollMs: 20 }));
  assert.instance(error, EmTaskError);
  assert.is((error as EmTaskError).kind, "failed");
  assert.match((error as Error).message, /failed: Failed to start job "Broken Backup"/);
});

emClient("waiting for a task stops at its timeout and on abort", async () => {
  const c = client();
  const refs = await c.get("jobs", { expect: EntityReferences });
  const task = await c.action(`${refs.refs![0]!.href}?action=start`);
  const timeout = await rejection(c.waitForTask(task, { pollMs: 10, timeoutMs: 15 }));
  assert.instance(timeout, EmTaskError);
  assert.is((timeout as EmTaskError).kind, "timeout");
  const controller = new AbortController();
  const waiting = c.waitForTask(task, { pollMs: 1000, signal: controller.signal });
  controller.abort();
  const aborted = await rejection(waiting);
  assert.instance(aborted, EmRequestError);
  assert.is((aborted as EmRequestError).kind, "aborted");
});

emClient(
  "queries 6000 sessions with a filter and a sort, page by page, with memory that does not grow with the pages",
  async () => {
    const c = client();
    const sessions = c.where("BackupJobSession");
    const filter = sessions.and(
      sessions.ne("Result", "Warning"),
      sessions.ge("CreationTime", new Date("2026-11-01T00:00:00Z")),
    );
    const first = (await c.query({ type: "BackupJobSession", filter, pageSize: 1 })) as unknown as {
      pagingInfo: { pagesCount: number };
    };
    const expected = first.pagingInfo.pagesCount;
    assert.ok(expected > 100, `${expected} sessions match`);
    let count = 0;
    let previous = "";
    let heapAt10 = 0;
    let heapAtEnd = 0;
    for await (const session of c.queryItems({
      type: "BackupJobSession",
      format: "Entities",
      filter,
      sortAsc: "CreationTime",
      pageSize: 100,
    })) {
      assert.instance(session, BackupJobSession);
      assert.is.not(session.result, "Warning");
      const created = session.creationTimeUTC!.toDate().toISOString();
      assert.ok(created >= previous, "sorted by creation time");
      assert.ok(created >= "2026-11-01T00:00:00.000Z");
      previous = created;
      count++;
      if (count === 1000) heapAt10 = process.memoryUsage().heapUsed;
    }
    heapAtEnd = process.memoryUsage().heapUsed;
    assert.is(count, expected);
    // The pages seen are not kept: the heap at the end is not proportionally above the heap after ten pages.
    assert.ok(
      heapAtEnd - heapAt10 < 40 * 1024 * 1024,
      `heap grew by ${((heapAtEnd - heapAt10) / 1048576).toFixed(1)} MB`,
    );
    const pages = em.requests.filter((request) => /\/query/i.test(request.path) && /page=/i.test(request.path));
    assert.ok(pages.length >= Math.ceil(expected / 100));
  },
);

emClient(
  "all sessions (the 6000 of the history and the runs started above) come back over the pages exactly once",
  async () => {
    const c = client();
    const seen = new Set<string>();
    for await (const ref of c.queryItems({ type: "BackupJobSession", sortDesc: "Name", pageSize: 750 }))
      seen.add(ref.uid!);
    const total = (await c.query({ type: "BackupJobSession", pageSize: 1 })) as unknown as {
      pagingInfo: { pagesCount: number };
    };
    assert.ok(seen.size >= 6000);
    assert.is(seen.size, total.pagingInfo.pagesCount);
  },
);

emClient("404, 500 and 503 answers with Error bodies become EmHttpErrors with EM's message", async () => {
  const c = client();
  const missing = await rejection(c.get("jobs/00000000-0000-0000-0000-000000000000"));
  assert.instance(missing, EmHttpError);
  assert.is((missing as EmHttpError).status, 404);
  assert.ok((missing as EmHttpError).error?.message);
  em.fault({ path: "/api/backupServers", status: 500, message: "Internal trouble" });
  const failed = await rejection(c.get("backupServers"));
  assert.is((failed as EmHttpError).status, 500);
  assert.is((failed as EmHttpError).error?.message, "Internal trouble");
  assert.is((failed as EmHttpError).error?.statusCode, 500);
});

emClient("a GET answered 503 is retried with backoff, and gives up after the attempts", async () => {
  const c = client({ retry: { attempts: 3, delayMs: 10 } });
  await c.logon();
  em.fault({ path: "/api/backupServers", status: 503, times: 2 });
  assert.instance(await c.get("backupServers"), EntityReferences);
  em.fault({ path: "/api/backupServers", status: 503 });
  const before = em.requests.length;
  const error = await rejection(c.get("backupServers"));
  assert.is((error as EmHttpError).status, 503);
  assert.is(em.requests.slice(before).filter((request) => /backupServers/i.test(request.path)).length, 4);
});

emClient("a body that is not an EM document is a clear error: HTML pages and broken XML", async () => {
  const c = client();
  await c.logon();
  em.fault({ path: "/api/backupServers", kind: "html", status: 502 });
  const html = await rejection(c.get("backupServers"));
  assert.instance(html, EmHttpError);
  assert.is((html as EmHttpError).status, 502);
  assert.is((html as EmHttpError).error, undefined);
  assert.ok((html as EmHttpError).bodyExcerpt !== undefined);
  em.clearFaults();
  em.fault({ path: "/api/backupServers", kind: "malformed" });
  const malformed = await rejection(c.get("backupServers"));
  assert.instance(malformed, XmlReadError);
  assert.match((malformed as Error).message, /GET .*backupServers answered 200 with a body that is not an EM document/);
});

emClient("a stalled answer times out, an aborted request stops, a dropped connection is a network error", async () => {
  const c = client({ timeoutMs: 200 });
  await c.logon();
  em.fault({ path: "/api/backupServers", kind: "stall" });
  const stalled = await rejection(c.get("backupServers"));
  assert.instance(stalled, EmRequestError);
  assert.is((stalled as EmRequestError).kind, "timeout");
  const controller = new AbortController();
  const pending = c.get("backupServers", { signal: controller.signal, timeoutMs: 5000 });
  setTimeout(() => controller.abort(), 20);
  assert.is(((await rejection(pending)) as EmRequestError).kind, "aborted");
  em.clearFaults();
  em.fault({ path: "/api/backupServers", kind: "drop" });
  assert.is(((await rejection(c.get("backupServers"))) as EmRequestError).kind, "network");
});

emClient("an untrusted certificate is rejected by default and accepted with ca", async () => {
  const untrusted = client({ ca: undefined });
  const error = await rejection(untrusted.logon());
  assert.instance(error, EmRequestError);
  assert.is((error as EmRequestError).kind, "tls");
  assert.match((error as Error).message, /pass its CA as the ca option/);
  assert.instance(await client().logon(), LogonSession);
});

emClient("turning verification off works and says so loudly", async () => {
  const warnings: string[] = [];
  const insecure = client({
    ca: undefined,
    insecureSkipTlsVerify: true,
    logger: { warn: (message) => warnings.push(message) },
  });
  assert.instance(await insecure.logon(), LogonSession);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /verification is OFF/);
});

emClient("chooses the API version from the ones the server lists", async () => {
  let offered: readonly string[] = [];
  const c = client({
    version: (supported) => (
      (offered = supported),
      supported
        .filter((name) => name.startsWith("v"))
        .sort()
        .pop()!
    ),
  });
  await c.logon();
  assert.ok(offered.includes("v1_7"));
  assert.ok(em.requests.some((request) => /sessionMngr\/\?v=v1_7/i.test(request.path)));
});

emClient("refuses to send the session to another host", async () => {
  const c = client();
  await c.logon();
  const error = await rejection(c.get("https://elsewhere.example/api/jobs"));
  assert.instance(error, EmLinkError);
  assert.is((error as EmLinkError).kind, "foreign-host");
  assert.match((error as Error).message, /is not on https:\/\/127\.0\.0\.1/);
});

emClient.run();
