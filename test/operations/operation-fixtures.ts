/** Small type and operation files of our own for the loader tests, and how the tests check them. */
import { join } from "node:path";
import * as assert from "uvu/assert";
import { checkSchemas, loadSchemaFolder } from "../../generator/load/load-schemas.js";
import {
  checkOperations,
  loadOperationFolder,
  type LoadedOperationFile,
} from "../../generator/load/load-operations.js";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import { projectRoot } from "../helpers.js";

/** A file to check: its name and text. */
export interface Source {
  readonly file: string;
  readonly text: string;
}

/** The text of an operation file with a doc and these sections. */
export function operationFile(sections: object): string {
  return JSON.stringify({ doc: "Operations of the tests.", ...sections }, null, 2);
}

/** Types of jobs, tasks, references and a query result, enough for the operations below. */
export const TYPE_SCHEMA: Source = {
  file: "jobs.json",
  text: JSON.stringify({
    doc: "Types of the tests.",
    simpleTypes: [{ name: "UidType", base: "xs:string" }],
    complexTypes: [
      { name: "JobType", attributes: [{ name: "UID", type: "UidType" }] },
      {
        name: "JobListType",
        content: { choice: [{ element: "Job", type: "JobType" }], minOccurs: 0, maxOccurs: "unbounded" },
      },
      { name: "ObjectInJobType" },
      { name: "TaskType" },
      { name: "JobCloneSpecType" },
      { name: "EntityReferenceType" },
      { name: "EntityReferenceListType" },
      { name: "EntitiesType", content: { choice: [{ element: "Jobs", type: "JobListType" }] } },
      { name: "QueryResultType", content: { sequence: [{ element: "Entities", type: "EntitiesType", minOccurs: 0 }] } },
    ],
    elements: [
      { name: "Job", type: "JobType", linkTypes: ["Job"] },
      { name: "Jobs", type: "JobListType" },
      { name: "ObjectInJob", type: "ObjectInJobType" },
      { name: "Task", type: "TaskType" },
      { name: "JobCloneSpec", type: "JobCloneSpecType" },
      { name: "EntityRef", type: "EntityReferenceType" },
      { name: "EntityReferences", type: "EntityReferenceListType" },
      { name: "QueryResult", type: "QueryResultType" },
    ],
  }),
};

const ID_PARAMETER = { name: "ID", type: "xs:string", doc: "Which job." };
const FORMAT = { name: "format", type: "xs:string", values: ["Entity"], doc: "Entity asks for the entity." };

/** Operations of jobs: a collection, an item, an action with a body, an item of an item. */
export const JOB_OPERATIONS = [
  {
    id: "getJobs",
    method: "GET",
    path: "/jobs",
    doc: "Lists the jobs.",
    page: "get_jobs.md",
    authentication: "session",
    query: [FORMAT],
    responses: [
      { status: 200, element: "EntityReferences", referenceType: "JobReference" },
      { status: 200, element: "Jobs", format: "Entity" },
    ],
  },
  {
    id: "getJob",
    method: "GET",
    path: "/jobs/{ID}",
    doc: "Reads one job.",
    page: "get_jobs_id.md",
    authentication: "session",
    pathParameters: [ID_PARAMETER],
    query: [FORMAT],
    responses: [
      { status: 200, element: "EntityRef", referenceType: "JobReference" },
      { status: 200, element: "Job", format: "Entity" },
    ],
  },
  {
    id: "startJob",
    method: "POST",
    path: "/jobs/{ID}",
    action: "start",
    doc: "Starts one job.",
    page: "post_jobs_id_actionstart.md",
    authentication: "session",
    pathParameters: [ID_PARAMETER],
    body: { element: "JobCloneSpec", required: false },
    responses: [{ status: 202, element: "Task" }],
  },
  {
    id: "getJobInclude",
    method: "GET",
    path: "/jobs/{jobID}/includes/{ID}",
    doc: "Reads one thing a job processes.",
    page: "get_jobs_id_includes_id.md",
    authentication: "session",
    pathParameters: [{ ...ID_PARAMETER, name: "jobID" }, ID_PARAMETER],
    responses: [{ status: 200, element: "ObjectInJob" }],
  },
];

/** A valid set: the job operations with the links of a job, and the query service with one query type. */
export const VALID_FILES: readonly Source[] = [
  {
    file: "operations/jobs.json",
    text: operationFile({
      operations: JOB_OPERATIONS,
      resources: [
        {
          operation: "getJob",
          element: "Job",
          page: "get_jobs_id.md",
          links: [{ rel: "Start", href: "/jobs/{ID}?action=start", operation: "startJob" }],
        },
      ],
    }),
  },
  {
    file: "operations/query.json",
    text: operationFile({
      operations: [
        {
          id: "getQuery",
          method: "GET",
          path: "/query",
          doc: "Queries.",
          page: "query_service.md",
          authentication: "session",
          query: [{ name: "type", type: "xs:string", valuesFrom: "queryTypes", required: true, doc: "What to query." }],
          responses: [{ status: 200, element: "QueryResult" }],
        },
      ],
      queryTypes: [
        {
          name: "Job",
          doc: "Jobs.",
          page: "get_query_job.md",
          entity: "Job",
          entities: "Jobs",
          referenceType: "JobReference",
          fields: [
            { name: "UID", type: "UidType", filterable: true, sortable: true },
            { name: "JobType", type: "xs:string", values: ["Backup", "Replica"], filterable: true, sortable: true },
          ],
        },
      ],
    }),
  },
];

const schemas = join(projectRoot, "schemas");

/** The loaded {@link TYPE_SCHEMA}. */
export const TYPES = checkSchemas([TYPE_SCHEMA]);

/** The problems of the SchemaError that checking these operation files against {@link TYPES} throws. */
export function problemsOf(sources: readonly Source[]): readonly SchemaProblem[] {
  try {
    checkOperations(sources, TYPES);
  } catch (error) {
    assert.instance(error, SchemaError);
    return (error as SchemaError).problems;
  }
  assert.unreachable("expected a SchemaError, the operation files were accepted");
  return [];
}

/** The project's operation files, checked against the project's type schemas. */
export function projectOperationFiles(): LoadedOperationFile[] {
  return loadOperationFolder(schemas, loadSchemaFolder(schemas, { operations: false }));
}
