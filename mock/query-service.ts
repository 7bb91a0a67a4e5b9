/**
 * `GET /api/query`: reads the parameters (names and type names without regard to case, as EM reads
 * them), runs the query and answers a QueryResult whose PagingInfo links to the other pages.
 */
import { Link, PagingInfo, QueryResult } from "../generated/index.js";
import type { Dataset } from "./dataset.js";
import { EmError } from "./em-error.js";
import { QueryError, findField, runQuery } from "./query-engine.js";
import { UNMODELLED_QUERY_TYPES, findQueryType, type AnyQueryType } from "./query-types.js";
import type { Representations } from "./representations.js";

/** Answers one query; throws {@link EmError} (400 or 501) for parameters it cannot use. */
export function answerQuery(search: URLSearchParams, dataset: Dataset, representations: Representations): QueryResult {
  const params = caseInsensitive(search);
  const typeName = params.get("type");
  if (typeName === undefined || typeName === "")
    throw new EmError(400, "The query has no type parameter, such as type=BackupJobSession");
  const type = findQueryType(typeName);
  if (type === undefined) {
    if (UNMODELLED_QUERY_TYPES.some((name) => name.toLowerCase() === typeName.toLowerCase())) {
      throw new EmError(501, `The mock does not model queries of type ${typeName}`);
    }
    throw new EmError(400, `Unknown query type "${typeName}"`);
  }
  const entities = formatOf(params.get("format"));
  const sortAsc = params.get("sortasc");
  const sortDesc = params.get("sortdesc");
  if (sortAsc !== undefined && sortDesc !== undefined)
    throw new EmError(400, "Give either sortAsc or sortDesc, not both");
  const sortField = sortAsc ?? sortDesc;
  if (sortField !== undefined && findField(type, sortField) === undefined) {
    throw new EmError(
      400,
      `Cannot sort by "${sortField}": ${type.name} has no such field; the fields are ${type.fields.map((f) => f.name).join(", ")}`,
    );
  }
  const pageSize = positiveInteger(params, "pagesize", "pageSize");
  const page = positiveInteger(params, "page", "page") ?? 1;
  const filter = params.get("filter");

  let result;
  try {
    result = runQuery(type, type.records(dataset), {
      filter,
      sort: sortField === undefined ? undefined : { field: sortField, descending: sortDesc !== undefined },
      pageSize,
      page,
    });
  } catch (error) {
    if (error instanceof QueryError) throw new EmError(400, error.message);
    throw error;
  }

  const pageLink = (rel: string, number: number) =>
    new Link({
      rel,
      href: representations.url(
        queryString(type, {
          format: params.get("format") === undefined ? undefined : entities ? "Entities" : "References",
          filter,
          sortAsc,
          sortDesc,
          pageSize,
          page: number,
        }),
      ),
    });
  const links = [pageLink("First", 1)];
  if (result.pageNum > 1) links.push(pageLink("Previous", Math.min(result.pageNum - 1, result.pagesCount)));
  if (result.pageNum < result.pagesCount) links.push(pageLink("Next", result.pageNum + 1));
  links.push(pageLink("Last", result.pagesCount));

  const pagingInfo = new PagingInfo({
    pageNum: result.pageNum,
    pageSize: result.pageSize,
    pagesCount: result.pagesCount,
    links,
  });
  return entities
    ? new QueryResult({ entities: type.entities(representations, result.items), pagingInfo })
    : new QueryResult({ refs: result.items.map((item) => type.reference(representations, item)), pagingInfo });
}

/** First value of each parameter, keyed by lower-case name. */
function caseInsensitive(search: URLSearchParams): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of search) {
    const key = name.toLowerCase();
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** Whether entities are asked for; references are the default. */
function formatOf(format: string | undefined): boolean {
  if (format === undefined) return false;
  const lower = format.toLowerCase();
  if (lower === "entities") return true;
  if (lower === "references") return false;
  throw new EmError(400, `Unknown format "${format}"; use References or Entities`);
}

function positiveInteger(params: Map<string, string>, key: string, name: string): number | undefined {
  const text = params.get(key);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new EmError(400, `The ${name} parameter must be an integer greater than 0, not "${text}"`);
  }
  return Number(text);
}

interface PageQuery {
  readonly format: string | undefined;
  readonly filter: string | undefined;
  readonly sortAsc: string | undefined;
  readonly sortDesc: string | undefined;
  readonly pageSize: number | undefined;
  readonly page: number;
}

/** `query?type=...&...&page=N`, parameters in the order the paging page shows them. */
function queryString(type: AnyQueryType, query: PageQuery): string {
  const parts = [`type=${type.name}`];
  if (query.format !== undefined) parts.push(`format=${query.format}`);
  if (query.filter !== undefined) parts.push(`filter=${encodeValue(query.filter)}`);
  if (query.sortAsc !== undefined) parts.push(`sortAsc=${encodeValue(query.sortAsc)}`);
  if (query.sortDesc !== undefined) parts.push(`sortDesc=${encodeValue(query.sortDesc)}`);
  if (query.pageSize !== undefined) parts.push(`pageSize=${query.pageSize}`);
  parts.push(`page=${query.page}`);
  return `query?${parts.join("&")}`;
}

/** Percent-encodes what a query value needs, keeping the filter operators readable. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(3B|2C|3D|3A)/g, (escape) => decodeURIComponent(escape));
}
