/**
 * The rows of the operation diff tests: small type and operation files of jobs and a query service,
 * one edit per row, and the exact changes (kind, path, verdict) the edit gives.
 */
import type {
  OperationFile,
  OperationSchema,
  QueryTypeSchema,
  ResourceSchema,
} from "../../generator/operation-types.js";
import type { ChangeKind } from "../../generator/diff/change-kinds.js";
import type { SchemaFile } from "../../generator/schema-types.js";
import type { Mutable } from "./mutable.js";

/** The types the operations name: jobs, repositories, specs, tasks, references, a query result. */
export const OPERATION_TYPES: SchemaFile = {
  doc: "Types of the operation diff tests.",
  simpleTypes: [{ name: "UidType", base: "xs:string" }],
  complexTypes: [
    { name: "JobType", attributes: [{ name: "UID", type: "UidType" }] },
    {
      name: "JobListType",
      content: { sequence: [{ element: "Job", type: "JobType", minOccurs: 0, maxOccurs: "unbounded" }] },
    },
    { name: "RepositoryType" },
    { name: "JobSpecType" },
    { name: "JobCloneSpecType" },
    { name: "TaskType" },
    { name: "EntityReferenceType" },
    { name: "EntityReferenceListType" },
    {
      name: "EntitiesType",
      content: {
        choice: [
          { element: "Jobs", type: "JobListType" },
          { element: "Repositories", type: "JobListType" },
        ],
      },
    },
    { name: "QueryResultType", content: { sequence: [{ element: "Entities", type: "EntitiesType", minOccurs: 0 }] } },
  ],
  elements: [
    { name: "Job", type: "JobType" },
    { name: "Jobs", type: "JobListType" },
    { name: "Repository", type: "RepositoryType" },
    { name: "JobSpec", type: "JobSpecType" },
    { name: "JobCloneSpec", type: "JobCloneSpecType" },
    { name: "Task", type: "TaskType" },
    { name: "EntityRef", type: "EntityReferenceType" },
    { name: "EntityReferences", type: "EntityReferenceListType" },
    { name: "QueryResult", type: "QueryResultType" },
  ],
};

const ID = { name: "ID", type: "xs:string", doc: "Which job." };
const FORMAT = { name: "format", type: "xs:string", values: ["Entity"], doc: "Entity asks for the entity." };
const TASK = [{ status: 202, element: "Task" }];
const session = (page: string) => ({ page, authentication: "session" as const });

/** The files of one side: the operations of jobs, and the query service. */
export interface OperationFiles {
  readonly jobs: OperationFile;
  readonly query: OperationFile;
}

/** Jobs read, edited, started and deleted; a job's links; the query service with two query types. */
export const OPERATION_FILES: OperationFiles = {
  jobs: {
    doc: "Jobs.",
    operations: [
      {
        id: "getJobs",
        method: "GET",
        path: "/jobs",
        doc: "Lists the jobs.",
        ...session("get_jobs.md"),
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
        doc: "Reads a job.",
        ...session("get_jobs_id.md"),
        pathParameters: [ID],
        query: [FORMAT],
        responses: [
          { status: 200, element: "EntityRef", referenceType: "JobReference" },
          { status: 200, element: "Job", format: "Entity" },
        ],
      },
      {
        id: "editJob",
        method: "PUT",
        path: "/jobs/{ID}",
        doc: "Changes a job.",
        ...session("put_jobs_id.md"),
        pathParameters: [ID],
        body: { element: "Job", required: true },
        responses: TASK,
      },
      {
        id: "startJob",
        method: "POST",
        path: "/jobs/{ID}",
        action: "start",
        doc: "Starts a job.",
        ...session("post_jobs_id_start.md"),
        pathParameters: [ID],
        body: { element: "JobSpec", required: false },
        responses: TASK,
      },
      {
        id: "deleteJob",
        method: "DELETE",
        path: "/jobs/{ID}",
        doc: "Deletes a job.",
        ...session("delete_jobs_id.md"),
        pathParameters: [ID],
        responses: TASK,
      },
    ],
    resources: [
      {
        operation: "getJob",
        element: "Job",
        page: "get_jobs_id.md",
        links: [
          { rel: "Alternate", type: "JobReference", href: "/jobs/{ID}", operation: "getJob" },
          { rel: "Edit", type: "JobReference", href: "/jobs/{ID}", operation: "editJob" },
          { rel: "Start", href: "/jobs/{ID}?action=start", operation: "startJob" },
          { rel: "Up", href: "/jobs", operation: "getJobs" },
          { rel: "Up", href: "/query?type=Job", operation: "getQuery" },
        ],
      },
    ],
  },
  query: {
    doc: "The query service.",
    operations: [
      {
        id: "getQuery",
        method: "GET",
        path: "/query",
        doc: "Queries.",
        ...session("query_service.md"),
        query: [
          { name: "type", type: "xs:string", valuesFrom: "queryTypes", required: true, doc: "What to query." },
          { name: "format", type: "xs:string", values: ["References", "Entities"], doc: "References or entities." },
          { name: "filter", type: "xs:string", doc: "Which ones." },
          { name: "pageSize", type: "xs:int", doc: "How many a page holds." },
        ],
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
          { name: "Name", type: "xs:string", filterable: true, sortable: false, doc: "Its name." },
          { name: "Platform", type: "xs:string", values: ["Windows", "Linux"], filterable: false, sortable: true },
        ],
      },
      {
        name: "Repository",
        doc: "Repositories.",
        page: "get_query_repository.md",
        entity: "Repository",
        fields: [{ name: "Name", type: "xs:string", filterable: true, sortable: true }],
      },
    ],
  },
};

type Files = Mutable<OperationFiles>;
type Edit = (files: Files) => void;
/** One edit and the changes it gives: `[kind, path, breaking]`; with `reverse` the edited side is the old one. */
export type OperationCase = [string, Edit, [ChangeKind, string, boolean][], { docs?: boolean; reverse?: boolean }?];

const operation = (files: Files, id: string) =>
  [...files.jobs.operations!, ...files.query.operations!].find((o) => o.id === id)! as Mutable<OperationSchema>;
const queryType = (files: Files, name: string) =>
  files.query.queryTypes!.find((q) => q.name === name)! as Mutable<QueryTypeSchema>;
const field = (files: Files, name: string) => queryType(files, "Job").fields.find((f) => f.name === name)!;
const parameter = (files: Files, id: string, name: string) => operation(files, id).query!.find((q) => q.name === name)!;
const jobResource = (files: Files) => files.jobs.resources![0]! as Mutable<ResourceSchema>;
const link = (files: Files, rel: string) => jobResource(files).links.find((l) => l.rel === rel)!;
const drop = <T>(list: T[], test: (item: T) => boolean) => list.splice(list.findIndex(test), 1);
const copyJob = {
  id: "copyJob",
  method: "POST" as const,
  path: "/jobs/{ID}",
  action: "copy",
  doc: "Copies a job.",
  ...session("post_jobs_id_copy.md"),
  pathParameters: [ID],
  body: { element: "JobCloneSpec", required: true },
  responses: TASK,
};

/** The rows; together with the schema rows they cover every kind of the table. */
export const OPERATION_CASES: OperationCase[] = [
  [
    "removing an operation",
    (f) => void drop(f.jobs.operations!, (o) => o.id === "deleteJob"),
    [["operation-removed", "deleteJob", true]],
  ],
  ["adding an operation", (f) => void f.jobs.operations!.push(copyJob), [["operation-added", "copyJob", false]]],
  [
    "renaming an operation's id alone is a rename, and links to it follow",
    (f) => {
      operation(f, "getJobs").id = "listJobs";
      link(f, "Up").operation = "listJobs";
    },
    [["operation-renamed", "listJobs", true]],
  ],
  [
    "renaming a linked operation changes none of its links",
    (f) => {
      operation(f, "getJob").id = "readJob";
      jobResource(f).operation = "readJob";
      link(f, "Alternate").operation = "readJob";
    },
    [["operation-renamed", "readJob", true]],
  ],
  [
    "a new id and a new path are another operation",
    (f) => {
      operation(f, "getJobs").id = "listJobs";
      operation(f, "listJobs").path = "/backupJobs";
      link(f, "Up").operation = "listJobs";
    },
    [
      ["operation-removed", "getJobs", true],
      ["operation-added", "listJobs", false],
      ["link-target-changed", "getJob/links/Up", true],
    ],
  ],
  [
    "changing a method",
    (f) => void (operation(f, "deleteJob").method = "POST"),
    [["operation-method-changed", "deleteJob", true]],
  ],
  [
    "changing a path",
    (f) => void (operation(f, "getJobs").path = "/backupJobs"),
    [["operation-path-changed", "getJobs", true]],
  ],
  [
    "changing an action",
    (f) => void (operation(f, "startJob").action = "run"),
    [["operation-path-changed", "startJob", true]],
  ],
  [
    "changing the case of a path's letters is no change: EM ignores it",
    (f) => void (operation(f, "getJobs").path = "/Jobs"),
    [],
  ],
  [
    "renaming a path parameter",
    (f) => {
      operation(f, "getJob").path = "/jobs/{jobID}";
      operation(f, "getJob").pathParameters![0]!.name = "jobID";
    },
    [["path-parameters-changed", "getJob", true]],
  ],
  [
    "changing the authentication",
    (f) => void (operation(f, "getJobs").authentication = "none"),
    [["authentication-changed", "getJobs", true]],
  ],
  [
    "changing a request body's root",
    (f) => void (operation(f, "startJob").body!.element = "JobCloneSpec"),
    [["request-body-retyped", "startJob/body", true]],
  ],
  [
    "requiring an optional body",
    (f) => void (operation(f, "startJob").body!.required = true),
    [["request-body-now-required", "startJob/body", true]],
  ],
  [
    "requiring a body where none was",
    (f) => void (operation(f, "deleteJob").body = { element: "JobSpec", required: true }),
    [["request-body-now-required", "deleteJob/body", true]],
  ],
  [
    "taking no body any more",
    (f) => void delete operation(f, "startJob").body,
    [["request-body-removed", "startJob/body", true]],
  ],
  [
    "taking an optional body",
    (f) => void (operation(f, "deleteJob").body = { element: "JobSpec", required: false }),
    [["request-body-added", "deleteJob/body", false]],
  ],
  [
    "a required body made optional",
    (f) => void (operation(f, "editJob").body!.required = false),
    [["request-body-now-optional", "editJob/body", false]],
  ],
  [
    "changing an answer's root for a status and format",
    (f) => void (operation(f, "getJobs").responses[1]!.element = "Repository"),
    [["answer-retyped", "getJobs/200 format=Entity", true]],
  ],
  [
    "changing the Type of an answer's references",
    (f) => void (operation(f, "getJob").responses[0]!.referenceType = "BackupJobReference"),
    [["answer-retyped", "getJob/200", true]],
  ],
  [
    "answering 204 instead of 202",
    (f) => void (operation(f, "deleteJob").responses = [{ status: 204 }]),
    [
      ["answer-removed", "deleteJob/202", true],
      ["answer-added", "deleteJob/204", false],
    ],
  ],
  [
    "an answer that may also be another root",
    (f) => void operation(f, "getJob").responses.push({ status: 200, element: "Jobs", format: "Entity" }),
    [["answer-retyped", "getJob/200 format=Entity", true]],
  ],
  ["listing answers in another order is no change", (f) => void operation(f, "getJob").responses.reverse(), []],
  [
    "adding a required query parameter",
    (f) =>
      void operation(f, "getJobs").query!.push({ name: "server", type: "xs:string", required: true, doc: "Whose." }),
    [["required-query-parameter-added", "getJobs?server", true]],
  ],
  [
    "adding an optional query parameter",
    (f) => void operation(f, "getJobs").query!.push({ name: "pageSize", type: "xs:int", doc: "How many." }),
    [["query-parameter-added", "getJobs?pageSize", false]],
  ],
  [
    "requiring a query parameter",
    (f) => void (parameter(f, "getQuery", "format").required = true),
    [["query-parameter-now-required", "getQuery?format", true]],
  ],
  [
    "a required query parameter made optional",
    (f) => void delete parameter(f, "getQuery", "type").required,
    [["query-parameter-now-optional", "getQuery?type", false]],
  ],
  ["spelling out required: false", (f) => void (parameter(f, "getQuery", "filter").required = false), []],
  [
    "removing a query parameter",
    (f) => void drop(operation(f, "getQuery").query!, (q) => q.name === "pageSize"),
    [["query-parameter-removed", "getQuery?pageSize", true]],
  ],
  [
    "retyping a query parameter",
    (f) => void (parameter(f, "getQuery", "pageSize").type = "xs:long"),
    [["query-parameter-retyped", "getQuery?pageSize", true]],
  ],
  [
    "removing an allowed value",
    (f) => void parameter(f, "getQuery", "format").values!.pop(),
    [["allowed-value-removed", "getQuery?format=Entities", true]],
  ],
  [
    "adding an allowed value",
    (f) => void parameter(f, "getQuery", "format").values!.push("Full"),
    [["allowed-value-added", "getQuery?format=Full", false]],
  ],
  [
    "limiting a free parameter to a list",
    (f) => void (parameter(f, "getQuery", "filter").values = ["Name==a"]),
    [["allowed-values-introduced", "getQuery?filter", true]],
  ],
  [
    "lifting a field's list of values",
    (f) => void delete field(f, "Platform").values,
    [["allowed-values-lifted", "type=Job/Platform", false]],
  ],
  [
    "listing a parameter's values instead of taking the query types' names",
    (f) => {
      delete parameter(f, "getQuery", "type").valuesFrom;
      parameter(f, "getQuery", "type").values = ["Job"];
    },
    [["allowed-value-removed", "getQuery?type=Repository", true]],
  ],
  [
    "removing a query type",
    (f) => void drop(f.query.queryTypes!, (q) => q.name === "Repository"),
    [["query-type-removed", "type=Repository", true]],
  ],
  [
    "adding a query type",
    (f) =>
      void f.query.queryTypes!.push({
        name: "Task",
        doc: "Tasks.",
        page: "get_query_task.md",
        entity: "Task",
        fields: [{ name: "State", type: "xs:string", filterable: true, sortable: true }],
      }),
    [["query-type-added", "type=Task", false]],
  ],
  [
    "changing a query type's reference Type",
    (f) => void (queryType(f, "Job").referenceType = "BackupJobReference"),
    [["query-type-retyped", "type=Job", true]],
  ],
  [
    "removing a query field",
    (f) => void drop(queryType(f, "Job").fields, (q) => q.name === "UID"),
    [["query-field-removed", "type=Job/UID", true]],
  ],
  [
    "adding a query field",
    (f) =>
      void queryType(f, "Job").fields.push({ name: "Enabled", type: "xs:boolean", filterable: true, sortable: true }),
    [["query-field-added", "type=Job/Enabled", false]],
  ],
  [
    "retyping a query field",
    (f) => void (field(f, "UID").type = "xs:string"),
    [["query-field-retyped", "type=Job/UID", true]],
  ],
  [
    "a field no longer filterable or sortable",
    (f) => {
      field(f, "UID").filterable = false;
      field(f, "UID").sortable = false;
    },
    [
      ["query-field-no-longer-filterable", "type=Job/UID", true],
      ["query-field-no-longer-sortable", "type=Job/UID", true],
    ],
  ],
  [
    "a field now filterable and sortable",
    (f) => {
      field(f, "Name").sortable = true;
      field(f, "Platform").filterable = true;
    },
    [
      ["query-field-now-sortable", "type=Job/Name", false],
      ["query-field-now-filterable", "type=Job/Platform", false],
    ],
  ],
  [
    "removing a link",
    (f) => void drop(jobResource(f).links, (l) => l.rel === "Start"),
    [["link-removed", "getJob/links/Start", true]],
  ],
  [
    "adding a link",
    (f) => void jobResource(f).links.push({ rel: "Delete", href: "/jobs/{ID}", operation: "deleteJob" }),
    [["link-added", "getJob/links/Delete", false]],
  ],
  [
    "changing a link's target operation",
    (f) => void (link(f, "Edit").operation = "startJob"),
    [["link-target-changed", "getJob/links/Edit", true]],
  ],
  [
    "changing a link's Type",
    (f) => void (link(f, "Alternate").type = "BackupJobReference"),
    [["link-target-changed", "getJob/links/Alternate", true]],
  ],
  ["reordering links that share a Rel is no change", (f) => void jobResource(f).links.reverse(), []],
  [
    "dropping a resource's Links table removes its links",
    (f) => void (f.jobs.resources = []),
    [
      ["link-removed", "getJob/links/Alternate", true],
      ["link-removed", "getJob/links/Edit", true],
      ["link-removed", "getJob/links/Start", true],
      ["link-removed", "getJob/links/Up", true],
      ["link-removed", "getJob/links/Up", true],
    ],
  ],
  [
    "adding an operation with its links adds no link changes",
    (f) => {
      f.jobs.operations!.push({
        ...copyJob,
        id: "getJobCopy",
        method: "GET",
        responses: [{ status: 200, element: "Job" }],
      });
      delete operation(f, "getJobCopy").body;
      f.jobs.resources!.push({
        operation: "getJobCopy",
        element: "Job",
        page: "get_jobs_id_copy.md",
        links: [{ rel: "Up", href: "/jobs/{ID}", operation: "getJob" }],
      });
    },
    [["operation-added", "getJobCopy", false]],
  ],
  [
    "moving to another reference page",
    (f) => {
      operation(f, "getJobs").page = "get_all_jobs.md";
      queryType(f, "Job").page = "get_query_jobs.md";
    },
    [
      ["page-changed", "getJobs", false],
      ["page-changed", "type=Job", false],
    ],
  ],
  [
    "editing docs and a link's href is no change",
    (f) => {
      operation(f, "getJobs").doc = "Every job.";
      field(f, "Name").doc = "What it is called.";
      link(f, "Start").href = "/jobs/{ID}?action=Start";
    },
    [],
  ],
  [
    "editing docs and a link's href is listed with --docs",
    (f) => {
      operation(f, "getJobs").doc = "Every job.";
      operation(f, "getJob").pathParameters![0]!.doc = "The job.";
      parameter(f, "getQuery", "filter").doc = "What to keep.";
      field(f, "Name").doc = "What it is called.";
      link(f, "Start").href = "/jobs/{ID}?action=Start";
    },
    [
      ["doc-changed", "getJobs", false],
      ["doc-changed", "getJob/{ID}", false],
      ["doc-changed", "getQuery?filter", false],
      ["doc-changed", "type=Job/Name", false],
      ["doc-changed", "getJob/links/Start", false],
    ],
    { docs: true },
  ],
];
