/**
 * Reads schema files and checks them: first each against the package's meta-schema (ajv, all
 * errors), then the set as a whole (names defined once, references resolved, occurs in order,
 * bases sound). Every problem is reported at once, each with its file and JSON pointer.
 */
import { basename } from "node:path";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import type { SchemaFile } from "../schema-types.js";
import { checkReferences } from "./check-references.js";
import { loadOperationFolder } from "./load-operations.js";
import { parseAndValidate, typesValidator } from "./meta-schemas.js";
import { readSchemaFiles } from "./schema-folder.js";

/** A schema file with the name it is reported under. */
export interface LoadedSchema {
  /** The file name, such as `nas.json`. */
  readonly file: string;
  readonly schema: SchemaFile;
}

/**
 * Reads and checks every schema file of a folder (`*.json`; meta-schemas, `*.schema.json`, are not
 * schema files), in name order, and then the operation files of its `operations/` folder, if it
 * has one (unless `operations` is false).
 */
export function loadSchemaFolder(folder: string, options: { operations?: boolean } = {}): LoadedSchema[] {
  const loaded = checkSchemas(readSchemaFiles(folder));
  // The operation files are checked against these types here; the IR does not carry them (yet).
  if (options.operations !== false) loadOperationFolder(folder, loaded);
  return loaded;
}

/** Parses and checks schema texts; throws one {@link SchemaError} listing every problem. */
export function checkSchemas(sources: readonly { file: string; text: string }[]): LoadedSchema[] {
  const problems: SchemaProblem[] = [];
  const loaded: LoadedSchema[] = [];
  for (const source of sources) {
    const file = basename(source.file);
    const checked = parseAndValidate(file, source.text, typesValidator());
    if ("problems" in checked) problems.push(...checked.problems);
    else loaded.push({ file, schema: checked.data as SchemaFile });
  }
  problems.push(...checkReferences(loaded));
  if (problems.length > 0) throw new SchemaError(problems);
  return loaded;
}
