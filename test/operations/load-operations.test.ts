/**
 * The operation meta-schema and loader: a valid set of our own operation files loads; each kind
 * of mistake is reported at its file and JSON pointer, all of them at once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { checkOperations } from "../../generator/load/load-operations.js";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import {
  JOB_OPERATIONS,
  operationFile,
  problemsOf,
  projectOperationFiles,
  TYPE_SCHEMA,
  TYPES,
  VALID_FILES,
} from "./operation-fixtures.js";

const show = (problems: readonly SchemaProblem[]) => JSON.stringify(problems, null, 2);

/** Asserts exactly one problem, at this file and pointer, with a message holding `fragment`. */
function assertOnlyProblem(problems: readonly SchemaProblem[], file: string, pointer: string, fragment: string) {
  assert.is(problems.length, 1, `expected one problem, got ${show(problems)}`);
  assert.is(problems[0]!.file, file);
  assert.is(problems[0]!.pointer, pointer);
  assert.ok(
    problems[0]!.message.includes(fragment),
    `${JSON.stringify(problems[0]!.message)} lacks ${JSON.stringify(fragment)}`,
  );
}

const loader = suite("operation loader");

loader("loads a valid set of operation files with their operations, query types and resources", () => {
  const loaded = checkOperations(VALID_FILES, TYPES);
  assert.equal(
    loaded.map((file) => file.file),
    ["operations/jobs.json", "operations/query.json"],
  );
  assert.equal(
    loaded[0]!.operations.operations!.map((operation) => operation.id),
    ["getJobs", "getJob", "startJob", "getJobInclude"],
  );
  assert.is(loaded[1]!.operations.queryTypes![0]!.fields[1]!.values!.join(","), "Backup,Replica");
  assert.is(loaded[0]!.operations.resources![0]!.links[0]!.operation, "startJob");
});

loader("loads the project's operation files, checked against the project's types", () => {
  const files = projectOperationFiles();
  const operations = files.flatMap((file) => file.operations.operations ?? []);
  assert.is(files.length, 13);
  assert.ok(operations.length > 300, `${operations.length} operations`);
  assert.ok(files.every((file) => file.file.startsWith("operations/")));
});

loader("reports an operation file problem through loadSchemaFolder, as operations/<file>", () => {
  const folder = mkdtempSync(join(tmpdir(), "emx-operations-"));
  try {
    writeFileSync(join(folder, "jobs.json"), TYPE_SCHEMA.text);
    mkdirSync(join(folder, "operations"));
    writeFileSync(join(folder, "operations", "jobs.json"), operationFile({ operations: [{ id: "getJobs" }] }));
    let caught: unknown;
    try {
      loadSchemaFolder(folder);
    } catch (error) {
      caught = error;
    }
    assert.instance(caught, SchemaError);
    assert.ok((caught as SchemaError).problems.some((problem) => problem.file === "operations/jobs.json"));
    assert.is(loadSchemaFolder(folder, { operations: false }).length, 1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

loader.run();

const meta = suite("operation meta-schema");

const GET_JOBS = JOB_OPERATIONS[0]!;

const META_CASES: [string, object, string, string][] = [
  ["a missing id", { ...GET_JOBS, id: undefined }, "/operations/0", 'missing property "id"'],
  ["an id that is not camelCase", { ...GET_JOBS, id: "GetJobs" }, "/operations/0/id", "must match pattern"],
  ["an unknown method", { ...GET_JOBS, method: "PATCH" }, "/operations/0/method", 'must be one of "GET", "POST"'],
  ["a path without its leading slash", { ...GET_JOBS, path: "jobs" }, "/operations/0/path", "must match pattern"],
  ["an unknown property", { ...GET_JOBS, verb: "get" }, "/operations/0", 'unknown property "verb"'],
  ["no answers", { ...GET_JOBS, responses: [] }, "/operations/0/responses", "must not be empty"],
  [
    "an error status as an answer",
    { ...GET_JOBS, responses: [{ status: 404 }] },
    "/operations/0/responses/0/status",
    "must be <= 299",
  ],
  [
    "an unknown authentication",
    { ...GET_JOBS, authentication: "token" },
    "/operations/0/authentication",
    "must be one of",
  ],
  ["a page that is not a file name", { ...GET_JOBS, page: "Get Jobs" }, "/operations/0/page", "must match pattern"],
];

for (const [what, operation, pointer, fragment] of META_CASES) {
  meta(`rejects ${what} at its place`, () => {
    assertOnlyProblem(
      problemsOf([{ file: "a.json", text: operationFile({ operations: [operation] }) }]),
      "a.json",
      pointer,
      fragment,
    );
  });
}

meta("rejects a file that is not JSON", () => {
  assertOnlyProblem(problemsOf([{ file: "a.json", text: "{" }]), "a.json", "", "not valid JSON");
});

meta("rejects a file without doc", () => {
  assertOnlyProblem(
    problemsOf([{ file: "a.json", text: JSON.stringify({ operations: [] }) }]),
    "a.json",
    "",
    'missing property "doc"',
  );
});

meta.run();
