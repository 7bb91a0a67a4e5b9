/** How scalars appear in generated code: their TypeScript type and the codec expression. */
import { builtinFacts } from "../builtin-types.js";
import { lookUp, type IrContent, type IrModel, type IrScalar } from "../ir.js";

/** A generated declaration: its name and the module that declares it. */
interface Declaration {
  readonly tsName: string;
  readonly module: string;
}

/** A restricted simple type's declarations: its union type (of an enumeration) and codec. */
interface SimpleTypeSymbol extends Declaration {
  readonly codecName: string;
  readonly literals: "string" | "number" | undefined;
}

/** Where each restricted simple type and class lives, under its TypeScript name. */
export interface SymbolTable {
  /** Schema simple type name (those with facets) → its declarations. */
  readonly simpleTypes: ReadonlyMap<string, SimpleTypeSymbol>;
  /** Schema complex type name → class name and module. */
  readonly classes: ReadonlyMap<string, Declaration>;
}

export function symbolTable(model: IrModel): SymbolTable {
  const simpleTypes = new Map<string, SimpleTypeSymbol>();
  const classes = new Map<string, Declaration>();
  for (const { module, simpleTypes: simples, classes: types } of model.files) {
    for (const { schemaName, tsName, codecName, literals } of simples)
      simpleTypes.set(schemaName, { tsName, module, codecName, literals });
    for (const type of types) classes.set(type.schemaName, { tsName: type.tsName, module });
  }
  return { simpleTypes, classes };
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
    if (module !== this.module) this.values.set(module, (this.values.get(module) ?? new Set()).add(name));
  }

  type(module: string, name: string): void {
    if (module !== this.module) this.types.set(module, (this.types.get(module) ?? new Set()).add(name));
  }
}

/** The codec expression of a scalar, recording its import. */
export function codecOf(scalar: IrScalar, symbols: SymbolTable, imports: ImportSet): string {
  if (scalar.simpleType !== undefined) {
    const target = lookUp(symbols.simpleTypes, scalar.simpleType);
    imports.value(target.module, target.codecName);
    return target.codecName;
  }
  const name = builtinFacts(scalar.builtin).codec;
  imports.runtime.add(name);
  return name;
}

/** The TypeScript type of a scalar (an enumeration's union type, or the built-in's), recording its import. */
export function scalarType(scalar: IrScalar, symbols: SymbolTable, imports: ImportSet): string {
  const enumeration = scalar.enumeration === undefined ? undefined : lookUp(symbols.simpleTypes, scalar.enumeration);
  if (enumeration?.literals !== undefined) {
    imports.type(enumeration.module, enumeration.tsName);
    return enumeration.tsName;
  }
  const type = builtinFacts(scalar.builtin).tsType;
  if (type === "XmlDateTime" || type === "XmlTime") imports.runtimeTypes.add(type);
  return type;
}

/** The TypeScript type of one occurrence of an element's content. */
export function contentType(content: IrContent, symbols: SymbolTable, imports: ImportSet): string {
  if (content.kind === "scalar") return scalarType(content.scalar, symbols, imports);
  const target = lookUp(symbols.classes, content.type);
  imports.type(target.module, target.tsName);
  return target.tsName;
}
