/**
 * Compares the operations of two sides. An operation is the same one when its id is; else, when
 * its method, path (as EM matches it) and action are, so that a new id alone reads as a rename.
 */
import { operationKey } from "../load/check-operations.js";
import type { OperationSchema, PathParameterSchema } from "../operation-types.js";
import type { SchemaChange } from "./change-kinds.js";
import { compareAnswers } from "./compare-answers.js";
import { compareRequest } from "./compare-requests.js";
import { compareDocAndPage, emitInto, type Emit, type InArea, type OperationsView } from "./operation-view.js";
import { pairByKey } from "./pair-by-key.js";

/** The operations of two sides paired, and the ids that changed (old id to new id). */
export interface OperationPairing {
  readonly pairs: readonly (readonly [InArea<OperationSchema>, InArea<OperationSchema>])[];
  readonly removed: readonly InArea<OperationSchema>[];
  readonly added: readonly InArea<OperationSchema>[];
  readonly renamed: ReadonlyMap<string, string>;
}

/** Pairs the operations of two sides by id, then by method, path and action. */
export function pairOperations(before: OperationsView, after: OperationsView): OperationPairing {
  const pairing = pairByKey(before.operations, after.operations, [
    (operation) => operation.id,
    (operation) => operationKey(operation),
  ]);
  const renamed = new Map(
    pairing.pairs.filter(([old, now]) => old.id !== now.id).map(([old, now]) => [old.id, now.id]),
  );
  return { ...pairing, renamed };
}

/** Every change of the operations between two sides. */
export function compareOperations(
  before: OperationsView,
  after: OperationsView,
  pairing: OperationPairing,
  docs: boolean,
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const old of pairing.removed) emitInto(changes, old.area)("operation-removed", old.id, describeTarget(old));
  for (const now of pairing.added)
    emitInto(changes, now.area)("operation-added", now.id, undefined, describeTarget(now));
  const queryTypeNames = { old: [...before.queryTypes.keys()], new: [...after.queryTypes.keys()] };
  for (const [old, now] of pairing.pairs) {
    const emit = emitInto(changes, now.area);
    if (old.id !== now.id) emit("operation-renamed", now.id, old.id, now.id);
    if (old.method !== now.method) emit("operation-method-changed", now.id, old.method, now.method);
    // Compared as EM matches paths: the case of literal segments and the names of parameters do not count.
    if (operationKey({ ...now, method: old.method }) !== operationKey(old))
      emit("operation-path-changed", now.id, pathAndAction(old), pathAndAction(now));
    if (describeParameters(old) !== describeParameters(now))
      emit("path-parameters-changed", now.id, describeParameters(old), describeParameters(now));
    if (old.authentication !== now.authentication)
      emit("authentication-changed", now.id, old.authentication, now.authentication);
    if (docs) comparePathParameterDocs(old, now, emit);
    compareRequest(old, now, { emit, docs, queryTypeNames });
    compareAnswers(old, now, emit);
    compareDocAndPage(emit, now.id, old, now, docs);
  }
  return changes;
}

/** `POST /jobs/{ID}?action=start`. */
function describeTarget(operation: OperationSchema): string {
  return `${operation.method} ${pathAndAction(operation)}`;
}

function pathAndAction(operation: OperationSchema): string {
  return operation.action === undefined ? operation.path : `${operation.path}?action=${operation.action}`;
}

/** `jobID: xs:string, filepath: xs:string (spans segments)`, or `none`. */
function describeParameters(operation: OperationSchema): string {
  const describe = (parameter: PathParameterSchema) =>
    `${parameter.name}: ${parameter.type}${parameter.spansSegments === true ? " (spans segments)" : ""}`;
  return (operation.pathParameters ?? []).map(describe).join(", ") || "none";
}

/** Doc edits of the path parameters both sides name alike (`getJob/{ID}`). */
function comparePathParameterDocs(old: OperationSchema, now: OperationSchema, emit: Emit): void {
  for (const was of old.pathParameters ?? []) {
    const is = now.pathParameters?.find((parameter) => parameter.name === was.name);
    if (is !== undefined && is.doc !== was.doc) emit("doc-changed", `${now.id}/{${is.name}}`, was.doc, is.doc);
  }
}
