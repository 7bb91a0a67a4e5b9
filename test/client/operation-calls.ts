/**
 * Calling any operation of the table by id, for table-driven tests: path parameters, the `format`
 * asked for, the query and a body; the formats a GET documents; and what the answer must be.
 */
import type { EmClient, EmTypes } from "../../client.js";
import type { XmlObject } from "../../index.js";
import { answersFor, type CallInput } from "../../runtime/client/operation-call.js";
import { entryOf, type OperationId, type Params } from "./seed-index.js";

/** Query parameters of a call. */
export type Query = Readonly<Record<string, string | number | boolean>>;

/** What a table-driven call passes besides the path parameters. */
export interface CallPlan {
  readonly format?: string;
  readonly body?: object;
  readonly query?: Query;
}

/** The input of a call of an operation: its path parameters, the query with the format, the body. */
export function inputFor(id: OperationId, params: Params, plan: CallPlan = {}): CallInput {
  const names = entryOf(id).parameters ?? [];
  const missing = names.filter((name) => params[name] === undefined);
  if (missing.length > 0) throw new Error(`no value for ${missing.join(", ")} of ${id}`);
  const query = { ...plan.query, ...(plan.format === undefined ? {} : { format: plan.format }) };
  return { params: Object.fromEntries(names.map((name) => [name, params[name]!])), query, body: plan.body };
}

/** Calls an operation by id through the client's typed `call`. */
export function callOperation(
  client: EmClient<EmTypes>,
  id: OperationId,
  params: Params,
  plan: CallPlan = {},
): Promise<unknown> {
  const call = client.call as (id: string, input: CallInput) => Promise<unknown>;
  return call.call(client, id, inputFor(id, params, plan));
}

/** The formats a GET documents: none, each format of its answers, each value its `format` parameter lists. */
export function formatsOf(id: OperationId): (string | undefined)[] {
  const entry = entryOf(id);
  const listed = entry.query?.format?.values ?? [];
  return [undefined, ...new Set([...entry.answers.flatMap((answer) => answer.format ?? []), ...listed])];
}

/** Why an answer is not what the table documents for the operation and format; undefined when it is. */
export function answerMismatch(id: OperationId, format: string | undefined, answer: unknown): string | undefined {
  const answers = answersFor(entryOf(id), format);
  if (answers.some((entry) => entry.mediaType !== undefined))
    return answer instanceof Uint8Array ? undefined : `${id} answered ${typeName(answer)}, not bytes`;
  const classes = answers.flatMap((entry) => (entry.type === undefined ? [] : [entry.type]));
  if (classes.length === 0) return answer === undefined ? undefined : `${id} answered ${typeName(answer)}, not nothing`;
  if (classes.some((type) => answer instanceof type)) return undefined;
  return `${id} answered ${typeName(answer)}, not ${classes.map((type) => type.name).join(" or ")}`;
}

function typeName(value: unknown): string {
  return value === undefined ? "nothing" : ((value as XmlObject).constructor?.name ?? typeof value);
}
