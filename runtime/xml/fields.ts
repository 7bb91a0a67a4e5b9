/**
 * Field descriptors: what generated classes declare about each member, as immutable data tagged by
 * `kind`. Each kind carries exactly what it needs; the runtime adds places and resolved classes in
 * the class bindings it builds (see class-binding.ts), never on these objects.
 */
import type { Codec } from "../codecs/codec.js";
import type { TypeTable } from "./type-table.js";

/** What every field has: the XML name and the TypeScript member. */
interface NamedField {
  /** The XML name (an attribute's, or the element's). */
  readonly name: string;
  /** The member of the generated class that holds the value. */
  readonly member: string;
}

/**
 * How EM's JSON form writes an element where it differs from the XML one; only what the schema says
 * (`jsonName`, `jsonArray`) is given. Names absent here follow the rules of runtime/json/json-names.ts.
 */
export interface JsonForm {
  /** The property name of the element (`jsonName` of the element). */
  readonly name?: string;
  /** A wrapper's: the property name of the array of its items (`jsonName` of the item element). */
  readonly item?: string;
  /** A wrapper's: written as the bare array of its items, not as an object holding it (`jsonArray`). */
  readonly array?: boolean;
}

/** What every child element field has beside its name: its JSON form, when the schema gives one. */
interface ElementNamedField extends NamedField {
  readonly json?: JsonForm;
}

/** An attribute with a scalar value. */
export interface AttributeField extends NamedField {
  readonly kind: "attribute";
  readonly codec: Codec<unknown>;
  /** Whether the schema requires it (`use="required"`); checked by validation. */
  readonly required: boolean;
}

/** A child element with scalar content, occurring `min` to `max` times (an array when `max` > 1). */
export interface ScalarField extends ElementNamedField {
  readonly kind: "scalar";
  readonly codec: Codec<unknown>;
  readonly min: number;
  /** `Infinity` when unbounded. */
  readonly max: number;
}

/** A child element bound to the class of schema type `type`, occurring `min` to `max` times. */
export interface ObjectField extends ElementNamedField {
  readonly kind: "object";
  /** The table `type` is looked up in: fields name their types so that modules need not import each other. */
  readonly table: TypeTable;
  readonly type: string;
  readonly min: number;
  readonly max: number;
}

/**
 * A wrapper element (`<Links><Link/>...</Links>`) surfaced as an array of its `item` elements, each
 * bound to the class of `type`. The wrapper occurs at most once.
 */
export interface WrappedObjectsField extends ElementNamedField {
  readonly kind: "wrappedObjects";
  readonly item: string;
  readonly table: TypeTable;
  readonly type: string;
  readonly min: number;
}

/** A wrapper element surfaced as an array of the scalar values of its `item` elements. */
export interface WrappedScalarsField extends ElementNamedField {
  readonly kind: "wrappedScalars";
  readonly item: string;
  readonly codec: Codec<unknown>;
  readonly min: number;
}

/** A child element field of any kind. */
export type ElementField = ScalarField | ObjectField | WrappedObjectsField | WrappedScalarsField;

/** Any field a generated class declares. */
export type Field = AttributeField | ElementField;

/** Declares an attribute field. */
export function attribute(name: string, member: string, codec: Codec<any>, required = false): AttributeField {
  return Object.freeze({ kind: "attribute", name, member, codec, required });
}

/** Declares a child element with scalar content, occurring `min` to `max` times (`Infinity`: unbounded). */
export function scalarElement(
  name: string,
  member: string,
  codec: Codec<any>,
  min = 0,
  max = 1,
  json?: JsonForm,
): ScalarField {
  return Object.freeze({ kind: "scalar", name, member, codec, min, max, ...jsonPart(json) });
}

/** Declares a child element bound to the class of schema type `type`. */
export function objectElement(
  table: TypeTable,
  name: string,
  member: string,
  type: string,
  min = 0,
  max = 1,
  json?: JsonForm,
): ObjectField {
  return Object.freeze({ kind: "object", name, member, table, type, min, max, ...jsonPart(json) });
}

/** Declares a wrapper element surfaced as an array of its `item` elements, of schema type `type`. */
export function wrappedElement(
  table: TypeTable,
  name: string,
  member: string,
  item: string,
  type: string,
  min = 0,
  json?: JsonForm,
): WrappedObjectsField {
  return Object.freeze({ kind: "wrappedObjects", name, member, item, table, type, min, ...jsonPart(json) });
}

/** Declares a wrapper element surfaced as an array of the scalar values of its `item` elements. */
export function wrappedScalars(
  name: string,
  member: string,
  item: string,
  codec: Codec<any>,
  min = 0,
  json?: JsonForm,
): WrappedScalarsField {
  return Object.freeze({ kind: "wrappedScalars", name, member, item, codec, min, ...jsonPart(json) });
}

/** The `json` member of a descriptor: there only when the schema gives a JSON form. */
function jsonPart(json: JsonForm | undefined): { readonly json?: JsonForm } {
  return json === undefined ? {} : { json: Object.freeze({ ...json }) };
}
