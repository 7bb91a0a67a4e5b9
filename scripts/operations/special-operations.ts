/**
 * What the operation pages do not state in a form the reading can take: operations documented
 * only in the prose and examples of other pages, the parameters of the query service, the lookup
 * service, logon and file browsing, and who may call without a logon session. Each with the page
 * it comes from and the reason.
 */
import type { Authentication, QueryParameterSchema, ResponseSchema } from "../../generator/operation-types.js";
import type { BodyCorrection } from "./request-bodies.js";

/** An operation no page is titled with, documented by another page. */
export interface AddedOperation {
  /** Set where the naming rule has nothing to name the operation by. */
  readonly id?: string;
  readonly method: string;
  /** With the page's parameter names. */
  readonly path: string;
  readonly action?: string;
  readonly page: string;
  readonly doc: string;
  readonly responses: readonly ResponseSchema[];
  readonly reason: string;
}

const FILE_DOWNLOAD: readonly ResponseSchema[] = [{ status: 200, mediaType: "application/octet-stream" }];

/** Operations documented outside an operation page of their own. */
export const ADDED_OPERATIONS: readonly AddedOperation[] = [
  {
    id: "getApiRoot",
    method: "GET",
    path: "/",
    page: "logging_on.md",
    doc: "Reads the entry point of the API: the supported versions and the links to log on.",
    responses: [{ status: 200, element: "EnterpriseManager" }],
    reason:
      "the logon steps document GET /api/ (its body is cut on the page; EnterpriseManager is the root the schemas declare for it)",
  },
  {
    id: "getQuery",
    method: "GET",
    path: "/query",
    page: "query_service.md",
    doc: "Runs the query service: the entities or references of one query type, filtered, sorted and paged.",
    responses: [{ status: 200, element: "QueryResult" }],
    reason:
      "the query service is one operation whose `type` names one of the query types, each of which has a page of its own",
  },
  ...[
    [
      "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}",
      "post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.md",
    ],
    [
      "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}",
      "post_vmreplicapoints_id_mountpoints_id_filepath_actionrestore.md",
    ],
    [
      "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}",
      "post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.md",
    ],
  ].map(([path, page]) => ({
    method: "GET",
    path: path!,
    action: "download",
    page: page!,
    doc: "Downloads a file that a restore for direct download has put aside.",
    responses: FILE_DOWNLOAD,
    reason:
      "the file restore page documents the Download link of the finished task and the GET ...?action=download it leads to",
  })),
];

/** Who may call an operation without a logon session, by id. */
export const AUTHENTICATION: Readonly<Record<string, Authentication>> = {
  getApiRoot: "none",
  createLogonSession: "basic",
};

const PAGING: readonly QueryParameterSchema[] = [
  { name: "pageSize", type: "xs:int", doc: "How many items one page holds." },
  { name: "page", type: "xs:int", doc: "Which page to answer, from 1." },
];

const BROWSING: readonly QueryParameterSchema[] = [
  {
    name: "action",
    type: "xs:string",
    values: ["listAll", "listDirs", "listFiles"],
    doc: "List the folder's files and folders, only its folders, or only its files.",
  },
  ...PAGING,
];

/** Query parameters an operation page does not table, by page, with the reason. */
export const EXTRA_PARAMETERS: Readonly<
  Record<string, { parameters: readonly QueryParameterSchema[]; reason: string }>
> = {
  "put_jobs_id_actionedit.md": {
    parameters: [
      {
        name: "action",
        type: "xs:string",
        values: ["edit"],
        doc: "Written by the reference; EM's own Edit link leaves it out.",
      },
    ],
    reason:
      "the title says PUT /jobs/{ID} and the job's Edit link has no action, but the HTTP Request line and the example add ?action=edit",
  },
  "get_vmrestorepoints_id_mountpoints_id_filepath.md": {
    parameters: BROWSING,
    reason:
      "the Links table lists ?action=listAll, listDirs and listFiles, and the FileSystemEntries Href carries pageSize and page",
  },
  "get_vmreplicapoints_id_mountpoints_id_filepath.md": {
    parameters: BROWSING,
    reason:
      "the Links table lists ?action=listAll, listDirs and listFiles, and the FileSystemEntries Href carries pageSize and page",
  },
  "get_agents_agentrestorepoints_id_mounts_id_filepath.md": {
    parameters: BROWSING,
    reason:
      "the Links table lists ?action=listAll, listDirs and listFiles, and the FileSystemEntries Href carries pageSize and page",
  },
  "get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.md": {
    parameters: BROWSING,
    reason:
      "the one-click restore scenario browses a guest folder with ?action=listAll; the guest file system is browsed like a mount",
  },
  "query_service.md": {
    parameters: [
      { name: "type", type: "xs:string", valuesFrom: "queryTypes", required: true, doc: "The query type." },
      {
        name: "format",
        type: "xs:string",
        values: ["References", "Entities"],
        doc: "Answer references (the default) or entities.",
      },
      { name: "filter", type: "xs:string", doc: "Comparisons of fields joined by ; (and) and , (or), in parentheses." },
      { name: "sortAsc", type: "xs:string", doc: "The field to sort by, ascending." },
      { name: "sortDesc", type: "xs:string", doc: "The field to sort by, descending." },
      ...PAGING,
    ],
    reason:
      "the query service's parameters are documented on the pages of its parts (type, format, filter, sortAsc/sortDesc, pageSize/page)",
  },
};

/** Bodies the reading cannot find, by page. */
export const BODY_CORRECTIONS: Readonly<Record<string, BodyCorrection>> = {
  "post_sessionmngr.md": {
    element: "LoginSpec",
    required: false,
    reason:
      "logon takes Basic credentials and no body, except a tenant's logon, which sends LoginSpec (Cloud Connect tenant credentials page)",
  },
};
