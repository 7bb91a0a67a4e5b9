/**
 * What the schema does not describe but a document carried: unknown attributes and elements,
 * stray text, comments and processing instructions, and lexical forms that differ from the
 * canonical one. Kept on each object under the {@link EXTRAS} symbol so a GET-modify-PUT writes
 * them back where they were.
 */
import type { JsonExtras } from "../json/json-extras.js";

/** The key under which an object (or a collapsed wrapper array) keeps its {@link Extras}. */
export const EXTRAS: unique symbol = Symbol.for("emx.extras");

/** An attribute as written: qualified name and value. */
export type RawAttribute = readonly [name: string, value: string];

/** An element the schema does not know, kept whole as its XML. */
export interface UnknownElement {
  readonly kind: "element";
  /** The qualified name as written (`Foo`, `x:Foo`). */
  readonly name: string;
  /**
   * The element and everything in it as XML, from its start tag to its end tag, written back in
   * its place as it is: the document's own text where the reader still held it whole, else made
   * again from what was read (the same content, references and quotes perhaps written otherwise).
   */
  xml: string;
}

/** Anything kept verbatim in a place the schema does not give it. */
export type UnknownNode =
  | UnknownElement
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "cdata"; readonly text: string }
  | { readonly kind: "comment"; readonly text: string }
  | { readonly kind: "instruction"; readonly target: string; readonly body: string };

/**
 * An unknown node in its place: it came after `after` known child elements of its parent. One
 * object, not a node and a place: a document may hold many such nodes.
 */
export type PlacedNode = UnknownNode & { readonly after: number };

/** Everything an object keeps beside its typed fields. */
export interface Extras {
  /** Unknown attributes and namespace declarations other than the default one, in document order. */
  attributes?: RawAttribute[];
  /** Unknown child nodes with their places, in document order. */
  nodes?: PlacedNode[];
  /** Non-canonical lexical forms of scalar fields, by the keys of lexical.ts (`retryTimes`, `days[2]`). */
  lexical?: Map<string, string>;
  /** On a root read without a namespace (a snippet): written back without one too. */
  noNamespace?: boolean;
  /** On a root: the element name it was read under, when its class is the type of several roots. */
  rootName?: string;
  /** What EM's JSON form carried beside the typed fields (`null` slots, quoted numbers, unknown properties). */
  json?: JsonExtras;
}

/** The extras of an object or array, if it has any. */
export function extrasOf(target: object): Extras | undefined {
  return (target as { [EXTRAS]?: Extras })[EXTRAS];
}

/** Gets or creates the extras of an object or array. */
export function ensureExtras(target: object): Extras {
  const holder = target as { [EXTRAS]?: Extras };
  let extras = holder[EXTRAS];
  if (extras === undefined) {
    extras = {};
    // Not enumerable, so arrays and objects still compare and print as plain data.
    Object.defineProperty(target, EXTRAS, { value: extras, writable: true, configurable: true, enumerable: false });
  }
  return extras;
}
