/**
 * The filter examples of the reference pages, for checking the builder against them: each `filter=`
 * of a request on a page, with the query type of its URL, read into a tree by a small parser of
 * the grammar the pages show (kept apart from the builder on purpose).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One filter example: the page, the query type its URL names, the filter text as the page writes it. */
export interface PageFilter {
  readonly page: string;
  readonly type: string | undefined;
  readonly text: string;
}

/** A filter read into its parts; values as written (quotes kept), so that both forms can be checked. */
export type FilterTree =
  | { readonly kind: "and" | "or"; readonly operands: readonly FilterTree[] }
  | { readonly kind: "comparison"; readonly field: string; readonly operator: string; readonly value: string };

/** Every filter example of the pages in a folder, in page order; none when the folder is absent. */
export function pageFilters(folder: string): PageFilter[] {
  if (!existsSync(folder)) return [];
  const found: PageFilter[] = [];
  for (const page of readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()) {
    // The prose writes typographic quotes where requests have plain ones.
    const text = readFileSync(join(folder, page), "utf8").replace(/[”“]/g, '"');
    for (const match of text.matchAll(/filter=/g)) {
      const filter = readFilterText(text, match.index + match[0].length);
      if (filter === "" || filter.startsWith("<")) continue;
      const url = text.slice(text.lastIndexOf(" ", match.index) + 1, match.index);
      found.push({ page, type: /[?&]type=(\w+)/.exec(url)?.[1], text: filter });
    }
  }
  return found;
}

/** The filter text from a position: up to a space or `&` outside quotes; a sentence's full stop is not part of it. */
function readFilterText(text: string, start: number): string {
  let end = start;
  while (end < text.length) {
    const char = text[end]!;
    if (char === '"') {
      end = text.indexOf('"', end + 1) + 1 || text.length;
      continue;
    }
    if (/[\s&|]/.test(char)) break;
    end++;
  }
  return text.slice(start, end).replace(/\.$/, "");
}

/** Reads a filter as the pages write it: `,` of `;` of comparisons or parenthesised groups. */
export function parseFilterTree(text: string): FilterTree {
  let index = 0;
  const join = (kind: "and" | "or", separator: string, operand: () => FilterTree): FilterTree => {
    const operands = [operand()];
    while (text[index] === separator) {
      index++;
      operands.push(operand());
    }
    return operands.length === 1 ? operands[0]! : { kind, operands };
  };
  const or = (): FilterTree => join("or", ",", () => join("and", ";", term));
  const term = (): FilterTree => {
    if (text[index] === "(") {
      index++;
      const group = or();
      if (text[index++] !== ")") throw new Error(`unclosed group in ${text}`);
      return group;
    }
    const comparison = /^([A-Za-z_][A-Za-z0-9_]*)(==|!=|<=|>=|<|>)((?:"(?:[^"]|"")*"|[^;,()"]|"")*)/.exec(
      text.slice(index),
    );
    if (comparison === null) throw new Error(`no comparison at ${index} of ${text}`);
    index += comparison[0].length;
    return { kind: "comparison", field: comparison[1]!, operator: comparison[2]!, value: comparison[3]! };
  };
  const tree = or();
  if (index !== text.length) throw new Error(`unread text at ${index} of ${text}`);
  return tree;
}

/** Whether a value is written in quotes, and its text without them (inner doubled quotes made single). */
export function valueOf(written: string): { readonly quoted: boolean; readonly text: string } {
  const quoted = written.length >= 2 && written.startsWith('"') && written.endsWith('"') && !/^""[^"]/.test(written);
  const inner = quoted ? written.slice(1, -1) : written;
  return { quoted, text: inner.replaceAll('""', '"') };
}
