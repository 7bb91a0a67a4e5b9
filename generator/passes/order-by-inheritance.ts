/**
 * Orders the classes of each file so a base comes before the classes that extend it (a class
 * cannot extend one defined later in its module). Bases in other files are the loader's concern:
 * it rejects base chains that lead back to the file they started in.
 */
import type { IrClass, IrModel } from "../ir.js";

export function orderByInheritance(model: IrModel): IrModel {
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
