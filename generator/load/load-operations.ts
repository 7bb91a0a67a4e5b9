/**
 * Reads the operation files (`schemas/operations/*.json`) and checks them: each against the
 * package's operation meta-schema (ajv, all errors; it refers to definitions of the type
 * meta-schema), then the set against itself and the type schemas. Every problem is reported at
 * once, each with its file (`operations/jobs.json`) and JSON pointer.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import type { OperationFile } from "../operation-types.js";
import { checkOperationReferences } from "./check-operations.js";
import type { LoadedSchema } from "./load-schemas.js";
import { operationsValidator, parseAndValidate } from "./meta-schemas.js";
import { readSchemaFiles } from "./schema-folder.js";
import { TypeIndex } from "./type-index.js";

/** An operation file with the name it is reported under. */
export interface LoadedOperationFile {
  /** The name problems are reported under, such as `operations/jobs.json`. */
  readonly file: string;
  readonly operations: OperationFile;
}

/** The folder of the operation files inside a schema folder. */
export const OPERATIONS_FOLDER = "operations";

/**
 * Reads and checks the operation files of a schema folder against its type schemas, in name
 * order; none when the folder has no `operations/` folder.
 */
export function loadOperationFolder(schemaFolder: string, types: readonly LoadedSchema[]): LoadedOperationFile[] {
  const folder = join(schemaFolder, OPERATIONS_FOLDER);
  if (!existsSync(folder)) return [];
  const sources = readSchemaFiles(folder).map(({ file, text }) => ({ file: `${OPERATIONS_FOLDER}/${file}`, text }));
  return checkOperations(sources, types);
}

/** Parses and checks operation texts; throws one {@link SchemaError} listing every problem. */
export function checkOperations(
  sources: readonly { file: string; text: string }[],
  types: readonly LoadedSchema[],
): LoadedOperationFile[] {
  const problems: SchemaProblem[] = [];
  const loaded: LoadedOperationFile[] = [];
  for (const { file, text } of sources) {
    const checked = parseAndValidate(file, text, operationsValidator());
    if ("problems" in checked) problems.push(...checked.problems);
    else loaded.push({ file, operations: checked.data as OperationFile });
  }
  problems.push(...checkOperationReferences(loaded, new TypeIndex(types)));
  if (problems.length > 0) throw new SchemaError(problems);
  return loaded;
}
