/**
 * Merges one imported definition into the curated one of the same name: the structure comes from
 * the XSD (it is what EM reads and writes), while what only the curated schemas hold stays: docs
 * at every level (the type, its attributes, elements, nested anonymous types), the link Types
 * of root elements, and the JSON forms an XSD cannot say (`jsonName`, `jsonArray`). Keys keep the
 * curated order, so an unchanged definition comes out identical.
 */
import { identities, isJsonObject, type Json, type JsonObject } from "./json-items.js";

/** Keys only the curated side knows: kept when the XSD has no value for them. */
const CURATED_KEYS = new Set(["doc", "linkTypes", "jsonName", "jsonArray"]);

/** Values the format takes when a key is absent; a curated file that spells one out keeps it. */
const DEFAULTS: Readonly<Record<string, Json>> = { use: "optional", minOccurs: 1, maxOccurs: 1, abstract: false };

/** Merges an imported definition (type, simple type or root) into the existing one. */
export function mergeDefinition<T extends object>(existing: T, imported: T): T {
  return mergeValue(existing as unknown as Json, imported as unknown as Json) as unknown as T;
}

function mergeValue(existing: Json | undefined, imported: Json): Json {
  if (isJsonObject(existing) && isJsonObject(imported)) return mergeObject(existing, imported);
  if (Array.isArray(existing) && Array.isArray(imported)) return mergeArray(existing, imported);
  return imported;
}

function mergeObject(existing: JsonObject, imported: JsonObject): JsonObject {
  const merged: Record<string, Json> = {};
  for (const [key, value] of Object.entries(imported)) {
    merged[key] =
      CURATED_KEYS.has(key) && existing[key] !== undefined ? existing[key] : mergeValue(existing[key], value);
  }
  for (const [key, value] of Object.entries(existing)) {
    const spelledDefault = key in DEFAULTS && DEFAULTS[key] === value;
    if (merged[key] === undefined && (CURATED_KEYS.has(key) || spelledDefault)) merged[key] = value;
  }
  // The curated order first, then what is new in the XSD's order.
  const order = [
    ...Object.keys(existing).filter((key) => key in merged),
    ...Object.keys(merged).filter((key) => !(key in existing)),
  ];
  return Object.fromEntries(order.map((key) => [key, merged[key]!]));
}

/** Items of the XSD's list in its order, each merged with the curated item of the same identity. */
function mergeArray(existing: readonly Json[], imported: readonly Json[]): Json[] {
  const curated = new Map(identities(existing).map((identity, index) => [identity, existing[index]]));
  const keys = identities(imported);
  return imported.map((item, index) => {
    const match = keys[index] === undefined ? undefined : curated.get(keys[index]);
    return match === undefined ? item : mergeValue(match, item);
  });
}
