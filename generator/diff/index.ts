/** The schema diff: load two sides, compare them, and format the changes for people or machines. */
export {
  CHANGE_KINDS,
  type Audience,
  type ChangeKind,
  type ChangeKindInfo,
  type SchemaChange,
} from "./change-kinds.js";
export { diffSchemas, summarize, type DiffOptions, type DiffSummary, type SchemaDiff } from "./diff-schemas.js";
export { formatJson } from "./format-json.js";
export { formatMarkdown } from "./format-markdown.js";
export { formatText, type SideLabels } from "./format-text.js";
export { loadSchemaSide, type SchemaSide, type SideKind } from "./schema-source.js";
export { SchemaSourceError } from "../source-error.js";

import type { SchemaDiff } from "./diff-schemas.js";
import { formatJson } from "./format-json.js";
import { formatMarkdown } from "./format-markdown.js";
import { formatText, type SideLabels } from "./format-text.js";

/** The output formats of `emx diff`. */
export const DIFF_FORMATS = ["text", "json", "markdown"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Formats a diff in one of the output formats. */
export function formatDiff(diff: SchemaDiff, sides: SideLabels, format: DiffFormat): string {
  const formatters = { text: formatText, json: formatJson, markdown: formatMarkdown };
  return formatters[format](diff, sides);
}
