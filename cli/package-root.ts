/** Where this package is installed, and its version: found from this module's own location. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The folder holding this package's package.json. The CLI runs from `cli/` in a checkout and from
 * `dist/cli/` once installed, so the folder is looked for upwards rather than assumed.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!isThisPackage(folder)) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("emx cannot find its own package.json");
    folder = parent;
  }
  return (root = folder);
}

function isThisPackage(folder: string): boolean {
  const file = join(folder, "package.json");
  return existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "emx";
}

/** This package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** A folder or file shipped with the package (`schemas`, `schemas/schema.schema.json`). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
