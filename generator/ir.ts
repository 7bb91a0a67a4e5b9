/**
 * The intermediate representation: plain, readonly, JSON-serialisable data. Lowering builds it from
 * the schema files; passes rewrite it; emit is a pure function of it.
 */
import type { BuiltinType } from "./builtin-types.js";

export interface IrModel {
  readonly files: readonly IrFile[];
  /** Names the generated classes and enumerations may not take (see `reserved-names.ts`). */
  readonly reservedNames: readonly string[];
}

/** One schema file and what it defines; emitted as one module. */
export interface IrFile {
  /** The schema file name, `nas.json`. */
  readonly source: string;
  /** The module name, `nas` (emitted as `nas.gen.ts`). */
  readonly module: string;
  readonly doc: string;
  /** Simple types with facets (enumeration, patterns): each gets a codec, enumerations a type too. */
  readonly simpleTypes: readonly IrSimpleType[];
  readonly classes: readonly IrClass[];
  readonly roots: readonly IrRoot[];
}

/**
 * A simple type with facets: an enumeration (an open union type and its codec) or patterns (a codec
 * that validation checks them with). Facets of base simple types are included.
 */
export interface IrSimpleType {
  readonly schemaName: string;
  /** The built-in the values are of (`xs:string`, `xs:int`, ...). */
  readonly builtin: BuiltinType;
  /** Assigned by `allocate-names`: the name of the union type of an enumeration. */
  readonly tsName: string;
  /** Assigned by `allocate-names`: the name of the codec constant. */
  readonly codecName: string;
  /**
   * The literals the open union type of an enumeration spells its values with; `undefined` when the
   * type gets no union type (patterns only, or values TypeScript has no literal for, such as dates).
   */
  readonly literals: "string" | "number" | undefined;
  /** The documented values, for an enumeration (its own, or the nearest base's). */
  readonly values: readonly string[] | undefined;
  /** Patterns of the type and its bases; a value must match all of them. */
  readonly patterns: readonly string[];
  readonly doc: string | undefined;
}

/** What a scalar (attribute, simple element, text content) holds. */
export interface IrScalar {
  readonly builtin: BuiltinType;
  /** The nearest simple type of the chain with facets, whose codec the scalar uses. */
  readonly simpleType: string | undefined;
  /** The schema name of the enumeration, when it is one. */
  readonly enumeration: string | undefined;
  /** Patterns of the simple type chain, innermost first (checked by validation, not by the reader). */
  readonly patterns: readonly string[];
}

export interface IrAttribute {
  readonly xmlName: string;
  /** Assigned by `allocate-names`. */
  readonly member: string;
  readonly scalar: IrScalar;
  readonly required: boolean;
  readonly defaultValue: string | undefined;
  readonly doc: string | undefined;
}

/** What a child element holds: a scalar, or an object of a class. */
export type IrContent =
  { readonly kind: "scalar"; readonly scalar: IrScalar } | { readonly kind: "class"; readonly type: string };

export interface IrElement {
  readonly xmlName: string;
  /** The property name in EM's JSON form, where the schema gives one apart from the XML name. */
  readonly jsonName: string | undefined;
  /** Assigned by `allocate-names`. */
  readonly member: string;
  readonly content: IrContent;
  readonly minOccurs: number;
  /** `undefined` for unbounded. */
  readonly maxOccurs: number | undefined;
  /**
   * The choices (of more than one branch) the element sits in, outermost first: the group, numbered
   * within its type, and the branch. Elements of different branches of a group exclude each other.
   * `required`: one branch must be present (see {@link IrChoiceGroup.required}).
   */
  readonly choices: readonly { readonly group: number; readonly branch: number; readonly required: boolean }[];
  /** Set by `collapse-wrappers` when the element's type holds only one repeated element. */
  readonly wrapped: { readonly item: string; readonly content: IrContent } | undefined;
  readonly doc: string | undefined;
}

/** A choice of more than one branch, as the element names of each branch; validation checks them. */
export interface IrChoiceGroup {
  /**
   * Whether one of the branches must be present: the choice is required and every branch needs an
   * element the type names (a branch that may be empty, or met by `xs:any`, could be taken unseen).
   */
  readonly required: boolean;
  readonly branches: readonly (readonly string[])[];
}

export interface IrClass {
  /** The schema type name (named, or made up for an anonymous type). */
  readonly schemaName: string;
  /** Assigned by `allocate-names`. */
  readonly tsName: string;
  /**
   * Assigned by `allocate-names`: the module constant holding the own field table; `undefined`
   * when the class has no own attributes or elements.
   */
  readonly fieldsName: string | undefined;
  readonly doc: string | undefined;
  readonly abstract: boolean;
  readonly base: string | undefined;
  /** Own attributes (not the base's). */
  readonly attributes: readonly IrAttribute[];
  /** Own child elements in schema order (not the base's). */
  readonly elements: readonly IrElement[];
  /** The scalar of the text content, for simple-content types (here or inherited). */
  readonly text: IrScalar | undefined;
  /** The text scalar when this type declares it rather than inheriting it: its binding names the codec. */
  readonly ownText: IrScalar | undefined;
  /** The own outermost choice groups, in schema order (nested ones are within a branch that may be absent). */
  readonly choiceGroups: readonly IrChoiceGroup[];
  /** Whether the content model admits elements from other namespaces (`xs:any`). */
  readonly openContent: boolean;
  /** Whether EM's JSON writes an element of this (wrapper) type as the bare array of its items. */
  readonly jsonArray: boolean;
  /** Set by `collapse-wrappers`: the one repeated element this type consists of. */
  readonly wrapperOf: { readonly item: string; readonly content: IrContent } | undefined;
}

export interface IrRoot {
  readonly element: string;
  readonly type: string;
  readonly linkTypes: readonly string[];
  readonly doc: string | undefined;
}

/** Whether an element occurs more than once. */
export function isRepeated(element: Pick<IrElement, "maxOccurs">): boolean {
  return element.maxOccurs === undefined || element.maxOccurs > 1;
}

/**
 * What the model declares under a schema name, from an index of it. The loader's checks guarantee
 * that every name the model refers to is declared; a miss is a broken invariant, not a schema problem.
 */
export function lookUp<T>(index: ReadonlyMap<string, T>, schemaName: string): T {
  const found = index.get(schemaName);
  if (found === undefined) throw new Error(`the model refers to ${schemaName}, which no schema file declares`);
  return found;
}

/** Every class of the model by schema name. */
export function classIndex(model: IrModel): Map<string, IrClass> {
  const index = new Map<string, IrClass>();
  for (const file of model.files) for (const type of file.classes) index.set(type.schemaName, type);
  return index;
}
