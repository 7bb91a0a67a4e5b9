/**
 * Following a resource's links: the link by Rel (and Type), and the documented operation it
 * performs, found among the resource's documented links by Type and by the shape of its Href.
 */
import { classNameOf } from "../xml/xml-object.js";
import { EmLinkError } from "../errors.js";
import type { LinkLike } from "./client-types.js";
import type { LinkEntry, OperationEntry, OperationTable, ResourceTable } from "./operation-table.js";

/** A resource as far as links go. */
export interface Linked {
  readonly links?: readonly LinkLike[];
}

/** The documented links of a resource's class; undefined when the table does not know the class. */
export function documentedLinks(resources: ResourceTable, resource: object): readonly LinkEntry[] | undefined {
  const entries = resources.filter((entry) => entry.type === resource.constructor);
  return entries.length === 0 ? undefined : entries.flatMap((entry) => entry.links);
}

/** The first link with the Rel (and Type); an {@link EmLinkError} naming the links there are when none has them. */
export function findLink(resource: Linked, rel: string, type?: string): LinkLike & { readonly href: string } {
  const link = resource.links?.find(
    (candidate) => candidate.rel === rel && (type === undefined || candidate.type === type),
  );
  if (link?.href !== undefined) return link as LinkLike & { readonly href: string };
  const have = (resource.links ?? []).map(
    (candidate) => `${candidate.rel}${candidate.type === undefined ? "" : `/${candidate.type}`}`,
  );
  const asked = `${rel}${type === undefined ? "" : ` and Type ${type}`}`;
  const what = classNameOf(resource);
  throw new EmLinkError(
    "missing",
    `link with Rel ${asked} is missing on ${what}; it has ${have.join(", ") || "no links"}`,
    rel,
  );
}

/**
 * The operations a link performs: the documented links with its Rel whose Type and Href fit it
 * (all documented links with the Rel when none fits); each names one operation.
 */
export function linkOperations(
  documented: readonly LinkEntry[],
  operations: OperationTable,
  link: LinkLike & { readonly href: string },
  url: URL,
  base: URL,
): OperationEntry[] {
  const withRel = documented.filter((entry) => entry.rel === link.rel);
  const typed = withRel.filter(
    (entry) => entry.type === undefined || link.type === undefined || entry.type === link.type,
  );
  const shaped = typed.filter((entry) => hrefFits(entry.href, url, base));
  const chosen = shaped.length > 0 ? shaped : typed.length > 0 ? typed : withRel;
  const ids = [...new Set(chosen.map((entry) => entry.operation))];
  return ids.flatMap((id) => (operations[id] === undefined ? [] : [operations[id]]));
}

/** Whether a URL has the shape of a documented href (`/jobs/{ID}?action=start`), below the API root. */
export function hrefFits(template: string, url: URL, base: URL): boolean {
  if (!url.pathname.toLowerCase().startsWith(base.pathname.toLowerCase())) return false;
  const [path = "", query = ""] = template.split("?");
  const pattern = path
    .replace(/^\//, "")
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? (part === "{filepath}" ? ".+" : "[^/]+") : escapeRegExp(part)))
    .join("");
  const relative = url.pathname.slice(base.pathname.length).replace(/\/$/, "");
  if (!new RegExp(`^${pattern.replace(/\/$/, "")}$`, "i").test(relative)) return false;
  const action = new URLSearchParams(query).get("action");
  return action === null || url.searchParams.get("action")?.toLowerCase() === action.toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
