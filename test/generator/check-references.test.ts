/** The checks of a schema set across its files: names, references, occurs, base chains and cycles. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkSchemas } from "../../generator/load/load-schemas.js";
import { assertOnlyProblem, assertProblem, problemsOf, schema, show } from "./schema-problems.js";

const checking = suite("check-references");

// ---------------------------------------------------------------------------------------------
// rejected by the checks across files

checking("rejects minOccurs greater than maxOccurs", () => {
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
  checking(`rejects an unknown type reference in ${where}`, () => {
    assertOnlyProblem(problemsOf(schema("a.json", sections)), "a.json", pointer, fragment);
  });
}

checking("resolves a type reference to another file", () => {
  const loaded = checkSchemas([
    schema("a.json", { complexTypes: [{ name: "AType", base: "BType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType" }] }),
  ]);
  assert.is(loaded.length, 2);
});

checking("rejects a type defined twice in one file", () => {
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

checking("rejects a type defined twice across two files", () => {
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

checking("rejects a root element declared twice", () => {
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

checking("rejects a root element declared twice in one file", () => {
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

checking("rejects an attribute declared twice", () => {
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

checking("rejects a required attribute with a default", () => {
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

checking("rejects a complex type used as an attribute type", () => {
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

checking("rejects a simple type used as the base of a complex type", () => {
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

checking("rejects a built-in type used as the base of a complex type", () => {
  const problems = problemsOf(schema("a.json", { complexTypes: [{ name: "AType", base: "xs:string" }] }));
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/base", "base type xs:string is a simple type");
});

checking("rejects a base chain that loops on itself", () => {
  const problems = problemsOf(schema("a.json", { complexTypes: [{ name: "AType", base: "AType" }] }));
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/base", "type AType extends itself");
});

checking("rejects a base chain that loops through two types", () => {
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

checking("rejects a base chain that loops across two files", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType", base: "BType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType", base: "AType" }] }),
  );
  assert.is(problems.length, 2, show(problems));
  assertProblem(problems, "a.json", "/complexTypes/0/base", "type AType extends itself");
  assertProblem(problems, "b.json", "/complexTypes/0/base", "type BType extends itself");
});

checking("rejects bases that lead from file to file back to the first, at the base that leaves it", () => {
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

checking("rejects a cycle of bases through three files", () => {
  const problems = problemsOf(
    schema("a.json", { complexTypes: [{ name: "AType", base: "BBaseType" }, { name: "ABaseType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType", base: "CBaseType" }, { name: "BBaseType" }] }),
    schema("c.json", { complexTypes: [{ name: "CType", base: "ABaseType" }, { name: "CBaseType" }] }),
  );
  assertOnlyProblem(problems, "a.json", "/complexTypes/0/base", "(a.json -> b.json -> c.json -> a.json)");
});

checking("rejects a cycle of bases that an anonymous type closes", () => {
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

checking("accepts bases in other files when no chain leads back", () => {
  const loaded = checkSchemas([
    schema("a.json", { complexTypes: [{ name: "AType", base: "BType" }] }),
    schema("b.json", { complexTypes: [{ name: "BType", base: "CType" }] }),
    schema("c.json", { complexTypes: [{ name: "CType" }] }),
  ]);
  assert.is(loaded.length, 3);
});

checking("rejects an invalid regular-expression pattern", () => {
  const problems = problemsOf(
    schema("a.json", { simpleTypes: [{ name: "CodeType", base: "xs:string", pattern: "[a-" }] }),
  );
  assertOnlyProblem(problems, "a.json", "/simpleTypes/0/pattern", "pattern is not a valid regular expression");
});

checking("rejects an enumeration together with a pattern", () => {
  const problems = problemsOf(
    schema("a.json", {
      simpleTypes: [{ name: "CodeType", base: "xs:string", enumeration: ["A"], pattern: "^[A-Z]$" }],
    }),
  );
  assertOnlyProblem(problems, "a.json", "/simpleTypes/0", "has both an enumeration and a pattern");
});

checking("rejects elements added to a type whose base has simple content", () => {
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

checking.run();
