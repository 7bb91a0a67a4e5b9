/** How scalars appear in generated code: their TypeScript type and the codec expression. */
import type { IrContent, IrModel, IrScalar } from "../ir.js";
import type { BuiltinType } from "../schema-types.js";
import { camelCase } from "../passes/allocate-names.js";

const BUILTIN_CODECS: Record<BuiltinType, string> = {
  "xs:string": "stringCodec",
  "xs:boolean": "booleanCodec",
  "xs:int": "intCodec",
  "xs:long": "longCodec",
  "xs:unsignedShort": "unsignedShortCodec",
  "xs:unsignedLong": "unsignedLongCodec",
  "xs:double": "doubleCodec",
  "xs:dateTime": "dateTimeCodec",
  "xs:time": "timeCodec",
  "xs:duration": "durationCodec",
};

const BUILTIN_TYPES: Record<BuiltinType, string> = {
  "xs:string": "string",
  "xs:boolean": "boolean",
  "xs:int": "number",
  "xs:long": "number",
  "xs:unsignedShort": "number",
  "xs:unsignedLong": "number",
  "xs:double": "number",
  "xs:dateTime": "XmlDateTime",
  "xs:time": "XmlTime",
  "xs:duration": "string",
};

/** Where each restricted simple type and class lives, under its TypeScript name. */
export interface SymbolTable {
  /** Schema simple type name (those with facets) → TypeScript name and module. */
  readonly simpleTypes: ReadonlyMap<string, { readonly tsName: string; readonly module: string }>;
  /** Schema complex type name → class name and module. */
  readonly classes: ReadonlyMap<string, { readonly tsName: string; readonly module: string }>;
}

export function symbolTable(model: IrModel): SymbolTable {
  const simpleTypes = new Map<string, { tsName: string; module: string }>();
  const classes = new Map<string, { tsName: string; module: string }>();
  for (const file of model.files) {
    for (const simple of file.simpleTypes)
      simpleTypes.set(simple.schemaName, { tsName: simple.tsName, module: file.module });
    for (const type of file.classes) classes.set(type.schemaName, { tsName: type.tsName, module: file.module });
  }
  return { simpleTypes, classes };
}

const NUMERIC = new Set<BuiltinType>(["xs:int", "xs:long", "xs:unsignedShort", "xs:unsignedLong", "xs:double"]);

/** Whether enumerations of a built-in get a union type and codec (strings and numbers do). */
export function enumerable(builtin: BuiltinType): "string" | "number" | undefined {
  return builtin === "xs:string" ? "string" : NUMERIC.has(builtin) ? "number" : undefined;
}

/** Whether a scalar is an open enumeration with its own type and codec. */
export function isEnumeration(scalar: IrScalar): scalar is IrScalar & { enumeration: string } {
  return scalar.enumeration !== undefined && enumerable(scalar.builtin) !== undefined;
}

/** The codec name of a built-in, for enumerations over numbers. */
export function builtinCodec(builtin: BuiltinType): string {
  return BUILTIN_CODECS[builtin];
}

/** The name of a restricted simple type's codec constant. */
export function codecName(tsName: string): string {
  return `${camelCase(tsName)}Codec`;
}

/** Collects the names a module must import: runtime names, and names from sibling modules. */
export class ImportSet {
  readonly runtime = new Set<string>();
  readonly runtimeTypes = new Set<string>();
  /** Module → names used as values (bases, codecs). */
  readonly values = new Map<string, Set<string>>();
  /** Module → names used only as types. */
  readonly types = new Map<string, Set<string>>();

  constructor(private readonly module: string) {}

  value(module: string, name: string): void {
    if (module === this.module) return;
    const set = this.values.get(module) ?? new Set();
    set.add(name);
    this.values.set(module, set);
  }

  type(module: string, name: string): void {
    if (module === this.module) return;
    const set = this.types.get(module) ?? new Set();
    set.add(name);
    this.types.set(module, set);
  }
}

/** The codec expression of a scalar, recording its import. */
export function codecOf(scalar: IrScalar, symbols: SymbolTable, imports: ImportSet): string {
  if (scalar.simpleType !== undefined) {
    const target = symbols.simpleTypes.get(scalar.simpleType)!;
    const name = codecName(target.tsName);
    imports.value(target.module, name);
    return name;
  }
  const name = BUILTIN_CODECS[scalar.builtin];
  imports.runtime.add(name);
  return name;
}

/** The TypeScript type of a scalar, recording its import. */
export function scalarType(scalar: IrScalar, symbols: SymbolTable, imports: ImportSet): string {
  if (isEnumeration(scalar)) {
    const target = symbols.simpleTypes.get(scalar.enumeration)!;
    imports.type(target.module, target.tsName);
    return target.tsName;
  }
  const type = BUILTIN_TYPES[scalar.builtin];
  if (type === "XmlDateTime" || type === "XmlTime") imports.runtimeTypes.add(type);
  return type;
}

/** The TypeScript type of one occurrence of an element's content. */
export function contentType(content: IrContent, symbols: SymbolTable, imports: ImportSet): string {
  if (content.kind === "scalar") return scalarType(content.scalar, symbols, imports);
  const target = symbols.classes.get(content.type)!;
  imports.type(target.module, target.tsName);
  return target.tsName;
}
