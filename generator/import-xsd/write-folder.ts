/**
 * Writes an imported XSD as a loadable schema folder: one schema file, whose `$schema` refers
 * editors to the package's own meta-schema (the loader checks against that one, so the folder
 * needs no copy of it).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { loadSchemaFolder } from "../load/load-schemas.js";
import { metaSchemaReference } from "../package-schemas.js";
import { importXsdFile } from "./import-xsd.js";

export interface ImportSummary {
  readonly file: string;
  readonly complexTypes: number;
  readonly simpleTypes: number;
  readonly elements: number;
}

/** Imports `xsdPath` into `out/<name>.json`, then loads the folder to prove the result is sound. */
export function importXsdToFolder(xsdPath: string, out: string): ImportSummary {
  const schema = importXsdFile(xsdPath);
  mkdirSync(out, { recursive: true });
  const file = join(out, `${basename(xsdPath).replace(/\.xsd$/i, "")}.json`);
  writeFileSync(file, `${JSON.stringify({ $schema: metaSchemaReference(out), ...schema }, null, 2)}\n`);
  loadSchemaFolder(out);
  return {
    file,
    complexTypes: schema.complexTypes?.length ?? 0,
    simpleTypes: schema.simpleTypes?.length ?? 0,
    elements: schema.elements?.length ?? 0,
  };
}
