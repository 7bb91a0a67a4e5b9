/**
 * Calling any operation of the table by id, for table-driven tests: path parameters from seeds,
 * the `format` asked for, a body of the operation's own class; and what the answer must be.
 */
import type { EmClient, EmTypes } from "../../client.js";
import { operations } from "../../client.js";
import { answersFor, type CallInput } from "../../runtime/client/operation-call.js";
import type { OperationEntry } from "../../runtime/client/operation-table.js";
import type { XmlObject } from "../../index.js";

/** An operation id of this package's table. */
export type OperationId = keyof typeof operations & string;

/**
 * Values of path parameters: by `<operation id>.<parameter>` first, then by the path up to the
 * parameter (`/nas/jobs/{ID}`), then by the parameter's name.
 */
export type Seeds = Readonly<Record<string, string>>;

/** What a table-driven call passes besides the seeds. */
export interface CallPlan {
  readonly format?: string;
  readonly body?: object;
  readonly query?: Readonly<Record<string, string | number | boolean>>;
}

/** The entry of an operation. */
export function entryOf(id: OperationId): OperationEntry {
  return operations[id];
}

/** The value of a path parameter from the seeds; undefined when none fits. */
export function seedFor(id: OperationId, parameter: string, seeds: Seeds): string | undefined {
  const path = entryOf(id).path;
  const upTo = path.slice(0, path.indexOf(`{${parameter}}`) + parameter.length + 2);
  return seeds[`${id}.${parameter}`] ?? seeds[upTo] ?? seeds[parameter];
}

/** The input of a call of an operation: seeded path parameters, the format, the body (empty of its class by default). */
export function inputFor(id: OperationId, seeds: Seeds, plan: CallPlan = {}): CallInput {
  const entry = entryOf(id);
  const params: Record<string, string> = {};
  for (const parameter of entry.parameters ?? []) {
    const value = seedFor(id, parameter, seeds);
    if (value === undefined) throw new Error(`no seed for parameter ${parameter} of ${id}`);
    params[parameter] = value;
  }
  const query = { ...plan.query, ...(plan.format === undefined ? {} : { format: plan.format }) };
  const body = plan.body ?? (entry.body?.required === true ? new entry.body.type() : undefined);
  return { params, query, body };
}

/** Calls an operation by id through the client's typed `call`, with seeded input. */
export function callOperation(
  client: EmClient<EmTypes>,
  id: OperationId,
  seeds: Seeds,
  plan: CallPlan = {},
): Promise<unknown> {
  const call = client.call as (id: string, input: CallInput) => Promise<unknown>;
  return call.call(client, id, inputFor(id, seeds, plan));
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
