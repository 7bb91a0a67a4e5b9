/**
 * Emits the class of a complex type: `declare`d optional members, the static binding (data, see
 * `emit-binding.ts`), and the constructor that takes a typed init object.
 */
import {
  Scope,
  StructureKind,
  type ClassDeclarationStructure,
  type PropertyDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { isRepeated, lookUp, type IrAttribute, type IrClass, type IrElement } from "../ir.js";
import { bindingSpec, fieldTable } from "./emit-binding.js";
import { contentType, scalarType, type ImportSet, type SymbolTable } from "./scalars.js";

/** What a member's doc says when the schema requires the item; the type cannot (it is optional). */
const REQUIRED_NOTE = "Required by the schema: strict reading fails without it.";

/** The field table of a class (when it has own fields), then the class. */
export function emitClass(
  type: IrClass,
  classes: ReadonlyMap<string, IrClass>,
  symbols: SymbolTable,
  imports: ImportSet,
): StatementStructures[] {
  const base = type.base === undefined ? undefined : lookUp(classes, type.base);
  if (base === undefined) imports.runtime.add("XmlObject");
  else imports.value(lookUp(symbols.classes, base.schemaName).module, base.tsName);
  imports.runtimeTypes.add("ClassBinding");
  imports.runtimeTypes.add("Init");
  const table = fieldTable(type, classes, symbols, imports);
  const declaration: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: type.tsName,
    isExported: true,
    isAbstract: type.abstract,
    extends: base === undefined ? "XmlObject" : base.tsName,
    docs: [type.doc ?? `The ${type.schemaName} type.`],
    properties: [
      ...memberProperties(type, symbols, imports),
      brand(type),
      {
        name: "binding",
        isStatic: true,
        isReadonly: true,
        hasOverrideKeyword: base !== undefined,
        type: `ClassBinding<${type.tsName}>`,
        docs: ["How instances are read and written."],
        initializer: bindingSpec(type, base, symbols, imports),
      },
    ],
    // Written out though it only passes `init` on: TypeScript types a constructor's parameters
    // where the constructor is declared, and cannot name the class being constructed from the base
    // (`this` is not allowed in a constructor's parameters), so without it `new NASJob(init)` would
    // take any object instead of an `Init<NASJob>`.
    ctors: [
      {
        parameters: [{ name: "init", type: `Init<${type.tsName}>`, hasQuestionToken: true }],
        statements: ["super(init);"],
        docs: ["Makes an instance, optionally from plain data (nested objects may be plain too)."],
      },
    ],
  };
  return table === undefined ? [declaration] : [table, declaration];
}

/**
 * A private member that exists only for the compiler: with every member optional, two classes with
 * the same member names (a `Task` and a `NASJob` share all of `Entity`'s) would be interchangeable
 * types; a private member of its own makes each class a type of its own, as in JAXB or protobuf-es.
 * It is never set and cannot be read, so nothing at run time contradicts it.
 */
function brand(type: IrClass): PropertyDeclarationStructure {
  return {
    kind: StructureKind.Property,
    name: JSON.stringify(`emx:${type.tsName}`),
    scope: Scope.Private,
    isReadonly: true,
    hasDeclareKeyword: true,
    type: "never",
  };
}

/** The `declare`d members: the text, the attributes, the elements. Every member is optional, required ones too: see "Required items" in README. */
function memberProperties(type: IrClass, symbols: SymbolTable, imports: ImportSet): PropertyDeclarationStructure[] {
  const properties: PropertyDeclarationStructure[] = [];
  if (type.ownText !== undefined)
    properties.push(declared("value", scalarType(type.ownText, symbols, imports), ["The text content."]));
  for (const attribute of type.attributes) properties.push(attributeProperty(attribute, symbols, imports));
  for (const element of type.elements) properties.push(elementProperty(element, symbols, imports));
  return properties;
}

function attributeProperty(
  attribute: IrAttribute,
  symbols: SymbolTable,
  imports: ImportSet,
): PropertyDeclarationStructure {
  const type = scalarType(attribute.scalar, symbols, imports);
  return declared(
    attribute.member,
    type,
    docsOf(attribute.doc, `Attribute ${attribute.xmlName}`, [
      attribute.required ? REQUIRED_NOTE : undefined,
      attribute.defaultValue === undefined ? undefined : `Absent means ${attribute.defaultValue}.`,
    ]),
  );
}

function elementProperty(element: IrElement, symbols: SymbolTable, imports: ImportSet): PropertyDeclarationStructure {
  const item = contentType(element.wrapped?.content ?? element.content, symbols, imports);
  const array = element.wrapped !== undefined || isRepeated(element);
  return declared(
    element.member,
    array ? `${item}[]` : item,
    docsOf(element.doc, `Element ${element.xmlName}`, [
      element.minOccurs > 0 ? REQUIRED_NOTE : undefined,
      element.wrapped === undefined
        ? undefined
        : `Written as \`<${element.xmlName}>\` around one \`<${element.wrapped.item}>\` per item; absent and empty stay distinct.`,
    ]),
  );
}

/** `declare name?: type;` with its doc. */
function declared(name: string, type: string, docs: string[]): PropertyDeclarationStructure {
  return { kind: StructureKind.Property, name, type, hasQuestionToken: true, hasDeclareKeyword: true, docs };
}

function docsOf(doc: string | undefined, fallback: string, notes: readonly (string | undefined)[]): string[] {
  return [[doc ?? `${fallback}.`, ...notes.filter((note) => note !== undefined)].join("\n\n")];
}
