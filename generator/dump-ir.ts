/**
 * `emx generate --dump-ir`: the IR of a schema folder as JSON, after lowering or after any pass,
 * whole or narrowed to the declarations of one name, to see what a pass did and what emit is given.
 */
import { PASSES } from "./build-model.js";
import type { IrFile, IrModel } from "./ir.js";
import { loadSchemaFolder, type LoadedSchema } from "./load/load-schemas.js";
import { lower } from "./lower/lower.js";
import { reservedNames } from "./reserved-names.js";

/** The stages the IR can be shown after: lowering, then each pass in order. */
export const IR_STAGES: readonly string[] = ["lower", ...PASSES.map((pass) => pass.name)];

export interface DumpOptions {
  /** The stage to stop after (one of {@link IR_STAGES}); the last pass by default. */
  readonly after?: string;
  /** Only the classes, simple types and root elements of this schema or TypeScript name, in their files. */
  readonly name?: string;
}

/** The IR of a schema folder as JSON; a property the IR leaves undefined shows as `null`, not absent. */
export function dumpIr(schemas: string, options: DumpOptions = {}): string {
  const model = modelAfter(loadSchemaFolder(schemas), options.after ?? IR_STAGES[IR_STAGES.length - 1]!);
  const shown = options.name === undefined ? model : { files: narrowed(model.files, options.name) };
  return `${JSON.stringify(shown, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`;
}

function modelAfter(schemas: readonly LoadedSchema[], stage: string): IrModel {
  if (!IR_STAGES.includes(stage))
    throw new RangeError(`stage ${JSON.stringify(stage)} is not one of ${IR_STAGES.join(", ")}`);
  let model = lower(schemas, reservedNames());
  for (const pass of PASSES.slice(0, IR_STAGES.indexOf(stage))) model = pass.run(model);
  return model;
}

/** The files that declare something of the name, with only those declarations. */
function narrowed(files: readonly IrFile[], name: string): IrFile[] {
  const named = (item: { schemaName: string; tsName: string }) => item.schemaName === name || item.tsName === name;
  return files
    .map((file) => ({
      ...file,
      simpleTypes: file.simpleTypes.filter(named),
      classes: file.classes.filter(named),
      roots: file.roots.filter((root) => root.element === name || root.type === name),
    }))
    .filter((file) => file.simpleTypes.length + file.classes.length + file.roots.length > 0);
}
