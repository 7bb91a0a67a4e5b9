/**
 * Reads the operation files (`schemas/operations/*.json`) and checks them: each against the
 * operation meta-schema (ajv, all errors; the meta-schema refers to definitions of the type
 * meta-schema), then the set against itself and the type schemas. Every problem is reported at
 * once, each with its file (`operations/jobs.json`) and JSON pointer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import type { OperationFile } from "../operation-types.js";
import { describeAjvErrors } from "./ajv-problems.js";
import { checkOperationReferences } from "./check-operations.js";
import type { LoadedSchema } from "./load-schemas.js";
import { TypeIndex } from "./type-index.js";

/** An operation file with the name it is reported under. */
export interface LoadedOperationFile {
  /** The name problems are reported under, such as `operations/jobs.json`. */
  readonly file: string;
  readonly operations: OperationFile;
}

/** The folder of the operation files inside a schema folder. */
export const OPERATIONS_FOLDER = "operations";
const OPERATIONS_META_SCHEMA_FILE = "operations.schema.json";
const TYPES_META_SCHEMA_FILE = "schema.schema.json";

/** The two meta-schemas an operation file is checked against. */
export interface OperationMetaSchemas {
  readonly operations: object;
  readonly types: object;
}

const validators = new WeakMap<object, ReturnType<Ajv["compile"]>>();

function metaValidator(metaSchemas: OperationMetaSchemas) {
  let validate = validators.get(metaSchemas.operations);
  if (validate === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(metaSchemas.types);
    validate = ajv.compile(metaSchemas.operations);
    validators.set(metaSchemas.operations, validate);
  }
  return validate;
}

/**
 * Reads and checks the operation files of a schema folder against its type schemas, in name
 * order; none when the folder has no `operations/` folder.
 */
export function loadOperationFolder(schemaFolder: string, types: readonly LoadedSchema[]): LoadedOperationFile[] {
  const folder = join(schemaFolder, OPERATIONS_FOLDER);
  if (!existsSync(folder)) return [];
  const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as object;
  const metaSchemas = {
    operations: read(join(folder, OPERATIONS_META_SCHEMA_FILE)),
    types: read(join(schemaFolder, TYPES_META_SCHEMA_FILE)),
  };
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith(".json") && name !== OPERATIONS_META_SCHEMA_FILE)
    .sort()
    .map((name) => ({ file: `${OPERATIONS_FOLDER}/${name}`, text: readFileSync(join(folder, name), "utf8") }));
  return checkOperations(sources, metaSchemas, types);
}

/** Parses and checks operation texts; throws one {@link SchemaError} listing every problem. */
export function checkOperations(
  sources: readonly { file: string; text: string }[],
  metaSchemas: OperationMetaSchemas,
  types: readonly LoadedSchema[],
): LoadedOperationFile[] {
  const problems: SchemaProblem[] = [];
  const loaded: LoadedOperationFile[] = [];
  const validate = metaValidator(metaSchemas);
  for (const { file, text } of sources) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({ file, pointer: "", message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    if (!validate(data)) {
      problems.push(...describeAjvErrors(file, validate.errors ?? []));
      continue;
    }
    loaded.push({ file, operations: data as OperationFile });
  }
  problems.push(...checkOperationReferences(loaded, new TypeIndex(types)));
  if (problems.length > 0) throw new SchemaError(problems);
  return loaded;
}
