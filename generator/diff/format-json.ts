/** The diff as JSON for machines: every change (absent values as `null`), the summary and the notes. */
import { CHANGE_KINDS } from "./change-kinds.js";
import type { SchemaDiff } from "./diff-schemas.js";
import type { SideLabels } from "./format-text.js";

/** Formats a diff as one JSON document. */
export function formatJson(diff: SchemaDiff, sides: SideLabels): string {
  const changes = diff.changes.map((change) => ({
    kind: change.kind,
    path: change.path,
    breaking: change.breaking,
    breaks: change.breaks,
    old: change.old ?? null,
    new: change.new ?? null,
    area: change.area,
    typescript: change.typescript ?? null,
    group: change.group,
    title: CHANGE_KINDS[change.kind].title,
  }));
  return `${JSON.stringify({ old: sides.old, new: sides.new, changes, summary: diff.summary, notes: diff.notes }, null, 2)}\n`;
}
