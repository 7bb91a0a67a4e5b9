/**
 * The client speaking EM's JSON, against a loopback HTTP server of the test's own that answers as
 * EM does when asked for JSON (PascalCase as EM 12, or camelCase as EM 13).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createClient, EmHttpError, type EmClient, type EmTypes } from "../../../client.js";
import { CloudGatewayPool, Job, LogonSession, Task } from "../../../index.js";

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
