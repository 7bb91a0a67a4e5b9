/**
 * Which classes a JSON document can be an instance of, by its shape alone: JSON names no root, so
 * where the class is not given it can be inferred when exactly one candidate fits. A value fits a
 * class when every property is one of the class's (in any case) holding the JSON shape its field
 * takes (objects, arrays, scalars its codec reads, or `null`), all the way down.
 */
import type { Codec } from "../codecs/codec.js";
import type { ClassBinding } from "../xml/class-binding.js";
import type { BoundClass } from "../xml/xml-object.js";
import { jsonLayout, type JsonProperty } from "./json-layout.js";
import { jsonCodec } from "./json-scalar.js";
import { isJsonNumber, isJsonObject, type JsonObjectValue, type JsonValue } from "./json-value.js";

/** The candidates (distinct classes, in their order) that `value` fits. */
export function fittingClasses(value: JsonValue, candidates: readonly BoundClass[]): BoundClass[] {
  if (!isJsonObject(value)) return [];
  const distinct = [...new Set(candidates)].filter((type) => !type.binding.abstract);
  // Property names first, for every candidate; the whole value only for those left.
  const named = distinct.filter((type) =>
    value.members.every(([name]) => propertyOf(type.binding, name) !== undefined),
  );
  return named.filter((type) => fitsObject(type.binding, value));
}

function propertyOf(binding: ClassBinding, name: string): JsonProperty | undefined {
  const layout = jsonLayout(binding);
  return layout.byName.get(name) ?? layout.byFoldedName.get(name.toLowerCase());
}

function fitsObject(binding: ClassBinding, value: JsonValue): boolean {
  if (!isJsonObject(value)) return false;
  return value.members.every(([name, member]) => {
    const property = propertyOf(binding, name);
    return property !== undefined && (member === null || fitsProperty(binding, property, member));
  });
}

function fitsProperty(binding: ClassBinding, property: JsonProperty, value: JsonValue): boolean {
  const field = property.field as { codec?: Codec<unknown>; binding?: ClassBinding } | undefined;
  const item = (entry: JsonValue) =>
    entry === null ||
    (field?.binding !== undefined ? fitsObject(field.binding, entry) : fitsScalar(field!.codec!, entry));
  switch (property.kind) {
    case "scalar":
      return fitsScalar(field === undefined ? binding.textCodec! : field.codec!, value);
    case "object":
      return fitsObject(field!.binding!, value);
    case "scalars":
    case "objects":
    case "bareWrapper":
      return Array.isArray(value) && value.every(item);
    case "wrapper":
      return isJsonObject(value) && fitsWrapper(property, value, item);
  }
}

/** A wrapper object holds its items' array (or `null`) and nothing else. */
function fitsWrapper(property: JsonProperty, value: JsonObjectValue, item: (entry: JsonValue) => boolean): boolean {
  return value.members.every(
    ([name, items]) =>
      property.itemAliases!.has(name.toLowerCase()) && (items === null || (Array.isArray(items) && items.every(item))),
  );
}

function fitsScalar(codec: Codec<unknown>, value: JsonValue): boolean {
  if (value === null || Array.isArray(value) || isJsonObject(value)) return false;
  const text = typeof value === "string" ? value : isJsonNumber(value) ? value.number : String(value);
  try {
    jsonCodec(codec).parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What inference found: the class when certain, and every class that fits. */
export interface JsonClassInference {
  readonly type: BoundClass | undefined;
  readonly candidates: readonly BoundClass[];
  /** How the class was found (`by its shape`, `by its shape and its Type`), or why not. */
  readonly how: string;
}

/** The root classes a registry knows, for {@link inferJsonClass}. */
export interface RootClasses {
  readonly entries: readonly { readonly type: () => BoundClass }[];
  classForLinkType(linkType: string): BoundClass | undefined;
}

/**
 * The root class a JSON document is an instance of, where its shape makes that certain: exactly one
 * root class fits it, or several do and its `Type` (EM writes one on every resource) names one of them.
 */
export function inferJsonClass(value: JsonValue, registry: RootClasses): JsonClassInference {
  const candidates = fittingClasses(
    value,
    registry.entries.map((entry) => entry.type()),
  );
  if (candidates.length === 1) return { type: candidates[0], candidates, how: "by its shape" };
  if (candidates.length === 0) return { type: undefined, candidates, how: "no root class fits its shape" };
  const typeMember = isJsonObject(value) ? value.members.find(([name]) => name.toLowerCase() === "type") : undefined;
  const named = typeof typeMember?.[1] === "string" ? registry.classForLinkType(typeMember[1]) : undefined;
  if (named !== undefined && candidates.includes(named))
    return { type: named, candidates, how: "by its shape and its Type" };
  return { type: undefined, candidates, how: `${candidates.length} root classes fit its shape` };
}
