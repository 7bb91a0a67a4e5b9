/**
 * Running one operation of the table: its URL from the path template and parameters, the body
 * written as the class the table names, and the answer read as the class the table names for its
 * `format` (a Task for an action, nothing for 204, bytes for a file).
 */
import { classNameOf } from "../xml/xml-object.js";
import { EmAnswerError, EmArgumentError, XmlReadError } from "../errors.js";
import { XmlObject, type BoundClass } from "../xml/binding.js";
import type { ClientTypes, RequestOptions } from "./client-types.js";
import { describeUrl, type HttpAnswer } from "./http.js";
import type { AnswerEntry, OperationEntry } from "./operation-table.js";
import type { EmSession } from "./session.js";

/** What a call passes at run time (the typed surface checks it at compile time). */
export interface CallInput extends RequestOptions {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: object;
}

/** The request key of an operation as the pages write it: `POST /jobs/{ID}?action=start`. */
export function operationKey(entry: OperationEntry): string {
  return `${entry.method} ${entry.path}${entry.action === undefined ? "" : `?action=${entry.action}`}`;
}

/** The URL of an operation: its path with the parameters filled in, its action, and the query. */
export function operationUrl(entry: OperationEntry, id: string, input: CallInput, base: URL): URL {
  const path = entry.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = input.params?.[name];
    if (typeof value !== "string" || value === "")
      throw new EmArgumentError(`path parameter ${name} of operation ${id} is missing (${entry.path})`);
    if (entry.spansSegments?.includes(name))
      return value.replace(/^\/+/, "").split("/").map(encodeURIComponent).join("/");
    return encodeURIComponent(value);
  });
  const url = new URL(path.replace(/^\//, ""), base);
  if (entry.action !== undefined) url.searchParams.set("action", entry.action);
  for (const [name, value] of Object.entries(input.query ?? {}))
    if (value !== undefined) url.searchParams.set(name, String(value));
  return url;
}

/** Sends an operation to a URL (built, or a link's) and reads its answer as the table says. */
export async function runOperation<Types extends ClientTypes>(
  session: EmSession<Types>,
  entry: OperationEntry,
  url: URL,
  input: CallInput,
): Promise<unknown> {
  const { signal, timeoutMs } = input;
  const body = requestBody(session, entry, input.body);
  if (entry.authentication === "basic") {
    const version = url.searchParams.get("v") ?? undefined;
    return session.logon({ signal, timeoutMs, version, body: body?.() });
  }
  const accept = entry.answers.find((answer) => answer.mediaType !== undefined)?.mediaType;
  const method = entry.method;
  const authentication = entry.authentication === "none" ? "none" : "session";
  const answer = await session.request({ method, url, body, signal, timeoutMs, authentication, accept });
  return readAnswer(session, method, url, answer, answersFor(entry, url.searchParams.get("format") ?? undefined));
}

/** The documented answers for a `format`; the status is not held against EM (201 for 200 and the like). */
export function answersFor(entry: OperationEntry, format: string | undefined): readonly AnswerEntry[] {
  const answers = entry.answers.filter((answer) => answer.format === format);
  return answers.length > 0 ? answers : entry.answers.filter((answer) => answer.format === undefined);
}

export function requestBody<Types extends ClientTypes>(
  session: EmSession<Types>,
  entry: OperationEntry,
  body: object | undefined,
): (() => string) | undefined {
  if (body === undefined) {
    if (entry.body?.required === true)
      throw new EmArgumentError(`the operation ${entry.method} ${entry.path} needs a ${entry.body.element} body`);
    return undefined;
  }
  if (entry.body === undefined) throw new EmArgumentError(`the operation ${entry.method} ${entry.path} takes no body`);
  const type = entry.body.type;
  if (body instanceof XmlObject && body.constructor !== type) {
    throw new EmArgumentError(
      `body ${classNameOf(body)} does not fit ${entry.method} ${entry.path}: it takes ${classNameOf(type)} (${entry.body.element})`,
    );
  }
  const instance = body instanceof XmlObject ? body : new (type as unknown as new (init: object) => XmlObject)(body);
  return () => session.serialize(instance, entry.body!.element);
}

/** Reads an answer as one of the documented answers: nothing, bytes, or a document of one of their classes. */
export function readAnswer<Types extends ClientTypes>(
  session: EmSession<Types>,
  method: string,
  url: URL,
  answer: HttpAnswer,
  answers: readonly AnswerEntry[],
): unknown {
  if (answers.some((entry) => entry.mediaType !== undefined)) return new Uint8Array(answer.body);
  const classes = answers.flatMap((entry) => (entry.type === undefined ? [] : [entry.type]));
  if (classes.length === 0) {
    if (answer.body.length > 0)
      session.options.logger?.debug?.(`${method} ${describeUrl(url)} answered a body the operation does not document`);
    return undefined;
  }
  const names = classes.map(classNameOf).join(" or ");
  if (answer.body.length === 0)
    throw new EmAnswerError(method, describeUrl(url), answer.status, `without a body; the operation answers ${names}`);
  if (classes.length === 1) return session.read(method, url, answer, classes[0]!);
  const document = session.read(method, url, answer);
  if (!classes.some((type: BoundClass) => document instanceof type)) {
    throw new XmlReadError(
      `${method} ${describeUrl(url)} answered ${classNameOf(document)}, not the documented ${names}`,
    );
  }
  return document;
}
