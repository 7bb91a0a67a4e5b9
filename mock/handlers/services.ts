/**
 * The service resources (`/agents`, `/nas`, `/cloud`, `/vCloud`, `/selfService/vSphere`,
 * `/security`, `/querySvc`, `/lookupSvc`, `/reports/summary`): each links down to the resources
 * below it. Which those are comes from the table (every GET one path segment below the service);
 * the query service links each query type, the lookup service each virtualization root.
 */
import {
  Agents,
  CloudConnectService,
  EnterpriseSecuritySettings,
  LookupSvc,
  NASService,
  QuerySvc,
  SummaryReport,
  VCloudService,
  VSphereSelfService,
  type HierarchyRoot,
} from "../../generated/index.js";
import type { Link } from "../../generated/index.js";
import type { XmlObject } from "../../runtime/index.js";
import type { MockState, OperationHandler } from "../context.js";
import { hasFormats } from "../operation-table.js";
import { compileTemplate } from "../path-template.js";

type ServiceClass = new (init: { href?: string; type?: string; links?: Link[] }) => XmlObject;

/** The services: operation, class, and the `Type` EM writes on it. */
const SERVICES: readonly [operation: string, type: ServiceClass, linkType: string][] = [
  ["getAgents", Agents, "AgentsService"],
  ["getNas", NASService, "NasService"],
  ["getCloud", CloudConnectService, "CloudConnectService"],
  ["getVCloud", VCloudService, "VCloudService"],
  ["getSelfServiceVSphere", VSphereSelfService, "VSphereSelfService"],
  ["getSecurity", EnterpriseSecuritySettings, "EnterpriseSecuritySettings"],
  ["getReportsSummary", SummaryReport, "Report"],
];

/** The GET operations one literal segment below a path, without path parameters. */
function childrenOf(state: MockState, path: string): string[] {
  const depth = compileTemplate(path).segments.length + 1;
  const prefix = `${compileTemplate(path).key}/`;
  return state.table.operations
    .filter((operation) => operation.method === "GET" && operation.action === undefined)
    .filter((operation) => {
      const template = compileTemplate(operation.path);
      return template.segments.length === depth && template.key.startsWith(prefix) && !operation.path.includes("{");
    })
    .map((operation) => operation.id);
}

/** Down links to each resource below a service: references, and entities where there are both. */
function downLinks(state: MockState, path: string): Link[] {
  return childrenOf(state, path).flatMap((id) => {
    const links = [state.rep.linkTo("Down", id)];
    if (hasFormats(state.table.operation(id)))
      links.push(state.rep.linkTo("Down", id, [], { query: { format: "Entity" } }));
    return links;
  });
}

function serviceHandler(operationId: string, type: ServiceClass, linkType: string): OperationHandler {
  return (request, state) => ({
    status: 200,
    body: new type({
      href: state.urls.href(operationId),
      type: linkType,
      links: [
        state.rep.linkTo("Up", "getApiRoot", [], { type: "EnterpriseManager" }),
        ...downLinks(state, request.operation.path),
      ],
    }),
  });
}

/** The query service links a query of each type (references; entities are one `format` away). */
const getQuerySvc: OperationHandler = (_request, state) => ({
  status: 200,
  body: new QuerySvc({
    href: state.urls.href("getQuerySvc"),
    type: "QueryService",
    links: state.table.queryTypes.map((queryType) =>
      state.rep.linkTo("Down", "getQuery", [], {
        query: { type: queryType.name },
        type: "QueryResult",
        name: queryType.name,
      }),
    ),
  }),
});

/** The lookup service links the objects of each virtualization root (guess: EM's list is cut from its page). */
const getLookupSvc: OperationHandler = (_request, state) => ({
  status: 200,
  body: new LookupSvc({
    href: state.urls.href("getLookupSvc"),
    type: "LookupService",
    links: state.store.all("hierarchyRoot").map((root) =>
      state.rep.linkTo("Down", "getLookup", [], {
        query: { host: (root.entity as HierarchyRoot).uid! },
        type: "HierarchyItemList",
        name: (root.entity as HierarchyRoot).name,
      }),
    ),
  }),
});

/** The handlers of this file, by operation id. */
export const SERVICE_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  ...Object.fromEntries(
    SERVICES.map(([operation, type, linkType]) => [operation, serviceHandler(operation, type, linkType)]),
  ),
  getQuerySvc,
  getLookupSvc,
};
