/**
 * The documented links of each resource: the rows of a GET page's Links table (Reference,
 * Relationship), each tied to the operation following it performs. The method comes from the
 * relation (Up, Down, Alternate, Related read; Edit is PUT, Delete DELETE, Create POST; every other
 * relation is an action, POST); the operation is the one the Reference's path and action match,
 * else the operation of the page the row's description links to. The link's `Type` is the one the
 * resource's XML on the pages shows for the same relation and path.
 */
import type { LinkSchema, OperationSchema } from "../../generator/operation-types.js";
import { markdownTables, unescapeMarkdown, type EmPage } from "./em-pages.js";
import { matchRequest } from "./match-operation.js";
import { matchPath, parseQuery } from "./path-templates.js";
import type { ShownLink } from "./representations.js";

/** A row of a Links table that reading gets wrong, by `page relationship reference`. */
export interface LinkCorrection {
  readonly href?: string;
  readonly operation?: string;
  readonly reason: string;
}

const READING_RELATIONS = new Set(["Up", "Down", "Alternate", "Related"]);
const METHOD_OF_RELATION: Readonly<Record<string, string>> = { Edit: "PUT", Delete: "DELETE", Create: "POST" };

/** The method following a link of this relation uses. */
export function methodOfRelation(rel: string): string {
  return READING_RELATIONS.has(rel) ? "GET" : (METHOD_OF_RELATION[rel] ?? "POST");
}

/** One row of a Links table. */
interface LinkRow {
  /** The Reference column's path (a leading slash added, doubled slashes taken as one). */
  readonly href: string;
  readonly rel: string;
  /** The page the description links to. */
  readonly target: string | undefined;
  /** The path the description shows for that page (`/jobs/{ID}`, or `PUT /jobs/{ID}` for a request). */
  readonly described: string | undefined;
  /** The link Type, where the Reference column holds one instead of a path. */
  readonly type: string | undefined;
}

/** The rows of a page's Links table. */
function linkRows(page: EmPage): LinkRow[] {
  const table = markdownTables(page).find((candidate) => candidate.header[0] === "Reference");
  return (table?.rows ?? []).map((row) => {
    const reference = unescapeMarkdown(row[0]!).replace(/\s+/g, "");
    const description = /\[((?:[A-Z]+ )?\/[^\]]*)\]\(([a-z0-9_]+\.md)(?:#[^)]*)?\)/.exec(row[2] ?? "");
    const described = description === undefined || description === null ? undefined : unescapeMarkdown(description[1]!);
    const isType = /^[A-Z][A-Za-z]*$/.test(reference);
    const path = isType ? (described ?? "").replace(/^[A-Z]+ /, "") : reference;
    return {
      href: `/${path}`.replace(/\/{2,}/g, "/"),
      rel: row[1]!,
      target: description?.[2],
      described,
      type: isType ? reference : undefined,
    };
  });
}

/** What reading a Links table gave, and what it had to mend. */
export interface PageLinks {
  readonly links: LinkSchema[];
  readonly unresolved: string[];
  /** Rows whose Reference did not fit the operation they document, and the path taken instead. */
  readonly mended: string[];
}

/** The links of a page's Links table, each tied to an operation; rows that tie to none are reported. */
export function pageLinks(
  page: EmPage,
  operations: readonly OperationSchema[],
  shown: readonly ShownLink[],
  context: {
    readonly titles: ReadonlyMap<string, string>;
    readonly corrections: Readonly<Record<string, LinkCorrection>>;
  },
): PageLinks {
  const result: PageLinks = { links: [], unresolved: [], mended: [] };
  for (const row of linkRows(page)) {
    const correction = context.corrections[`${page.file} ${row.rel} ${row.href}`];
    const linked = linkedOperation(row, operations, context.titles);
    const operation = operations.find((candidate) => candidate.id === correction?.operation) ?? linked.operation;
    const conflict = correction === undefined ? conflictNote(linked) : undefined;
    if (conflict !== undefined) result.mended.push(`${page.file}: ${row.rel} ${row.href} ${conflict}`);
    if (operation === undefined) {
      result.unresolved.push(`${page.file}: link ${row.rel} ${row.href} leads to no operation`);
      continue;
    }
    const href = correction?.href ?? fittingHref(row, operation);
    if (href === undefined) {
      result.unresolved.push(`${page.file}: link ${row.rel} ${row.href} does not fit ${operation.id}`);
      continue;
    }
    if (href !== row.href && correction === undefined)
      result.mended.push(`${page.file}: ${row.rel} ${row.href} -> ${href}`);
    const type = row.type ?? shownType(row.rel, href, shown);
    result.links.push({ rel: row.rel, ...(type === undefined ? {} : { type }), href, operation: operation.id });
  }
  return result;
}

/**
 * The operation a row leads to: the request its description links to; else the one its method,
 * path and action match; else the GET of the resource page its description links to. Where the
 * path and the description's resource page lead to different operations, the path wins and the
 * description's is given as the conflict.
 */
function linkedOperation(
  row: LinkRow,
  operations: readonly OperationSchema[],
  titles: ReadonlyMap<string, string>,
): { operation: OperationSchema | undefined; conflict?: OperationSchema } {
  const method = methodOfRelation(row.rel);
  const requested = operations.filter((operation) => operation.page === row.target && operation.method === method);
  if (requested.length === 1) return { operation: requested[0] };
  const targetPath = row.target === undefined ? undefined : titles.get(row.target);
  const read = operations.filter(
    (operation) =>
      operation.method === method &&
      operation.action === undefined &&
      targetPath !== undefined &&
      samePath(operation.path, targetPath),
  );
  const described = read.length === 1 ? read[0] : undefined;
  const matched = fits(row.href, method, operations);
  if (matched.length !== 1) return { operation: described };
  return described === undefined || described === matched[0]
    ? { operation: matched[0] }
    : { operation: matched[0], conflict: described };
}

/**
 * The Reference's path when it fits the operation, or when it is a collection below another
 * resource (`/backupServers/{ID}/jobs`, served like `/jobs` but for that server); else the path the
 * description shows, when that fits.
 */
function fittingHref(row: LinkRow, operation: OperationSchema): string | undefined {
  if (fits(row.href, operation.method, [operation]).length === 1) return respelled(row.href, operation.path);
  const segments = (path: string) => path.split("?")[0]!.split("/");
  const [href, served] = [segments(row.href), segments(operation.path)];
  const below =
    operation.method === "GET" &&
    href.length > served.length &&
    href[href.length - 1]!.toLowerCase() === served[served.length - 1]!.toLowerCase();
  if (below) return row.href;
  const described = row.described?.replace(/^[A-Z]+ /, "");
  return described !== undefined && fits(described, operation.method, [operation]).length === 1
    ? respelled(described, operation.path)
    : undefined;
}

/** A path spelled as the operation's template spells its literal segments (`/nas/jobs/{ID}/Start` → `.../start`). */
function respelled(href: string, template: string): string {
  const [path, query] = href.split("?", 2) as [string, string?];
  const own = template.split("/");
  const segments = path.split("/").map((segment, index) => {
    const spelled = own[index];
    return spelled !== undefined && !spelled.startsWith("{") && spelled.toLowerCase() === segment.toLowerCase()
      ? spelled
      : segment;
  });
  return segments.join("/") + (query === undefined ? "" : `?${query}`);
}

function fits(href: string, method: string, operations: readonly OperationSchema[]): OperationSchema[] {
  return [...matchRequest(operations, method, `https://em/api${href.replace(/\{[^}]+\}/g, "x")}`).candidates];
}

/**
 * What to note where the path and the description lead to different resources: nothing where the
 * description names the collection a collection below a resource is served like, or the same path.
 */
function conflictNote(linked: ReturnType<typeof linkedOperation>): string | undefined {
  const { operation, conflict } = linked;
  if (operation === undefined || conflict === undefined) return undefined;
  if (sameAnswers(conflict, operation) || samePath(conflict.path, operation.path)) return undefined;
  return `is described as ${conflict.id}, kept as ${operation.id}`;
}

/** Whether two operations answer the same elements (a collection below a resource and the collection itself). */
function sameAnswers(one: OperationSchema, other: OperationSchema): boolean {
  const elements = (operation: OperationSchema) =>
    operation.responses.map((response) => response.element ?? "").join(",");
  return elements(one) === elements(other);
}

function samePath(template: string, path: string): boolean {
  const normal = (text: string) => text.replace(/\{[^}]+\}/g, "{}").toLowerCase();
  return normal(template) === normal(path);
}

/** The `Type` the pages' XML shows on a link of this relation whose Href fits the row's path and action. */
function shownType(rel: string, href: string, shown: readonly ShownLink[]): string | undefined {
  const [path, query = ""] = href.split("?", 2) as [string, string?];
  const action = parseQuery(query).get("action");
  for (const link of shown) {
    if (link.rel !== rel || link.type === undefined) continue;
    const [shownPath, shownQuery = ""] = link.href.split("?", 2) as [string, string?];
    if (matchPath(path, shownPath) === undefined) continue;
    if (parseQuery(shownQuery).get("action")?.toLowerCase() !== action?.toLowerCase()) continue;
    return link.type;
  }
  return undefined;
}
