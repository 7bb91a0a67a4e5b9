/**
 * The JSON layout of a class binding: its properties in the order EM's serializer writes them, with
 * their names in both cases, and lookups by name for the reader. Made once per binding, on first use.
 *
 * The order is .NET's: the class's own properties before its base's (most derived first), and in
 * each class its elements in schema order, then its attributes, then the text `Value`.
 */
import type { AttributeField } from "../xml/fields.js";
import type { ClassBinding, ElementSlot } from "../xml/class-binding.js";
import { TEXT_MEMBER } from "../xml/lexical.js";
import { arrayName, camelName, TEXT_PROPERTY, type JsonCase } from "./json-names.js";

/** How a property's value is written. */
export type JsonPropertyKind =
  /** An attribute, the text, or a single scalar element. */
  | "scalar"
  /** A repeated scalar element: an array of scalars. */
  | "scalars"
  /** A single object element. */
  | "object"
  /** A repeated object element: an array of objects. */
  | "objects"
  /** A wrapper written as the bare array of its items (`jsonArray`). */
  | "bareWrapper"
  /** A wrapper written as an object holding the array of its items. */
  | "wrapper";

/** One property of a class in EM's JSON form. */
export interface JsonProperty {
  readonly kind: JsonPropertyKind;
  /** The member of the class holding the value. */
  readonly member: string;
  /** The attribute field, or the element slot; undefined for the text. */
  readonly field: AttributeField | ElementSlot | undefined;
  /** The name in each case. */
  readonly names: Readonly<Record<JsonCase, string>>;
  /** The name in each case as the writer puts it before the value (`"Name":`). */
  readonly keys: Readonly<Record<JsonCase, string>>;
  /** A wrapper's: the name of the array of its items, in each case, and as the writer puts it. */
  readonly itemNames: Readonly<Record<JsonCase, string>> | undefined;
  readonly itemKeys: Readonly<Record<JsonCase, string>> | undefined;
  /** A wrapper's: the item names it is read under, lower-cased (the JSON name and the XML item name). */
  readonly itemAliases: ReadonlySet<string> | undefined;
  /** What a message calls it: `element Links`, `attribute Href`, `text`. */
  readonly description: string;
}

/** A binding's properties and how the reader finds them. */
export interface JsonLayout {
  /** In EM's order. */
  readonly properties: readonly JsonProperty[];
  /** By exact name in either case, and by the XML name. */
  readonly byName: ReadonlyMap<string, JsonProperty>;
  /** By lower-cased name: EM's reader ignores case. */
  readonly byFoldedName: ReadonlyMap<string, JsonProperty>;
}

const layouts = new WeakMap<ClassBinding, JsonLayout>();

/** The JSON layout of a binding (made on first use). */
export function jsonLayout(binding: ClassBinding): JsonLayout {
  let layout = layouts.get(binding);
  if (layout === undefined) layouts.set(binding, (layout = buildLayout(binding)));
  return layout;
}

function buildLayout(binding: ClassBinding): JsonLayout {
  const properties: JsonProperty[] = [];
  const elements = binding.elements;
  const attributes = binding.attributes;
  // Each link of the chain owns a run of the elements and attributes, in chain order (bases first).
  let elementStart = 0;
  let attributeStart = 0;
  const runs = binding.chain.map((link) => {
    const ownElements = link.fields.filter((field) => field.kind !== "attribute").length;
    const ownAttributes = link.fields.length - ownElements;
    const run = {
      elements: elements.slice(elementStart, elementStart + ownElements),
      attributes: attributes.slice(attributeStart, attributeStart + ownAttributes),
      text: link.textCodec !== undefined && (link.base === undefined || link.base.textCodec === undefined),
    };
    elementStart += ownElements;
    attributeStart += ownAttributes;
    return run;
  });
  for (const run of runs.reverse()) {
    for (const slot of run.elements) properties.push(elementProperty(slot));
    for (const field of run.attributes) properties.push(plainProperty("scalar", field.member, field, field.name));
    if (run.text) properties.push(plainProperty("scalar", TEXT_MEMBER, undefined, TEXT_PROPERTY));
  }
  return { properties, ...lookups(properties) };
}

function elementProperty(slot: ElementSlot): JsonProperty {
  switch (slot.kind) {
    case "scalar":
    case "object": {
      const kind =
        slot.kind === "scalar" ? (slot.repeated ? "scalars" : "scalar") : slot.repeated ? "objects" : "object";
      const name = slot.json?.name ?? (slot.repeated ? arrayName(slot.name) : slot.name);
      return plainProperty(kind, slot.member, slot, name);
    }
    default: {
      const bare = slot.json?.array === true;
      const name = slot.json?.name ?? (bare ? arrayName(slot.name) : slot.name);
      const item = slot.json?.item ?? arrayName(slot.item);
      return {
        ...plainProperty(bare ? "bareWrapper" : "wrapper", slot.member, slot, name),
        itemNames: bothCases(item),
        itemKeys: keysOf(bothCases(item)),
        itemAliases: bare ? undefined : new Set([item.toLowerCase(), slot.item.toLowerCase()]),
      };
    }
  }
}

function plainProperty(
  kind: JsonPropertyKind,
  member: string,
  field: AttributeField | ElementSlot | undefined,
  name: string,
): JsonProperty {
  const description =
    field === undefined ? "text" : field.kind === "attribute" ? `attribute ${field.name}` : `element ${field.name}`;
  const names = bothCases(name);
  return {
    kind,
    member,
    field,
    names,
    keys: keysOf(names),
    itemNames: undefined,
    itemKeys: undefined,
    itemAliases: undefined,
    description,
  };
}

function keysOf(names: Record<JsonCase, string>): Record<JsonCase, string> {
  return { pascal: `${JSON.stringify(names.pascal)}:`, camel: `${JSON.stringify(names.camel)}:` };
}

function bothCases(name: string): Record<JsonCase, string> {
  return { pascal: name, camel: camelName(name) };
}

/** The lookups; where two properties share a name, the first in EM's order (the most derived) has it. */
function lookups(properties: readonly JsonProperty[]): Pick<JsonLayout, "byName" | "byFoldedName"> {
  const byName = new Map<string, JsonProperty>();
  const byFoldedName = new Map<string, JsonProperty>();
  const add = (name: string, property: JsonProperty) => {
    if (!byName.has(name)) byName.set(name, property);
    const folded = name.toLowerCase();
    if (!byFoldedName.has(folded)) byFoldedName.set(folded, property);
  };
  for (const property of properties) {
    add(property.names.pascal, property);
    add(property.names.camel, property);
  }
  // XML names last: a JSON name of another property wins over them.
  for (const property of properties) if (property.field !== undefined) add(property.field.name, property);
  return { byName, byFoldedName };
}
