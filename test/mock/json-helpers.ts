/** Talking to a mock EM in EM's JSON: requests that ask for it, answers read back and compared with XML. */
import * as assert from "uvu/assert";
import {
  ErrorType,
  firstDifference,
  parse,
  parseJson,
  serialize,
  Task,
  type BoundClass,
  type XmlObject,
} from "../../index.js";
import type { MockEm } from "../../mock/index.js";
import { send, sleep, type EmResponse, type SendOptions } from "./helpers.js";

/** The JSON media type the mock answers with. */
const JSON_TYPE = /^application\/json; charset=utf-8$/;

/** Sends a request that asks for JSON; a body is sent as JSON. */
export function sendJson(em: MockEm, method: string, path: string, options: SendOptions = {}): Promise<EmResponse> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] ??= "application/json";
  return send(em, method, path, { ...options, headers });
}

/** Reads a JSON answer strictly as `expect`; asserts the status and the JSON content type. */
export function readJson<T extends XmlObject>(response: EmResponse, expect: BoundClass<T>, status = 200): T {
  assert.is(response.status, status, response.body);
  assert.match(String(response.headers["content-type"]), JSON_TYPE);
  return parseJson(response.body, { strict: true, expect });
}

/** Every property name of a JSON text, at any depth. */
export function propertyNames(text: string): string[] {
  const names: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null)
      for (const [name, inner] of Object.entries(value)) {
        names.push(name);
        walk(inner);
      }
  };
  walk(JSON.parse(text));
  return names;
}

/** Asserts that every property name of a JSON text starts in the case given. */
export function assertCase(text: string, jsonCase: "camel" | "pascal"): void {
  const wrong = propertyNames(text).filter((name) => (jsonCase === "camel" ? /^[A-Z]/ : /^[a-z]/).test(name));
  assert.equal(wrong, [], `property names not in ${jsonCase} case`);
}

/**
 * GETs a path in XML and in JSON and asserts that the JSON, read back and written as XML, equals
 * the XML answer canonically; returns the JSON answer's text.
 */
export async function assertSameAsXml(
  em: MockEm,
  token: string,
  path: string,
  expect: BoundClass,
  root?: string,
): Promise<string> {
  const xml = await send(em, "GET", path, { token });
  const json = await sendJson(em, "GET", path, { token });
  assert.is(xml.status, 200, xml.body);
  const fromJson = readJson(json, expect);
  const difference = firstDifference(xml.body, serialize(fromJson, { root }));
  assert.is(difference, undefined, `${path}: ${JSON.stringify(difference)}`);
  assert.is(parse(xml.body, { expect }).constructor, fromJson.constructor);
  return json.body;
}

/** Asserts an EM error answer in JSON: status, content type, and EM's JSON error with its null slots. */
export function assertJsonError(response: EmResponse, status: number, message?: RegExp): ErrorType {
  const error = readJson(response, ErrorType, status);
  assert.is(error.statusCode, status);
  if (message !== undefined) assert.match(error.message ?? "", message);
  const names = propertyNames(response.body).map((name) => name.toLowerCase());
  assert.equal(names.sort(), ["firstchanceexceptionmessage", "message", "stacktrace", "status", "statuscode"]);
  return error;
}

/** Polls a task in JSON until it is Finished. */
export async function finishedTaskJson(em: MockEm, token: string, task: Task): Promise<Task> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const current = readJson(await sendJson(em, "GET", task.href!, { token }), Task);
    if (current.state === "Finished") return current;
    await sleep(5);
  }
  throw new Error(`task ${task.href} never finished`);
}
