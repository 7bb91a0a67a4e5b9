/** Writes an imported XSD as a loadable schema folder: the schema file and the meta-schema beside it. */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadSchemaFolder } from "../load/load-schemas.js";
import { importXsdFile } from "./import-xsd.js";

export interface ImportSummary {
  readonly file: string;
  readonly complexTypes: number;
  readonly simpleTypes: number;
  readonly elements: number;
}

/** Imports `xsdPath` into `out/<name>.json`, then loads the folder to prove the result is sound. */
export function importXsdToFolder(xsdPath: string, out: string, metaSchemaPath: string): ImportSummary {
  const schema = importXsdFile(xsdPath);
  mkdirSync(out, { recursive: true });
  const file = join(out, `${basename(xsdPath).replace(/\.xsd$/i, "")}.json`);
  writeFileSync(file, `${JSON.stringify({ $schema: "./schema.schema.json", ...schema }, null, 2)}\n`);
  copyFileSync(metaSchemaPath, join(out, "schema.schema.json"));
  loadSchemaFolder(out);
  return {
    file,
    complexTypes: schema.complexTypes?.length ?? 0,
    simpleTypes: schema.simpleTypes?.length ?? 0,
    elements: schema.elements?.length ?? 0,
  };
}
