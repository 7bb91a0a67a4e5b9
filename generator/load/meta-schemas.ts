/**
 * The validators of the package's own meta-schemas, compiled once: every schema folder is checked
 * against the format of this version of the package, whatever copies the folder may hold.
 */
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import type { SchemaProblem } from "../../runtime/errors.js";
import { describeAjvErrors } from "./ajv-problems.js";
import { OPERATIONS_META_SCHEMA, packageSchemaPath, TYPES_META_SCHEMA } from "../package-schemas.js";

/** The part of the type meta-schema that other code reads. */
export interface TypesMetaSchema {
  readonly properties: Readonly<Record<string, unknown>>;
}

let compiled:
  | {
      types: ValidateFunction;
      operations: ValidateFunction;
      typesSchema: TypesMetaSchema;
      operationsSchema: TypesMetaSchema;
    }
  | undefined;

function compile(): NonNullable<typeof compiled> {
  if (compiled !== undefined) return compiled;
  const read = (file: string) => JSON.parse(readFileSync(packageSchemaPath(file), "utf8")) as object;
  const typesSchema = read(TYPES_META_SCHEMA) as TypesMetaSchema & object;
  const operationsSchema = read(OPERATIONS_META_SCHEMA) as TypesMetaSchema & object;
  // The operation meta-schema refers to definitions of the type meta-schema by its $id.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(typesSchema);
  compiled = {
    types: ajv.compile(typesSchema),
    operations: ajv.compile(operationsSchema),
    typesSchema,
    operationsSchema,
  };
  return compiled;
}

/** Checks one type schema file against the package's meta-schema. */
export function typesValidator(): ValidateFunction {
  return compile().types;
}

/** Checks one operation file against the package's operation meta-schema. */
export function operationsValidator(): ValidateFunction {
  return compile().operations;
}

/** The package's type meta-schema, as data. */
export function typesMetaSchema(): TypesMetaSchema {
  return compile().typesSchema;
}

/** The package's operation meta-schema, as data. */
export function operationsMetaSchema(): TypesMetaSchema {
  return compile().operationsSchema;
}

/** Parses a file and checks it against a meta-schema: its data, or what is wrong with it. */
export function parseAndValidate(
  file: string,
  text: string,
  validate: ValidateFunction,
): { readonly data: unknown } | { readonly problems: SchemaProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, pointer: "", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!validate(data)) return { problems: describeAjvErrors(file, validate.errors ?? []) };
  return { data };
}
