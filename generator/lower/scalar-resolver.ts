/**
 * Resolves type references of checked schema files to what the IR says of them: the scalar of a
 * simple type (its built-in, the simple type whose codec it uses, its enumeration and patterns),
 * the content of an element, the text content of a simple-content type.
 */
import { builtinFacts, isBuiltin } from "../builtin-types.js";
import type { IrContent, IrScalar, IrSimpleType } from "../ir.js";
import type { LoadedSchema } from "../load/load-schemas.js";
import type { SimpleTypeSchema, TypeBodySchema } from "../schema-types.js";

export class ScalarResolver {
  private readonly simpleTypes = new Map<string, SimpleTypeSchema>();
  /** Complex types by name: their simple content and base. */
  private readonly complexTypes = new Map<string, TypeBodySchema>();

  constructor(schemas: readonly LoadedSchema[]) {
    for (const { schema } of schemas) {
      for (const type of schema.simpleTypes ?? []) this.simpleTypes.set(type.name, type);
      for (const type of schema.complexTypes ?? []) this.complexTypes.set(type.name, type);
    }
  }

  /** The scalar of a built-in or simple type, facets of the whole chain included. */
  scalarOf(typeName: string): IrScalar {
    const patterns: string[] = [];
    let enumeration: string | undefined;
    let restricted: string | undefined;
    let name = typeName;
    while (!isBuiltin(name)) {
      const simple = this.simpleType(name);
      if (simple.pattern !== undefined) patterns.push(simple.pattern);
      if (simple.enumeration !== undefined) enumeration ??= simple.name;
      if (simple.enumeration !== undefined || simple.pattern !== undefined) restricted ??= simple.name;
      name = simple.base;
    }
    return { builtin: name, simpleType: restricted, enumeration, patterns };
  }

  /** What an element of a type holds: a scalar, or an object of a class. */
  contentOf(typeName: string): IrContent {
    return isBuiltin(typeName) || this.simpleTypes.has(typeName)
      ? { kind: "scalar", scalar: this.scalarOf(typeName) }
      : { kind: "class", type: typeName };
  }

  /** The text scalar of a simple-content type, here or in the nearest base that has one. */
  textOf(body: TypeBodySchema): IrScalar | undefined {
    if (body.simpleContent !== undefined) return this.scalarOf(body.simpleContent);
    return body.base === undefined ? undefined : this.textOf(this.complexType(body.base));
  }

  /** The text scalar of a type that has text content and no base with it: its binding names the codec. */
  ownTextOf(body: TypeBodySchema): IrScalar | undefined {
    const inherited = body.base === undefined ? undefined : this.textOf(this.complexType(body.base));
    return inherited === undefined ? this.textOf(body) : undefined;
  }

  /** A simple type with facets, as the IR holds it (names are left for `allocate-names`). */
  restrictedType(type: SimpleTypeSchema): IrSimpleType {
    const scalar = this.scalarOf(type.name);
    const values = scalar.enumeration === undefined ? undefined : this.simpleType(scalar.enumeration).enumeration;
    return {
      schemaName: type.name,
      builtin: scalar.builtin,
      tsName: "",
      codecName: "",
      literals: values === undefined ? undefined : builtinFacts(scalar.builtin).literals,
      values,
      patterns: scalar.patterns,
      doc: type.doc,
    };
  }

  private simpleType(name: string): SimpleTypeSchema {
    const type = this.simpleTypes.get(name);
    if (type === undefined) throw new Error(`lowering needs checked schemas: simple type ${name} is not defined`);
    return type;
  }

  private complexType(name: string): TypeBodySchema {
    const type = this.complexTypes.get(name);
    if (type === undefined) throw new Error(`lowering needs checked schemas: complex type ${name} is not defined`);
    return type;
  }
}
