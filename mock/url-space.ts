/**
 * The mock's URL space, made from the operation table alone: each documented path with its
 * operations (told apart by method and `?action=`), plus the paths that only the resources' links
 * name (`/backupServers/{ID}/jobs`), each served like the operation the table says. The same
 * templates fill in every link the mock writes, so the URL space is written once.
 */
import type { OperationSchema, OperationTable } from "./operation-table.js";
import {
  compileTemplate,
  fillTemplate,
  literalCount,
  matchTemplate,
  splitPath,
  type PathTemplate,
} from "./path-template.js";
import { queryParameter } from "./query-parameters.js";

/** A path of the URL space and what can be done there. */
export interface Route {
  readonly template: PathTemplate;
  readonly operations: readonly OperationSchema[];
  /** Set on a path only links name: the GET operation it is served like. */
  readonly servedLike?: OperationSchema;
}

/** What a request resolves to. */
export type Resolution =
  | {
      readonly kind: "operation";
      readonly operation: OperationSchema;
      readonly route: Route;
      readonly values: string[];
    }
  | { readonly kind: "not-found" }
  | { readonly kind: "method-not-allowed"; readonly allowed: readonly string[]; readonly open: boolean }
  | { readonly kind: "bad-action"; readonly message: string };

/** Routes requests to operations and writes the URLs of operations. */
export class UrlSpace {
  readonly routes: readonly Route[];
  private readonly templates = new Map<string, PathTemplate>();

  constructor(
    private readonly table: OperationTable,
    /** The API root, `https://host:port/api/`. */
    readonly apiRoot: string,
  ) {
    this.routes = buildRoutes(table, this.templates);
  }

  /** The template of an operation's path. */
  template(operationId: string): PathTemplate {
    const template = this.templates.get(operationId);
    if (template === undefined) throw new Error(`the operation table has no operation ${operationId}`);
    return template;
  }

  /** The absolute URL of an operation with its path values in order and its query (action first). */
  href(operationId: string, values: readonly string[] = [], query: Readonly<Record<string, string>> = {}): string {
    const operation = this.table.operation(operationId);
    const all = operation.action === undefined ? query : { action: operation.action, ...query };
    // The logon path is written with its trailing slash (`sessionMngr/`), as the pages write it.
    const slash = operation.path.length > 1 && operation.path.endsWith("/") ? "/" : "";
    return this.url(fillTemplate(this.template(operationId), values) + slash, all);
  }

  /** An absolute URL of a path under the API root, with a query. */
  url(path: string, query: Readonly<Record<string, string>> = {}): string {
    if (Object.keys(query).length === 0) return this.apiRoot + path;
    const search = new URLSearchParams(query).toString();
    return this.apiRoot + path + (search === "" ? "" : `?${search}`);
  }

  /** Resolves a method, a path below `/api` (as sent) and its query to an operation. */
  resolve(method: string, apiPath: string, search: URLSearchParams): Resolution {
    const segments = splitPath(apiPath);
    const route = this.match(segments);
    if (route === undefined) return { kind: "not-found" };
    const values = matchTemplate(route.template, segments)!;
    if (route.servedLike !== undefined) {
      if (method !== "GET") return { kind: "method-not-allowed", allowed: ["GET"], open: false };
      return { kind: "operation", operation: route.servedLike, route, values };
    }
    const candidates = route.operations.filter((operation) => operation.method === method);
    if (candidates.length === 0) {
      const open = route.operations.every((operation) => operation.authentication !== "session");
      return { kind: "method-not-allowed", allowed: methodsOf(route), open };
    }
    return chooseByAction(candidates, queryParameter(search, "action"), route, values);
  }

  private match(segments: readonly string[]): Route | undefined {
    let best: Route | undefined;
    for (const route of this.routes) {
      if (matchTemplate(route.template, segments) === undefined) continue;
      if (best === undefined || literalCount(route.template) > literalCount(best.template)) best = route;
    }
    return best;
  }
}

function methodsOf(route: Route): string[] {
  return [...new Set(route.operations.map((operation) => operation.method))];
}

/** Picks the operation an `?action=` names; values match without regard to case. */
function chooseByAction(
  candidates: readonly OperationSchema[],
  action: string | undefined,
  route: Route,
  values: string[],
): Resolution {
  const wanted = action?.toLowerCase();
  const chosen =
    candidates.find((operation) => operation.action?.toLowerCase() === wanted) ??
    candidates.find((operation) => operation.action === undefined && acceptsAction(operation, wanted));
  if (chosen !== undefined) return { kind: "operation", operation: chosen, route, values };
  const actions = candidates.flatMap((operation) => (operation.action === undefined ? [] : [operation.action]));
  const method = candidates[0]!.method;
  const message =
    action === undefined
      ? `${method} ${route.template.source} needs an action parameter: one of ${actions.join(", ")}`
      : `the action "${action}" is not one of ${method} ${route.template.source}: use ${actions.join(", ") || "no action"}`;
  return { kind: "bad-action", message };
}

/** An operation without `action` takes no action, or one its `action` query parameter lists (`PUT /jobs/{ID}?action=edit`). */
function acceptsAction(operation: OperationSchema, action: string | undefined): boolean {
  if (action === undefined) return true;
  const parameter = operation.query?.find((query) => query.name === "action");
  return parameter?.values?.some((value) => value.toLowerCase() === action) ?? false;
}

function buildRoutes(table: OperationTable, templates: Map<string, PathTemplate>): Route[] {
  const byKey = new Map<string, { template: PathTemplate; operations: OperationSchema[] }>();
  for (const operation of table.operations) {
    const spanning = new Set(operation.pathParameters?.filter((p) => p.spansSegments).map((p) => p.name));
    const template = compileTemplate(operation.path, spanning);
    templates.set(operation.id, template);
    const route = byKey.get(template.key) ?? { template, operations: [] };
    route.operations.push(operation);
    byKey.set(template.key, route);
  }
  const routes: Route[] = [...byKey.values()];
  for (const resource of linkedPaths(table)) {
    if (byKey.has(resource.template.key)) continue;
    routes.push({ template: resource.template, operations: [], servedLike: table.operation(resource.operation) });
    byKey.set(resource.template.key, { template: resource.template, operations: [] });
  }
  return routes;
}

/** The paths the resources' links name, with the operation following each performs. */
function linkedPaths(table: OperationTable): { template: PathTemplate; operation: string }[] {
  const paths: { template: PathTemplate; operation: string }[] = [];
  for (const operation of table.operations) {
    for (const link of table.resource(operation.id)?.links ?? []) {
      if (table.operation(link.operation).method !== "GET") continue;
      paths.push({ template: compileTemplate(link.href.split("?")[0]!), operation: link.operation });
    }
  }
  return paths;
}
