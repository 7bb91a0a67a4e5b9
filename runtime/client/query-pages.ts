/** Reading the pages of the query service: the items of a page, and where the next one is. */
import type { XmlObject } from "../xml/binding.js";
import type { LinkLike } from "./client-types.js";

/** The shape of a generated `QueryResult`. */
export interface QueryPageLike extends XmlObject {
  refs?: XmlObject[];
  entities?: object;
  resources?: object;
  pagingInfo?: { pageNum?: number; pagesCount?: number; links?: readonly LinkLike[] };
}

/** The items of a page: its references, or the one list its Entities or Resources hold. */
export function itemsOf(page: QueryPageLike): XmlObject[] {
  if (page.refs !== undefined) return page.refs;
  for (const holder of [page.entities, page.resources]) {
    if (holder === undefined) continue;
    for (const value of Object.values(holder)) if (Array.isArray(value)) return value as XmlObject[];
  }
  return [];
}

/** The URL of the next page: the `Next` link, or the page number plus one while there are more pages. */
export function nextPage(page: QueryPageLike, current: URL, base: URL): URL | undefined {
  const paging = page.pagingInfo;
  if (paging === undefined) return undefined;
  const next = paging.links?.find((link) => link.rel?.toLowerCase() === "next");
  if (next?.href !== undefined) return new URL(next.href, base);
  if (paging.pageNum === undefined || paging.pagesCount === undefined || paging.pageNum >= paging.pagesCount)
    return undefined;
  const url = new URL(current);
  url.searchParams.set("page", String(paging.pageNum + 1));
  return url;
}
