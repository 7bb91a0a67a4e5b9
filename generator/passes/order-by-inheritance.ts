/** Orders the classes of each file so a base comes before the classes that extend it. */
import { SchemaError } from "../../runtime/errors.js";
import { classIndex, type IrClass, type IrModel } from "../ir.js";

export function orderByInheritance(model: IrModel): IrModel {
  const all = classIndex(model);
  const fileOf = new Map<string, string>();
  for (const file of model.files) for (const type of file.classes) fileOf.set(type.schemaName, file.source);
  checkModuleCycles(model, all, fileOf);
  return {
    ...model,
    files: model.files.map((file) => {
      const local = new Map(file.classes.map((type) => [type.schemaName, type]));
      const ordered: IrClass[] = [];
      const placed = new Set<string>();
      const place = (type: IrClass) => {
        if (placed.has(type.schemaName)) return;
        placed.add(type.schemaName);
        const base = type.base === undefined ? undefined : local.get(type.base);
        if (base !== undefined) place(base);
        ordered.push(type);
      };
      for (const type of file.classes) place(type);
      return { ...file, classes: ordered };
    }),
  };
}

/** A class may extend a class of another module only if no chain of extends leads back. */
function checkModuleCycles(model: IrModel, all: Map<string, IrClass>, fileOf: Map<string, string>): void {
  const edges = new Map<string, Set<string>>();
  for (const file of model.files) {
    const targets = new Set<string>();
    for (const type of file.classes) {
      if (type.base === undefined) continue;
      const baseFile = fileOf.get(type.base)!;
      if (baseFile !== file.source && all.has(type.base)) targets.add(baseFile);
    }
    edges.set(file.source, targets);
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (source: string, path: string[]): void => {
    if (done.has(source)) return;
    if (visiting.has(source)) {
      const cycle = [...path.slice(path.indexOf(source)), source].join(" -> ");
      throw new SchemaError([
        {
          file: source,
          pointer: "",
          message: `base types form a cycle between files (${cycle}); move the bases into one file`,
        },
      ]);
    }
    visiting.add(source);
    for (const target of edges.get(source) ?? []) visit(target, [...path, source]);
    visiting.delete(source);
    done.add(source);
  };
  for (const file of model.files) visit(file.source, []);
}
