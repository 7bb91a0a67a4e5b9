/**
 * Copies the strings of a read object into strings of their own. V8 makes a longer substring
 * (13 characters or more) a view into the string it was cut from, so a value read from a document
 * keeps the whole document, or the whole chunk of a stream, alive. That is cheap while the document
 * is being read and usually harmless after it; but an integration that keeps a few items of a large
 * `streamItems` read would keep nearly every chunk. `detach` those items and only they are kept.
 */
import { EXTRAS } from "./extras.js";
import { ownCopy } from "./strings.js";

function walk(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return ownCopy(value);
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Map) {
    for (const [key, entry] of value) value.set(key, walk(entry, seen));
    return value;
  }
  const record = value as Record<string | symbol, unknown>;
  for (const key of Object.keys(record)) record[key] = walk(record[key], seen);
  if (record[EXTRAS] !== undefined) walk(record[EXTRAS], seen);
  return value;
}

/**
 * Gives every string in `value` (an object read by `parse`, `parseStream` or `streamItems`, with
 * everything under it: fields, lists, kept unknown content and lexical forms) memory of its own,
 * so keeping `value` no longer keeps the document or stream chunk it was read from. Changes
 * `value` in place and returns it.
 */
export function detach<T>(value: T): T {
  return walk(value, new WeakSet()) as T;
}
