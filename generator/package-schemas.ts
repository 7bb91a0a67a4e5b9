/**
 * The package's own schema folder: the meta-schemas every schema set is checked against, and the
 * schemas the bindings are generated from by default.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The meta-schema of type schema files, in the package's schema folder. */
export const TYPES_META_SCHEMA = "schema.schema.json";
/** The meta-schema of operation files, in the package's schema folder. */
export const OPERATIONS_META_SCHEMA = "operations/operations.schema.json";

let folder: string | undefined;

/**
 * The package's `schemas/` folder: beside `generator/` in a checkout, two levels up once built
 * into `dist/generator/`.
 */
export function packageSchemaFolder(): string {
  if (folder !== undefined) return folder;
  const generator = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(generator, "..", "schemas"), resolve(generator, "..", "..", "schemas")];
  const found = candidates.find((candidate) => existsSync(join(candidate, TYPES_META_SCHEMA)));
  if (found === undefined)
    throw new Error(`the package's schema folder is not beside the generator (${candidates[0]})`);
  return (folder = found);
}

/** A file of the package's schema folder. */
export function packageSchemaPath(file: string): string {
  return join(packageSchemaFolder(), file);
}

/**
 * The `$schema` reference a schema file written into `folder` gives editors: the package's own
 * meta-schema, relative to the folder.
 */
export function metaSchemaReference(folder: string): string {
  const path = relative(resolve(folder), packageSchemaPath(TYPES_META_SCHEMA)).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Whether a file of a schema folder holds schemas: `*.json` except meta-schemas (`*.schema.json`). */
export function isSchemaFileName(name: string): boolean {
  return name.endsWith(".json") && !name.endsWith(".schema.json");
}
