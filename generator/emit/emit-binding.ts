/**
 * Emits the binding of a class as data: its own field table (one descriptor per attribute, then
 * per element, in schema order) and the spec `defineBinding` turns into dispatch and write order.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { IrAttribute, IrClass, IrElement } from "../ir.js";
import { jsonFormLiteral } from "./json-form.js";
import { codecOf, type ImportSet, type SymbolTable } from "./scalars.js";
import { call, literal, objectLiteral, type Expression } from "./writers.js";

/** The constant holding a class's own fields by member name; none when it has no own fields. */
export function fieldTable(
  type: IrClass,
  classes: ReadonlyMap<string, IrClass>,
  symbols: SymbolTable,
  imports: ImportSet,
): StatementStructures | undefined {
  if (type.fieldsName === undefined) return undefined;
  const fields: Record<string, Expression> = {};
  for (const attribute of type.attributes) fields[attribute.member] = attributeField(attribute, symbols, imports);
  for (const element of type.elements)
    fields[element.member] = elementField(element, jsonFormLiteral(element, classes), symbols, imports);
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: type.fieldsName, initializer: objectLiteral(fields, "lines") }],
  };
}

/** `defineBinding<T>({ ... })`: the spec of a class's binding. */
export function bindingSpec(
  type: IrClass,
  base: IrClass | undefined,
  symbols: SymbolTable,
  imports: ImportSet,
): Expression {
  imports.runtime.add("defineBinding");
  if (type.abstract) imports.runtime.add("abstractType");
  const spec = objectLiteral(
    {
      typeName: literal(type.schemaName),
      className: literal(type.tsName),
      table: "types",
      base: base === undefined ? "undefined" : `${base.tsName}.binding`,
      create: type.abstract ? call("abstractType", [literal(type.schemaName)]) : `() => new ${type.tsName}()`,
      text: type.ownText === undefined ? undefined : codecOf(type.ownText, symbols, imports),
      openContent: type.openContent ? "true" : undefined,
      choices: type.choiceGroups.length > 0 ? literal(type.choiceGroups) : undefined,
      // Object.values keeps the table's order: attributes first, then elements in schema order, as the spec wants.
      fields: type.fieldsName === undefined ? "[]" : `Object.values(${type.fieldsName})`,
    },
    "lines",
  );
  return call(`defineBinding<${type.tsName}>`, [spec]);
}

/** `attribute(name, member, codec[, true])`. */
function attributeField(attribute: IrAttribute, symbols: SymbolTable, imports: ImportSet): Expression {
  imports.runtime.add("attribute");
  const required = attribute.required ? ["true"] : [];
  const codec = codecOf(attribute.scalar, symbols, imports);
  return call("attribute", [literal(attribute.xmlName), literal(attribute.member), codec, ...required]);
}

/**
 * The descriptor of an element: a collapsed wrapper, or a scalar or object element. `json`, the
 * element's JSON form when the schema gives one, is the factories' last argument.
 */
function elementField(
  element: IrElement,
  json: string | undefined,
  symbols: SymbolTable,
  imports: ImportSet,
): Expression {
  const names = [literal(element.xmlName), literal(element.member)];
  const jsonArgument = json === undefined ? [] : [json];
  if (element.wrapped !== undefined) {
    const item = literal(element.wrapped.item);
    const min = [
      ...(element.minOccurs === 0 && json === undefined ? [] : [String(element.minOccurs)]),
      ...jsonArgument,
    ];
    if (element.wrapped.content.kind === "scalar") {
      imports.runtime.add("wrappedScalars");
      const codec = codecOf(element.wrapped.content.scalar, symbols, imports);
      return call("wrappedScalars", [...names, item, codec, ...min]);
    }
    imports.runtime.add("wrappedElement");
    return call("wrappedElement", ["types", ...names, item, literal(element.wrapped.content.type), ...min]);
  }
  // Occurs are written only when they differ from the common optional single element.
  const max = element.maxOccurs === undefined ? "Infinity" : String(element.maxOccurs);
  const occurs = [
    ...(element.minOccurs === 0 && max === "1" && json === undefined ? [] : [String(element.minOccurs), max]),
    ...jsonArgument,
  ];
  if (element.content.kind === "scalar") {
    imports.runtime.add("scalarElement");
    return call("scalarElement", [...names, codecOf(element.content.scalar, symbols, imports), ...occurs]);
  }
  imports.runtime.add("objectElement");
  return call("objectElement", ["types", ...names, literal(element.content.type), ...occurs]);
}
