/**
 * What an object read from EM's JSON keeps beside its typed fields so that writing it back gives the
 * same document: `null` slots, scalars written as another JSON type than their value's (a quoted
 * number), properties the bindings do not know (with their places), and the property-name case.
 * Kept in the object's extras (see xml/extras.ts) under `json`.
 */
import { ensureExtras, extrasOf } from "../xml/extras.js";
import type { JsonCase } from "./json-names.js";
import type { JsonValue } from "./json-value.js";

/** A property the bindings do not know: it came after `after` known properties of its object. */
export interface KeptProperty {
  readonly after: number;
  readonly name: string;
  readonly value: JsonValue;
}

/** The JSON-only facts of one object (or of a wrapper's array). */
export interface JsonExtras {
  /** Members that were `null` (present, but empty). */
  nulls?: Set<string>;
  /**
   * Scalars written as another JSON type than their value's, by lexical key (see xml/lexical.ts):
   * `string` for a quoted number or boolean, `bare` for a number or boolean held by a string field.
   */
  tokens?: Map<string, "string" | "bare">;
  /**
   * Names of known properties as they were written, where that is neither EM's PascalCase nor its
   * camelCase name (`CpuCount` for `CPUCount`, an XML name): by member, `""` for a wrapper's items.
   */
  names?: Map<string, string>;
  /** Unknown properties in document order. */
  properties?: KeptProperty[];
  /** A wrapper written as an object: its items property was `null`, or absent. */
  items?: "null" | "absent";
  /** On a root: the property-name case it was read in. */
  case?: JsonCase;
}

/** The JSON facts of an object or array, if it has any. */
export function jsonExtrasOf(target: object): JsonExtras | undefined {
  return extrasOf(target)?.json;
}

/** Gets or creates the JSON facts of an object or array. */
export function ensureJsonExtras(target: object): JsonExtras {
  const extras = ensureExtras(target);
  return (extras.json ??= {});
}
