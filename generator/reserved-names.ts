/**
 * Names a generated set may not give its classes and enumerations: what the runtime exports (to
 * generated code as `emx/runtime`, to applications beside the classes in the package entry) and
 * what the generated index adds. Read from the runtime's export lists, so the two cannot drift.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Project } from "ts-morph";
import { INDEX_NAMES } from "./emit/emit-index.js";

/** The runtime modules whose exports share a scope with generated names. */
const RUNTIME_EXPORT_LISTS = ["index", "public"];

/** Every reserved name, sorted. */
export function reservedNames(): string[] {
  const project = new Project({ useInMemoryFileSystem: true });
  const names = new Set<string>(INDEX_NAMES);
  for (const module of RUNTIME_EXPORT_LISTS) {
    const path = runtimeModulePath(module);
    const file = project.createSourceFile(module, readFileSync(path, "utf8"), { overwrite: true });
    for (const declaration of file.getExportDeclarations()) {
      if (declaration.isNamespaceExport()) throw new Error(`${path} re-exports a whole module; list its names instead`);
      for (const specifier of declaration.getNamedExports())
        names.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
    }
  }
  return [...names].sort();
}

/** The runtime's module: its source in a checkout, its declarations once compiled. */
function runtimeModulePath(module: string): string {
  for (const extension of [".ts", ".d.ts"]) {
    const path = fileURLToPath(new URL(`../runtime/${module}${extension}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`the runtime's ${module} module is not beside the generator`);
}
