/**
 * Builds the operations from the pages: drafts of the titled operation pages and of the added
 * operations, their answers, bodies, parameters, ids and docs.
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type {
  OperationSchema,
  PathParameterSchema,
  QueryParameterSchema,
  ResponseSchema,
} from "../../generator/operation-types.js";
import { ANSWER_CORRECTIONS, ID_RENAMES, TITLE_CORRECTIONS } from "./corrections.js";
import { describeOperation } from "./describe.js";
import { lookupObjectTypes, logonVersions } from "./documented-values.js";
import { readDraft, type Draft } from "./drafts.js";
import type { EmPage } from "./em-pages.js";
import { matchExamples, type MatchedExample } from "./evidence.js";
import { operationId } from "./naming.js";
import { parseTitle, uniqueTemplate } from "./path-templates.js";
import { requestBody } from "./request-bodies.js";
import { resolveAnswers } from "./resolve-answers.js";
import { ADDED_OPERATIONS, AUTHENTICATION } from "./added-operations.js";
import { BODY_CORRECTIONS, EXTRA_PARAMETERS } from "./special-operations.js";
import { schemaType } from "./value-types.js";

/** The operations and what could not be worked out. */
export interface BuiltOperations {
  readonly operations: OperationSchema[];
  readonly examples: readonly MatchedExample[];
  readonly problems: string[];
}

/** Whether a page documents one operation (not a query type, not a method overview). */
export function isOperationPage(page: EmPage): boolean {
  const title = parseTitle(page.title);
  return title !== undefined && !(title.path === "/query" && title.query.has("type"));
}

/** Builds every operation of the pages. */
export function buildOperations(pages: readonly EmPage[], types: TypeIndex): BuiltOperations {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const pageDrafts = pages.filter(isOperationPage).map((page) => readDraft(page, TITLE_CORRECTIONS[page.file])!);
  const added = new Map(ADDED_OPERATIONS.map((operation) => [addedDraft(operation), operation]));
  const drafts = [...pageDrafts, ...added.keys()];
  const examples = matchExamples(pages, drafts);
  const { answers, unresolved } = resolveAnswers(pageDrafts, pages, examples, types, ANSWER_CORRECTIONS);
  for (const [draft, operation] of added) answers.set(draft, [...operation.responses]);
  const parameters = extraParameters(byFile);
  const bodiless: string[] = [];
  const built = drafts
    .filter((draft) => answers.has(draft))
    .map((draft) => {
      const name = nameOf(draft, drafts);
      const id = ID_RENAMES[draft.page]?.id ?? added.get(draft)?.id ?? operationId(name);
      const responses = answers.get(draft)!;
      const body = requestBody(draft, byFile.get(draft.page), examples, types, BODY_CORRECTIONS[draft.page]);
      if (body === undefined && draft.bodyRule !== "none" && BODY_CORRECTIONS[draft.page] === undefined)
        bodiless.push(`${draft.page}: the page asks for a body whose root element is shown nowhere`);
      const query = [...queryParameters(draft, responses, parameters), ...(added.get(draft)?.query ?? [])];
      const operation = {
        id,
        method: draft.method as OperationSchema["method"],
        path: draft.path,
        ...(draft.action === undefined ? {} : { action: draft.action }),
        page: draft.page,
        authentication: AUTHENTICATION[id] ?? "session",
        ...optional("pathParameters", pathParameters(draft)),
        ...optional("query", query),
        ...(body === undefined ? {} : { body }),
        responses,
      };
      return { operation, verb: name.action, doc: added.get(draft)?.doc };
    });
  const undocumented = built.map((entry) => entry.operation);
  const operations = built.map(({ operation, verb, doc }) => ({
    ...operation,
    doc: doc ?? describeOperation(operation, verb, undocumented, types),
  }));
  const problems = [...unresolved, ...bodiless, ...duplicateIds(operations)];
  return { operations: operations.map(orderKeys), examples, problems };
}

function addedDraft(operation: (typeof ADDED_OPERATIONS)[number]): Draft {
  const template = uniqueTemplate(operation.path);
  return {
    page: operation.page,
    method: operation.method,
    pagePath: operation.path,
    path: template.path,
    parameters: template.parameters,
    action: operation.action,
    status: operation.responses[0]!.status,
    answersTask: false,
    bodyRule: "none",
    queryRows: [],
  };
}

/**
 * What the id is named from: a POST whose last segment follows a parameter and is no resource
 * of its own (`/nas/jobs/{ID}/start`) is that action on the rest of the path.
 */
function nameOf(draft: Draft, drafts: readonly Draft[]): { method: string; path: string; action?: string } {
  const segments = draft.pagePath.split("/");
  const last = segments[segments.length - 1]!;
  const afterParameter = segments[segments.length - 2]?.startsWith("{") === true && !last.startsWith("{");
  const isResource = drafts.some((other) => other.method === "GET" && other.pagePath === draft.pagePath);
  if (draft.method === "POST" && draft.action === undefined && afterParameter && !isResource)
    return { method: draft.method, path: segments.slice(0, -1).join("/"), action: last };
  return {
    method: draft.method,
    path: draft.pagePath,
    ...(draft.action === undefined ? {} : { action: draft.action }),
  };
}

function pathParameters(draft: Draft): PathParameterSchema[] {
  const segments = draft.pagePath.split("/");
  return draft.parameters.map((parameter) => {
    const collection = segments[segments.indexOf(`{${parameter.pageName}}`) - 1] ?? "";
    const index = draft.path.split("/").indexOf(`{${parameter.name}}`);
    const owner = draft.path.split("/")[index - 1] ?? collection;
    const doc =
      parameter.pageName === "filepath"
        ? "Path of a file or folder inside the mounted file system; may hold slashes."
        : parameter.pageName === "vmname"
          ? "Name of a VM in the catalog."
          : `ID of one of the ${owner}.`;
    return {
      name: parameter.name,
      type: "xs:string",
      doc,
      ...(parameter.spansSegments ? { spansSegments: true } : {}),
    };
  });
}

function queryParameters(
  draft: Draft,
  responses: readonly ResponseSchema[],
  extra: ReadonlyMap<string, readonly QueryParameterSchema[]>,
): QueryParameterSchema[] {
  const formats = responses.flatMap((response) => (response.format === undefined ? [] : [response.format]));
  const format: QueryParameterSchema[] =
    formats.length === 0
      ? []
      : [
          {
            name: "format",
            type: "xs:string",
            values: formats,
            doc: "Entity asks for the entity instead of its reference.",
          },
        ];
  const documented = draft.queryRows.map((row): QueryParameterSchema => {
    const type = schemaType(row.type);
    const values = type === "xs:boolean" || row.values.length === 0 ? {} : { values: row.values };
    return {
      name: row.name,
      type,
      ...values,
      ...(row.required ? { required: true } : {}),
      doc: documentedParameterDoc(row.name),
    };
  });
  return [...format, ...documented, ...(extra.get(draft.page) ?? [])];
}

/** The docs of the parameters the Request Parameters tables document. */
const DOCUMENTED_PARAMETER_DOCS: Readonly<Record<string, string>> = {
  includeBackups: "Also delete the tenant's backups from the cloud repository.",
  deleteJobs: "Also delete the backup jobs made for the organization.",
  deleteBackupFiles: "Also delete the backups made for the organization.",
};

function documentedParameterDoc(name: string): string {
  return DOCUMENTED_PARAMETER_DOCS[name] ?? `The ${name} parameter.`;
}

/** The parameters tabled nowhere, by page: the fixed ones, the lookup's and logon's from their pages. */
function extraParameters(pages: ReadonlyMap<string, EmPage>): Map<string, readonly QueryParameterSchema[]> {
  const extra = new Map(Object.entries(EXTRA_PARAMETERS).map(([page, entry]) => [page, entry.parameters]));
  const lookup = pages.get("lookup_query.md");
  const versions = pages.get("em_web_api_versions.md");
  extra.set("get_lookup.md", [
    { name: "host", type: "UidType", doc: "The host or server whose hierarchy is searched (with name and type)." },
    { name: "hierarchyRef", type: "HierarchyObjRefType", doc: "The reference of one object to look up." },
    { name: "name", type: "xs:string", doc: "Name of the object searched for." },
    {
      name: "type",
      type: "xs:string",
      ...(lookup === undefined ? {} : { values: lookupObjectTypes(lookup) }),
      doc: "Kind of object searched for.",
    },
  ]);
  extra.set("post_sessionmngr.md", [
    {
      name: "v",
      type: "xs:string",
      ...(versions === undefined ? {} : { values: logonVersions(versions) }),
      doc: "The API version the session works with.",
    },
  ]);
  return extra;
}

/** `{ key: value }` when the list has items, else nothing. */
function optional<K extends string, T>(key: K, items: readonly T[]): { [P in K]?: readonly T[] } {
  return (items.length === 0 ? {} : { [key]: items }) as { [P in K]?: readonly T[] };
}

/** The keys of an operation in the order of the format (the files read top to bottom). */
function orderKeys(operation: OperationSchema): OperationSchema {
  const { id, method, path, action, doc, page, authentication, pathParameters, query, body, responses } = operation;
  return JSON.parse(
    JSON.stringify({ id, method, path, action, doc, page, authentication, pathParameters, query, body, responses }),
  ) as OperationSchema;
}

function duplicateIds(operations: readonly OperationSchema[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const operation of operations) {
    const other = seen.get(operation.id);
    if (other !== undefined) problems.push(`${operation.page}: id ${operation.id} is also the id of ${other}`);
    seen.set(operation.id, operation.page);
  }
  return problems;
}
