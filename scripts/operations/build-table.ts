/**
 * Builds the whole operation table from the pages and splits it into one file per API area,
 * mirroring the areas of the type schema files.
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type {
  OperationFile,
  OperationSchema,
  QueryTypeSchema,
  ResourceSchema,
} from "../../generator/operation-types.js";
import { buildOperations } from "./build-operations.js";
import { LINK_CORRECTIONS, QUERY_TYPE_CORRECTIONS } from "./corrections.js";
import { boxCells, unescapeMarkdown, type EmPage } from "./em-pages.js";
import { pageLinks } from "./links.js";
import { readQueryType } from "./query-types.js";
import { shownBody, type ShownLink } from "./representations.js";

/** The table, by file name, and what could not be worked out. */
export interface OperationTable {
  readonly files: Map<string, OperationFile>;
  readonly problems: string[];
  /** What the pages got wrong that reading mended without a listed correction. */
  readonly notes: string[];
}

/** The area file of each first path segment. */
const AREAS: Readonly<Record<string, string>> = {
  "": "session",
  sessionMngr: "session",
  logonSessions: "session",
  tasks: "session",
  systemSessions: "session",
  agents: "agents",
  cdpPolicies: "cdp",
  cdpReplica: "cdp",
  cdpReplicas: "cdp",
  cdpReplicaSessions: "cdp",
  cdpReplicaTaskSessions: "cdp",
  cloud: "cloud",
  backupServers: "infrastructure",
  managedServers: "infrastructure",
  repositories: "infrastructure",
  externalRepositories: "infrastructure",
  wanAccelerators: "infrastructure",
  hierarchyRoots: "infrastructure",
  lookup: "infrastructure",
  lookupSvc: "infrastructure",
  jobs: "jobs",
  failoverPlans: "jobs",
  nas: "nas",
  query: "query",
  querySvc: "query",
  reports: "reports",
  backups: "restore",
  backupFiles: "restore",
  restorePoints: "restore",
  vmRestorePoints: "restore",
  vAppRestorePoints: "restore",
  replicas: "restore",
  vmReplicaPoints: "restore",
  vAppReplicaPoints: "restore",
  catalog: "restore",
  security: "security",
  selfService: "self-service",
  vCloud: "self-service",
  backupSessions: "sessions",
  backupTaskSessions: "sessions",
  replicaSessions: "sessions",
  replicaTaskSessions: "sessions",
  restoreSessions: "sessions",
};

/** What each area file is about. */
const AREA_DOCS: Readonly<Record<string, string>> = {
  agents: "Veeam Agent jobs, protection groups, discovered computers, their restore points and mounts.",
  cdp: "Continuous data protection: policies, their includes, CDP replicas and their sessions.",
  cloud:
    "Cloud Connect: gateways, pools, tenants and their resources, hardware plans, addresses, VLANs, replicas and failover.",
  infrastructure:
    "Backup servers and what they manage: servers, repositories, accelerators, hierarchy roots, credentials, passwords, the lookup service.",
  jobs: "Backup jobs (their includes, linked jobs and repositories, actions) and failover plans.",
  nas: "File share backup: jobs, their includes and sessions, file servers.",
  query: "The query service and its query types.",
  reports: "The summary reports.",
  restore: "Backups, backup files, restore points, replicas and their points, mounts, file restore and the VM catalog.",
  security: "Enterprise Manager accounts, roles and restore scopes.",
  "self-service": "Self-service portals: Cloud Director organization and vSphere tenant configurations.",
  session: "The API entry point, logon sessions, tasks and system sessions.",
  sessions: "Backup, replica and restore sessions and their task sessions.",
};

/** The area file of an operation path. */
export function areaOf(path: string): string {
  const area = AREAS[path.split("/")[1] ?? ""];
  if (area === undefined) throw new Error(`path ${JSON.stringify(path)} belongs to no area`);
  return area;
}

/** Builds the table from the pages. */
export function buildOperationTable(pages: readonly EmPage[], types: TypeIndex): OperationTable {
  const { operations, problems } = buildOperations(pages, types);
  const queryTypes = pages.flatMap(
    (page) => readQueryType(page, operations, types, QUERY_TYPE_CORRECTIONS[page.file]) ?? [],
  );
  const notes: string[] = [];
  const resources = buildResources(pages, operations, problems, notes);
  const files = new Map<string, OperationFile>();
  for (const area of Object.keys(AREA_DOCS).sort()) {
    const own = <T>(items: readonly T[], path: (item: T) => string) =>
      items.filter((item) => areaOf(path(item)) === area);
    const byId = new Map(operations.map((operation) => [operation.id, operation]));
    const file: OperationFile = {
      doc: AREA_DOCS[area]!,
      operations: sortOperations(own(operations, (operation) => operation.path)),
      ...(area === "query" ? { queryTypes: sortByName(queryTypes) } : {}),
      ...optionalResources(own(resources, (resource) => byId.get(resource.operation)!.path)),
    };
    files.set(`${area}.json`, file);
  }
  return { files, problems, notes };
}

function buildResources(
  pages: readonly EmPage[],
  operations: readonly OperationSchema[],
  problems: string[],
  notes: string[],
): ResourceSchema[] {
  const byPage = new Map(
    operations.filter((operation) => operation.method === "GET").map((operation) => [operation.page, operation]),
  );
  const byTitle = new Map(pages.map((page) => [unescapeMarkdown(page.title).toLowerCase(), page]));
  const titles = new Map(pages.map((page) => [page.file, unescapeMarkdown(page.title).replace(/\s+/g, "")]));
  const resources: ResourceSchema[] = [];
  for (const page of pages) {
    const operation = byPage.get(page.file);
    if (operation === undefined) continue;
    const resourcePage = byTitle.get(unescapeMarkdown(page.title).replace(/^GET /, "").toLowerCase());
    const shown = [page, ...(resourcePage === undefined ? [] : [resourcePage])].flatMap(shownLinksOf);
    const { links, unresolved, mended } = pageLinks(page, operations, shown, { titles, corrections: LINK_CORRECTIONS });
    problems.push(...unresolved);
    notes.push(...mended);
    if (links.length === 0) continue;
    const element = (operation.responses.find((response) => response.format === "Entity") ?? operation.responses[0])!
      .element!;
    resources.push({ operation: operation.id, element, page: page.file, links });
  }
  return resources;
}

function shownLinksOf(page: EmPage): ShownLink[] {
  return boxCells(page).flatMap((cell) => shownBody(cell.text)?.links ?? []);
}

const METHOD_ORDER = ["GET", "POST", "PUT", "DELETE"];

function sortOperations(operations: readonly OperationSchema[]): OperationSchema[] {
  const key = (operation: OperationSchema) =>
    `${operation.path.replace(/\{[^}]+\}/g, "{}").toLowerCase()}\u0000${METHOD_ORDER.indexOf(operation.method)}\u0000${operation.action ?? ""}`;
  return [...operations].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function sortByName(queryTypes: readonly QueryTypeSchema[]): QueryTypeSchema[] {
  return [...queryTypes].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
}

function optionalResources(resources: readonly ResourceSchema[]): { resources?: ResourceSchema[] } {
  const sorted = [...resources].sort((a, b) => (a.operation < b.operation ? -1 : 1));
  return sorted.length === 0 ? {} : { resources: sorted };
}
