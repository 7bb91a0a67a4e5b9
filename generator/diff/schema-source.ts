/**
 * Loads one side of a diff: a schema folder with its `operations/` folder, an EM `RestAPI.xsd`
 * (imported in memory; it has no operations), or a git revision of either (`HEAD~3:schemas`,
 * `v1.2:RestAPI.xsd`). Tolerant of what a newer layout adds: other subfolders, other meta-schemas
 * (`*.schema.json`) and top-level sections this version does not know are left out of the
 * comparison. Every side is checked against the package's own meta-schemas.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { checkSchemas, type LoadedSchema } from "../load/load-schemas.js";
import { checkOperations, OPERATIONS_FOLDER, type LoadedOperationFile } from "../load/load-operations.js";
import { operationsMetaSchema, typesMetaSchema, type TypesMetaSchema } from "../load/meta-schemas.js";
import { readSchemaFiles, type SchemaText } from "../load/schema-folder.js";
import { isSchemaFileName } from "../package-schemas.js";
import { importXsd } from "../import-xsd/import-xsd.js";
import { readGitObject, type GitObject } from "./git-source.js";
import { SchemaSourceError } from "../source-error.js";

export type SideKind = "folder" | "xsd" | "git folder" | "git xsd";

export interface SchemaSide {
  /** As given on the command line. */
  readonly spec: string;
  readonly kind: SideKind;
  readonly schemas: readonly LoadedSchema[];
  /**
   * The operation files; `undefined` when the side has no `operations/` folder (an XSD has none)
   * or they were not asked for.
   */
  readonly operations: readonly LoadedOperationFile[] | undefined;
}

export interface SideOptions {
  /** Load the operation files too (default true). */
  readonly operations?: boolean;
}

/** Loads a side; `cwd` resolves relative paths and is where git runs. */
export function loadSchemaSide(spec: string, cwd: string = process.cwd(), options: SideOptions = {}): SchemaSide {
  const path = resolve(cwd, spec);
  const stats = statOrUndefined(path);
  const withOperations = options.operations !== false;
  if (stats?.isDirectory()) {
    const schemas = checkSchemaTexts(readSchemaFiles(path, `"${spec}"`), spec);
    const operations = withOperations ? operationsOfFolder(path, spec, schemas) : undefined;
    return { spec, kind: "folder", schemas, operations };
  }
  if (stats?.isFile()) {
    if (!/\.xsd$/i.test(path))
      throw new SchemaSourceError(`"${spec}" is not a schema folder, an .xsd file or a git revision`);
    return { spec, kind: "xsd", schemas: schemasOfXsd(readText(path, spec), basename(path)), operations: undefined };
  }
  if (stats !== undefined || !spec.includes(":"))
    throw new SchemaSourceError(`"${spec}" is not a schema folder, an .xsd file or a git revision (no such path)`);
  const object = readGitObject(spec, cwd, isSchemaFileName);
  if (object.kind === "tree") {
    const schemas = checkSchemaTexts(object.files, spec);
    const operations = withOperations ? operationsOfGitTree(object, spec, cwd, schemas) : undefined;
    return { spec, kind: "git folder", schemas, operations };
  }
  if (!/\.xsd$/i.test(spec)) throw new SchemaSourceError(`git revision "${spec}" is a file but not an .xsd file`);
  const name = basename(spec.slice(spec.indexOf(":") + 1));
  return { spec, kind: "git xsd", schemas: schemasOfXsd(object.text, name), operations: undefined };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new SchemaSourceError(`"${path}" cannot be read: ${(error as Error).message}`);
  }
}

function readText(path: string, spec: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new SchemaSourceError(`"${spec}" cannot be read: ${(error as Error).message}`);
  }
}

/** The operation files of a schema folder, checked against its types; `undefined` without `operations/`. */
function operationsOfFolder(
  folder: string,
  spec: string,
  schemas: readonly LoadedSchema[],
): LoadedOperationFile[] | undefined {
  const operations = join(folder, OPERATIONS_FOLDER);
  if (statOrUndefined(operations)?.isDirectory() !== true) return undefined;
  return checkOperationTexts(readSchemaFiles(operations, `"${spec}"`), schemas);
}

/** The operation files of a git folder's `operations/` subfolder; `undefined` when it has none. */
function operationsOfGitTree(
  tree: Extract<GitObject, { kind: "tree" }>,
  spec: string,
  cwd: string,
  schemas: readonly LoadedSchema[],
): LoadedOperationFile[] | undefined {
  if (!tree.folders.includes(OPERATIONS_FOLDER)) return undefined;
  const folder = spec.endsWith(":") ? spec : spec.replace(/\/+$/, "") + "/";
  const object = readGitObject(`${folder}${OPERATIONS_FOLDER}`, cwd, isSchemaFileName);
  return object.kind === "tree" ? checkOperationTexts(object.files, schemas) : undefined;
}

/** Only the top-level sections a meta-schema knows, so that a newer layout's additions are left out. */
function knownSections(files: readonly SchemaText[], metaSchema: TypesMetaSchema): SchemaText[] {
  const known = new Set(Object.keys(metaSchema.properties));
  return files.map(({ file, text }) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { file, text }; // the check reports it with its position
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) return { file, text };
    const kept = Object.entries(data).filter(([key]) => known.has(key));
    return { file, text: JSON.stringify(Object.fromEntries(kept)) };
  });
}

/** Checks schema texts, leaving out top-level sections the current format does not know. */
export function checkSchemaTexts(files: readonly SchemaText[], spec: string): LoadedSchema[] {
  if (files.length === 0) throw new SchemaSourceError(`"${spec}" holds no schema files (*.json)`);
  return checkSchemas(knownSections(files, typesMetaSchema()));
}

/** Checks operation texts against the types, as the loader does, named `operations/<file>`. */
function checkOperationTexts(files: readonly SchemaText[], schemas: readonly LoadedSchema[]): LoadedOperationFile[] {
  const sources = knownSections(files, operationsMetaSchema()).map(({ file, text }) => ({
    file: `${OPERATIONS_FOLDER}/${file}`,
    text,
  }));
  return checkOperations(sources, schemas);
}

/** Imports XSD text in memory; the schema file is named after the XSD. */
export function schemasOfXsd(text: string, name: string): LoadedSchema[] {
  return checkSchemas([{ file: name, text: JSON.stringify(importXsd(text, name)) }]);
}
