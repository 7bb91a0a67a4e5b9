/**
 * What a document read in one wire form holds that the other form has no place for, found on the
 * objects read: XML's unknown elements, attributes, text and processing instructions have no JSON
 * form; JSON's unknown properties have no XML form (losses). JSON's `null` slots, and what EM's JSON
 * adds to a time of day (a date), only have no XML spelling (notes: the values are kept).
 */
import type { Codec } from "../runtime/codecs/codec.js";
import { EXTRAS, type Extras } from "../runtime/xml/extras.js";
import { XmlObject, type BoundClass } from "../index.js";

/** What a conversion drops: losses change what a reader of the output sees; notes only its spelling. */
export interface ConversionLosses {
  readonly losses: string[];
  readonly notes: string[];
}

/** What converting `object` into `to` drops, each with the member path it is at; notes of a kind in one line. */
export function conversionLosses(object: XmlObject, to: "json" | "xml"): ConversionLosses {
  const found = { losses: [] as string[], notes: [] as string[] };
  visit(object, "", to, found, new Set());
  const nulls = found.notes
    .filter((note) => note.endsWith(" is null"))
    .map((note) => note.slice(0, -" is null".length));
  const others = found.notes.filter((note) => !note.endsWith(" is null"));
  if (nulls.length > 0)
    others.unshift(`${nulls.length} null ${nulls.length === 1 ? "slot" : "slots"} left out: ${brief(nulls)}`);
  return { losses: found.losses, notes: others };
}

/** Up to five items, and how many more. */
function brief(items: readonly string[]): string {
  return items.length <= 5 ? items.join(", ") : `${items.slice(0, 5).join(", ")} and ${items.length - 5} more`;
}

function visit(value: unknown, path: string, to: "json" | "xml", found: ConversionLosses, seen: Set<object>): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const extras = (value as { [EXTRAS]?: Extras })[EXTRAS];
  const at = path === "" ? "the root" : path;
  const inner = (member: string) => (path === "" ? member : `${path}.${member}`);
  if (extras !== undefined) {
    if (to === "json") xmlOnly(extras, at, found);
    else jsonOnly(value, extras, at, inner, found);
  }
  for (const [member, inner] of Object.entries(value)) {
    visit(
      inner,
      Array.isArray(value) ? `${path}[${member}]` : path === "" ? member : `${path}.${member}`,
      to,
      found,
      seen,
    );
  }
}

function xmlOnly(extras: Extras, at: string, found: ConversionLosses): void {
  for (const node of extras.nodes ?? []) {
    if (node.kind === "comment") found.notes.push(`a comment in ${at}`);
    else if (node.kind === "element") found.losses.push(`element ${node.name} in ${at}`);
    else if (node.kind === "instruction") found.losses.push(`processing instruction ${node.target} in ${at}`);
    else if (node.text.trim() !== "") found.losses.push(`text ${JSON.stringify(node.text.trim())} in ${at}`);
  }
  for (const [name] of extras.attributes ?? [])
    if (name !== "xmlns" && !name.startsWith("xmlns:")) found.losses.push(`attribute ${name} of ${at}`);
}

function jsonOnly(
  value: object,
  extras: Extras,
  at: string,
  inner: (member: string) => string,
  found: ConversionLosses,
): void {
  const json = extras.json;
  for (const property of json?.properties ?? []) found.losses.push(`property ${property.name} of ${at}`);
  for (const member of json?.nulls ?? []) found.notes.push(`${inner(member)} is null`);
  if (!(value instanceof XmlObject)) return;
  const members = (value.constructor as BoundClass).binding.members;
  for (const [key, text] of extras.lexical ?? []) {
    const codec = (members.get(key.replace(/\[\d+\]$/, "")) as { codec?: Codec<unknown> } | undefined)?.codec;
    if (codec !== undefined && !reads(codec, text))
      found.notes.push(
        `${inner(key)} is ${JSON.stringify(text)} in JSON, a form XML's ${codec.name} cannot spell: written as the ${codec.name} it holds`,
      );
  }
}

function reads(codec: Codec<unknown>, text: string): boolean {
  try {
    codec.parse(text);
    return true;
  } catch {
    return false;
  }
}
