/**
 * Builders of small IR models for the pass tests: the fields the passes fill in start empty, as
 * lowering leaves them.
 */
import * as assert from "uvu/assert";
import type { BuiltinType } from "../../generator/builtin-types.js";
import type {
  IrAttribute,
  IrClass,
  IrContent,
  IrElement,
  IrFile,
  IrModel,
  IrRoot,
  IrScalar,
  IrSimpleType,
} from "../../generator/ir.js";
import { checkSchemas } from "../../generator/load/load-schemas.js";
import { lower } from "../../generator/lower/lower.js";
import { reservedNames } from "../../generator/reserved-names.js";
export const scalar = (builtin: BuiltinType = "xs:string"): IrScalar => ({
  builtin,
  simpleType: undefined,
  enumeration: undefined,
  patterns: [],
});

/** Class content for a type name, scalar content for an `xs:` built-in. */
export const contentOf = (type: string): IrContent =>
  type.startsWith("xs:") ? { kind: "scalar", scalar: scalar(type as BuiltinType) } : { kind: "class", type };

/** An element; `max` "unbounded" is `maxOccurs: undefined`. */
export function element(xmlName: string, type: string, min = 1, max: number | "unbounded" = 1): IrElement {
  return {
    xmlName,
    jsonName: undefined,
    member: "",
    content: contentOf(type),
    minOccurs: min,
    maxOccurs: max === "unbounded" ? undefined : max,
    choices: [],
    wrapped: undefined,
    doc: undefined,
  };
}

export function attribute(xmlName: string, builtin: BuiltinType = "xs:string"): IrAttribute {
  return { xmlName, member: "", scalar: scalar(builtin), required: false, defaultValue: undefined, doc: undefined };
}

export function klass(
  schemaName: string,
  parts: {
    base?: string;
    attributes?: IrAttribute[];
    elements?: IrElement[];
    text?: IrScalar;
    /** The text this class declares; its `text` when not given. */
    ownText?: IrScalar;
    openContent?: boolean;
    abstract?: boolean;
  } = {},
): IrClass {
  return {
    schemaName,
    tsName: "",
    fieldsName: undefined,
    doc: undefined,
    abstract: parts.abstract ?? false,
    base: parts.base,
    attributes: parts.attributes ?? [],
    elements: parts.elements ?? [],
    text: parts.text,
    ownText: parts.ownText ?? parts.text,
    choiceGroups: [],
    openContent: parts.openContent ?? false,
    jsonArray: false,
    wrapperOf: undefined,
  };
}

export const root = (name: string, type: string): IrRoot => ({ element: name, type, linkTypes: [], doc: undefined });

export const enumeration = (schemaName: string, values: string[]): IrSimpleType => ({
  schemaName,
  builtin: "xs:string",
  tsName: "",
  codecName: "",
  literals: "string",
  values,
  patterns: [],
  doc: undefined,
});

export function file(
  source: string,
  classes: IrClass[],
  roots: IrRoot[] = [],
  simpleTypes: IrSimpleType[] = [],
): IrFile {
  return { source, module: source.replace(/\.json$/, ""), doc: `The ${source} file.`, simpleTypes, classes, roots };
}

/** A model with the names the runtime really reserves (read from its export lists). */
export const model = (...files: IrFile[]): IrModel => ({ files, reservedNames: reservedNames() });

export const classesOf = (result: IrModel): IrClass[] => result.files.flatMap((f) => [...f.classes]);

export const classNamed = (result: IrModel, schemaName: string): IrClass => {
  const found = classesOf(result).find((type) => type.schemaName === schemaName);
  assert.ok(found, `no class ${schemaName}`);
  return found!;
};

/** The IR of small schema texts, through the loader and lowering. */
export function lowered(...sources: { file: string; sections: object }[]): IrModel {
  return lower(
    checkSchemas(
      sources.map(({ file: name, sections }) => ({
        file: name,
        text: JSON.stringify({ doc: "A schema of the tests.", ...sections }),
      })),
    ),
  );
}
