/**
 * The checks of the query types and the resource links: names unique, elements and field types
 * declared by the type schemas, links leading to operations that exist, each resource read by a
 * GET operation that answers its element.
 */
import type { SchemaProblem } from "../../runtime/errors.js";
import type { OperationSchema, QueryTypeSchema, ResourceSchema } from "../operation-types.js";
import { checkElement, checkSimpleType, type Report } from "./check-names.js";
import type { LoadedOperationFile } from "./load-operations.js";
import type { TypeIndex } from "./type-index.js";

/** Every problem of the query types and resources of the set of operation files. */
export function checkQueryTypesAndLinks(files: readonly LoadedOperationFile[], types: TypeIndex): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const operations = new Map<string, OperationSchema>();
  for (const { operations: file } of files)
    for (const operation of file.operations ?? []) operations.set(operation.id, operation);
  const names = new Map<string, string>();
  for (const { file, operations: content } of files) {
    const reportAt =
      (pointer: string): Report =>
      (at, message) =>
        problems.push({ file, pointer: `${pointer}${at}`, message });
    content.queryTypes?.forEach((queryType, index) => {
      const pointer = `/queryTypes/${index}`;
      const known = names.get(queryType.name.toLowerCase());
      if (known !== undefined)
        reportAt(pointer)("/name", `query type ${queryType.name} is declared twice (also at ${known})`);
      else names.set(queryType.name.toLowerCase(), `${file}#${pointer}`);
      checkQueryType(queryType, types, reportAt(pointer));
    });
    content.resources?.forEach((resource, index) =>
      checkResource(resource, operations, types, reportAt(`/resources/${index}`)),
    );
  }
  return problems;
}

function checkQueryType(queryType: QueryTypeSchema, types: TypeIndex, report: Report): void {
  checkElement(queryType.entity, "/entity", "entity", types, report);
  const holders = types.childElements("QueryResult", "Entities");
  if (queryType.entities !== undefined && holders !== undefined && !holders.has(queryType.entities))
    report(
      "/entities",
      `entities element ${JSON.stringify(queryType.entities)} is not an element of QueryResult/Entities`,
    );
  const seen = new Set<string>();
  queryType.fields.forEach((field, index) => {
    if (seen.has(field.name.toLowerCase())) report(`/fields/${index}/name`, `field ${field.name} is declared twice`);
    seen.add(field.name.toLowerCase());
    checkSimpleType(field.type, `/fields/${index}/type`, types, report);
  });
}

function checkResource(
  resource: ResourceSchema,
  operations: ReadonlyMap<string, OperationSchema>,
  types: TypeIndex,
  report: Report,
): void {
  checkElement(resource.element, "/element", "resource", types, report);
  const reader = operations.get(resource.operation);
  if (reader === undefined) report("/operation", `operation ${JSON.stringify(resource.operation)} is not declared`);
  else if (reader.method !== "GET")
    report("/operation", `operation ${reader.id} is a ${reader.method}, not the GET that reads the resource`);
  else if (!reader.responses.some((response) => response.element === resource.element))
    report("/element", `operation ${reader.id} does not answer ${resource.element}`);
  resource.links.forEach((link, index) => {
    if (!operations.has(link.operation))
      report(
        `/links/${index}/operation`,
        `link ${link.rel} leads to operation ${JSON.stringify(link.operation)}, which is not declared`,
      );
  });
}
