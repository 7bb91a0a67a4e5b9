import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkSchemas, loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { SchemaSourceError } from "../../generator/source-error.js";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";

const load = suite("load-schemas");

const SCHEMA_FOLDER = fileURLToPath(new URL("../../schemas/", import.meta.url));

interface Source {
  file: string;
  text: string;
}

/** A schema file with a `doc` and the given sections. */
function schema(file: string, sections: object): Source {
  return { file, text: JSON.stringify({ doc: "A schema of the tests.", ...sections }, null, 2) };
}

/** The problems of the SchemaError that checking `sources` throws. */
function problemsOf(...sources: Source[]): readonly SchemaProblem[] {
  try {
    checkSchemas(sources);
  } catch (error) {
    assert.instance(error, SchemaError);
    const schemaError = error as SchemaError;
    assert.is(schemaError.name, "SchemaError");
    return schemaError.problems;
  }
  assert.unreachable("expected a SchemaError, the schemas were accepted");
  return [];
}

const show = (problems: readonly SchemaProblem[]) => JSON.stringify(problems, null, 2);

/** Asserts that one problem has this file and pointer and a message containing `fragment`. */
function assertProblem(problems: readonly SchemaProblem[], file: string, pointer: string, fragment: string): void {
  const found = problems.some(
    (problem) => problem.file === file && problem.pointer === pointer && problem.message.includes(fragment),
  );
  assert.ok(found, `no problem at ${file}#${pointer} saying ${JSON.stringify(fragment)} in ${show(problems)}`);
}

/** Asserts that checking gives exactly one problem, with this file, pointer and message fragment. */
function assertOnlyProblem(problems: readonly SchemaProblem[], file: string, pointer: string, fragment: string): void {
  assert.is(problems.length, 1, `expected one problem, got ${show(problems)}`);
  assert.is(problems[0]!.file, file);
  assert.is(problems[0]!.pointer, pointer);
  assert.ok(
    problems[0]!.message.includes(fragment),
    `message ${JSON.stringify(problems[0]!.message)} lacks ${JSON.stringify(fragment)}`,
  );
}

/** A set of two files that uses every section of the format, valid as a whole. */
const VALID_SET: Source[] = [
  schema("links.json", {
    simpleTypes: [
      { name: "UrlType", base: "xs:string", doc: "An address." },
      { name: "RelEnumeration", base: "xs:string", enumeration: ["Up", "Down"] },
      { name: "UidType", base: "UrlType", pattern: "^urn:veeam:[A-Za-z]+:[0-9a-f-]+$" },
    ],
    complexTypes: [
      { name: "ListType", abstract: true },
      {
        name: "LinkType",
        attributes: [
          { name: "Href", type: "UrlType", use: "required" },
          { name: "Rel", type: "RelEnumeration", default: "Down" },
        ],
      },
      {
        name: "LinkListType",
        content: { sequence: [{ element: "Link", type: "LinkType", minOccurs: 0, maxOccurs: "unbounded" }] },
      },
    ],
  }),
  schema("jobs.json", {
    complexTypes: [
      {
        name: "JobType",
        attributes: [{ name: "UID", type: "UidType", use: "required" }],
        content: {
          sequence: [
            { element: "Name", type: "xs:string" },
            { element: "Links", type: "LinkListType", minOccurs: 0 },
            {
              choice: [
                { element: "Daily", type: "xs:time" },
                { element: "Periodically", type: "xs:duration" },
              ],
              minOccurs: 0,
            },
            {
              element: "Options",
              complexType: {
                attributes: [{ name: "Retries", type: "xs:int" }],
                content: { sequence: [{ any: "##other", minOccurs: 0 }] },
              },
            },
          ],
        },
      },
      {
        name: "JobListType",
        base: "ListType",
        content: { choice: [{ element: "Job", type: "JobType", minOccurs: 0, maxOccurs: "unbounded" }] },
      },
      { name: "NoteType", simpleContent: "xs:string", attributes: [{ name: "Lang", type: "xs:string" }] },
    ],
    elements: [
      { name: "Job", type: "JobType", linkTypes: ["Job"] },
      { name: "Jobs", type: "JobListType" },
      { name: "Note", type: "NoteType" },
    ],
  }),
];

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
// rejected by the checks across files

load("rejects minOccurs greater than maxOccurs", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        { name: "AType", content: { sequence: [{ element: "B", type: "xs:string", minOccurs: 3, maxOccurs: 2 }] } },
        { name: "CType", content: { sequence: [{ element: "D", type: "xs:string", minOccurs: 2 }] } },
      ],
    }),
  );
  assert.is(problems.length, 2, show(problems));
  assertProblem(problems, "a.json", "/complexTypes/0/content/sequence/0", "minOccurs 3 is greater than maxOccurs 2");
  assertProblem(problems, "a.json", "/complexTypes/1/content/sequence/0", "minOccurs 2 is greater than maxOccurs 1");
});

const UNKNOWN_REFERENCES: [string, object, string, string][] = [
  [
    "an element",
    { complexTypes: [{ name: "AType", content: { sequence: [{ element: "B", type: "MissingType" }] } }] },
    "/complexTypes/0/content/sequence/0/type",
    'element type "MissingType" is not a built-in or a type defined in any schema file',
  ],
  [
    "an attribute",
    { complexTypes: [{ name: "AType", attributes: [{ name: "B", type: "MissingType" }] }] },
    "/complexTypes/0/attributes/0/type",
    'attribute type "MissingType" is not a built-in',
  ],
  [
    "an attribute of an anonymous type",
    {
      complexTypes: [
        {
          name: "AType",
          content: { sequence: [{ element: "B", complexType: { attributes: [{ name: "C", type: "MissingType" }] } }] },
        },
      ],
    },
    "/complexTypes/0/content/sequence/0/complexType/attributes/0/type",
    'attribute type "MissingType" is not a built-in',
  ],
  [
    "a base",
    { complexTypes: [{ name: "AType", base: "MissingType" }] },
    "/complexTypes/0/base",
    'base type "MissingType" is not a built-in',
  ],
  [
    "a simple type's base",
    { simpleTypes: [{ name: "S", base: "MissingType" }] },
    "/simpleTypes/0/base",
    'base type "MissingType" is not a built-in',
  ],
  [
    "a root element",
    { elements: [{ name: "A", type: "MissingType" }] },
    "/elements/0/type",
    'root element type "MissingType" is not a built-in',
  ],
];

for (const [where, sections, pointer, fragment] of UNKNOWN_REFERENCES) {
  load(`rejects an unknown type reference in ${where}`, () => {
    assertOnlyProblem(problemsOf(schema("a.json", sections)), "a.json", pointer, fragment);
  });
}

load("resolves a type reference to another file", () => {
  const loaded = checkSchemas([
    schema("a.json", { complexTypes: [{ name: "AType", base: "BType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType" }] }),
  ]);
  assert.is(loaded.length, 2);
});

load("rejects a type defined twice in one file", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType" }, { name: "AType", abstract: true }] }),
  );
  assertOnlyProblem(
    problems,
    "a.json",
    "/complexTypes/1",
    "type AType is defined twice (also at a.json#/complexTypes/0)",
  );
});

load("rejects a type defined twice across two files", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType" }] }),
    schema("b.json", { simpleTypes: [{ name: "AType", base: "xs:string" }] }),
  );
  assertOnlyProblem(
    problems,
    "b.json",
    "/simpleTypes/0",
    "type AType is defined twice (also at a.json#/complexTypes/0)",
  );
});

load("rejects a root element declared twice", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType" }], elements: [{ name: "A", type: "AType" }] }),
    schema("b.json", {
      elements: [
        { name: "B", type: "AType" },
        { name: "A", type: "AType" },
      ],
    }),
  );
  assertOnlyProblem(problems, "b.json", "/elements/1", "root element A is declared twice (also at a.json#/elements/0)");
});

load("rejects a root element declared twice in one file", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [{ name: "AType" }],
      elements: [
        { name: "A", type: "AType" },
        { name: "A", type: "AType" },
      ],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/elements/1", "root element A is declared twice (also at a.json#/elements/0)");
});

load("rejects an attribute declared twice", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        {
          name: "AType",
          attributes: [
            { name: "Name", type: "xs:string" },
            { name: "Size", type: "xs:int" },
            { name: "Name", type: "xs:int" },
          ],
        },
      ],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/attributes/2", "attribute Name is declared twice");
});

load("rejects a required attribute with a default", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        { name: "AType", attributes: [{ name: "Name", type: "xs:string", use: "required", default: "x" }] },
      ],
    }),
  );
  assertOnlyProblem(
    problems,
    "a.json",
    "/complexTypes/0/attributes/0",
    "attribute Name is required, so it cannot have a default",
  );
});

load("rejects a complex type used as an attribute type", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [{ name: "LinkType" }, { name: "AType", attributes: [{ name: "Link", type: "LinkType" }] }],
    }),
  );
  assertOnlyProblem(
    problems,
    "a.json",
    "/complexTypes/1/attributes/0/type",
    "attribute type LinkType is a complex type; a simple type is needed here",
  );
});

load("rejects a simple type used as the base of a complex type", () => {
  const problems = problemsOf(
    schema("a.json", {
      simpleTypes: [{ name: "UrlType", base: "xs:string" }],
      complexTypes: [{ name: "AType", base: "UrlType" }],
    }),
  );
  assertOnlyProblem(
    problems,
    "a.json",
    "/complexTypes/0/base",
    "base type UrlType is a simple type; a complex type is needed here",
  );
});

load("rejects a built-in type used as the base of a complex type", () => {
  const problems = problemsOf(schema("a.json", { complexTypes: [{ name: "AType", base: "xs:string" }] }));
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/base", "base type xs:string is a simple type");
});

load("rejects a base chain that loops on itself", () => {
  const problems = problemsOf(schema("a.json", { complexTypes: [{ name: "AType", base: "AType" }] }));
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/base", "type AType extends itself");
});

load("rejects a base chain that loops through two types", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        { name: "AType", base: "BType" },
        { name: "BType", base: "AType" },
      ],
    }),
  );
  assert.is(problems.length, 2, show(problems));
  assertProblem(problems, "a.json", "/complexTypes/0/base", "type AType extends itself");
  assertProblem(problems, "a.json", "/complexTypes/1/base", "type BType extends itself");
});

load("rejects a base chain that loops across two files", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType", base: "BType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType", base: "AType" }] }),
  );
  assert.is(problems.length, 2, show(problems));
  assertProblem(problems, "a.json", "/complexTypes/0/base", "type AType extends itself");
  assertProblem(problems, "b.json", "/complexTypes/0/base", "type BType extends itself");
});

load("rejects bases that lead from file to file back to the first, at the base that leaves it", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AOneType", base: "BTwoType" }, { name: "ATwoType" }] }),
    schema("b.json", { complexTypes: [{ name: "BOneType", base: "ATwoType" }, { name: "BTwoType" }] }),
  );
  assertOnlyProblem(
    problems,
    "a.json",
    "/complexTypes/0/base",
    "base types form a cycle between files (a.json -> b.json -> a.json); move the bases into one file",
  );
});

load("rejects a cycle of bases through three files", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType", base: "BBaseType" }, { name: "ABaseType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType", base: "CBaseType" }, { name: "BBaseType" }] }),
    schema("c.json", { complexTypes: [{ name: "CType", base: "ABaseType" }, { name: "CBaseType" }] }),
  );
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/base", "(a.json -> b.json -> c.json -> a.json)");
});

load("rejects a cycle of bases that an anonymous type closes", () => {
  const holder = {
    name: "HolderType",
    content: { sequence: [{ element: "Part", complexType: { base: "BBaseType" } }] },
  };
  const problems = problemsOf(
    schema("a.json", { complexTypes: [holder, { name: "ABaseType" }] }),
    schema("b.json", { complexTypes: [{ name: "BBaseType", base: "ABaseType" }] }),
  );
  assertOnlyProblem(
    problems,
    "a.json",
    "/complexTypes/0/content/sequence/0/complexType/base",
    "(a.json -> b.json -> a.json)",
  );
});

load("accepts bases in other files when no chain leads back", () => {
  const loaded = checkSchemas([
    schema("a.json", { complexTypes: [{ name: "AType", base: "BType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType", base: "CType" }] }),
    schema("c.json", { complexTypes: [{ name: "CType" }] }),
  ]);
  assert.is(loaded.length, 3);
});

load("rejects an invalid regular-expression pattern", () => {
  const problems = problemsOf(
    schema("a.json", { simpleTypes: [{ name: "CodeType", base: "xs:string", pattern: "[a-" }] }),
  );
  assertOnlyProblem(problems, "a.json", "/simpleTypes/0/pattern", "pattern is not a valid regular expression");
});

load("rejects an enumeration together with a pattern", () => {
  const problems = problemsOf(
    schema("a.json", {
      simpleTypes: [{ name: "CodeType", base: "xs:string", enumeration: ["A"], pattern: "^[A-Z]$" }],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/simpleTypes/0", "has both an enumeration and a pattern");
});

load("rejects elements added to a type whose base has simple content", () => {
  const problems = problemsOf(
    schema("a.json", {
      complexTypes: [
        { name: "NoteType", simpleContent: "xs:string" },
        { name: "LongNoteType", base: "NoteType", content: { sequence: [{ element: "More", type: "xs:string" }] } },
      ],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/complexTypes/1/content", "base type NoteType has simple content");
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
