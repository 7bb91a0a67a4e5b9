/**
 * What the operation pages do not state in a form the reading can take: the parameters of the
 * query service and of the job edit, and request bodies whose root the pages do not show. Each
 * with the reason.
 */
import type { QueryParameterSchema } from "../../generator/operation-types.js";
import type { BodyCorrection } from "./request-bodies.js";

/** The parameters that page through a long answer. */
export const PAGING: readonly QueryParameterSchema[] = [
  { name: "pageSize", type: "xs:int", doc: "How many items one page holds." },
  { name: "page", type: "xs:int", doc: "Which page to answer, from 1." },
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
  "put_cdppolicies_id.md": {
    element: "CdpPolicy",
    reason: "the page's example (which PUTs to a /jobs URL by mistake) sends a CdpPolicy, the entity being edited",
  },
  "put_selfservice_vsphere_configs_id.md": {
    element: "VSphereSelfServiceConfig",
    reason:
      "the page's example (which PUTs to a /vCloud URL by mistake) sends a VSphereSelfServiceConfig, the entity being edited",
  },
  "post_cdpreplicavm_id_actionintervals.md": {
    element: "CdpReplicaIntervals",
    reason:
      "the body's XML is cut before its root; it holds StartDate and EndDate of CdpReplicaIntervals, which the answer fills in",
  },
  "post_cdpreplicavapp_id_actionintervals.md": {
    element: "CdpReplicaIntervals",
    reason:
      "the body's XML is cut before its root; it holds StartDate and EndDate of CdpReplicaIntervals, which the answer fills in",
  },
  "post_vmrestorepoints_id_mountpoints.md": {
    element: null,
    reason:
      "the body (an optional OsKind) is shown only cut before its root and as JSON; no root element is known for it",
  },
  "post_vmreplicapoints_id_mountpoints.md": {
    element: null,
    reason: "the body (an OsKind) is shown only cut before its root and as JSON; no root element is known for it",
  },
  "post_jobs_id_linked_jobs.md": {
    element: null,
    reason: "the body (a LinkedJobUid) is shown without its root element; no root element is known for it",
  },
  "post_jobs_id_linked_repositories.md": {
    element: null,
    reason: "the body (a LinkedBackupRepositoryUid) is shown without its root element; no root element is known for it",
  },
  "post_sessionmngr.md": {
    element: "LoginSpec",
    required: false,
    reason:
      "logon takes Basic credentials and no body, except a tenant's logon, which sends LoginSpec (Cloud Connect tenant credentials page)",
  },
};
