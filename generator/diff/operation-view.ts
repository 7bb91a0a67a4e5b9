/**
 * What the operation comparisons read: the operations, query types and resources of one side, each
 * with the operation file it comes from, and how they report a change.
 */
import type { LoadedOperationFile } from "../load/load-operations.js";
import type { OperationSchema, QueryTypeSchema, ResourceSchema } from "../operation-types.js";
import { change, type ChangeKind, type SchemaChange } from "./change-kinds.js";

/** An entry of an operation file with the file's name (`operations/jobs.json`). */
export type InArea<T> = T & { readonly area: string };

export interface OperationsView {
  /** In file order. */
  readonly operations: readonly InArea<OperationSchema>[];
  readonly queryTypes: ReadonlyMap<string, InArea<QueryTypeSchema>>;
  /** By the id of the operation that reads the resource. */
  readonly resources: ReadonlyMap<string, InArea<ResourceSchema>>;
}

/** Builds the view of one side's operation files. */
export function operationsView(files: readonly LoadedOperationFile[]): OperationsView {
  const inArea = <T>(area: string, items: readonly T[] | undefined) => (items ?? []).map((item) => ({ ...item, area }));
  const operations = files.flatMap(({ file, operations }) => inArea(file, operations.operations));
  const queryTypes = files.flatMap(({ file, operations }) => inArea(file, operations.queryTypes));
  const resources = files.flatMap(({ file, operations }) => inArea(file, operations.resources));
  return {
    operations,
    queryTypes: new Map(queryTypes.map((queryType) => [queryType.name, queryType])),
    resources: new Map(resources.map((resource) => [resource.operation, resource])),
  };
}

/** Reports one change of the operations group at a path. */
export type Emit = (kind: ChangeKind, path: string, old?: string, now?: string) => void;

/** An {@link Emit} adding to `changes`, in the operation file `area`. */
export function emitInto(changes: SchemaChange[], area: string): Emit {
  return (kind, path, old, now) => changes.push(change(kind, path, { old, new: now, area, group: "operations" }));
}

/** Reports a doc edit when docs are compared and a page change always. */
export function compareDocAndPage(
  emit: Emit,
  path: string,
  before: { doc?: string; page?: string },
  after: { doc?: string; page?: string },
  docs: boolean,
): void {
  if (before.page !== after.page) emit("page-changed", path, before.page, after.page);
  if (docs && before.doc !== after.doc) emit("doc-changed", path, before.doc, after.doc);
}
