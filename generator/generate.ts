/**
 * The generator: load → lower → passes → emit → prettier. Deterministic: the same schemas give the
 * same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { Project } from "ts-morph";
import { emitBindingsReference, emitIndex, emitRegistry, emitTypeTable, REGISTRY_MODULE } from "./emit/emit-index.js";
import { emitModule, RUNTIME_ENTRY, TYPE_TABLE_MODULE, type EmitOptions } from "./emit/emit-module.js";
import { emitOperations, OPERATIONS_MODULE } from "./emit/emit-operations.js";
import { emitOperationsReference } from "./emit/emit-operations-reference.js";
import { buildModel } from "./build-model.js";
import { loadOperationFolder, type LoadedOperationFile } from "./load/load-operations.js";
import { loadSchemaFolder, type LoadedSchema } from "./load/load-schemas.js";

/** The formatting every generated file gets. */
export const PRETTIER_OPTIONS = { parser: "typescript", printWidth: 120 } as const;

/**
 * Generates every file of the `generated/` folder, by file name; with operation files, also the
 * operation table and its reference.
 */
export async function generateFiles(
  schemas: readonly LoadedSchema[],
  options: EmitOptions = { runtimeImport: RUNTIME_ENTRY },
  operations: readonly LoadedOperationFile[] = [],
): Promise<Map<string, string>> {
  const model = buildModel(schemas);
  const project = new Project({ useInMemoryFileSystem: true });
  const files = new Map<string, string>();
  files.set(`${TYPE_TABLE_MODULE}.gen.ts`, emitTypeTable(project, options));
  for (const file of model.files) files.set(`${file.module}.gen.ts`, emitModule(model, file, project, options));
  files.set(`${REGISTRY_MODULE}.gen.ts`, emitRegistry(model, project, options));
  files.set("index.ts", emitIndex(model, project, options));
  if (operations.length > 0)
    files.set(`${OPERATIONS_MODULE}.gen.ts`, emitOperations(model, schemas, operations, project, options));
  const formatted = new Map<string, string>();
  for (const name of [...files.keys()].sort()) formatted.set(name, await format(files.get(name)!, PRETTIER_OPTIONS));
  formatted.set("BINDINGS.md", emitBindingsReference(model));
  if (operations.length > 0) formatted.set("OPERATIONS.md", emitOperationsReference(operations));
  return formatted;
}

/** What `--check` found: files that differ, are missing, or should not be there. */
export interface StaleReport {
  readonly stale: readonly string[];
}

/** The package's own folder (the generator sits in `generator/`, or in `dist/generator/` once built). */
const PACKAGE_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The contract of generated code, published as the package's `emx/runtime` subpath. */
const RUNTIME_SUBPATH = "emx/runtime";

/**
 * The import specifier of the runtime for a folder of generated files: inside this package (its
 * own `generated/`), a relative path to its runtime; anywhere else the public subpath, which plain
 * Node resolves in an installed package.
 */
export function runtimeImportFrom(out: string): string {
  const path = relative(PACKAGE_FOLDER, resolve(out));
  if (path.startsWith("..") || isAbsolute(path)) return RUNTIME_SUBPATH;
  const specifier = relative(resolve(out), join(PACKAGE_FOLDER, "runtime", "index.js"))
    .split(sep)
    .join("/");
  return specifier.startsWith(".") ? specifier : `./${specifier}`;
}

/**
 * Generates from a schema folder into an output folder, or only compares when `check` is set.
 * `runtimeImport` defaults to what {@link runtimeImportFrom} says for `out`.
 */
export async function generate(options: {
  schemas: string;
  out: string;
  check: boolean;
  runtimeImport?: string;
}): Promise<StaleReport> {
  const runtimeImport = options.runtimeImport ?? runtimeImportFrom(options.out);
  const schemas = loadSchemaFolder(options.schemas, { operations: false });
  const operations = loadOperationFolder(options.schemas, schemas);
  const files = await generateFiles(schemas, { runtimeImport }, operations);
  const existing = new Set(safeList(options.out).filter((name) => name.endsWith(".ts") || name.endsWith(".md")));
  const stale: string[] = [];
  for (const [name, text] of files) {
    const current = existing.has(name) ? readFileSync(join(options.out, name), "utf8") : undefined;
    if (current !== text) stale.push(current === undefined ? `${name} (missing)` : name);
    existing.delete(name);
  }
  for (const name of existing) stale.push(`${name} (not generated from any schema)`);
  if (!options.check) {
    mkdirSync(options.out, { recursive: true });
    for (const name of existing) rmSync(join(options.out, name));
    for (const [name, text] of files) writeFileSync(join(options.out, name), text);
  }
  return { stale: stale.sort() };
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
