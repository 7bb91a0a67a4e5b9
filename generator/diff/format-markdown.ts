/** The diff as Markdown for release notes: the verdict, breaking changes as tables, additions folded, counts by kind. */
import { CHANGE_KINDS, type SchemaChange } from "./change-kinds.js";
import type { SchemaDiff } from "./diff-schemas.js";
import { verdictLine, type SideLabels } from "./format-text.js";
import { audiencesOf, reportGroups, type ReportGroup } from "./report-groups.js";

/** Formats a diff as a Markdown section. */
export function formatMarkdown(diff: SchemaDiff, sides: SideLabels): string {
  const lines = [`## Schema changes: ${code(sides.old)} → ${code(sides.new)}`, "", `${capitalise(verdictLine(diff))}.`];
  const groups = reportGroups(diff.changes);
  for (const breaking of [true, false]) {
    const chosen = groups.filter((group) => group.breaking === breaking);
    if (chosen.length === 0) continue;
    lines.push("", `### ${breaking ? "Breaking changes" : "Other changes"}`);
    for (const group of chosen) lines.push("", ...groupLines(group));
  }
  if (diff.changes.length > 0) lines.push("", "### Changes by kind", "", ...kindTable(diff));
  if (diff.notes.length > 0) lines.push("", ...diff.notes.map((note) => `> Note: ${note}.`));
  return `${lines.join("\n")}\n`;
}

function groupLines(group: ReportGroup): string[] {
  const audiences = audiencesOf(group.changes[0]!);
  const heading = `#### ${capitalise(group.title)} (${code(group.kind)}, ${group.changes.length})${audiences === "" ? "" : ` — ${audiences}`}`;
  if (group.folded !== undefined)
    return [
      heading,
      "",
      ...group.folded.map(
        ({ under, names }) => `- **${cell(under)}** (${names.length}): ${names.map(code).join(", ")}`,
      ),
    ];
  return [heading, "", "| Path | Old | New | TypeScript |", "| --- | --- | --- | --- |", ...group.changes.map(row)];
}

function row(change: SchemaChange): string {
  const optional = (text: string | undefined) => (text === undefined ? "" : code(text));
  return `| ${code(change.path)} | ${optional(change.old)} | ${optional(change.new)} | ${optional(change.typescript)} |`;
}

function kindTable(diff: SchemaDiff): string[] {
  return [
    "| Kind | Changes | Breaks |",
    "| --- | --- | --- |",
    ...Object.entries(diff.summary.byKind).map(([kind, count]) => {
      const breaks = audiencesOf(CHANGE_KINDS[kind as keyof typeof CHANGE_KINDS]).replace(/^breaks /, "") || "—";
      return `| ${code(kind)} | ${count} | ${breaks} |`;
    }),
  ];
}

/** A code span that survives backticks and pipes inside table cells. */
function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  const padding = text.includes("`") ? " " : "";
  return `${fence}${padding}${cell(text)}${padding}${fence}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
