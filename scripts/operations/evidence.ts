/**
 * Ties the examples of every page to the operations they are for, and keeps those that can be
 * trusted as evidence of an operation's answers and body: an example on an operation's page whose
 * request has the page's own method but another operation's URL is a slip of the page, not evidence.
 */
import type { Draft } from "./drafts.js";
import type { EmPage } from "./em-pages.js";
import { matchRequest, queryValue } from "./match-operation.js";
import { pageExamples, type PageExample } from "./page-examples.js";
import { shownBody, type ShownBody } from "./representations.js";

/** An example matched to one operation. */
export interface MatchedExample {
  readonly example: PageExample;
  readonly draft: Draft;
  /** `Entity` when the URL asks for entities, `` when it does not ask. */
  readonly format: string;
  readonly response: ShownBody | undefined;
  readonly request: ShownBody | undefined;
}

/** Every example that maps to exactly one operation and is not a slip of its page. */
export function matchExamples(pages: readonly EmPage[], drafts: readonly Draft[]): MatchedExample[] {
  const ownMethod = new Map(drafts.map((draft) => [draft.page, draft]));
  const matched: MatchedExample[] = [];
  for (const example of pages.flatMap(pageExamples)) {
    const match = matchRequest(drafts, example.method, example.url);
    if (match.candidates.length !== 1) continue;
    const draft = match.candidates[0]!;
    const pageDraft = ownMethod.get(example.page);
    if (pageDraft !== undefined && pageDraft !== draft && pageDraft.method === example.method) continue;
    const format = queryValue(match.query, "format")?.toLowerCase() === "entity" ? "Entity" : "";
    matched.push({
      example,
      draft,
      format,
      response: shownBody(example.responseBody),
      request: shownBody(example.requestBody),
    });
  }
  return matched;
}

/** The response bodies shown for one operation, by format. */
export function responsesByFormat(examples: readonly MatchedExample[], draft: Draft): Map<string, ShownBody[]> {
  const byFormat = new Map<string, ShownBody[]>();
  for (const matched of examples) {
    if (matched.draft !== draft || matched.response === undefined) continue;
    byFormat.set(matched.format, [...(byFormat.get(matched.format) ?? []), matched.response]);
  }
  return byFormat;
}
