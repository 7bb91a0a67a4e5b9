/**
 * Works out every operation's answers from the evidence, in two passes: items and plain resources
 * first, then the reference collections, whose entities are those of their item operations.
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type { ResponseSchema } from "../../generator/operation-types.js";
import { changeAnswers, getAnswers, readFacts, type GetFacts } from "./answers.js";
import type { AnswerCorrection } from "./corrections.js";
import type { Draft } from "./drafts.js";
import { unescapeMarkdown, type EmPage } from "./em-pages.js";
import { responsesByFormat, type MatchedExample } from "./evidence.js";
import { pageRepresentations } from "./representations.js";

/** The answers of every draft, and what could not be worked out. */
export function resolveAnswers(
  drafts: readonly Draft[],
  pages: readonly EmPage[],
  examples: readonly MatchedExample[],
  types: TypeIndex,
  corrections: Readonly<Record<string, AnswerCorrection>>,
): { answers: Map<Draft, ResponseSchema[]>; unresolved: string[] } {
  const gets = drafts.filter((draft) => draft.method === "GET");
  const facts = readAllFacts(gets, pages, examples, types, corrections);
  const answers = new Map<Draft, ResponseSchema[]>();
  const unresolved: string[] = [];
  for (const draft of drafts) {
    const correction = corrections[draft.page];
    const status = correction?.status ?? draft.status ?? 200;
    const known = facts.get(draft);
    if (correction?.responses !== undefined) answers.set(draft, [...correction.responses]);
    else if (known === undefined) {
      const shown = correction?.root ?? shownChangeRoot(draft, status, examples);
      answers.set(draft, changeAnswers(status, correction?.root === undefined && draft.answersTask, shown));
    } else if (known.root === undefined) unresolved.push(`${draft.page}: no root element for GET ${draft.path}`);
    else answers.set(draft, getAnswers(status, known));
  }
  return { answers, unresolved };
}

function readAllFacts(
  gets: readonly Draft[],
  pages: readonly EmPage[],
  examples: readonly MatchedExample[],
  types: TypeIndex,
  corrections: Readonly<Record<string, AnswerCorrection>>,
): Map<Draft, GetFacts> {
  const resourcePages = new Map(pages.map((page) => [unescapeMarkdown(page.title).toLowerCase(), page]));
  const facts = new Map<Draft, GetFacts>();
  for (const draft of gets) {
    const resource = resourcePages.get(draft.pagePath.toLowerCase());
    const evidence = {
      path: draft.path,
      examples: responsesByFormat(examples, draft),
      representations: resource === undefined ? [] : pageRepresentations(resource),
    };
    const {
      reason: _reason,
      status: _status,
      responses: _responses,
      ...corrected
    } = corrections[draft.page] ?? {
      reason: "",
    };
    facts.set(draft, { ...readFacts(evidence, types), ...corrected });
  }
  for (const draft of gets) {
    const known = facts.get(draft)!;
    if (known.root !== "EntityReferences") continue;
    const item = itemFacts(draft, gets, facts);
    const entity = known.entity ?? (item?.entity === undefined ? undefined : types.collectionOf(item.entity)?.name);
    facts.set(draft, { ...known, entity, referenceType: known.referenceType ?? item?.referenceType });
  }
  return facts;
}

/**
 * The item operation of a reference collection: `GET <path>/{ID}`, else a `GET .../<last
 * segment>/{ID}` (`/backupFiles/{ID}/restorePoints` holds what `/restorePoints/{ID}` serves), one in
 * the same area first (`/cloud/replicas/{ID}/vmReplicaPoints` → `/cloud/vmReplicaPoints/{ID}`),
 * then the shortest.
 */
function itemFacts(collection: Draft, gets: readonly Draft[], facts: Map<Draft, GetFacts>): GetFacts | undefined {
  const parentOf = (draft: Draft) =>
    /\/\{[^}/]+\}$/.test(draft.pagePath) ? draft.pagePath.replace(/\/\{[^}/]+\}$/, "").toLowerCase() : undefined;
  const own = gets.filter((draft) => parentOf(draft) === collection.pagePath.toLowerCase());
  const last = `/${collection.pagePath.split("/").pop()!.toLowerCase()}`;
  const area = (draft: Draft) => draft.pagePath.split("/")[1]!.toLowerCase();
  const rank = (draft: Draft) => (area(draft) === area(collection) ? 0 : 1000) + draft.pagePath.length;
  const named = gets.filter((draft) => parentOf(draft)?.endsWith(last) === true).sort((a, b) => rank(a) - rank(b));
  const item = [...own, ...named].find((draft) => facts.get(draft)?.root === "EntityRef");
  return item === undefined ? undefined : facts.get(item);
}

/** The root element an example of a POST, PUT or DELETE shows with the page's own status. */
function shownChangeRoot(draft: Draft, status: number, examples: readonly MatchedExample[]): string | undefined {
  const shown = examples.find(
    (matched) =>
      matched.draft === draft && matched.response !== undefined && matched.example.status?.startsWith(String(status)),
  );
  return shown?.response?.root;
}
