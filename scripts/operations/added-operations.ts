/**
 * Operations no page is titled with, each documented by another page (its prose, its examples, or
 * the Links table of the resource it belongs to), and who may call an operation without a logon
 * session.
 */
import type { Authentication, QueryParameterSchema, ResponseSchema } from "../../generator/operation-types.js";
import { PAGING } from "./special-operations.js";

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
  readonly query?: readonly QueryParameterSchema[];
  readonly responses: readonly ResponseSchema[];
  readonly reason: string;
}

/** The mounted file systems: the path of a file or folder in one, and the page documenting it. */
const MOUNTED_PATHS: readonly { path: string; browse: string; restore: string }[] = [
  {
    path: "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}",
    browse: "get_vmrestorepoints_id_mountpoints_id_filepath.md",
    restore: "post_vmrestorepoints_id_mountpoints_id_filepath_actionrestore.md",
  },
  {
    path: "/vmReplicaPoints/{ID}/mounts/{ID}/{filepath}",
    browse: "get_vmreplicapoints_id_mountpoints_id_filepath.md",
    restore: "post_vmreplicapoints_id_mountpoints_id_filepath_actionrestore.md",
  },
  {
    path: "/agents/agentRestorePoints/{ID}/mounts/{ID}/{filepath}",
    browse: "get_agents_agentrestorepoints_id_mounts_id_filepath.md",
    restore: "post_agents_agentrestorepoints_id_mounts_id_filepath_actionrestore.md",
  },
];

const LISTINGS: Readonly<Record<string, string>> = {
  listAll: "Lists the files and folders in a folder, a page at a time.",
  listDirs: "Lists the folders in a folder, a page at a time.",
  listFiles: "Lists the files in a folder, a page at a time.",
};

/** The listings of a folder of a file system (mounted, or the guest file system of the catalog). */
function listings(path: string, page: string): AddedOperation[] {
  return Object.entries(LISTINGS).map(([action, doc]) => ({
    method: "GET",
    path,
    action,
    page,
    doc,
    query: PAGING,
    responses: [{ status: 200, element: "FileSystemEntries" }],
    reason:
      "the Links table of a file system entry leads to ?action=listAll, listDirs and listFiles, which answer FileSystemEntries a page at a time",
  }));
}

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
  ...MOUNTED_PATHS.flatMap(({ path, browse, restore }) => [
    ...listings(path, browse),
    {
      method: "GET",
      path,
      action: "download",
      page: restore,
      doc: "Downloads a file that a restore for direct download has put aside.",
      responses: [{ status: 200, mediaType: "application/octet-stream" }],
      reason:
        "the file restore page documents the Download link of the finished task and the GET ...?action=download it leads to",
    },
  ]),
  ...listings(
    "/catalog/vms/{vmname}/vmRestorePoints/{ID}/guestfs/{filepath}",
    "get_catalog_vms_vmname_vmrestorepoints_id_guestfs_filepath.md",
  ),
];

/** Who may call an operation without a logon session, by id. */
export const AUTHENTICATION: Readonly<Record<string, Authentication>> = {
  getApiRoot: "none",
  createLogonSession: "basic",
};
