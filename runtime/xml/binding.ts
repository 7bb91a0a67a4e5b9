/**
 * The contract between generated classes and the runtime: field descriptors, class bindings,
 * the base class of every generated class, and construction from plain init objects.
 */
import type { Codec } from "../codecs/codec.js";
import { XmlDateTime } from "../codecs/date-time.js";
import { EXTRAS, type Extras } from "./extras.js";
import { XmlReadError } from "../errors.js";

/** A generated class: constructible from an init object, with its binding. */
export interface BoundClass<T extends XmlObject = XmlObject> {
  new (init?: never): T;
  readonly binding: ClassBinding<T>;
}

/** How an attribute maps to a member. */
export interface AttributeField {
  readonly name: string;
  readonly member: string;
  readonly codec: Codec<unknown>;
  /** Whether the schema requires it (`use="required"`); checked by validation. */
  readonly required: boolean;
}

/**
 * How a child element maps to a member. Scalar children have a `codec`; complex children a `type`
 * (a schema type name, looked up in the field's {@link TypeTable}). A collapsed wrapper
 * (`<Links><Link/>...</Links>` as `links: Link[]`) has `item`, the name of the repeated element
 * inside, and the codec or type of the items.
 */
export interface ElementField {
  readonly name: string;
  readonly member: string;
  /** Whether the member is an array of the element's occurrences. */
  readonly repeated: boolean;
  /** Fewest occurrences the schema allows; checked by validation. */
  readonly min: number;
  /** Most occurrences the schema allows (`Infinity` when unbounded); checked by validation. */
  readonly max: number;
  readonly codec: Codec<unknown> | undefined;
  readonly type: string | undefined;
  readonly item: string | undefined;
  readonly table: TypeTable | undefined;
  /** The binding of `type`, resolved on first use. */
  resolved: ClassBinding | undefined;
  /** Place in the schema order of the declaring type's content, bases first (set by {@link defineBinding}). */
  position: number;
}

/**
 * The bindings of one set of generated modules by schema type name. Fields name their types
 * instead of importing classes, so modules import each other only for base classes and cannot
 * form evaluation cycles.
 */
export class TypeTable {
  private readonly bindings = new Map<string, ClassBinding>();

  /** Adds a binding (each generated class does on definition). */
  add(binding: ClassBinding): void {
    this.bindings.set(binding.typeName, binding);
  }

  /** The binding of a schema type; throws when its module was never loaded. */
  get(typeName: string): ClassBinding {
    const binding = this.bindings.get(typeName);
    if (binding === undefined) {
      throw new Error(
        `type ${typeName} is not loaded: import the bindings from their package entry, which loads every module`,
      );
    }
    return binding;
  }
}

/** What the generator writes per class: its type, its base, how to make one, and its own fields. */
export interface BindingSpec<T extends XmlObject> {
  /** The schema type name. */
  readonly typeName: string;
  /** The table the binding is added to. */
  readonly table: TypeTable;
  /** Whether the content admits elements of other namespaces (`xs:any`): kept even when strict. */
  readonly openContent?: boolean;
  /** Own choice groups: the element names of each branch; checked by validation. */
  readonly choices?: readonly { readonly required: boolean; readonly branches: readonly (readonly string[])[] }[];
  readonly base: ClassBinding | undefined;
  readonly create: () => T;
  /** The codec of the text of a simple-content type. */
  readonly text?: Codec<unknown>;
  /** Every own field, in schema order (attributes first). */
  readonly fields: readonly (AttributeField | ElementField)[];
}

/** A class binding: the spec plus the lookups the reader needs across the base chain. */
export interface ClassBinding<T extends XmlObject = XmlObject> extends BindingSpec<T> {
  /** Own attribute fields, and own element fields in schema order: what the writer writes, link by link. */
  readonly ownAttributes: readonly AttributeField[];
  readonly ownElements: readonly ElementField[];
  /** The bindings from the root base down to this one. */
  readonly chain: readonly ClassBinding[];
  /** Finds the attribute field for a local name, here or in a base. */
  findAttribute(name: string): AttributeField | undefined;
  /** Finds the element field for a local name, here or in a base. */
  findChild(name: string): ElementField | undefined;
  /** The codec of the text content, here or in a base. */
  readonly textCodec: Codec<unknown> | undefined;
  /** Every field of the chain by member name. */
  readonly members: ReadonlyMap<string, AttributeField | ElementField>;
  /** Every attribute field of the chain, bases first. */
  readonly attributeFields: readonly AttributeField[];
  /** Every element field of the chain, in schema order. */
  readonly elementFields: readonly ElementField[];
  /** The element fields of the chain that are lists of their own occurrences (not wrappers). */
  readonly repeatedFields: readonly ElementField[];
}

/** Declares an attribute field. */
export function attribute(name: string, member: string, codec: Codec<any>, required = false): AttributeField {
  return { name, member, codec, required };
}

/** The parts every element field shares. */
function element(
  name: string,
  member: string,
  min: number,
  max: number,
  item: string | undefined,
): Omit<ElementField, "codec" | "type" | "table"> {
  return { name, member, min, max, repeated: max > 1 && item === undefined, item, resolved: undefined, position: 0 };
}

/** Declares a child element with scalar content, occurring `min` to `max` times (`Infinity`: unbounded). */
export function scalarElement(name: string, member: string, codec: Codec<any>, min = 0, max = 1): ElementField {
  return { ...element(name, member, min, max, undefined), codec, type: undefined, table: undefined };
}

/** Declares a child element bound to the class of schema type `type`. */
export function objectElement(
  table: TypeTable,
  name: string,
  member: string,
  type: string,
  min = 0,
  max = 1,
): ElementField {
  return { ...element(name, member, min, max, undefined), codec: undefined, type, table };
}

/** Declares a wrapper element surfaced as an array of its `item` elements, of schema type `type`. */
export function wrappedElement(
  table: TypeTable,
  name: string,
  member: string,
  item: string,
  type: string,
  min = 0,
): ElementField {
  return { ...element(name, member, min, 1, item), codec: undefined, type, table };
}

/** Declares a wrapper element surfaced as an array of the scalar values of its `item` elements. */
export function wrappedScalars(name: string, member: string, item: string, codec: Codec<any>, min = 0): ElementField {
  return { ...element(name, member, min, 1, item), codec, type: undefined, table: undefined };
}

/** Whether a field is an element field (attributes have no `repeated`). */
export function isElementField(field: AttributeField | ElementField): field is ElementField {
  return "repeated" in field;
}

/** The binding of a complex field, resolved once. */
export function bindingOf(field: ElementField): ClassBinding {
  return (field.resolved ??= field.table!.get(field.type!));
}

/** The `create` of an abstract type: EM documents never carry one directly. */
export function abstractType(typeName: string): () => never {
  return () => {
    throw new XmlReadError(`type ${typeName} is abstract: an element of that type cannot be read or made`);
  };
}

/** A lookup by XML name over the fields of the bases and the type's own (which win), in one map. */
function byName<T extends { readonly name: string }>(
  inherited: readonly T[] | undefined,
  own: readonly T[],
): (name: string) => T | undefined {
  const fields = new Map([...(inherited ?? []), ...own].map((field) => [field.name, field]));
  return (name) => fields.get(name);
}

/** Completes a generated spec into a binding. */
export function defineBinding<T extends XmlObject>(spec: BindingSpec<T>): ClassBinding<T> {
  const chain: ClassBinding[] = spec.base === undefined ? [] : [...spec.base.chain];
  // Elements of a base come before those of the type that extends it.
  let position = chain.reduce((count, binding) => count + binding.fields.filter(isElementField).length, 0);
  for (const field of spec.fields) if (isElementField(field)) field.position = position++;
  const base = spec.base;
  const ownAttributes = spec.fields.filter((field): field is AttributeField => !isElementField(field));
  const ownElements = spec.fields.filter(isElementField);
  let members: Map<string, AttributeField | ElementField> | undefined;
  let attributeFields: AttributeField[] | undefined;
  let elementFields: ElementField[] | undefined;
  let repeatedFields: ElementField[] | undefined;
  const binding: ClassBinding<T> = {
    ...spec,
    chain,
    ownAttributes,
    ownElements,
    textCodec: spec.text ?? base?.textCodec,
    findAttribute: byName(base?.attributeFields, ownAttributes),
    findChild: byName(base?.elementFields, ownElements),
    get attributeFields() {
      return (attributeFields ??= chain.flatMap((link) => link.ownAttributes));
    },
    get elementFields() {
      return (elementFields ??= chain.flatMap((link) => link.ownElements));
    },
    get repeatedFields() {
      return (repeatedFields ??= binding.elementFields.filter((field) => field.repeated && field.item === undefined));
    },
    get members() {
      if (members === undefined) {
        members = new Map(base?.members);
        for (const field of spec.fields) members.set(field.member, field);
      }
      return members;
    },
  };
  chain.push(binding as ClassBinding);
  spec.table.add(binding as ClassBinding);
  return binding;
}

/** Plain data accepted where a generated class is expected: nested objects may be plain too. */
export type Init<T> = {
  [K in keyof T as K extends symbol ? never : T[K] extends Function ? never : K]?: InitValue<T[K]>;
};

type InitValue<V> = V extends XmlObject
  ? V | Init<V>
  : V extends readonly (infer Item)[]
    ? InitValue<Item>[]
    : V extends XmlDateTime
      ? V | Date
      : V;

/**
 * The base of every generated class. Constructing with an init object copies it, turning nested
 * plain objects into instances of the field's class and `Date`s into {@link XmlDateTime}s.
 */
export abstract class XmlObject {
  declare [EXTRAS]?: Extras;

  constructor(init?: object) {
    if (init !== undefined) initialize(this, init, (new.target as unknown as BoundClass).binding);
  }
}

function initialize(target: XmlObject, init: object, binding: ClassBinding): void {
  const members = binding.members;
  for (const [key, value] of Object.entries(init)) {
    const field = members.get(key);
    (target as unknown as Record<string, unknown>)[key] =
      field === undefined || value === undefined ? value : convertInit(field, value);
  }
}

function convertInit(field: AttributeField | ElementField, value: unknown): unknown {
  if (isElementField(field) && field.type !== undefined) {
    const binding = bindingOf(field);
    const one = (item: unknown) => {
      if (item instanceof XmlObject || item === null || typeof item !== "object") return item;
      const object = binding.create();
      initialize(object, item, binding);
      return object;
    };
    return Array.isArray(value) ? value.map(one) : one(value);
  }
  const one = (item: unknown) =>
    item instanceof Date && field.codec!.name === "dateTime" ? XmlDateTime.fromDate(item) : item;
  return Array.isArray(value) ? value.map(one) : one(value);
}
