/** Telling JSON values apart. */

/** A JSON object (not an array, not null). */
export type JsonObject = { readonly [key: string]: unknown };

/** Whether a JSON value is an object. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** What kind of JSON value it is, with its article: `an array`, `a string`, `null`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
