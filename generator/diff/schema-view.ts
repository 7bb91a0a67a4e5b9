/**
 * What a diff compares: the loaded schemas seen through the generator's own IR (lowered, passes
 * applied), so each member carries both its XML facts (type, occurs, choice, order) and its
 * TypeScript facts (class and property names, array or not, optional or not) exactly as generated.
 */
import { buildModel } from "../build-model.js";
import {
  isRepeated,
  lookUp,
  type IrAttribute,
  type IrContent,
  type IrElement,
  type IrScalar,
  type IrSimpleType,
} from "../ir.js";
import type { LoadedSchema } from "../load/load-schemas.js";
import { ImportSet, scalarType, symbolTable, type SymbolTable } from "../emit/scalars.js";
import { normalizePattern, restrictionOf, type ValueRestriction } from "./value-restriction.js";

/** An element, attribute or the text of a type, keyed as in paths: `Name`, `@Name`, `#text`. */
export interface MemberView {
  readonly key: string;
  /** The TypeScript property. */
  readonly member: string;
  /** The XML type for people: a complex or restricted simple type's name, or a built-in. */
  readonly xmlType: string;
  /** What identifies the XML type: the built-in and restriction of a scalar, or the class. */
  readonly xmlIdentity: string;
  /** The rules a scalar's values follow; `undefined` for elements of a complex type. */
  readonly restriction: ValueRestriction | undefined;
  /** The property's TypeScript type for people, `NASObject[]`. */
  readonly tsType: string;
  /**
   * What identifies the TypeScript type, by schema names, without array or optional. Enumerations
   * are open unions (`"A" | "B" | (string & {})`), as assignable as their built-in's type, so they
   * count as that.
   */
  readonly tsIdentity: string;
  readonly array: boolean;
  /** The item element, when the element is a wrapper collapsed into an array (`Link` of `Links`). */
  readonly wrappedItem: string | undefined;
  readonly optional: boolean;
  readonly minOccurs: number;
  /** `undefined` for unbounded. */
  readonly maxOccurs: number | undefined;
  /** Whether it sits in a choice of several branches. */
  readonly exclusive: boolean;
  /** Order position among the elements; elements of one choice share a slot. `-1` for attributes and text. */
  readonly slot: number;
  readonly defaultValue: string | undefined;
  readonly doc: string | undefined;
}

export interface TypeView {
  readonly name: string;
  readonly tsName: string;
  readonly area: string;
  readonly base: string | undefined;
  readonly abstract: boolean;
  readonly openContent: boolean;
  readonly doc: string | undefined;
  /** Own members: the text, the attributes, then the elements in schema order. */
  readonly members: readonly MemberView[];
}

/** A simple type with facets (the ones the generator gives a codec, enumerations a union type), patterns normalised. */
export type SimpleTypeView = IrSimpleType & { readonly area: string };

export interface RootView {
  readonly name: string;
  readonly type: string;
  readonly area: string;
  readonly linkTypes: readonly string[];
  readonly doc: string | undefined;
}

export interface SchemaView {
  readonly types: ReadonlyMap<string, TypeView>;
  readonly simpleTypes: ReadonlyMap<string, SimpleTypeView>;
  readonly roots: ReadonlyMap<string, RootView>;
}

/** Builds the view of a set of loaded schemas. */
export function schemaView(schemas: readonly LoadedSchema[]): SchemaView {
  const model = buildModel(schemas);
  const values = new Map<string, readonly string[]>();
  for (const file of model.files)
    for (const simple of file.simpleTypes)
      if (simple.values !== undefined) values.set(simple.schemaName, simple.values);
  const scope: Scope = { symbols: symbolTable(model), values };
  const types = new Map<string, TypeView>();
  const simpleTypes = new Map<string, SimpleTypeView>();
  const roots = new Map<string, RootView>();
  for (const file of model.files) {
    const area = file.source;
    for (const simple of file.simpleTypes) {
      simpleTypes.set(simple.schemaName, { ...simple, area, patterns: simple.patterns.map(normalizePattern) });
    }
    for (const type of file.classes) {
      const members: MemberView[] = [];
      if (type.text !== undefined) members.push(textView(type.text, scope));
      for (const attribute of type.attributes) members.push(attributeView(attribute, scope));
      members.push(...elementViews(type.elements, scope));
      const { schemaName: name, tsName, base, abstract, openContent, doc } = type;
      types.set(name, { name, tsName, area, base, abstract, openContent, doc, members });
    }
    for (const root of file.roots) {
      const { element: name, type, linkTypes, doc } = root;
      roots.set(name, { name, type, area, linkTypes, doc });
    }
  }
  return { types, simpleTypes, roots };
}

/** What naming a member's types needs: the generator's symbols and the enumerations' values. */
interface Scope {
  readonly symbols: SymbolTable;
  readonly values: ReadonlyMap<string, readonly string[]>;
}

type ContentFacts = Pick<MemberView, "xmlType" | "xmlIdentity" | "restriction" | "tsType" | "tsIdentity">;

function scalarFacts(scalar: IrScalar, scope: Scope): ContentFacts {
  const tsType = scalarType(scalar, scope.symbols, new ImportSet(""));
  return {
    xmlType: scalar.simpleType ?? scalar.builtin,
    xmlIdentity: `${scalar.builtin} ${scalar.simpleType ?? ""}`.trim(),
    restriction: restrictionOf(scalar, scope.values),
    tsType,
    tsIdentity: scalarType({ ...scalar, enumeration: undefined }, scope.symbols, new ImportSet("")),
  };
}

function contentFacts(content: IrContent, scope: Scope): ContentFacts {
  if (content.kind === "scalar") return scalarFacts(content.scalar, scope);
  const tsName = lookUp(scope.symbols.classes, content.type).tsName;
  return {
    xmlType: content.type,
    xmlIdentity: content.type,
    restriction: undefined,
    tsType: tsName,
    tsIdentity: `class ${content.type}`,
  };
}

const SINGLE = { array: false, wrappedItem: undefined, maxOccurs: 1, exclusive: false, slot: -1 } as const;

function textView(scalar: IrScalar, scope: Scope): MemberView {
  const facts = scalarFacts(scalar, scope);
  return {
    key: "#text",
    member: "value",
    ...facts,
    ...SINGLE,
    optional: false,
    minOccurs: 1,
    defaultValue: undefined,
    doc: undefined,
  };
}

function attributeView(attribute: IrAttribute, scope: Scope): MemberView {
  return {
    key: `@${attribute.xmlName}`,
    member: attribute.member,
    ...scalarFacts(attribute.scalar, scope),
    ...SINGLE,
    optional: !attribute.required,
    minOccurs: attribute.required ? 1 : 0,
    defaultValue: attribute.defaultValue,
    doc: attribute.doc,
  };
}

/** The elements of a type; one view per name (a name repeated in several branches is one member). */
function elementViews(elements: readonly IrElement[], scope: Scope): MemberView[] {
  const views = new Map<string, MemberView>();
  let slot = -1;
  let previousGroup: number | undefined;
  for (const element of elements) {
    const group = element.choices[0]?.group;
    if (group === undefined || group !== previousGroup) slot++;
    previousGroup = group;
    if (views.has(element.xmlName)) continue;
    const facts = contentFacts(element.content, scope);
    const item = contentFacts(element.wrapped?.content ?? element.content, scope);
    const array = isRepeated(element) || element.wrapped !== undefined;
    views.set(element.xmlName, {
      key: element.xmlName,
      member: element.member,
      ...facts,
      tsType: array ? `${item.tsType}[]` : item.tsType,
      tsIdentity: item.tsIdentity,
      array,
      wrappedItem: element.wrapped?.item,
      optional: element.minOccurs === 0 || element.wrapped !== undefined,
      minOccurs: element.minOccurs,
      maxOccurs: element.maxOccurs,
      exclusive: element.choices.length > 0,
      slot,
      defaultValue: undefined,
      doc: element.doc,
    });
  }
  return [...views.values()];
}
