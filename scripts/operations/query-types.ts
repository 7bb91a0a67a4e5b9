/**
 * The query types of the query service, one per `GET /query?type=...` page: the fields of its
 * Optional Parameters table (all of them filterable and sortable, as the pages say), and the
 * elements of its entities and references, taken from the operations of the collection the page
 * points to (its first link), else from the root element named like the type.
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type { OperationSchema, QueryFieldSchema, QueryTypeSchema } from "../../generator/operation-types.js";
import { markdownTables, possibleValues, unescapeMarkdown, type EmPage } from "./em-pages.js";
import { parseTitle } from "./path-templates.js";
import { schemaType } from "./value-types.js";

/** The entity elements of a query type the pages do not lead to. */
export interface QueryTypeCorrection {
  readonly entity?: string;
  readonly entities?: string;
  readonly reason: string;
}

/** The query type a page documents; undefined for other pages. */
export function readQueryType(
  page: EmPage,
  operations: readonly OperationSchema[],
  types: TypeIndex,
  correction: QueryTypeCorrection | undefined,
): QueryTypeSchema | undefined {
  const title = parseTitle(page.title);
  const name = title?.path === "/query" ? title.query.get("type") : undefined;
  if (name === undefined) return undefined;
  const elements = { ...entityElements(page, name, operations, types), ...correction };
  const referenceType = referenceTypeOf(elements.entity, operations);
  return {
    name,
    doc: `Query type ${name}: each result is ${describeEntity(elements.entity, types)}.`,
    page: page.file,
    entity: elements.entity ?? "",
    ...(elements.entities === undefined ? {} : { entities: elements.entities }),
    ...(referenceType === undefined ? {} : { referenceType }),
    fields: queryFields(page),
  };
}

function queryFields(page: EmPage): QueryFieldSchema[] {
  const table = markdownTables(page).find((candidate) => candidate.section === "Optional Parameters");
  return (table?.rows ?? []).map((row) => {
    const values = possibleValues(row[2] ?? "");
    const type = schemaType(row[1]!);
    return {
      name: row[0]!,
      type,
      ...(values.length > 0 && type !== "xs:boolean" ? { values } : {}),
      filterable: true,
      sortable: true,
    };
  });
}

/**
 * The entity element of a query type (the entity of the item operation of the collection the page
 * links to first, else the root element of the type's name) and the element holding the entities
 * inside `QueryResult/Entities` (the one of the collection's type).
 */
function entityElements(
  page: EmPage,
  name: string,
  operations: readonly OperationSchema[],
  types: TypeIndex,
): { entity?: string; entities?: string } {
  const collectionPath = page.lines
    .map((line) => /\[(\/[^\]]*)\]\([a-z0-9_]+\.md\)/.exec(line)?.[1])
    .find((path) => path !== undefined);
  const gets = operations.filter((operation) => operation.method === "GET" && operation.action === undefined);
  const pageOf = (path: string) => path.replace(/\{[^}]+\}/g, "{}").toLowerCase();
  const collection =
    collectionPath === undefined
      ? undefined
      : gets.find((op) => pageOf(op.path) === pageOf(unescapeMarkdown(collectionPath)));
  const item =
    collection === undefined ? undefined : gets.find((op) => pageOf(op.path) === `${pageOf(collection.path)}/{}`);
  const entity = item === undefined ? types.rootForLinkType(name)?.name : answerOf(item, "Entity");
  const listed = collection === undefined ? undefined : answerOf(collection, "Entity");
  const list = listed ?? (entity === undefined ? undefined : types.collectionOf(entity)?.name);
  return { entity, entities: list === undefined ? undefined : entitiesElement(list, types) };
}

/** The child of `QueryResult/Entities` of a collection's type, its own name first. */
function entitiesElement(collection: string, types: TypeIndex): string | undefined {
  const type = types.roots.get(collection)?.type;
  const children = [...(types.childElements("QueryResult", "Entities") ?? new Map<string, string>())];
  const sameType = children.filter(([, childType]) => childType === type).map(([child]) => child);
  return sameType.includes(collection) ? collection : sameType[0];
}

/** The element answered with `format` (the entity), else the one answer's element. */
function answerOf(operation: OperationSchema, format: string): string | undefined {
  return (operation.responses.find((response) => response.format === format) ?? operation.responses[0])?.element;
}

function referenceTypeOf(entity: string | undefined, operations: readonly OperationSchema[]): string | undefined {
  for (const operation of operations) {
    if (!operation.responses.some((response) => response.format === "Entity" && response.element === entity)) continue;
    const reference = operation.responses.find((response) => response.element === "EntityRef");
    if (reference?.referenceType !== undefined) return reference.referenceType;
  }
  return undefined;
}

function describeEntity(entity: string | undefined, types: TypeIndex): string {
  const doc = entity === undefined ? undefined : types.docOf(entity);
  return doc === undefined ? `a ${entity} resource` : lowerFirst(doc.replace(/\.$/, ""));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
