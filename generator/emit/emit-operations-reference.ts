/**
 * The reference of the operation table (`OPERATIONS.md`): every operation by area with its request
 * and answers, the query service's types and their fields, and the resources' links.
 */
import type { LoadedOperationFile } from "../load/load-operations.js";
import type { OperationSchema, QueryTypeSchema, ResourceSchema, ResponseSchema } from "../operation-types.js";

/** Writes `OPERATIONS.md` from the operation files. */
export function emitOperationsReference(files: readonly LoadedOperationFile[]): string {
  const operations = files.flatMap((file) => file.operations.operations ?? []);
  const queryTypes = files.flatMap((file) => file.operations.queryTypes ?? []);
  const resources = files.flatMap((file) => file.operations.resources ?? []);
  const lines = [
    "<!-- Generated from schemas/operations/*.json by `npm run generate`. Do not edit. -->",
    "",
    "# Operations of the EM REST API",
    "",
    `${operations.length} operations, ${queryTypes.length} query types, ${resources.length} resources with links, ` +
      `from ${files.length} operation files. Paths are below \`/api\`; an answer without a format is the one EM ` +
      "sends when `format` is not given. Every operation may also answer an error status with an `Error` body. " +
      'The client of `emx/client` runs each by its request (`em.request("GET /nas/jobs/{ID}", …)`) or its id ' +
      '(`em.call("getNasJob", …)`), and follows the links listed at the end (`em.follow(job, "Start")`).',
  ];
  for (const file of files) {
    if ((file.operations.operations ?? []).length === 0) continue;
    lines.push("", `## ${file.file}`, "", cell(file.operations.doc), "");
    lines.push("| Operation | Request | Body | Answers | Page |", "| --- | --- | --- | --- | --- |");
    for (const operation of file.operations.operations ?? []) lines.push(operationRow(operation));
  }
  lines.push("", "## Query types", "", "| Type | Entity | References | Fields |", "| --- | --- | --- | --- |");
  for (const queryType of queryTypes) lines.push(queryTypeRow(queryType));
  lines.push("", "## Links", "", "| Resource | Read by | Rel | Type | Operation |", "| --- | --- | --- | --- | --- |");
  for (const resource of resources) lines.push(...linkRows(resource));
  return `${lines.join("\n")}\n`;
}

function operationRow(operation: OperationSchema): string {
  const action = operation.action === undefined ? "" : `?action=${operation.action}`;
  const auth = operation.authentication === "session" ? "" : ` (${operation.authentication})`;
  const body =
    operation.body === undefined ? "" : `\`${operation.body.element}\`${operation.body.required ? "" : " (optional)"}`;
  const answers = operation.responses.map(answerText).join(", ");
  return `| \`${operation.id}\` | \`${operation.method} ${operation.path}${action}\`${auth} | ${body} | ${answers} | ${operation.page} |`;
}

function answerText(response: ResponseSchema): string {
  const body = response.element ?? response.mediaType;
  const format = response.format === undefined ? "" : ` with format=${response.format}`;
  return `${response.status}${body === undefined ? "" : ` \`${body}\``}${format}`;
}

function queryTypeRow(queryType: QueryTypeSchema): string {
  const fields = queryType.fields
    .map((field) => `${field.name}${field.values === undefined ? "" : ` (${field.values.join(" \\| ")})`}`)
    .join(", ");
  return `| \`${queryType.name}\` | \`${queryType.entity}\` | ${queryType.referenceType ?? ""} | ${fields} |`;
}

function linkRows(resource: ResourceSchema): string[] {
  return resource.links.map(
    (link) =>
      `| \`${resource.element}\` | \`${resource.operation}\` | ${link.rel} | ${link.type ?? ""} | \`${link.operation}\` |`,
  );
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}
