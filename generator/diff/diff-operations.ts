/** The operation part of a diff: operations, query types and resource links, when both sides have them. */
import type { LoadedOperationFile } from "../load/load-operations.js";
import type { SchemaChange } from "./change-kinds.js";
import { compareLinks } from "./compare-links.js";
import { compareOperations, pairOperations } from "./compare-operations.js";
import { compareQueryTypes } from "./compare-query-types.js";
import { operationsView } from "./operation-view.js";

/** The operation files of each side; `undefined` for a side that has none (an XSD, a folder without `operations/`). */
export interface OperationSides {
  readonly old: readonly LoadedOperationFile[] | undefined;
  readonly new: readonly LoadedOperationFile[] | undefined;
}

/**
 * Every change of the operations between two sides, or a note saying why they were not compared:
 * a side without operations would otherwise read as all of them removed or added.
 */
export function diffOperations(sides: OperationSides, docs: boolean): { changes: SchemaChange[]; notes: string[] } {
  if (sides.old === undefined && sides.new === undefined) return { changes: [], notes: [] };
  if (sides.old === undefined || sides.new === undefined) {
    const side = sides.old === undefined ? "old" : "new";
    return { changes: [], notes: [`operations are not compared: the ${side} side has none (an XSD carries none)`] };
  }
  const before = operationsView(sides.old);
  const after = operationsView(sides.new);
  const pairing = pairOperations(before, after);
  const changes = [
    ...compareOperations(before, after, pairing, docs),
    ...compareQueryTypes(before, after, docs),
    ...compareLinks(before, after, pairing, docs),
  ];
  return { changes, notes: [] };
}
