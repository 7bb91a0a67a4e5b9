/**
 * The request body of an operation: whether the page asks for one, and its root element, from the
 * page's own example request or else from the first representation in its Request Body section
 * whose root is a root element of the type schemas.
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type { RequestBodySchema } from "../../generator/operation-types.js";
import type { Draft } from "./drafts.js";
import { boxCells, sectionLines, type EmPage } from "./em-pages.js";
import type { MatchedExample } from "./evidence.js";
import { rootElementOf } from "./page-examples.js";

/** A body the pages leave out or name wrongly. */
export interface BodyCorrection {
  /** The root element, or `null` for an operation without a body. */
  readonly element: string | null;
  readonly required?: boolean;
  readonly reason: string;
}

/** The body of a draft; undefined when it takes none. */
export function requestBody(
  draft: Draft,
  page: EmPage | undefined,
  examples: readonly MatchedExample[],
  types: TypeIndex,
  correction: BodyCorrection | undefined,
): RequestBodySchema | undefined {
  if (correction !== undefined) {
    if (correction.element === null) return undefined;
    return { element: correction.element, required: correction.required ?? draft.bodyRule !== "optional" };
  }
  if (draft.bodyRule === "none") return undefined;
  const element =
    examples.find((matched) => matched.draft === draft && matched.example.page === draft.page && matched.request)
      ?.request?.root ?? (page === undefined ? undefined : representedBody(page, types));
  return element === undefined ? undefined : { element, required: draft.bodyRule === "required" };
}

/** The root of the first XML box of the Request Body section that is a root element of the schemas. */
function representedBody(page: EmPage, types: TypeIndex): string | undefined {
  const start = page.lines.indexOf("Request Body");
  const end = start + sectionLines(page, "Request Body").length;
  for (const cell of boxCells(page)) {
    if (cell.line <= start || cell.line > end) continue;
    const root = rootElementOf(cell.text);
    if (root !== undefined && types.roots.has(root)) return root;
  }
  return undefined;
}
