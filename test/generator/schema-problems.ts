/** Small schema texts of our own for the loader tests, and how the tests check the problems found. */
import * as assert from "uvu/assert";
import { checkSchemas } from "../../generator/load/load-schemas.js";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";

export interface Source {
  file: string;
  text: string;
}

/** A schema file with a `doc` and the given sections. */
export function schema(file: string, sections: object): Source {
  return { file, text: JSON.stringify({ doc: "A schema of the tests.", ...sections }, null, 2) };
}

/** The problems of the SchemaError that checking `sources` throws. */
export function problemsOf(...sources: Source[]): readonly SchemaProblem[] {
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

export const show = (problems: readonly SchemaProblem[]) => JSON.stringify(problems, null, 2);

/** Asserts that one problem has this file and pointer and a message containing `fragment`. */
export function assertProblem(
  problems: readonly SchemaProblem[],
  file: string,
  pointer: string,
  fragment: string,
): void {
  const found = problems.some(
    (problem) => problem.file === file && problem.pointer === pointer && problem.message.includes(fragment),
  );
  assert.ok(found, `no problem at ${file}#${pointer} saying ${JSON.stringify(fragment)} in ${show(problems)}`);
}

/** Asserts that checking gives exactly one problem, with this file, pointer and message fragment. */
export function assertOnlyProblem(
  problems: readonly SchemaProblem[],
  file: string,
  pointer: string,
  fragment: string,
): void {
  assert.is(problems.length, 1, `expected one problem, got ${show(problems)}`);
  assert.is(problems[0]!.file, file);
  assert.is(problems[0]!.pointer, pointer);
  assert.ok(
    problems[0]!.message.includes(fragment),
    `message ${JSON.stringify(problems[0]!.message)} lacks ${JSON.stringify(fragment)}`,
  );
}

/** A set of two files that uses every section of the format, valid as a whole. */
export const VALID_SET: Source[] = [
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
