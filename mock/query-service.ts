/**
 * `GET /api/query`: reads the parameters (names and type names without regard to case, as EM reads
 * them), filters and sorts the type's records, and answers one page of them with a PagingInfo
 * linking the others. Only the page's items are made into representations; the filtered and sorted
 * result is kept (until the store changes) so paging through it does not sort it again.
 */
import { Link, PagingInfo, QueryResult } from "../generated/index.js";
import type { MockState, OperationHandler } from "./context.js";
import { EmError } from "./em-error.js";
import { QueryError, findField, matchRecords, pageOf } from "./query-engine.js";
import { queryParameters } from "./query-parameters.js";
import { bindQueryTypes, type QueryType } from "./query-types.js";
import type { StoreRecord } from "./store.js";

interface QueryState {
  readonly types: Map<string, QueryType>;
  /** Filtered and sorted results by query, for one store version. */
  readonly results: Map<string, StoreRecord[]>;
  version: number;
}

const RESULTS_KEPT = 32;
const queryStates = new WeakMap<MockState, QueryState>();

function queryStateOf(state: MockState): QueryState {
  let found = queryStates.get(state);
  if (found === undefined)
    queryStates.set(state, (found = { types: bindQueryTypes(state), results: new Map(), version: -1 }));
  if (found.version !== state.store.version) {
    found.results.clear();
    found.version = state.store.version;
  }
  return found;
}

/** Answers one query; 400 for parameters it cannot use. */
export const answerQuery: OperationHandler = (request, state) => {
  const params = queryParameters(request.search);
  const typeName = params.get("type");
  if (typeName === undefined || typeName === "")
    throw new EmError(400, "The query has no type parameter, such as type=BackupJobSession");
  const queries = queryStateOf(state);
  const type = queries.types.get(typeName.toLowerCase());
  if (type === undefined)
    throw new EmError(
      400,
      `Unknown query type "${typeName}"; the types are ${[...queries.types.values()].map((each) => each.name).join(", ")}`,
    );
  const entities = formatOf(params.get("format"));
  const sortAsc = params.get("sortasc");
  const sortDesc = params.get("sortdesc");
  if (sortAsc !== undefined && sortDesc !== undefined)
    throw new EmError(400, "Give either sortAsc or sortDesc, not both");
  const sortField = sortAsc ?? sortDesc;
  const spec = {
    filter: params.get("filter"),
    sort: sortField === undefined ? undefined : { field: sortField, descending: sortDesc !== undefined },
    pageSize: positiveInteger(params, "pagesize", "pageSize"),
    page: positiveInteger(params, "page", "page") ?? 1,
  };
  const matching = matched(state, queries, type, request.session!.sessionId, spec);
  const page = pageOf(matching, spec);
  const pageLink = (rel: string, number: number) =>
    new Link({ rel, href: state.urls.href("getQuery", [], linkQuery(type, params, entities, spec.pageSize, number)) });
  const links = [pageLink("First", 1)];
  if (page.pageNum > 1) links.push(pageLink("Previous", Math.min(page.pageNum - 1, page.pagesCount)));
  if (page.pageNum < page.pagesCount) links.push(pageLink("Next", page.pageNum + 1));
  links.push(pageLink("Last", page.pagesCount));
  const pagingInfo = new PagingInfo({
    pageNum: page.pageNum,
    pageSize: page.pageSize,
    pagesCount: page.pagesCount,
    links,
  });
  // Types the schema gives no entity element answer references in both formats (a guess).
  const held = entities ? type.entities(state, page.items) : undefined;
  const body =
    held === undefined
      ? new QueryResult({ refs: type.references(state, page.items), pagingInfo })
      : new QueryResult({ ...held, pagingInfo });
  return { status: 200, body };
};

function matched(
  state: MockState,
  queries: QueryState,
  type: QueryType,
  owner: string,
  spec: { filter?: string; sort?: { field: string; descending: boolean } },
) {
  if (spec.sort !== undefined && findField(type, spec.sort.field) === undefined)
    throw new EmError(
      400,
      `Cannot sort by "${spec.sort.field}": ${type.name} has no such field; the fields are ${type.fields.map((field) => field.name).join(", ")}`,
    );
  // Tasks are per logon session and change without the store: they are never kept.
  const key = type.name === "Task" ? undefined : JSON.stringify([type.name, spec.filter ?? "", spec.sort ?? ""]);
  let result = key === undefined ? undefined : queries.results.get(key);
  if (result === undefined) {
    try {
      result = matchRecords(type, type.records(state, state.sessions.find(owner)!), spec);
    } catch (error) {
      if (error instanceof QueryError) throw new EmError(400, error.message);
      throw error;
    }
    if (key !== undefined) {
      if (queries.results.size >= RESULTS_KEPT) queries.results.delete(queries.results.keys().next().value!);
      queries.results.set(key, result);
    }
  }
  return result;
}

/** The query of a page link: the request's own parameters, with the page changed. */
function linkQuery(
  type: QueryType,
  params: Map<string, string>,
  entities: boolean,
  pageSize: number | undefined,
  page: number,
) {
  const query: Record<string, string> = { type: type.name };
  if (params.get("format") !== undefined) query.format = entities ? "Entities" : "References";
  for (const [name, key] of [
    ["filter", "filter"],
    ["sortAsc", "sortasc"],
    ["sortDesc", "sortdesc"],
  ] as const) {
    const value = params.get(key);
    if (value !== undefined) query[name] = value;
  }
  if (pageSize !== undefined) query.pageSize = String(pageSize);
  query.page = String(page);
  return query;
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
