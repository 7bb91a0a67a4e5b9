/**
 * The client speaking EM's JSON: against a loopback HTTP server of the test's own that answers as
 * EM does when asked for JSON (PascalCase as EM 12, or camelCase as EM 13), and against the mock EM
 * in either case, where each answer equals the one the client reads in XML.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createClient, EmHttpError, EmLogonError, type EmClient, type EmTypes } from "../../../client.js";
import { CloudGatewayPool, Job, Jobs, LogonSession, QueryResult, serialize, Task } from "../../../index.js";
import { DEFAULT_USER, startMockEm, type MockEm } from "../../../mock/index.js";
import { rejection } from "../../helpers.js";

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly accept: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

const SESSION = {
  UserName: "admin",
  SessionId: "s-1",
  Links: [{ Rel: "Delete", Href: "/api/logonSessions/s-1", Type: "LogonSession" }],
  Href: "/api/logonSessions/s-1",
  Type: "LogonSession",
};
const JOB = {
  JobType: "Backup",
  Description: "Nightly backup",
  Name: "Nightly",
  UID: "urn:veeam:Job:1",
  Href: "/api/jobs/1",
  Type: "Job",
};
const TASK = { TaskId: "task-1", State: "Running", Operation: "StartJob", Href: "/api/tasks/task-1", Type: "Task" };
const ERROR = {
  FirstChanceExceptionMessage: null,
  Message: "Node [root] does not exist.",
  StackTrace: null,
  Status: null,
  StatusCode: 400,
};

/** Every property name in camelCase, as EM 13 writes. */
function camel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camel);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (head) => head.toLowerCase()),
      camel(inner),
    ]),
  );
}

let server: Server;
let url = "";
let camelCase = false;
const seen: Seen[] = [];
const clients: EmClient<EmTypes>[] = [];

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(camelCase ? camel(body) : body));
}

function route(request: IncomingMessage, body: string, response: ServerResponse): void {
  seen.push({
    method: request.method!,
    url: request.url!,
    accept: request.headers.accept,
    contentType: request.headers["content-type"],
    body,
  });
  const path = request.url!;
  if (path.startsWith("/api/sessionMngr/")) return answer(response, 201, SESSION, { "X-RestSvcSessionId": "s-1" });
  if (request.method === "DELETE") return void response.writeHead(204).end();
  if (path === "/api/jobs/1?format=Entity") return answer(response, 200, JOB);
  if (path === "/api/cloud/gatewayPools/1") return answer(response, 202, TASK);
  if (path === "/api/tasks/task-1") return answer(response, 200, TASK);
  if (path === "/api/proxy") {
    // Something before EM that answers in XML whatever was asked.
    response.writeHead(403, { "Content-Type": "application/xml" });
    return void response.end(
      '<Error xmlns="http://www.veeam.com/ent/v1.0" Message="Forbidden by the proxy" StatusCode="403" />',
    );
  }
  answer(response, 400, ERROR);
}

function client(options: { jsonCase?: "pascal" | "camel" } = {}): EmClient<EmTypes> {
  const made = createClient({ url, username: "admin", password: "secret", format: "json", ...options });
  clients.push(made);
  return made;
}

const json = suite("client in EM's JSON");

json.before(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => route(request, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});

json.before.each(() => {
  seen.length = 0;
  camelCase = false;
});

json.after(async () => {
  await Promise.all(clients.map((made) => made.close().catch(() => undefined)));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

json("asks for JSON and reads the answers into the bound classes, typed or by their shape", async () => {
  const c = client();
  const session = await c.logon();
  assert.instance(session, LogonSession);
  assert.is((session as LogonSession).sessionId, "s-1");
  const job = await c.get("jobs/1", { format: "Entity", expect: Job });
  assert.is(job.description, "Nightly backup");
  const untyped = await c.get("jobs/1?format=Entity");
  assert.instance(untyped, Job);
  assert.ok(
    seen.every((request) => request.accept === "application/json"),
    JSON.stringify(seen.map((request) => request.accept)),
  );
});

json("writes bodies as JSON, in the case the server answers in", async () => {
  camelCase = true;
  const c = client();
  const pool = new CloudGatewayPool({ name: "Pool 1", description: "first" });
  const task = await c.action("cloud/gatewayPools/1", pool);
  assert.instance(task, Task);
  assert.is(task.state, "Running");
  const post = seen.find((request) => request.method === "POST" && request.url === "/api/cloud/gatewayPools/1")!;
  assert.is(post.contentType, "application/json");
  assert.is(post.body, '{"description":"first","name":"Pool 1"}');
  const pascal = client({ jsonCase: "pascal" });
  await pascal.action("cloud/gatewayPools/1", pool);
  assert.is(seen[seen.length - 1]!.body, '{"Description":"first","Name":"Pool 1"}');
});

json("turns EM's JSON error body into an EmHttpError with EM's message", async () => {
  const c = client();
  let failure: unknown;
  try {
    await c.get("missing");
  } catch (error) {
    failure = error;
  }
  assert.instance(failure, EmHttpError);
  const error = failure as EmHttpError;
  assert.is(error.status, 400);
  assert.equal(error.error, { message: "Node [root] does not exist.", statusCode: 400, status: undefined });
  assert.match(error.message, /answered 400: Node \[root\] does not exist\.$/);
});

json("reads an answer that comes in XML all the same", async () => {
  let failure: unknown;
  try {
    await client().get("proxy");
  } catch (error) {
    failure = error;
  }
  assert.instance(failure, EmHttpError);
  assert.is((failure as EmHttpError).error?.message, "Forbidden by the proxy");
});

json.run();

/** A mock of one JSON case, with a client speaking JSON to it and one speaking XML. */
interface MockPair {
  readonly em: MockEm;
  readonly json: EmClient<EmTypes>;
  readonly xml: EmClient<EmTypes>;
}

interface MockContext {
  /** A mock writing camelCase (its default), and one writing PascalCase. */
  pairs: MockPair[];
}

const mock = suite<MockContext>("client in EM's JSON against the mock", {} as MockContext);

function mockClient(em: MockEm, format: "xml" | "json", password = DEFAULT_USER.password): EmClient<EmTypes> {
  return createClient({ url: em.url, username: DEFAULT_USER.username, password, ca: em.ca, format });
}

mock.before(async (context) => {
  context.pairs = [];
  for (const jsonCase of ["camel", "pascal"] as const) {
    const em = await startMockEm({ backupSessions: 40, taskStepMs: 5, jsonCase });
    context.pairs.push({ em, json: mockClient(em, "json"), xml: mockClient(em, "xml") });
  }
});

mock.after(async ({ pairs }) => {
  await Promise.all(pairs.flatMap(({ json, xml }) => [json.close(), xml.close()]));
  await Promise.all(pairs.map(({ em }) => em.close()));
});

mock("logs on and reads jobs, entities and a query page as it reads them in XML", async ({ pairs }) => {
  for (const { json: client, xml } of pairs) {
    assert.is(((await client.logon()) as LogonSession).userName, "admin");
    const jobs = await client.get("jobs?format=Entity", { expect: Jobs });
    assert.is(serialize(jobs), serialize(await xml.get("jobs?format=Entity", { expect: Jobs })));
    const first = jobs.jobs![0]!;
    const entity = await client.get(first.href!, { format: "Entity" });
    assert.instance(entity, Job);
    const page = await client.query({ type: "BackupJobSession", format: "Entities", pageSize: 3, page: 2 });
    assert.instance(page, QueryResult);
    const inXml = await xml.query({ type: "BackupJobSession", format: "Entities", pageSize: 3, page: 2 });
    assert.is(serialize(page), serialize(inXml));
  }
});

mock("edits a job with a JSON body in the mock's case, and waits for the task it answers", async ({ pairs }) => {
  for (const { json: client, em } of pairs) {
    const description = `Edited in JSON of ${em.url}`;
    const jobs = await client.get("jobs?format=Entity", { expect: Jobs });
    const job = jobs.jobs!.find((candidate) => candidate.name === "SQL Backup")!;
    job.description = description;
    const href = job.href!.split("?")[0]!;
    const edit = (await client.put(href, job)) as Task;
    assert.instance(edit, Task);
    const finished = await client.waitForTask(edit, { pollMs: 5, timeoutMs: 10_000 });
    assert.is(finished.result?.success, true);
    assert.is((await client.get(href, { format: "Entity", expect: Job })).description, description);
    const started = await client.action(`${href}?action=start`);
    assert.is((await client.waitForTask(started, { pollMs: 5, timeoutMs: 10_000 })).state, "Finished");
  }
});

mock("reads the mock's JSON errors as the same errors as in XML", async ({ pairs }) => {
  for (const { json, xml } of pairs) {
    const [inJson, inXml] = await Promise.all([rejection(json.get("jobs/nope")), rejection(xml.get("jobs/nope"))]);
    assert.instance(inJson, EmHttpError);
    assert.is((inJson as EmHttpError).constructor, (inXml as EmHttpError).constructor);
    assert.is((inJson as EmHttpError).message, (inXml as EmHttpError).message);
    assert.equal((inJson as EmHttpError).error, { ...(inXml as EmHttpError).error, status: undefined });
  }
  const wrongPassword = mockClient(pairs[0]!.em, "json", "wrong");
  try {
    const failure = await rejection(wrongPassword.logon());
    assert.instance(failure, EmLogonError);
    assert.is((failure as EmLogonError).status, 401);
    assert.type((failure as EmLogonError).error?.message, "string");
  } finally {
    await wrongPassword.close();
  }
});

mock.run();
