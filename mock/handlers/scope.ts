/** The records a request path names: each path parameter bound to the family whose item path ends there. */
import type { MockState, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import type { FamilySpec } from "../family.js";
import { hasFormats, responseFor, type OperationSchema } from "../operation-table.js";
import { queryParameter } from "../query-parameters.js";
import type { StoreRecord } from "../store.js";

/**
 * The records of the request's path, outermost first (`/jobs/{jobID}/includes/{ID}`: the job, then
 * the include); 404 when one does not exist or does not belong to the one before it.
 */
export function scopeOf(request: OperationRequest, state: MockState): StoreRecord[] {
  const template = request.route.template;
  const records: StoreRecord[] = [];
  let next = 0;
  template.segments.forEach((segment, index) => {
    if (segment.kind !== "parameter") return;
    const value = request.values[next++]!;
    const family = state.families.atPrefix(template, index + 1);
    if (family === undefined) return;
    const record = state.store.get(family.name, value);
    const parent = records.at(-1);
    if (record === undefined || (parent !== undefined && state.families.related(record, parent.family) !== parent))
      throw new EmError(404, `${labelOf(state, family)} ${value} was not found`);
    records.push(record);
  });
  return records;
}

/** The record a request's path ends at. */
export function targetOf(request: OperationRequest, state: MockState): StoreRecord {
  const record = scopeOf(request, state).at(-1);
  if (record === undefined) throw new Error(`${request.operation.id} names no record in its path`);
  return record;
}

/** How a family is named in messages: its entity Type (`Job`, `NasJob`, `CloudTenant`). */
export function labelOf(state: MockState, family: FamilySpec): string {
  if (family.entityType !== undefined) return family.entityType;
  const operation = state.table.operation(family.item);
  const reference = operation.responses.find((response) => response.referenceType !== undefined)?.referenceType;
  return reference?.replace(/Reference$/, "") ?? operation.responses[0]?.element ?? family.name;
}

/**
 * Whether the request asks for entities: `format=Entity` on an operation that answers references
 * by default. Any other value of `format` there is a 400; operations without formats ignore it.
 */
export function wantsEntities(operation: OperationSchema, search: URLSearchParams): boolean {
  if (!hasFormats(operation)) return true;
  const format = queryParameter(search, "format");
  if (format === undefined) return false;
  if (responseFor(operation, format) !== undefined) return true;
  const known = operation.responses.flatMap((response) => (response.format === undefined ? [] : [response.format]));
  throw new EmError(
    400,
    `Unknown format "${format}"; use format=${known.join(" or ")} for entities, or no format for references`,
  );
}

/** The root element an operation answers with, for a format (the entity form, or the only answer). */
export function answerElement(operation: OperationSchema, entities: boolean): string {
  const answer = entities
    ? (operation.responses.find((response) => response.format !== undefined) ?? operation.responses[0])
    : operation.responses.find((response) => response.format === undefined);
  if (answer?.element === undefined) throw new Error(`${operation.id} answers no document`);
  return answer.element;
}
