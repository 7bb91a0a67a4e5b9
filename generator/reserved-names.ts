/**
 * Names a generated set may not give its classes and enumerations: what the runtime exports (to
 * generated code as `emx/runtime`, to applications beside the classes in the package entry) and
 * what the generated index adds. Read from the runtime's export lists, so the two cannot drift.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { INDEX_NAMES } from "./emit/index-names.js";

/** The runtime modules whose exports share a scope with generated names. */
const RUNTIME_EXPORT_LISTS = ["index", "public"];

/** Every reserved name, sorted. */
export function reservedNames(): string[] {
  const names = new Set<string>(INDEX_NAMES);
  for (const module of RUNTIME_EXPORT_LISTS) {
    const path = runtimeModulePath(module);
    for (const name of exportListNames(readFileSync(path, "utf8"), path)) names.add(name);
  }
  return [...names].sort();
}

/**
 * The names an export-list module exports: its `export { a, type B as C } from "..."` lists (and
 * any `export const|function|class|...` of its own). The runtime keeps these modules to such
 * lists; they are read as text, because the generator's TypeScript toolchain is optional for an
 * installed package and the compiled declarations have the same shape.
 */
export function exportListNames(text: string, path: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  if (/export\s*\*/.test(code)) throw new Error(`${path} re-exports a whole module; list its names instead`);
  const names: string[] = [];
  for (const [, list] of code.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const specifier of list!
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean))
      names.push(
        specifier
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)
          .pop()!,
      );
  }
  const declaration =
    /export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|function|class|interface|type|enum)\s+([\w$]+)/g;
  for (const [, name] of code.matchAll(declaration)) names.push(name!);
  return names;
}

/** The runtime's module: its source in a checkout, its declarations once compiled. */
function runtimeModulePath(module: string): string {
  for (const extension of [".ts", ".d.ts"]) {
    const path = fileURLToPath(new URL(`../runtime/${module}${extension}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`the runtime's ${module} module is not beside the generator`);
}
