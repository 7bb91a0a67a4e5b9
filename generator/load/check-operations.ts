/**
 * The checks of the operation files that need more than one file or the type schemas: ids and
 * (method, path, action) unique, path parameters as the template names them, element and type
 * names declared by the type schemas, answers selectable by the declared `format` values, query
 * types unique, links leading to operations that exist.
 */
import type { SchemaProblem } from "../../runtime/errors.js";
import type { OperationSchema, QueryParameterSchema, ResponseSchema } from "../operation-types.js";
import { checkElement, checkSimpleType, type Report } from "./check-names.js";
import { checkQueryTypesAndLinks } from "./check-query-types.js";
import type { LoadedOperationFile } from "./load-operations.js";
import type { TypeIndex } from "./type-index.js";

/** Every problem of the set of operation files. */
export function checkOperationReferences(files: readonly LoadedOperationFile[], types: TypeIndex): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const ids = new Map<string, string>();
  const keys = new Map<string, string>();
  const hasQueryTypes = files.some((loaded) => (loaded.operations.queryTypes?.length ?? 0) > 0);
  for (const { file, operations } of files) {
    operations.operations?.forEach((operation, index) => {
      const pointer = `/operations/${index}`;
      const report: Report = (at, message) => problems.push({ file, pointer: `${pointer}${at}`, message });
      const place = `${file}#${pointer}`;
      const key = operationKey(operation);
      if (ids.has(operation.id))
        report("/id", `operation id ${operation.id} is used twice (also at ${ids.get(operation.id)})`);
      else ids.set(operation.id, place);
      if (keys.has(key)) report("", `operation ${key} is declared twice (also at ${keys.get(key)})`);
      else keys.set(key, place);
      checkOperation(operation, types, hasQueryTypes, report);
    });
  }
  problems.push(...checkQueryTypesAndLinks(files, types));
  return problems;
}

/** What tells operations apart on the wire: method, path as EM matches it, action (`POST /jobs/{}?action=start`). */
export function operationKey(operation: Pick<OperationSchema, "method" | "path" | "action">): string {
  return `${operation.method} ${normalPath(operation.path)}${operation.action ? `?action=${operation.action.toLowerCase()}` : ""}`;
}

/** A path as EM matches it: literal segments without regard to case, parameters by position. */
function normalPath(path: string): string {
  return (
    path
      .replace(/\{[^}]+\}/g, "{}")
      .replace(/\/$/, "")
      .toLowerCase() || "/"
  );
}

function checkOperation(operation: OperationSchema, types: TypeIndex, hasQueryTypes: boolean, report: Report): void {
  checkPathParameters(operation, types, report);
  checkQueryParameters(operation, types, hasQueryTypes, report);
  if (operation.body !== undefined)
    checkElement(operation.body.element, "/body/element", "request body", types, report);
  operation.responses.forEach((response, index) =>
    checkResponse(response, operation.query ?? [], `/responses/${index}`, types, report),
  );
}

function checkPathParameters(operation: OperationSchema, types: TypeIndex, report: Report): void {
  const inTemplate = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const declared = (operation.pathParameters ?? []).map((parameter) => parameter.name);
  for (const name of new Set(inTemplate.filter((name, index) => inTemplate.indexOf(name) !== index)))
    report("/path", `path parameter {${name}} appears twice in ${JSON.stringify(operation.path)}`);
  if (inTemplate.join(",") !== declared.join(",")) {
    report(
      "/pathParameters",
      `path parameters [${declared.join(", ")}] do not match the template's [${inTemplate.join(", ")}] in ${JSON.stringify(operation.path)}`,
    );
  }
  operation.pathParameters?.forEach((parameter, index) => {
    checkSimpleType(parameter.type, `/pathParameters/${index}/type`, types, report);
    const last = operation.path.endsWith(`{${parameter.name}}`);
    if (parameter.spansSegments === true && !last)
      report(`/pathParameters/${index}`, `path parameter ${parameter.name} spans segments, so it must end the path`);
  });
}

function checkQueryParameters(
  operation: OperationSchema,
  types: TypeIndex,
  hasQueryTypes: boolean,
  report: Report,
): void {
  const seen = new Set<string>();
  operation.query?.forEach((parameter, index) => {
    const at = `/query/${index}`;
    if (seen.has(parameter.name.toLowerCase())) report(at, `query parameter ${parameter.name} is declared twice`);
    seen.add(parameter.name.toLowerCase());
    checkSimpleType(parameter.type, `${at}/type`, types, report);
    if (parameter.values !== undefined && parameter.valuesFrom !== undefined)
      report(at, `query parameter ${parameter.name} has both values and valuesFrom; use one`);
    if (parameter.valuesFrom === "queryTypes" && !hasQueryTypes)
      report(
        `${at}/valuesFrom`,
        `query parameter ${parameter.name} takes the query types' names, but no file declares a query type`,
      );
    if (parameter.name.toLowerCase() === "action" && operation.action !== undefined)
      report(at, `query parameter action clashes with the operation's own action ${JSON.stringify(operation.action)}`);
  });
}

function checkResponse(
  response: ResponseSchema,
  query: readonly QueryParameterSchema[],
  at: string,
  types: TypeIndex,
  report: Report,
): void {
  if (response.element !== undefined) checkElement(response.element, `${at}/element`, "answer", types, report);
  if (response.element !== undefined && response.mediaType !== undefined)
    report(at, "an answer has either an element or a media type, not both");
  if (response.format !== undefined) {
    const values = query.find((parameter) => parameter.name === "format")?.values ?? [];
    if (!values.includes(response.format))
      report(
        `${at}/format`,
        `format ${JSON.stringify(response.format)} is not a value of the operation's format parameter`,
      );
  }
  if (
    response.referenceType !== undefined &&
    response.element !== "EntityRef" &&
    response.element !== "EntityReferences"
  )
    report(
      `${at}/referenceType`,
      `referenceType is for EntityRef and EntityReferences answers, not ${response.element ?? "an empty one"}`,
    );
}
