/**
 * Extracts the operations of the EM REST API from the reference pages into
 * `schemas/operations/<area>.json`: `npx tsx scripts/extract-operations.ts [--docs <folder>] [--check] [--notes]`.
 * With `--check` nothing is written; the files that would change are named and the exit code is 1.
 * With `--notes` the page slips that reading mended by itself are listed (see ERRATA.md).
 * The pages default to `../shared/em-docs` beside the project.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { loadSchemaFolder } from "../generator/load/load-schemas.js";
import { TypeIndex } from "../generator/load/type-index.js";
import { buildOperationTable } from "./operations/build-table.js";
import { readEmPages } from "./operations/em-pages.js";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The text of every operation file, by file name, and what could not be worked out. */
export async function extractOperationFiles(
  docsFolder: string,
  schemasFolder: string,
): Promise<{ files: Map<string, string>; problems: string[]; notes: string[] }> {
  const types = new TypeIndex(loadSchemaFolder(schemasFolder, { operations: false }));
  const table = buildOperationTable(readEmPages(docsFolder), types);
  const files = new Map<string, string>();
  for (const [name, file] of table.files) {
    const json = JSON.stringify({ $schema: "./operations.schema.json", ...file }, null, 2);
    files.set(name, await format(json, { parser: "json", printWidth: 120 }));
  }
  return { files, problems: table.problems, notes: table.notes };
}

async function main(args: readonly string[]): Promise<number> {
  const docsAt = args.indexOf("--docs");
  const docs = docsAt >= 0 ? resolve(args[docsAt + 1]!) : resolve(projectRoot, "..", "shared", "em-docs");
  const out = join(projectRoot, "schemas", "operations");
  const { files, problems, notes } = await extractOperationFiles(docs, join(projectRoot, "schemas"));
  for (const problem of problems) console.error(`extract-operations: ${problem}`);
  if (args.includes("--notes")) for (const note of notes) console.log(`extract-operations: mended ${note}`);
  const stale = [...files].filter(
    ([name, text]) => !existsSync(join(out, name)) || readFileSync(join(out, name), "utf8") !== text,
  );
  if (args.includes("--check")) {
    for (const [name] of stale) console.error(`extract-operations: ${name} differs from what the pages give`);
    return stale.length === 0 && problems.length === 0 ? 0 : 1;
  }
  for (const [name, text] of stale) writeFileSync(join(out, name), text);
  console.log(`extract-operations: ${files.size} files, ${stale.length} written, ${problems.length} problems`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
