/** Writes the schema folder as one XSD file, creating its folder when needed. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { loadSchemaFolder } from "../load/load-schemas.js";
import { exportXsd } from "./export-xsd.js";

export interface ExportSummary {
  readonly file: string;
  readonly complexTypes: number;
  readonly simpleTypes: number;
  readonly elements: number;
}

/** Loads and checks the schema files of `schemasFolder`, and writes their XSD to `out`. */
export function writeXsdFile(schemasFolder: string, out: string): ExportSummary {
  const schemas = loadSchemaFolder(schemasFolder);
  const text = exportXsd(schemas);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const count = (key: "complexTypes" | "simpleTypes" | "elements") =>
    schemas.reduce((total, { schema }) => total + (schema[key]?.length ?? 0), 0);
  return {
    file: out,
    complexTypes: count("complexTypes"),
    simpleTypes: count("simpleTypes"),
    elements: count("elements"),
  };
}
