/** lower: checked schema files to the IR, with what emit needs decided here rather than in emit. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lower } from "../../generator/lower/lower.js";
import { classNamed, lowered } from "./ir-builders.js";

const lowering = suite("lower");

const sequence = (...particles: object[]) => ({ sequence: particles });

lowering("multiplies a group's occurs into its elements and lets a choice's branches be absent", () => {
  const model = lowered({
    file: "a.json",
    sections: {
      complexTypes: [
        {
          name: "ListType",
          content: {
            choice: [
              { element: "One", type: "xs:string" },
              { sequence: [{ element: "Two", type: "xs:int", maxOccurs: 2 }], maxOccurs: 3 },
            ],
            maxOccurs: "unbounded",
          },
        },
      ],
    },
  });
  const occurs = classNamed(model, "ListType").elements.map((e) => [e.xmlName, e.minOccurs, e.maxOccurs]);
  assert.equal(occurs, [
    ["One", 0, undefined],
    ["Two", 0, undefined],
  ]);
});

lowering("holds each type's outermost choice groups, required unless a branch can be met unseen", () => {
  const model = lowered({
    file: "a.json",
    sections: {
      complexTypes: [
        {
          name: "ScheduleType",
          content: sequence(
            { element: "Name", type: "xs:string" },
            {
              choice: [
                { element: "Daily", type: "xs:time" },
                sequence(
                  { element: "Every", type: "xs:int" },
                  {
                    choice: [
                      { element: "Hours", type: "xs:int" },
                      { element: "Minutes", type: "xs:int" },
                    ],
                  },
                ),
                { any: "##other" },
              ],
            },
            {
              choice: [
                { element: "On", type: "xs:boolean" },
                { element: "Off", type: "xs:boolean" },
              ],
            },
            {
              choice: [
                { element: "Red", type: "xs:boolean" },
                { element: "Blue", type: "xs:boolean", minOccurs: 0 },
              ],
            },
          ),
        },
      ],
    },
  });
  const type = classNamed(model, "ScheduleType");
  assert.equal(type.choiceGroups, [
    { required: false, branches: [["Daily"], ["Every", "Hours", "Minutes"], []] },
    { required: true, branches: [["On"], ["Off"]] },
    { required: false, branches: [["Red"], ["Blue"]] },
  ]);
  const hours = type.elements.find((element) => element.xmlName === "Hours")!;
  assert.equal(hours.choices, [
    { group: 0, branch: 1, required: false },
    // Inside a branch that may be absent, a choice is never required.
    { group: 1, branch: 0, required: false },
  ]);
  assert.equal(type.elements.find((element) => element.xmlName === "Name")!.choices, []);
  assert.ok(type.openContent);
});

lowering("names anonymous types after their type and element and puts them before it", () => {
  const model = lowered({
    file: "a.json",
    sections: {
      complexTypes: [
        {
          name: "JobType",
          content: sequence({
            element: "Options",
            complexType: {
              content: sequence({ element: "Retry", complexType: { attributes: [{ name: "Times", type: "xs:int" }] } }),
            },
          }),
        },
      ],
    },
  });
  assert.equal(
    model.files[0]!.classes.map((type) => type.schemaName),
    ["JobOptionsRetryType", "JobOptionsType", "JobType"],
  );
  assert.equal(classNamed(model, "JobType").elements[0]!.content, { kind: "class", type: "JobOptionsType" });
});

lowering("marks the text a type declares, and not the text it inherits", () => {
  const model = lowered({
    file: "a.json",
    sections: {
      complexTypes: [
        { name: "NoteType", simpleContent: "xs:string" },
        { name: "LongNoteType", base: "NoteType", attributes: [{ name: "Lang", type: "xs:string" }] },
        { name: "PlainType" },
      ],
    },
  });
  const text = { builtin: "xs:string", simpleType: undefined, enumeration: undefined, patterns: [] };
  assert.equal([classNamed(model, "NoteType").text, classNamed(model, "NoteType").ownText], [text, text]);
  assert.equal([classNamed(model, "LongNoteType").text, classNamed(model, "LongNoteType").ownText], [text, undefined]);
  assert.equal([classNamed(model, "PlainType").text, classNamed(model, "PlainType").ownText], [undefined, undefined]);
});

lowering("gives enumerations of strings and numbers literals, and other restricted types none", () => {
  const model = lowered({
    file: "a.json",
    sections: {
      simpleTypes: [
        { name: "ColourEnumeration", base: "xs:string", enumeration: ["Red"] },
        { name: "LevelEnumeration", base: "xs:int", enumeration: ["1", "2"] },
        { name: "FlagEnumeration", base: "xs:boolean", enumeration: ["true"] },
        { name: "CodeType", base: "xs:string", pattern: "[A-Z]+" },
        { name: "ShortCodeType", base: "CodeType", pattern: "[A-Z]{2}" },
        { name: "PlainType", base: "xs:string" },
      ],
    },
  });
  const simple = model.files[0]!.simpleTypes.map(({ schemaName, literals, values, patterns }) => ({
    schemaName,
    literals,
    values,
    patterns,
  }));
  assert.equal(simple, [
    { schemaName: "ColourEnumeration", literals: "string", values: ["Red"], patterns: [] },
    { schemaName: "LevelEnumeration", literals: "number", values: ["1", "2"], patterns: [] },
    { schemaName: "FlagEnumeration", literals: undefined, values: ["true"], patterns: [] },
    { schemaName: "CodeType", literals: undefined, values: undefined, patterns: ["[A-Z]+"] },
    { schemaName: "ShortCodeType", literals: undefined, values: undefined, patterns: ["[A-Z]{2}", "[A-Z]+"] },
  ]);
});

lowering("resolves a scalar through its simple types to the nearest restricted one and the enumeration", () => {
  const model = lowered({
    file: "a.json",
    sections: {
      simpleTypes: [
        { name: "StateEnumeration", base: "xs:string", enumeration: ["On", "Off"] },
        { name: "StateAliasType", base: "StateEnumeration" },
      ],
      complexTypes: [{ name: "SwitchType", attributes: [{ name: "State", type: "StateAliasType" }] }],
    },
  });
  assert.equal(classNamed(model, "SwitchType").attributes[0]!.scalar, {
    builtin: "xs:string",
    simpleType: "StateEnumeration",
    enumeration: "StateEnumeration",
    patterns: [],
  });
});

lowering("names the broken invariant when given schemas the loader did not check", () => {
  const unchecked = {
    doc: "Unchecked.",
    complexTypes: [{ name: "AType", attributes: [{ name: "B", type: "MissingType" }] }],
  };
  assert.throws(
    () => lower([{ file: "a.json", schema: unchecked }]),
    (error: unknown) =>
      error instanceof Error &&
      error.message === "lowering needs checked schemas: simple type MissingType is not defined",
  );
});

lowering.run();
