/**
 * Loads one side of a diff: a schema folder, an EM `RestAPI.xsd` (imported in memory), or a git
 * revision of either (`HEAD~3:schemas`, `v1.2:RestAPI.xsd`). Tolerant of what a newer layout adds:
 * subfolders (such as `operations/`), meta-schemas (`*.schema.json`) and top-level sections this
 * version does not know are left out of the comparison. Every side is checked against the
 * package's own meta-schema.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { checkSchemas, type LoadedSchema } from "../load/load-schemas.js";
import { typesMetaSchema } from "../load/meta-schemas.js";
import { readSchemaFiles, type SchemaText } from "../load/schema-folder.js";
import { isSchemaFileName } from "../package-schemas.js";
import { importXsd } from "../import-xsd/import-xsd.js";
import { readGitObject } from "./git-source.js";
import { SchemaSourceError } from "../source-error.js";

export type SideKind = "folder" | "xsd" | "git folder" | "git xsd";

export interface SchemaSide {
  /** As given on the command line. */
  readonly spec: string;
  readonly kind: SideKind;
  readonly schemas: readonly LoadedSchema[];
}

/** Loads a side; `cwd` resolves relative paths and is where git runs. */
export function loadSchemaSide(spec: string, cwd: string = process.cwd()): SchemaSide {
  const path = resolve(cwd, spec);
  const stats = statOrUndefined(path);
  if (stats?.isDirectory()) return { spec, kind: "folder", schemas: schemasOfFolder(path, spec) };
  if (stats?.isFile()) {
    if (!/\.xsd$/i.test(path))
      throw new SchemaSourceError(`"${spec}" is not a schema folder, an .xsd file or a git revision`);
    return { spec, kind: "xsd", schemas: schemasOfXsd(readText(path, spec), basename(path)) };
  }
  if (stats !== undefined || !spec.includes(":"))
    throw new SchemaSourceError(`"${spec}" is not a schema folder, an .xsd file or a git revision (no such path)`);
  const object = readGitObject(spec, cwd, isSchemaFileName);
  if (object.kind === "tree") return { spec, kind: "git folder", schemas: checkSchemaTexts(object.files, spec) };
  if (!/\.xsd$/i.test(spec)) throw new SchemaSourceError(`git revision "${spec}" is a file but not an .xsd file`);
  return { spec, kind: "git xsd", schemas: schemasOfXsd(object.text, basename(spec.slice(spec.indexOf(":") + 1))) };
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

function schemasOfFolder(folder: string, spec: string): LoadedSchema[] {
  return checkSchemaTexts(readSchemaFiles(folder, `"${spec}"`), spec);
}

/** Checks schema texts, leaving out top-level sections the current format does not know. */
export function checkSchemaTexts(files: readonly SchemaText[], spec: string): LoadedSchema[] {
  if (files.length === 0) throw new SchemaSourceError(`"${spec}" holds no schema files (*.json)`);
  const known = new Set(Object.keys(typesMetaSchema().properties));
  const sources = files.map(({ file, text }) => {
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
  return checkSchemas(sources);
}

/** Imports XSD text in memory; the schema file is named after the XSD. */
export function schemasOfXsd(text: string, name: string): LoadedSchema[] {
  return checkSchemas([{ file: name, text: JSON.stringify(importXsd(text, name)) }]);
}
