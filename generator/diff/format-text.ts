/** The diff as text for people: a summary line, breaking changes by kind, then the others, folded where long. */
import type { SchemaChange } from "./change-kinds.js";
import type { SchemaDiff } from "./diff-schemas.js";
import { audiencesOf, reportSections, WIRE_NAMES, type ReportGroup } from "./report-groups.js";

/** The labels of the two sides, as the user named them. */
export interface SideLabels {
  readonly old: string;
  readonly new: string;
}

/** The one-line verdict: `12 changes, 3 breaking (2 break TypeScript code, 1 breaks XML documents)`. */
export function verdictLine(diff: SchemaDiff): string {
  const { changes, breaking, breakingFor, byGroup } = diff.summary;
  if (changes === 0) return "no changes";
  const breaks = (count: number, whom: string) => `${count} break${count === 1 ? "s" : ""} ${whom}`;
  const parts = [breaks(breakingFor.typescript, "TypeScript code")];
  if (byGroup.schemas.changes > 0 || byGroup.operations.changes === 0)
    parts.push(breaks(byGroup.schemas.breakingFor.wire, WIRE_NAMES.schemas));
  if (byGroup.operations.changes > 0) parts.push(breaks(byGroup.operations.breakingFor.wire, WIRE_NAMES.operations));
  return `${changes} change${changes === 1 ? "" : "s"}, ${breaking} breaking${breaking > 0 ? ` (${parts.join(", ")})` : ""}`;
}

/** The heading of a section of the text report. */
const SECTION_HEADINGS = {
  schemas: { breaking: "Breaking", other: "Not breaking" },
  operations: { breaking: "Operations, breaking", other: "Operations, not breaking" },
} as const;

/** Formats a diff for a terminal or a log. */
export function formatText(diff: SchemaDiff, sides: SideLabels): string {
  const lines = [`${sides.old} -> ${sides.new}: ${verdictLine(diff)}`];
  for (const section of reportSections(diff.changes)) {
    const heading = SECTION_HEADINGS[section.group][section.breaking ? "breaking" : "other"];
    lines.push("", `${heading} (${section.count})`);
    for (const group of section.kinds) lines.push("", ...groupLines(group));
  }
  if (diff.notes.length > 0) lines.push("", ...diff.notes.map((note) => `note: ${note}`));
  return `${lines.join("\n")}\n`;
}

function groupLines(group: ReportGroup): string[] {
  const audiences = audiencesOf(group.kind);
  const heading = `  ${group.kind} (${group.changes.length}): ${group.title}${audiences === "" ? "" : `; ${audiences}`}`;
  if (group.folded !== undefined)
    return [heading, ...group.folded.flatMap(({ under, names }) => wrapNames(`${under} (${names.length}): `, names))];
  const width = Math.min(60, Math.max(...group.changes.map((change) => change.path.length)));
  return [heading, ...group.changes.map((change) => `    ${change.path.padEnd(width)}  ${values(change)}`)];
}

/** `old -> new`, or the one side there is; the TypeScript name when TypeScript code breaks. */
export function values(change: SchemaChange): string {
  const text =
    change.old !== undefined && change.new !== undefined
      ? `${change.old} -> ${change.new}`
      : (change.old ?? change.new ?? "");
  const typescript = change.breaks.includes("typescript") && change.typescript !== undefined;
  if (!typescript || change.typescript === text) return text;
  return `${text}  [${change.typescript}]`;
}

/** `    head name, name, ...` wrapped at 100 columns with a hanging indent. */
export function wrapNames(head: string, names: readonly string[]): string[] {
  const lines: string[] = [];
  let line = `    ${head}`;
  const indent = " ".repeat(6);
  names.forEach((name, index) => {
    const word = `${name}${index < names.length - 1 ? "," : ""}`;
    if (line.length + word.length + 1 > 100 && line.trim() !== head.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += line.endsWith(" ") ? word : ` ${word}`;
  });
  lines.push(line.trimEnd());
  return lines;
}
