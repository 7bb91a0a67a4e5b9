/**
 * The answers of an operation, from what the pages show of it: the success status its Response
 * Codes section names, and the root elements of the example bodies mapped to it and of its
 * resource page's representations. A resource served as a reference by default (`EntityRef`,
 * `EntityReferences`) also answers its entity (or the collection of its entities) with
 * `format=Entity`; which entity that is comes from the page, from the `Type` the references carry,
 * or from the item operation of the collection. A shown reference is trusted for its `Type` only
 * when its `Href` is a URL of the operation (the pages copy some from other resources).
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type { ResponseSchema } from "../../generator/operation-types.js";
import { matchPath } from "./path-templates.js";
import type { ShownBody } from "./representations.js";

/** What the pages show of one GET operation's answers. */
export interface AnswerEvidence {
  /** The operation's path template. */
  readonly path: string;
  /** Example bodies mapped to the operation, by the `format` value of their URL (`` for none). */
  readonly examples: ReadonlyMap<string, readonly ShownBody[]>;
  /** The representations of the resource page with the same path. */
  readonly representations: readonly ShownBody[];
}

/** What is known of a GET operation's answers. */
export interface GetFacts {
  readonly root: string | undefined;
  readonly entity: string | undefined;
  readonly referenceType: string | undefined;
}

/**
 * The root of the default answer: the resource page's reference representation (the page says
 * which it is), else an example without `format`, else the resource page's only representation.
 */
function defaultRoot(evidence: AnswerEvidence): ShownBody | undefined {
  return (
    evidence.representations.find((body) => body.kind === "reference") ??
    evidence.examples.get("")?.[0] ??
    evidence.representations.find((body) => body.kind === "")
  );
}

/** The entity (or entity collection) answer with `format=Entity`, when the pages show it. */
function shownEntity(evidence: AnswerEvidence): ShownBody | undefined {
  return evidence.representations.find((body) => body.kind === "entity") ?? evidence.examples.get("Entity")?.[0];
}

/** The entity element the `Type` of a reference names (`NasJobReference` → `NASJob`). */
export function entityOfReference(types: TypeIndex, referenceType: string | undefined): string | undefined {
  const linkType = referenceType?.replace(/Reference$/, "");
  return linkType === undefined || linkType === referenceType ? undefined : types.rootForLinkType(linkType)?.name;
}

/** The `Type` of a shown reference (or of the first reference of a list) that is one of this operation's. */
function trustedReferenceType(evidence: AnswerEvidence, root: "EntityRef" | "EntityReferences"): string | undefined {
  const bodies = [...evidence.representations, ...(evidence.examples.get("") ?? [])].filter(
    (body) => body.root === root,
  );
  const itemTemplate = `${evidence.path}/{item}`;
  const lastSegment = evidence.path.split("/").pop()!.toLowerCase();
  for (const body of bodies) {
    if (
      root === "EntityRef" &&
      body.type !== undefined &&
      body.href !== undefined &&
      matchPath(evidence.path, body.href)
    )
      return body.type;
    const refParent = body.refHref?.split("/").slice(-2, -1)[0]?.toLowerCase();
    const refIsItem =
      body.refHref !== undefined && (matchPath(itemTemplate, body.refHref) || refParent === lastSegment);
    if (root === "EntityReferences" && body.refType !== undefined && refIsItem) return body.refType;
  }
  return undefined;
}

/** Reads the facts of a GET operation from its evidence. */
export function readFacts(evidence: AnswerEvidence, types: TypeIndex): GetFacts {
  const root = defaultRoot(evidence)?.root;
  if (root !== "EntityRef" && root !== "EntityReferences") return { root, entity: undefined, referenceType: undefined };
  const shown = shownEntity(evidence);
  const derived = root === "EntityRef" && shown?.type !== undefined ? `${shown.type}Reference` : undefined;
  const referenceType = trustedReferenceType(evidence, root) ?? derived;
  if (shown !== undefined) return { root, entity: shown.root, referenceType };
  const referenced = entityOfReference(types, referenceType);
  const entity = root === "EntityRef" || referenced === undefined ? referenced : types.collectionOf(referenced)?.name;
  return { root, entity, referenceType };
}

/** The GET answers: the default one and, for references, the entity one. */
export function getAnswers(status: number, facts: GetFacts): ResponseSchema[] {
  const { root, entity, referenceType } = facts;
  const isReference = root === "EntityRef" || root === "EntityReferences";
  const reference: ResponseSchema = {
    status,
    element: root!,
    ...(isReference && referenceType ? { referenceType } : {}),
  };
  if (!isReference || entity === undefined) return [reference];
  return [reference, { status, element: entity, format: "Entity" }];
}

/**
 * The answers of an operation that changes something (POST, PUT, DELETE): a task where the page
 * says so, else the root an example shows, else no body.
 */
export function changeAnswers(status: number, answersTask: boolean, shownRoot: string | undefined): ResponseSchema[] {
  if (status === 204) return [{ status }];
  if (answersTask) return [{ status, element: "Task" }];
  return shownRoot === undefined ? [{ status }] : [{ status, element: shownRoot }];
}
