/**
 * The example cells of an EM reference page: XML cells (one-column table cells starting with `<`)
 * and JSON cells (the cell under a "JSON Representation" heading), in page order.
 */
import { EM_NAMESPACE } from "../../runtime/xml/namespaces.js";

/** One example cell of a page. */
export interface PageCell {
  readonly kind: "xml" | "json";
  readonly text: string;
  /** 1-based line on the page. */
  readonly line: number;
}

/** The first element of an XML cell, and whether it is a namespaced root or a bare snippet. */
export interface XmlCellRoot {
  readonly element: string;
  readonly namespaced: boolean;
  readonly line: number;
}

/** Splits a page into its example cells. */
export function pageCells(markdown: string): PageCell[] {
  const cells: PageCell[] = [];
  let jsonNext = false;
  markdown.split("\n").forEach((line, index) => {
    if (/^json representation\s*$/i.test(line.trim())) jsonNext = true;
    const cell = /^\| (.*\S) *\|\s*$/.exec(line)?.[1];
    if (cell === undefined || cell.startsWith("---")) return;
    if (jsonNext) {
      cells.push({ kind: "json", text: cell, line: index + 1 });
      jsonNext = false;
    } else if (cell.startsWith("<")) cells.push({ kind: "xml", text: cell, line: index + 1 });
  });
  return cells;
}

/**
 * The root of the XML cell shown with the page's `pair`-th JSON cell (1-based): the nearest XML
 * cell after the previous JSON cell. Undefined when there is none or it is cut before its root.
 */
export function xmlRootOfPair(cells: readonly PageCell[], pair: number): XmlCellRoot | undefined {
  const jsonIndexes = cells.flatMap((cell, index) => (cell.kind === "json" ? [index] : []));
  const at = jsonIndexes[pair - 1];
  if (at === undefined) return undefined;
  const from = pair >= 2 ? jsonIndexes[pair - 2]! + 1 : 0;
  const xml = cells
    .slice(from, at)
    .reverse()
    .find((cell) => cell.kind === "xml");
  if (xml === undefined) return undefined;
  const tag = /<([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml.text.replace(/<\?[^>]*\?>/g, ""));
  if (tag === null) return undefined;
  return { element: tag[1]!, namespaced: tag[2]!.includes(EM_NAMESPACE), line: xml.line };
}
