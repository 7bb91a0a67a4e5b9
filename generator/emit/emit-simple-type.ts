/** Emits a restricted simple type: its codec, and for an enumeration with literals its open union type. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { builtinFacts } from "../builtin-types.js";
import type { IrSimpleType } from "../ir.js";
import type { ImportSet } from "./scalars.js";
import { arrayLiteral, call, literal, objectLiteral, unionOf, type Expression } from "./writers.js";

/** The statements of one simple type: the union type (when it has one), then the codec. */
export function emitSimpleType(simple: IrSimpleType, imports: ImportSet): StatementStructures[] {
  const statements: StatementStructures[] = [];
  if (simple.literals !== undefined) statements.push(unionType(simple, simple.literals));
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      simple.literals === undefined
        ? `Codec of ${simple.schemaName}, with its facets.`
        : `Codec of {@link ${simple.tsName}}.`,
    ],
    declarations: [{ name: simple.codecName, initializer: codecExpression(simple, imports) }],
  });
  return statements;
}

/** `"A" | "B" | (string & {})`: the documented values, and any other (EM sends values outside its enums). */
function unionType(simple: IrSimpleType, literals: "string" | "number"): StatementStructures {
  const values = (simple.values ?? []).map((value) => (literals === "string" ? literal(value) : String(Number(value))));
  return {
    kind: StructureKind.TypeAlias,
    name: simple.tsName,
    isExported: true,
    type: unionOf([...values, `(${literals} & {})`]),
    docs: [
      `${simple.doc ?? `Values of ${simple.schemaName}.`} Open: other values are kept (strict reading rejects them).`,
    ],
  };
}

/** `enumerationCodec<T>(name, values, facets)` for a union type, else `restrictedCodec(name, base, facets)`. */
function codecExpression(simple: IrSimpleType, imports: ImportSet): Expression {
  const name = literal(simple.schemaName);
  const base = builtinFacts(simple.builtin).codec;
  const patterns = simple.patterns.length === 0 ? undefined : literal(simple.patterns);
  const values = simple.values === undefined ? undefined : arrayLiteral(simple.values.map(literal));
  if (simple.literals === undefined) {
    imports.runtime.add("restrictedCodec");
    imports.runtime.add(base);
    return call("restrictedCodec", [name, base, objectLiteral({ values, patterns })]);
  }
  imports.runtime.add("enumerationCodec");
  // A string codec is the default base; numbers name theirs.
  const numberBase = simple.literals === "number" ? base : undefined;
  if (numberBase !== undefined) imports.runtime.add(numberBase);
  const facets =
    numberBase === undefined && patterns === undefined ? [] : [objectLiteral({ base: numberBase, patterns })];
  return call(`enumerationCodec<${simple.tsName}>`, [name, values!, ...facets]);
}
