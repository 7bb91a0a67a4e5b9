/**
 * Reads the pages of the EM REST reference (`em-docs/*.md`): the title, the lines, the sections
 * (each starts at a line that is a heading word such as `Request Body` or `Links`) and the pipe
 * tables, whose cells are split and trimmed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One page of the reference. */
export interface EmPage {
  /** The file name, such as `get_nas_jobs_id.md`. */
  readonly file: string;
  /** The front matter title, such as `GET /nas/jobs/{ID}`. */
  readonly title: string;
  readonly lines: readonly string[];
}

/** A pipe table with the line before it that is not empty (its heading or the sentence introducing it). */
export interface MarkdownTable {
  readonly intro: string;
  /** The section the table is in (the last section heading above it). */
  readonly section: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Zero-based line of the header. */
  readonly line: number;
}

/** Reads every page of a folder, in file name order. */
export function readEmPages(folder: string): EmPage[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((file) => parseEmPage(file, readFileSync(join(folder, file), "utf8")));
}

/** Splits a page into its title and lines. */
export function parseEmPage(file: string, text: string): EmPage {
  const lines = text.split("\n");
  const title = /^title: "(.*)"$/m.exec(text)?.[1] ?? "";
  return { file, title, lines };
}

/** The section headings the pages use between their tables (the words stand alone on a line). */
const SECTION_HEADINGS = new Set([
  "Request",
  "HTTP Request",
  "Request Headers",
  "Request Header",
  "Request Body",
  "Request Parameters",
  "Optional Parameters",
  "Response",
  "Response Codes",
  "Response Headers",
  "Response Body",
  "Parameters",
  "Links",
  "Example",
  "Examples",
  "Resource URL",
  "Related Resources",
  "Methods",
  "Resource Representation",
]);

/** The lines of a section: from its heading to the next section heading. */
export function sectionLines(page: EmPage, heading: string): string[] {
  const start = page.lines.indexOf(heading);
  if (start < 0) return [];
  const end = page.lines.findIndex((line, index) => index > start && SECTION_HEADINGS.has(line));
  return page.lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The first line of a section that is not empty, or `""`. */
export function sectionSentence(page: EmPage, heading: string): string {
  return sectionLines(page, heading).find((line) => line.trim() !== "") ?? "";
}

/** Splits a table row into its trimmed cells. */
export function tableCells(row: string): string[] {
  return row
    .replace(/^\|/, "")
    .replace(/\|\s*$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

/** Every pipe table of a page that has a header row and a `---` separator. */
export function markdownTables(page: EmPage): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let section = "";
  let intro = "";
  for (let index = 0; index < page.lines.length; index++) {
    const line = page.lines[index]!;
    if (SECTION_HEADINGS.has(line)) section = line;
    if (!line.startsWith("|")) {
      if (line.trim() !== "") intro = line;
      continue;
    }
    if (!(page.lines[index + 1] ?? "").startsWith("| ---")) continue;
    const rows: string[][] = [];
    let next = index + 2;
    for (; next < page.lines.length && page.lines[next]!.startsWith("|"); next++)
      rows.push(tableCells(page.lines[next]!));
    tables.push({ intro, section, header: tableCells(line), rows, line: index });
    index = next - 1;
  }
  return tables;
}

/** The single cells of the one-column boxes the pages put URLs and examples in. */
export function boxCells(page: EmPage): { text: string; line: number }[] {
  return markdownTables(page)
    .filter((table) => table.header.every((cell) => cell === "") && table.rows.length === 1)
    .map((table) => ({ text: table.rows[0]!.join("|"), line: table.line + 2 }));
}

/** Undoes the markdown escapes the pages put in URLs and names (`job\_statistics`). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([_*\\[\]])/g, "$1");
}

/** The values a description lists after "Possible values:" (`* A — means this * B`), in order. */
export function possibleValues(description: string): string[] {
  const at = description.search(/Possible values\s*:?/i);
  if (at < 0) return [];
  const list = description.slice(at).replace(/^Possible values\s*:?/i, "");
  const values: string[] = [];
  for (const item of list.split(/\s\*\s|^\s*\*\s/).slice(1)) {
    const value = /^\s*([A-Za-z0-9_.-]+)(?=\s*(?:—|-\s|$|\s\s|\(|,|\.\s))/.exec(item)?.[1];
    if (value === undefined) break;
    values.push(value);
  }
  return values;
}
