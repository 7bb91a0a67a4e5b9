/**
 * A client that knows no URL but the API root: it logs on through the root's link and follows
 * every link of every answer (any `Link` anywhere in the document, and every object's own `Href`),
 * GETting each URL that names a readable resource, and records which operations of the table it
 * reached.
 */
import { LogonSession, parse } from "../../generated/index.js";
import { Link } from "../../generated/index.js";
import { XmlObject } from "../../index.js";
import type { MockEm } from "../../mock/index.js";
import { loadOperationTable } from "../../mock/operation-table.js";
import { UrlSpace } from "../../mock/url-space.js";
import { basic, send } from "./helpers.js";

/** What a walk found. */
export interface WalkResult {
  /** GET operations answered 200 with a document of a declared root, with a URL each. */
  readonly reached: ReadonlyMap<string, string>;
  /** URLs answered otherwise, with what was wrong. */
  readonly failures: readonly string[];
  /** Every URL the answers named (links and objects' own addresses), for operations of any method. */
  readonly named: readonly string[];
  readonly requests: number;
}

/** How many URLs of one operation the walk reads: enough to see every form, not every session. */
const PER_OPERATION = 3;

/** Walks a mock from its API root. */
export async function walkByLinks(em: MockEm): Promise<WalkResult> {
  const table = loadOperationTable();
  const urls = new UrlSpace(table, em.url);
  const root = await send(em, "GET", em.url);
  const rootDocument = parse(root.body, { strict: true });
  const create = linksIn(rootDocument).find((link) => link.rel === "Create" && link.href?.includes("v=latest"));
  const logon = await send(em, "POST", create!.href!, { headers: { Authorization: basic("admin", "Passw0rd!") } });
  const token = String(logon.headers["x-restsvcsessionid"]);
  const queue = [...linksIn(rootDocument), ...linksIn(parse(logon.body, { strict: true, expect: LogonSession }))];
  const seen = new Set<string>();
  const perOperation = new Map<string, number>();
  const reached = new Map<string, string>();
  const failures: string[] = [];
  const named = new Set<string>();
  let requests = 2;
  while (queue.length > 0) {
    const href = queue.shift()!.href!;
    named.add(href);
    const target = readable(urls, href);
    if (target === undefined || seen.has(href) || (perOperation.get(target) ?? 0) >= PER_OPERATION) continue;
    seen.add(href);
    perOperation.set(target, (perOperation.get(target) ?? 0) + 1);
    const response = await send(em, "GET", href, { token });
    requests++;
    if (response.status !== 200) {
      failures.push(`GET ${href} (${target}) answered ${response.status}: ${response.body.slice(0, 300)}`);
      continue;
    }
    if (!String(response.headers["content-type"]).startsWith("application/xml")) {
      reached.set(target, href);
      continue;
    }
    try {
      const document = parse(response.body, { strict: true });
      reached.set(target, href);
      queue.push(...linksIn(document));
    } catch (error) {
      failures.push(`GET ${href} (${target}) answered a body that does not read strictly: ${(error as Error).message}`);
    }
  }
  return { reached, failures, named: [...named], requests };
}

/** The GET operation a URL names, or undefined when it names an action or is not under the API root. */
function readable(urls: UrlSpace, href: string): string | undefined {
  if (!href.startsWith(urls.apiRoot.replace(/\/$/, ""))) return undefined;
  const url = new URL(href);
  const path = url.pathname.replace(/^\/api\/?/, "");
  const resolution = urls.resolve("GET", path, url.searchParams);
  return resolution.kind === "operation" ? resolution.operation.id : undefined;
}

/** A link found in a document: a `Link`, or an object's own `Href` (with the object). */
export interface FoundLink {
  readonly href?: string;
  readonly rel?: string;
  readonly object?: XmlObject;
}

/** Every Link in a document, at any depth, and the `Href` of every object in it (its own address). */
export function linksIn(value: unknown, found: FoundLink[] = []): FoundLink[] {
  if (value instanceof Link && value.href !== undefined) found.push(value);
  else if (value instanceof XmlObject && typeof (value as { href?: unknown }).href === "string")
    found.push({ href: (value as { href: string }).href, object: value });
  if (Array.isArray(value)) for (const item of value) linksIn(item, found);
  else if (value instanceof XmlObject) for (const member of Object.values(value)) linksIn(member, found);
  return found;
}
