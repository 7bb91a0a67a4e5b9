/** The diff as text for people: a summary line, breaking changes by kind, then the others, folded where long. */
import type { SchemaChange } from "./change-kinds.js";
import type { SchemaDiff } from "./diff-schemas.js";
import { audiencesOf, reportGroups, type ReportGroup } from "./report-groups.js";

/** The labels of the two sides, as the user named them. */
export interface SideLabels {
  readonly old: string;
  readonly new: string;
}

/** The one-line verdict: `12 changes, 3 breaking (2 break TypeScript code, 1 breaks XML documents)`. */
export function verdictLine(diff: SchemaDiff): string {
  const { changes, breaking, breakingFor } = diff.summary;
  if (changes === 0) return "no changes";
  const parts = [
    `${breakingFor.typescript} break${breakingFor.typescript === 1 ? "s" : ""} TypeScript code`,
    `${breakingFor.wire} break${breakingFor.wire === 1 ? "s" : ""} XML documents`,
  ];
  return `${changes} change${changes === 1 ? "" : "s"}, ${breaking} breaking${breaking > 0 ? ` (${parts.join(", ")})` : ""}`;
}

/** Formats a diff for a terminal or a log. */
export function formatText(diff: SchemaDiff, sides: SideLabels): string {
  const lines = [`${sides.old} -> ${sides.new}: ${verdictLine(diff)}`];
  const groups = reportGroups(diff.changes);
  for (const breaking of [true, false]) {
    const chosen = groups.filter((group) => group.breaking === breaking);
    if (chosen.length === 0) continue;
    const count = chosen.reduce((total, group) => total + group.changes.length, 0);
    lines.push("", `${breaking ? "Breaking" : "Not breaking"} (${count})`);
    for (const group of chosen) lines.push("", ...groupLines(group));
  }
  if (diff.notes.length > 0) lines.push("", ...diff.notes.map((note) => `note: ${note}`));
  return `${lines.join("\n")}\n`;
}

function groupLines(group: ReportGroup): string[] {
  const audiences = audiencesOf(group.changes[0]!);
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
