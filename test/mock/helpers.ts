/** Talking to a mock EM over real HTTPS with Node's https module, and reading its bodies strictly. */
import type { IncomingHttpHeaders } from "node:http";
import https from "node:https";
import http from "node:http";
import { suite, type Test } from "uvu";
import * as assert from "uvu/assert";
import { EntityReferences, ErrorType, parse, Task, type EmRoot } from "../../generated/index.js";
import type { BoundClass, XmlObject } from "../../index.js";
import { startMockEm, type MockEm, type MockOptions } from "../../mock/index.js";

/** A response with its body as text. */
export interface EmResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Options of {@link send}. */
export interface SendOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as X-RestSvcSessionId. */
  readonly token?: string;
  /** Abort after this many milliseconds (the promise rejects). */
  readonly timeoutMs?: number;
  /** A request body, sent as application/xml unless the headers say otherwise. */
  readonly body?: string;
}

/** Sends a request to a path relative to the API root (or an absolute URL) and reads the whole answer. */
export function send(em: MockEm, method: string, path: string, options: SendOptions = {}): Promise<EmResponse> {
  const url = new URL(path, em.url);
  const headers: Record<string, string> = { Accept: "application/xml", ...options.headers };
  if (options.token !== undefined) headers["X-RestSvcSessionId"] = options.token;
  if (options.body !== undefined) headers["Content-Type"] ??= "application/xml";
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method, headers, ca: em.ca, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("aborted", () => reject(new Error("response aborted")));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    if (options.timeoutMs !== undefined)
      request.setTimeout(options.timeoutMs, () => request.destroy(new Error("timed out")));
    request.on("error", reject);
    request.end(options.body);
  });
}

/** The Basic header of a user name and password. */
export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}

/** Logs on as the default user and returns the session token. */
export async function logon(em: MockEm, username = "admin", password = "Passw0rd!"): Promise<string> {
  const response = await send(em, "POST", "sessionMngr/?v=latest", {
    headers: { Authorization: basic(username, password) },
  });
  assert.is(response.status, 201, response.body);
  const token = response.headers["x-restsvcsessionid"];
  assert.type(token, "string");
  return token as string;
}

/** Reads a body with the generated bindings in strict mode, as the class given. */
export function read<T extends XmlObject>(body: string, expect: BoundClass<T>): T;
export function read(body: string): EmRoot;
export function read(body: string, expect?: BoundClass): XmlObject {
  return expect === undefined ? parse(body, { strict: true }) : parse(body, { strict: true, expect });
}

/** Asserts an EM Error answer: status, XML content type, and an Error body with the same StatusCode. */
export function assertError(response: EmResponse, status: number, message?: RegExp): ErrorType {
  assert.is(response.status, status, response.body);
  assert.match(String(response.headers["content-type"]), /^application\/xml/);
  const error = read(response.body, ErrorType);
  assert.is(error.statusCode, status);
  assert.type(error.message, "string");
  assert.ok(error.message!.length > 0);
  if (message !== undefined) assert.match(error.message!, message);
  return error;
}

/** GETs a path with a session and reads the body strictly; asserts 200. */
export async function getOk<T extends XmlObject>(
  em: MockEm,
  token: string,
  path: string,
  expect: BoundClass<T>,
): Promise<T> {
  const response = await send(em, "GET", path, { token });
  assert.is(response.status, 200, response.body);
  return read(response.body, expect);
}

/** Waits a little. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The Href of the reference named `name` in a collection of references. */
export async function hrefOf(em: MockEm, token: string, collection: string, name: string): Promise<string> {
  const list = await getOk(em, token, collection, EntityReferences);
  const ref = list.refs!.find((item) => item.name === name);
  assert.ok(ref, `${name} is in ${collection}`);
  return ref!.href!;
}

/** Sends a request that answers a task (202) and waits until the task is Finished. */
export async function runTask(em: MockEm, token: string, method: string, path: string, body?: string): Promise<Task> {
  const response = await send(em, method, path, { token, body });
  assert.ok(
    response.status === 202 || response.status === 200 || response.status === 201,
    `${method} ${path}: ${response.body}`,
  );
  const href = read(response.body, Task).href!;
  for (let attempt = 0; attempt < 400; attempt++) {
    const task = await getOk(em, token, href, Task);
    if (task.state === "Finished") return task;
    await sleep(5);
  }
  throw new Error(`task ${href} never finished`);
}

/** What a suite against one mock holds: the mock and a logon session's token. */
export interface MockContext {
  em: MockEm;
  token: string;
}

/** A suite whose tests share one mock, started with `options` and logged on to before them, closed after them. */
export function mockSuite(name: string, options: MockOptions): Test<MockContext> {
  const tests = suite<MockContext>(name, { em: undefined as unknown as MockEm, token: "" });
  tests.before(async (context) => {
    context.em = await startMockEm(options);
    context.token = await logon(context.em);
  });
  tests.after(async (context) => {
    await context.em.close();
  });
  return tests;
}
