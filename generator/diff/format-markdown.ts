/** The diff as Markdown for release notes: the verdict, breaking changes as tables, additions folded, counts by kind. */
import type { ChangeKind, SchemaChange } from "./change-kinds.js";
import type { SchemaDiff } from "./diff-schemas.js";
import { verdictLine, type SideLabels } from "./format-text.js";
import { audiencesOf, reportSections, type ReportGroup } from "./report-groups.js";

/** Formats a diff as a Markdown section. */
export function formatMarkdown(diff: SchemaDiff, sides: SideLabels): string {
  const lines = [`## Schema changes: ${code(sides.old)} → ${code(sides.new)}`, "", `${capitalise(verdictLine(diff))}.`];
  for (const section of reportSections(diff.changes)) {
    lines.push("", `### ${SECTION_HEADINGS[section.group][section.breaking ? "breaking" : "other"]}`);
    for (const group of section.kinds) lines.push("", ...groupLines(group));
  }
  if (diff.changes.length > 0) lines.push("", "### Changes by kind", "", ...kindTable(diff));
  if (diff.notes.length > 0) lines.push("", ...diff.notes.map((note) => `> Note: ${note}.`));
  return `${lines.join("\n")}\n`;
}

/** The heading of a section of the Markdown report. */
const SECTION_HEADINGS = {
  schemas: { breaking: "Breaking changes", other: "Other changes" },
  operations: { breaking: "Breaking operation changes", other: "Other operation changes" },
} as const;

function groupLines(group: ReportGroup): string[] {
  const audiences = audiencesOf(group.kind);
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
      const breaks = audiencesOf(kind as ChangeKind).replace(/^breaks /, "") || "—";
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
