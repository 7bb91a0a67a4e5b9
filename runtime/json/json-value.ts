/**
 * JSON values kept as they were read, for what the bindings do not describe (unknown properties)
 * and for comparing documents: numbers keep their text (`1.0` stays `1.0`), objects keep their
 * members in order, duplicates included. Property names never become keys of a JavaScript object,
 * so no name (`__proto__`, `constructor`) can reach a prototype.
 */
import type { JsonTokenSink } from "./json-tokenizer.js";

/** A number as written. */
export interface JsonNumber {
  readonly number: string;
}

/** An object's members in document order. */
export interface JsonObjectValue {
  readonly members: readonly (readonly [name: string, value: JsonValue])[];
}

/** Any JSON value, as kept. */
export type JsonValue = null | boolean | string | JsonNumber | readonly JsonValue[] | JsonObjectValue;

/** Whether a kept value is an object. */
export function isJsonObject(value: JsonValue): value is JsonObjectValue {
  return typeof value === "object" && value !== null && "members" in value;
}

/** Whether a kept value is a number. */
export function isJsonNumber(value: JsonValue): value is JsonNumber {
  return typeof value === "object" && value !== null && "number" in value;
}

type Container = { readonly array: JsonValue[] } | { readonly members: [string, JsonValue][]; key: string };

/**
 * Builds one value from tokens (the sink's methods but `error`). `done` is true once the value that
 * began with the first token has ended; `value` is then that value.
 */
export class JsonValueBuilder implements Omit<JsonTokenSink, "error"> {
  value: JsonValue = null;
  done = false;
  private readonly stack: Container[] = [];

  /** Starts over, for the next value. */
  reset(): void {
    this.stack.length = 0;
    this.value = null;
    this.done = false;
  }

  startObject(): void {
    this.stack.push({ members: [], key: "" });
  }

  endObject(): void {
    const { members } = this.stack.pop() as { members: [string, JsonValue][] };
    this.add({ members });
  }

  startArray(): void {
    this.stack.push({ array: [] });
  }

  endArray(): void {
    this.add((this.stack.pop() as { array: JsonValue[] }).array);
  }

  key(name: string): void {
    (this.stack[this.stack.length - 1] as { key: string }).key = name;
  }

  string(value: string): void {
    this.add(value);
  }

  number(raw: string): void {
    this.add({ number: raw });
  }

  literal(value: boolean | null): void {
    this.add(value);
  }

  private add(value: JsonValue): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.value = value;
      this.done = true;
    } else if ("array" in top) top.array.push(value);
    else top.members.push([top.key, value]);
  }
}

/** How {@link formatJsonValue} lays out a value. */
export interface JsonLayoutOptions {
  /** Indentation per level; `""` for one line. */
  readonly indent: string;
  /** Sort members by name (for comparing documents whose key order does not matter). */
  readonly sortKeys?: boolean;
}

/** Writes a kept value as JSON text, nested `level` deep. */
export function formatJsonValue(value: JsonValue, options: JsonLayoutOptions, level = 0): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return JSON.stringify(value);
  if (isJsonNumber(value)) return value.number;
  const inner = options.indent === "" ? "" : `\n${options.indent.repeat(level + 1)}`;
  const outer = options.indent === "" ? "" : `\n${options.indent.repeat(level)}`;
  const colon = options.indent === "" ? ":" : ": ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item: JsonValue) => `${inner}${formatJsonValue(item, options, level + 1)}`);
    return `[${items.join(",")}${outer}]`;
  }
  const object = value as JsonObjectValue;
  if (object.members.length === 0) return "{}";
  const members = options.sortKeys === true ? sortedMembers(object.members) : object.members;
  const written = members.map(
    ([name, member]) => `${inner}${JSON.stringify(name)}${colon}${formatJsonValue(member, options, level + 1)}`,
  );
  return `{${written.join(",")}${outer}}`;
}

/** Members sorted by name in code-unit order; equal names keep their order. */
function sortedMembers(members: JsonObjectValue["members"]): JsonObjectValue["members"] {
  return [...members].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
}
