/** Compares the query types of the query service: their roots and the fields a filter or sort may name. */
import type { QueryFieldSchema, QueryTypeSchema } from "../operation-types.js";
import type { ChangeKind, SchemaChange } from "./change-kinds.js";
import { compareAllowedValues } from "./compare-requests.js";
import { compareDocAndPage, emitInto, type Emit, type OperationsView } from "./operation-view.js";

/** Every change of the query types between two sides, by name (`type=BackupJob`). */
export function compareQueryTypes(before: OperationsView, after: OperationsView, docs: boolean): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const path = (queryType: QueryTypeSchema) => `type=${queryType.name}`;
  for (const [name, old] of before.queryTypes) {
    const now = after.queryTypes.get(name);
    if (now === undefined) {
      emitInto(changes, old.area)("query-type-removed", path(old), describeRoots(old));
      continue;
    }
    const emit = emitInto(changes, now.area);
    if (describeRoots(old) !== describeRoots(now))
      emit("query-type-retyped", path(now), describeRoots(old), describeRoots(now));
    compareDocAndPage(emit, path(now), old, now, docs);
    compareFields(path(now), old.fields, now.fields, { emit, docs });
  }
  for (const [name, now] of after.queryTypes)
    if (!before.queryTypes.has(name))
      emitInto(changes, now.area)("query-type-added", path(now), undefined, describeRoots(now));
  return changes;
}

/** `Job in Jobs, references JobReference`. */
function describeRoots(queryType: QueryTypeSchema): string {
  const entities = queryType.entities === undefined ? "" : ` in ${queryType.entities}`;
  const references = queryType.referenceType === undefined ? "" : `, references ${queryType.referenceType}`;
  return `${queryType.entity}${entities}${references}`;
}

/** What a filter or sort may do with a field, and the kinds of gaining and losing it. */
const USE_KINDS = [
  ["filterable", ["query-field-now-filterable", "query-field-no-longer-filterable"]],
  ["sortable", ["query-field-now-sortable", "query-field-no-longer-sortable"]],
] as const satisfies readonly (readonly [keyof QueryFieldSchema, readonly [ChangeKind, ChangeKind]])[];

function compareFields(
  typePath: string,
  before: readonly QueryFieldSchema[],
  after: readonly QueryFieldSchema[],
  { emit, docs }: { emit: Emit; docs: boolean },
): void {
  const path = (field: QueryFieldSchema) => `${typePath}/${field.name}`;
  for (const was of before) {
    const is = after.find((field) => field.name === was.name);
    if (is === undefined) {
      emit("query-field-removed", path(was), describeField(was));
      continue;
    }
    if (was.type !== is.type) emit("query-field-retyped", path(is), was.type, is.type);
    for (const [use, [gained, lost]] of USE_KINDS)
      if (was[use] !== is[use]) emit(is[use] ? gained : lost, path(is), describeField(was), describeField(is));
    compareAllowedValues(emit, path(is), was.values, is.values);
    if (docs && was.doc !== is.doc) emit("doc-changed", path(is), was.doc, is.doc);
  }
  for (const is of after)
    if (!before.some((field) => field.name === is.name))
      emit("query-field-added", path(is), undefined, describeField(is));
}

/** `xs:string, filterable, sortable`. */
function describeField(field: QueryFieldSchema): string {
  const uses = [...(field.filterable ? ["filterable"] : []), ...(field.sortable ? ["sortable"] : [])];
  return [field.type, ...uses].join(", ");
}
