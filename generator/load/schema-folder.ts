/** Reads the schema files of a folder: the one place that says which files of a folder hold schemas. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isSchemaFileName } from "../package-schemas.js";
import { SchemaSourceError } from "../source-error.js";

/** A schema file's name in its folder and its text. */
export interface SchemaText {
  readonly file: string;
  readonly text: string;
}

/**
 * The schema files of a folder (`*.json` files; meta-schemas, `*.schema.json`, are not schema
 * files) in name order; `described` names the folder in messages.
 */
export function readSchemaFiles(folder: string, described = `schema folder "${folder}"`): SchemaText[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new SchemaSourceError(`${described} cannot be read: ${reasonOf(error)}`);
  }
  return names
    .filter((name) => isSchemaFileName(name) && statSync(join(folder, name)).isFile())
    .sort()
    .map((file) => ({ file, text: readText(join(folder, file)) }));
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new SchemaSourceError(`schema file "${path}" cannot be read: ${reasonOf(error)}`);
  }
}

/** Node's reason without its code and syscall: `no such file or directory`. */
function reasonOf(error: unknown): string {
  return (error as Error).message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
}
