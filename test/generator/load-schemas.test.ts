/** The loader: schema folders read, each file checked by the meta-schema, every problem in one SchemaError. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkSchemas, loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { SchemaSourceError } from "../../generator/source-error.js";
import { SchemaError } from "../../runtime/errors.js";
import { assertOnlyProblem, assertProblem, problemsOf, schema, show, VALID_SET } from "./schema-problems.js";

const load = suite("load-schemas");

const SCHEMA_FOLDER = fileURLToPath(new URL("../../schemas/", import.meta.url));

// ---------------------------------------------------------------------------------------------
// accepted

load("loads a valid set of schema files in order, with their contents", () => {
  const loaded = checkSchemas(VALID_SET);
  assert.equal(
    loaded.map((schema) => schema.file),
    ["links.json", "jobs.json"],
  );
  assert.equal(loaded[0]!.schema, JSON.parse(VALID_SET[0]!.text));
  assert.equal(loaded[1]!.schema, JSON.parse(VALID_SET[1]!.text));
});

load("reports a loaded file under its base name", () => {
  const loaded = checkSchemas([{ file: "some/folder/links.json", text: VALID_SET[0]!.text }]);
  assert.equal(
    loaded.map((schema) => schema.file),
    ["links.json"],
  );
});

load("loads the project's own schema folder", () => {
  const loaded = loadSchemaFolder(SCHEMA_FOLDER);
  const files = loaded.map((schema) => schema.file);
  assert.equal(files, [...files].sort());
  for (const file of ["common.json", "job-schedule.json", "nas.json", "jobs.json", "query.json"])
    assert.ok(files.includes(file), file);
  const common = loaded.find((schema) => schema.file === "common.json")!;
  assert.ok(common.schema.complexTypes!.some((type) => type.name === "LinkType"));
  const nas = loaded.find((schema) => schema.file === "nas.json")!;
  assert.ok(nas.schema.elements!.some((element) => element.name === "NASJob"));
});

load("says which schema folder cannot be read, and why", () => {
  const missing = join(tmpdir(), "emx-no-such-schema-folder");
  assert.throws(
    () => loadSchemaFolder(missing),
    (error: unknown) =>
      error instanceof SchemaSourceError &&
      error.message === `schema folder "${missing}" cannot be read: no such file or directory`,
  );
});

load("needs no meta-schema in the folder: the package's own is used", () => {
  const folder = mkdtempSync(join(tmpdir(), "emx-schemas-"));
  try {
    writeFileSync(join(folder, "links.json"), VALID_SET[0]!.text);
    writeFileSync(join(folder, "old.schema.json"), '{ "type": "string" }');
    assert.equal(
      loadSchemaFolder(folder).map((schema) => schema.file),
      ["links.json"],
    );
  } finally {
    rmSync(folder, { recursive: true });
  }
});

// ---------------------------------------------------------------------------------------------
// rejected by the meta-schema

load("rejects text that is not valid JSON", () => {
  const problems = problemsOf({ file: "broken.json", text: '{ "doc": "x", ' });
  assertOnlyProblem(problems, "broken.json", "", "not valid JSON");
});

load("rejects an unknown property at the top level", () => {
  assertOnlyProblem(problemsOf(schema("a.json", { types: [] })), "a.json", "", 'unknown property "types"');
});

load("rejects an unknown property of an attribute", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [{ name: "AType", attributes: [{ name: "A", type: "xs:string", colour: "red" }] }],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/attributes/0", 'unknown property "colour"');
});

load("rejects an unknown property of a complex type", () => {
  const problems = problemsOf(schema("a.json", { complexTypes: [{ name: "AType", colour: "red" }] }));
  assertProblem(problems, "a.json", "/complexTypes/0", 'property "colour" is not allowed here');
  assert.ok(
    problems.every((problem) => problem.file === "a.json" && problem.pointer === "/complexTypes/0"),
    show(problems),
  );
});

load("rejects a file without doc", () => {
  const problems = problemsOf({ file: "a.json", text: JSON.stringify({ complexTypes: [{ name: "AType" }] }) });
  assertOnlyProblem(problems, "a.json", "", 'missing property "doc"');
});

load("rejects an enumeration with no values", () => {
  const problems = problemsOf(
    schema("a.json", { simpleTypes: [{ name: "EmptyEnumeration", base: "xs:string", enumeration: [] }] }),
  );
  assertOnlyProblem(problems, "a.json", "/simpleTypes/0/enumeration", "must not be empty");
});

load("rejects content and simpleContent together", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        { name: "AType", simpleContent: "xs:string", content: { sequence: [{ element: "B", type: "xs:string" }] } },
      ],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/complexTypes/0", "content and simpleContent");
});

load("rejects maxOccurs 0", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [{ name: "AType", content: { sequence: [{ element: "B", type: "xs:string", maxOccurs: 0 }] } }],
    }),
  );
  assertProblem(problems, "a.json", "/complexTypes/0/content/sequence/0/maxOccurs", "must be >= 1");
});

load('rejects maxOccurs "many"', () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        { name: "AType", content: { sequence: [{ element: "B", type: "xs:string", maxOccurs: "many" }] } },
      ],
    }),
  );
  assertProblem(problems, "a.json", "/complexTypes/0/content/sequence/0/maxOccurs", 'must be "unbounded"');
});

load("rejects maxOccurs 0 on a group", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [{ name: "AType", content: { sequence: [{ element: "B", type: "xs:string" }], maxOccurs: 0 } }],
    }),
  );
  assertProblem(problems, "a.json", "/complexTypes/0/content/maxOccurs", "must be >= 1");
  assert.ok(
    problems.every((problem) => problem.pointer === "/complexTypes/0/content/maxOccurs"),
    show(problems),
  );
});

load("reports a bad maxOccurs of an element only at maxOccurs, without the other particle forms' complaints", () => {
  // The element particle is fine but for maxOccurs: the group and `any` branches of the particle
  // `oneOf` (missing sequence, unknown property element, ...) are noise and must be dropped.
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [{ name: "AType", content: { sequence: [{ element: "B", type: "xs:string", maxOccurs: 0 }] } }],
    }),
  );
  assert.equal(
    problems.filter((problem) => problem.pointer !== "/complexTypes/0/content/sequence/0/maxOccurs"),
    [],
    "problems at other places than maxOccurs",
  );
});

// ---------------------------------------------------------------------------------------------
// every problem at once

load("reports several problems in two files together in one SchemaError", () => {
  let caught: unknown;
  try {
    checkSchemas([
      schema("a.json", {
        complexTypes: [
          {
            name: "AType",
            attributes: [{ name: "K", type: "xs:string", use: "required", default: "x" }],
            content: { sequence: [{ element: "B", type: "MissingType" }] },
          },
        ],
        elements: [{ name: "A", type: "AType" }],
      }),
      schema("b.json", {
        simpleTypes: [
          { name: "AType", base: "xs:string" },
          { name: "CodeType", base: "xs:string", pattern: "(" },
        ],
        elements: [{ name: "A", type: "AType" }],
      }),
    ]);
  } catch (error) {
    caught = error;
  }
  assert.instance(caught, SchemaError);
  const error = caught as SchemaError;
  const places = error.problems.map((problem) => `${problem.file}#${problem.pointer}`).sort();
  assert.equal(places, [
    "a.json#/complexTypes/0/attributes/0",
    "a.json#/complexTypes/0/content/sequence/0/type",
    "b.json#/elements/0",
    "b.json#/simpleTypes/0",
    "b.json#/simpleTypes/1/pattern",
  ]);
  assert.is(error.problems.length, 5);
  assert.ok(error.message.startsWith("5 schema problems:\n"), error.message);
  for (const problem of error.problems)
    assert.ok(error.message.includes(`  ${problem.file}#${problem.pointer}: ${problem.message}`), problem.message);
});

load("reports a JSON error in one file together with a reference problem in another", () => {
  const problems = problemsOf(
    { file: "a.json", text: "not json" },
    schema("b.json", { complexTypes: [{ name: "BType", base: "MissingType" }] }),
  );
  assert.is(problems.length, 2, show(problems));
  assertProblem(problems, "a.json", "", "not valid JSON");
  assertProblem(problems, "b.json", "/complexTypes/0/base", 'base type "MissingType"');
});

load("formats a single problem as file#pointer: message", () => {
  let message = "";
  try {
    checkSchemas([schema("a.json", { elements: [{ name: "A", type: "MissingType" }] })]);
  } catch (error) {
    message = (error as Error).message;
  }
  assert.is(
    message,
    'a.json#/elements/0/type: root element type "MissingType" is not a built-in or a type defined in any schema file',
  );
});

load.run();
