/**
 * The operation table the mock serves: `schemas/operations/*.json`, read once per process from the
 * package's own `schemas/` folder (beside `dist/` once installed, at the root of a checkout).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packagePath } from "../cli/package-root.js";
import type {
  LinkSchema,
  OperationFile,
  OperationSchema,
  QueryTypeSchema,
  ResourceSchema,
  ResponseSchema,
} from "../generator/operation-types.js";

export type { LinkSchema, OperationSchema, QueryTypeSchema, ResourceSchema, ResponseSchema };

/** The documented operations, query types and resource links, with lookups. */
export interface OperationTable {
  readonly operations: readonly OperationSchema[];
  readonly queryTypes: readonly QueryTypeSchema[];
  /** An operation by id; throws when the table has none (a mistake of the mock, not of a client). */
  operation(id: string): OperationSchema;
  /** The documented links of the resource a GET operation reads, if its page has a Links table. */
  resource(operationId: string): ResourceSchema | undefined;
}

const META_SCHEMA_FILE = "operations.schema.json";
const loaded = new Map<string, OperationTable>();

/** Reads the table of a folder (the package's `schemas/operations` by default); cached per folder. */
export function loadOperationTable(folder = packagePath("schemas", "operations")): OperationTable {
  let table = loaded.get(folder);
  if (table === undefined) {
    table = indexFiles(readFiles(folder));
    loaded.set(folder, table);
  }
  return table;
}

function readFiles(folder: string): OperationFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json") && name !== META_SCHEMA_FILE)
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")) as OperationFile);
}

function indexFiles(files: readonly OperationFile[]): OperationTable {
  const operations = files.flatMap((file) => file.operations ?? []);
  const queryTypes = files.flatMap((file) => file.queryTypes ?? []);
  const byId = new Map(operations.map((operation) => [operation.id, operation]));
  const resources = new Map(
    files.flatMap((file) => file.resources ?? []).map((resource) => [resource.operation, resource]),
  );
  return {
    operations,
    queryTypes,
    operation(id) {
      const operation = byId.get(id);
      if (operation === undefined) throw new Error(`the operation table has no operation ${id}`);
      return operation;
    },
    resource: (operationId) => resources.get(operationId),
  };
}

/** The answer of an operation for a `format` value (`undefined`: the answer without `format`). */
export function responseFor(operation: OperationSchema, format: string | undefined): ResponseSchema | undefined {
  const wanted = format?.toLowerCase();
  return operation.responses.find((response) => response.format?.toLowerCase() === wanted);
}

/** Whether the operation answers references by default and entities with `format=Entity`. */
export function hasFormats(operation: OperationSchema): boolean {
  return operation.responses.some((response) => response.format !== undefined);
}
