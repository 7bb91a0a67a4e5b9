/**
 * From loaded schemas to the final IR: lowering, then the passes in their order. Free of the emit
 * toolchain (ts-morph, prettier), so that what only needs the IR (the diff, the merge) runs from an
 * installed package without it.
 */
import type { IrModel } from "./ir.js";
import type { LoadedSchema } from "./load/load-schemas.js";
import { lower } from "./lower/lower.js";
import { allocateNames } from "./passes/allocate-names.js";
import { collapseWrappers } from "./passes/collapse-wrappers.js";
import { orderByInheritance } from "./passes/order-by-inheritance.js";
import { reservedNames } from "./reserved-names.js";

/** A pass over the IR, under the name of its file. */
export interface IrPass {
  readonly name: string;
  readonly run: (model: IrModel) => IrModel;
}

/** The passes, in the order they run. */
export const PASSES: readonly IrPass[] = [
  { name: "collapse-wrappers", run: collapseWrappers },
  { name: "allocate-names", run: allocateNames },
  { name: "order-by-inheritance", run: orderByInheritance },
];

/** Builds the IR of a set of loaded schemas, passes applied. */
export function buildModel(schemas: readonly LoadedSchema[]): IrModel {
  return PASSES.reduce((model, pass) => pass.run(model), lower(schemas, reservedNames()));
}
