/**
 * Class bindings: what the runtime builds from a generated class's spec. The spec and its field
 * descriptors are never changed; the places of the fields in schema order, their lookups by name
 * and the bindings their types resolve to live here, made on first use (when every generated module
 * has loaded), and are shared by the reader, the writer and construction from init objects.
 */
import { BindingError } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import { readsAsText } from "../codecs/string.js";
import type {
  AttributeField,
  ElementField,
  Field,
  ObjectField,
  ScalarField,
  WrappedObjectsField,
  WrappedScalarsField,
} from "./fields.js";
import type { TypeTable } from "./type-table.js";
import type { XmlObject } from "./xml-object.js";

/** A choice group of a type's content: the element names of each branch. */
export interface ChoiceGroup {
  readonly required: boolean;
  readonly branches: readonly (readonly string[])[];
}

/** What the generator writes per class: its type, its base, how to make one, and its own fields. */
export interface BindingSpec<T extends XmlObject> {
  /** The schema type name. */
  readonly typeName: string;
  /** The class's name, as data: bundlers rename classes, and messages must still name them. */
  readonly className: string;
  /** The table the binding is added to. */
  readonly table: TypeTable;
  /** Whether the content admits elements of other namespaces (`xs:any`): kept even when strict. */
  readonly openContent?: boolean;
  /** Own choice groups; checked by validation. */
  readonly choices?: readonly ChoiceGroup[];
  readonly base: ClassBinding | undefined;
  readonly create: () => T;
  /** The codec of the text of a simple-content type. */
  readonly text?: Codec<unknown>;
  /** Every own field, in schema order (attributes first). */
  readonly fields: readonly Field[];
}

/** The place of an element field in the schema order of a class and its bases (bases first). */
interface Placed {
  readonly position: number;
}

/** Whether a scalar field's value is its text as it is (see {@link readsAsText}). */
interface Textual {
  readonly asText: boolean;
}

/** An attribute field in a class binding. */
export type AttributeSlot = AttributeField & Textual;
/** A scalar element field in a class binding; `repeated`: its member is an array of its occurrences. */
export type ScalarSlot = ScalarField & Placed & Textual & { readonly repeated: boolean };
/** An object element field in a class binding, with the binding of its type. */
export type ObjectSlot = ObjectField & Placed & { readonly repeated: boolean; readonly binding: ClassBinding };
/** A wrapper of objects in a class binding, with the binding of its items' type. */
export type WrappedObjectsSlot = WrappedObjectsField & Placed & { readonly binding: ClassBinding };
/** A wrapper of scalars in a class binding. */
export type WrappedScalarsSlot = WrappedScalarsField & Placed & Textual;
/** An element field as the runtime uses it: the descriptor's facts, its place, its resolved class. */
export type ElementSlot = ScalarSlot | ObjectSlot | WrappedObjectsSlot | WrappedScalarsSlot;

/** The lookups of a class binding over its whole chain, made once. */
interface Layout {
  readonly attributes: readonly AttributeSlot[];
  readonly elements: readonly ElementSlot[];
  readonly attributeByName: ReadonlyMap<string, AttributeSlot>;
  readonly elementByName: ReadonlyMap<string, ElementSlot>;
  readonly members: ReadonlyMap<string, AttributeSlot | ElementSlot>;
  readonly lists: readonly (ScalarSlot | ObjectSlot)[];
  /** Whether no two element fields of the chain share a name (a type may redefine a base's). */
  readonly uniqueNames: boolean;
}

const ABSTRACT = Symbol("abstract type");

/** The `create` of an abstract type: EM documents never carry one directly. */
export function abstractType(typeName: string): () => never {
  const create = () => {
    throw new BindingError(`type ${typeName} is abstract: an element of that type cannot be read or made`);
  };
  return Object.assign(create, { [ABSTRACT]: true });
}

/** A class binding: the spec of a generated class, with the lookups the reader and writer use. */
export class ClassBinding<T extends XmlObject = XmlObject> {
  /** The schema type name. */
  readonly typeName: string;
  /** The generated class's name (what messages call it; its `name` may be a bundler's). */
  readonly className: string;
  /** The table the binding is in, where its fields' types are looked up. */
  readonly table: TypeTable;
  /** The binding of the base type, if any. */
  readonly base: ClassBinding | undefined;
  /** Makes an empty instance. */
  readonly create: () => T;
  /** Whether the content admits foreign elements (`xs:any`). */
  readonly openContent: boolean;
  /** Own choice groups. */
  readonly choices: readonly ChoiceGroup[];
  /** Whether the type is abstract (no element is ever bound to it). */
  readonly abstract: boolean;
  /** The codec of the text content, here or in a base. */
  readonly textCodec: Codec<unknown> | undefined;
  /** The bindings from the root base down to this one. */
  readonly chain: readonly ClassBinding[];
  /** Own fields, as the spec gave them. */
  readonly fields: readonly Field[];
  private layout: Layout | undefined;

  constructor(spec: BindingSpec<T>) {
    this.typeName = spec.typeName;
    this.className = spec.className;
    this.table = spec.table;
    this.base = spec.base;
    this.create = spec.create;
    this.openContent = spec.openContent === true;
    this.choices = spec.choices ?? [];
    this.abstract = ABSTRACT in spec.create;
    this.textCodec = spec.text ?? spec.base?.textCodec;
    this.chain = [...(spec.base?.chain ?? []), this as ClassBinding];
    this.fields = spec.fields;
  }

  /** Every attribute field of the chain, bases first. */
  get attributes(): readonly AttributeSlot[] {
    return (this.layout ??= this.build()).attributes;
  }

  /** Every element field of the chain in schema order (bases first): an element's `position` is its index here. */
  get elements(): readonly ElementSlot[] {
    return (this.layout ??= this.build()).elements;
  }

  /** The element fields whose member is an array of their own occurrences (not wrappers). */
  get lists(): readonly (ScalarSlot | ObjectSlot)[] {
    return (this.layout ??= this.build()).lists;
  }

  /** Every field of the chain by member name. */
  get members(): ReadonlyMap<string, AttributeSlot | ElementSlot> {
    return (this.layout ??= this.build()).members;
  }

  /** The attribute field for a local name, here or in a base. */
  attribute(name: string): AttributeSlot | undefined {
    return (this.layout ??= this.build()).attributeByName.get(name);
  }

  /** The element field for a local name, here or in a base. */
  element(name: string): ElementSlot | undefined {
    return (this.layout ??= this.build()).elementByName.get(name);
  }

  /**
   * {@link element}, looked for first at `position` and just after it: children come in schema
   * order and lists in runs, so the field of the next child is most often one of those two.
   */
  elementNear(name: string, position: number): ElementSlot | undefined {
    const layout = (this.layout ??= this.build());
    if (position >= 0 && layout.uniqueNames) {
      const elements = layout.elements;
      const same = elements[position]!;
      if (same.name === name) return same;
      const next = elements[position + 1];
      if (next !== undefined && next.name === name) return next;
    }
    return layout.elementByName.get(name);
  }

  /** Whether instances of this binding's class are instances of `other`'s. */
  extends(other: ClassBinding): boolean {
    return this.chain.includes(other);
  }

  private build(): Layout {
    const base = this.base;
    const elements: ElementSlot[] = [...(base?.elements ?? [])];
    const attributes: AttributeSlot[] = [...(base?.attributes ?? [])];
    for (const field of this.fields) {
      if (field.kind === "attribute") attributes.push({ ...field, asText: readsAsText(field.codec) });
      else elements.push(slot(field, elements.length));
    }
    // The type's own fields win over a base's of the same name.
    const members = new Map<string, AttributeSlot | ElementSlot>(
      [...attributes, ...elements].map((f) => [f.member, f]),
    );
    const elementByName = new Map(elements.map((field) => [field.name, field]));
    return {
      attributes,
      elements,
      attributeByName: new Map(attributes.map((field) => [field.name, field])),
      elementByName,
      uniqueNames: elementByName.size === elements.length,
      members,
      lists: elements.filter(
        (field): field is ScalarSlot | ObjectSlot =>
          (field.kind === "scalar" || field.kind === "object") && field.repeated,
      ),
    };
  }
}

/**
 * An element field placed at `position`, its type resolved. Every slot has the same properties in
 * the same order (those a kind has no use for are undefined), so the reader's and writer's loads
 * from slots see one object shape whatever the kind.
 */
function slot(field: ElementField, position: number): ElementSlot {
  // The properties some kinds have and others not.
  const { item, codec, table, type, max } = field as {
    readonly item?: string;
    readonly codec?: Codec<unknown>;
    readonly table?: TypeTable;
    readonly type?: string;
    readonly max?: number;
  };
  return {
    kind: field.kind,
    name: field.name,
    member: field.member,
    json: field.json,
    item,
    codec,
    asText: codec !== undefined && readsAsText(codec),
    table,
    type,
    binding: type === undefined ? undefined : table!.get(type),
    min: field.min,
    max,
    repeated: max !== undefined && max > 1,
    position,
  } as ElementSlot;
}

/** Completes a generated spec into a binding and adds it to its table. */
export function defineBinding<T extends XmlObject>(spec: BindingSpec<T>): ClassBinding<T> {
  const binding = new ClassBinding(spec);
  spec.table.add(binding as unknown as ClassBinding);
  return binding;
}
