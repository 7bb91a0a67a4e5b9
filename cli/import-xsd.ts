/**
 * `emx import-xsd XSD`: into a new folder (`--out`, one schema file), or merged into the curated
 * area files (`--into`), telling where each new definition went and what the merge changed.
 */
import { join } from "node:path";
import { formatText, wrapNames } from "../generator/diff/format-text.js";
import { SchemaSourceError } from "../generator/source-error.js";
import type { IntoReport } from "../generator/import-xsd/merge-into-folder.js";
import { UsageError } from "./usage-error.js";

export interface ImportXsdOptions {
  readonly xsd: string;
  readonly out?: string;
  readonly into?: string;
  readonly keepRemoved: boolean;
  readonly dryRun: boolean;
}

/** Runs the import and writes its report. */
export async function importXsd(options: ImportXsdOptions, write: (text: string) => void): Promise<void> {
  if (options.out !== undefined && options.into !== undefined)
    throw new UsageError("import-xsd takes --out or --into, not both");
  if (options.out === undefined && options.into === undefined)
    throw new UsageError("import-xsd needs --out (a new folder) or --into (the area files to merge into)");
  if (options.out !== undefined) {
    if (options.keepRemoved || options.dryRun) throw new UsageError("--keep-removed and --dry-run go with --into");
    const { importXsdToFolder } = await import("../generator/import-xsd/write-folder.js");
    const summary = importXsdToFolder(options.xsd, options.out);
    write(
      `imported ${summary.complexTypes} complex types, ${summary.simpleTypes} simple types and ${summary.elements} root elements into ${summary.file}\n`,
    );
    return;
  }
  const { importXsdIntoFolder } = await import("../generator/import-xsd/merge-into-folder.js");
  try {
    const report = await importXsdIntoFolder(options.xsd, options.into!, options);
    write(intoReport(report, options));
  } catch (error) {
    if (error instanceof SchemaSourceError) throw new UsageError(error.message);
    throw error;
  }
}

const KIND_NAMES = { complexTypes: "type", simpleTypes: "simple type", elements: "root element" } as const;

/** Where new definitions went, what was removed, which files were written, then the diff. */
function intoReport(report: IntoReport, options: ImportXsdOptions): string {
  const folder = options.into!;
  const verb = options.dryRun ? "would write" : "wrote";
  const lines = [
    `merged ${options.xsd} into ${folder}: ${report.placements.length} added, ${report.removed.length} removed, ${report.kept.length} kept; ${verb} ${report.written.length} file(s)${report.written.length > 0 ? ` (${report.written.join(", ")})` : ""}`,
  ];
  if (report.placements.length > 0) {
    lines.push("", "added:");
    for (const { name, kind, file, reason } of report.placements)
      lines.push(`    ${KIND_NAMES[kind]} ${name} -> ${file} (${reason})`);
  }
  for (const [heading, list] of [
    ["removed", report.removed],
    ["kept, though the XSD no longer has them", report.kept],
  ] as const) {
    if (list.length > 0) lines.push("", `${heading}:`, ...byFile(list));
  }
  if (report.emptied.length > 0)
    lines.push(
      "",
      `${options.dryRun ? "would delete" : "deleted"} (left empty): ${report.emptied.map((file) => join(folder, file)).join(", ")}`,
    );
  lines.push("", formatText(report.diff, { old: `${folder} before`, new: `${folder} after` }).trimEnd());
  return `${lines.join("\n")}\n`;
}

/** `    nas.json (3): type A, type B, root element C`, wrapped, one paragraph per file. */
function byFile(list: IntoReport["removed"]): string[] {
  const files = [...new Set(list.map((item) => item.file))];
  return files.flatMap((file) => {
    const names = list.filter((item) => item.file === file).map(({ name, kind }) => `${KIND_NAMES[kind]} ${name}`);
    return wrapNames(`${file} (${names.length}):`, names);
  });
}
