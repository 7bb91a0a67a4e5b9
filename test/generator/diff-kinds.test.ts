/**
 * `diffSchemas`: one small schema, one edit per row, and the exact changes (kind, path, verdict)
 * that edit gives. Together with the rows of the operations (`diff-operation-cases.ts`) they cover
 * every kind of the closed table.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { CHANGE_KINDS, type ChangeKind } from "../../generator/diff/change-kinds.js";
import { diffSchemas } from "../../generator/diff/diff-schemas.js";
import { checkSchemas } from "../../generator/load/load-schemas.js";
import type { ComplexTypeSchema, ParticleSchema, SchemaFile, SimpleTypeSchema } from "../../generator/schema-types.js";
import { OPERATION_CASES } from "./diff-operation-cases.js";
import type { Mutable } from "./mutable.js";

/** A shop of things: enough of every construct for each edit to touch one. */
const BASE: SchemaFile = {
  doc: "Things for the diff tests.",
  simpleTypes: [
    { name: "ColourEnumeration", base: "xs:string", enumeration: ["Red", "Green", "Blue"], doc: "A colour." },
    { name: "CodeType", base: "xs:string", pattern: "[A-Z]{3}" },
    { name: "SizeEnumeration", base: "xs:int", enumeration: ["1", "2", "3"] },
  ],
  complexTypes: [
    {
      name: "ThingType",
      doc: "A thing.",
      attributes: [
        { name: "Id", type: "xs:string", use: "required" },
        { name: "Mode", type: "xs:string", default: "auto" },
      ],
      content: {
        sequence: [
          { element: "Name", type: "xs:string", doc: "Its name." },
          { element: "Colour", type: "ColourEnumeration", minOccurs: 0 },
          { element: "Code", type: "CodeType", minOccurs: 0 },
          { element: "Tags", type: "TagListType", minOccurs: 0 },
          { element: "Part", type: "PartType", minOccurs: 0, maxOccurs: "unbounded" },
          { element: "Line", type: "xs:string", minOccurs: 2, maxOccurs: 5 },
          { element: "Count", type: "xs:int", minOccurs: 0 },
          {
            choice: [
              { element: "A", type: "xs:string" },
              { element: "B", type: "xs:string" },
            ],
            minOccurs: 0,
          },
        ],
      },
    },
    {
      name: "TagListType",
      content: { sequence: [{ element: "Tag", type: "xs:string", minOccurs: 0, maxOccurs: "unbounded" }] },
    },
    {
      name: "PartType",
      attributes: [{ name: "Size", type: "SizeEnumeration" }],
      content: { sequence: [{ element: "Label", type: "xs:string", minOccurs: 0 }] },
    },
    {
      name: "WidgetType",
      base: "ThingType",
      content: { sequence: [{ element: "Extra", type: "xs:string", minOccurs: 0 }] },
    },
  ],
  elements: [
    { name: "Thing", type: "ThingType", linkTypes: ["Thing"] },
    { name: "Widget", type: "WidgetType" },
  ],
};

type Edit = (schema: Mutable<SchemaFile>) => void;

const type = (schema: Mutable<SchemaFile>, name: string) =>
  schema.complexTypes!.find((t) => t.name === name)! as Mutable<ComplexTypeSchema>;
const simple = (schema: Mutable<SchemaFile>, name: string) =>
  schema.simpleTypes!.find((t) => t.name === name)! as Mutable<SimpleTypeSchema>;
const thingSequence = (schema: Mutable<SchemaFile>) =>
  type(schema, "ThingType").content!.sequence! as Mutable<ParticleSchema>[];
const particle = (schema: Mutable<SchemaFile>, name: string) =>
  thingSequence(schema).find((p) => "element" in p && p.element === name)! as {
    element: string;
    type?: string;
    minOccurs?: number;
    maxOccurs?: number | "unbounded";
    doc?: string;
  };
const drop = <T>(list: T[], test: (item: T) => boolean) => list.splice(list.findIndex(test), 1);
const isElement = (name: string) => (p: Mutable<ParticleSchema>) => "element" in p && p.element === name;

/** One edit and the changes it gives: `[kind, path, breaking]`. */
/** With `reverse`, the edited schema is the old side and the base the new one. */
const CASES: [string, Edit, [ChangeKind, string, boolean][], { docs?: boolean; reverse?: boolean }?][] = [
  [
    "removing a type and the element of that type",
    (s) => {
      drop(s.complexTypes!, (t) => t.name === "PartType");
      drop(thingSequence(s), isElement("Part"));
    },
    [
      ["type-removed", "PartType", true],
      ["member-removed", "ThingType/Part", true],
    ],
  ],
  [
    "renaming a root renames the class named after it",
    (s) => {
      s.elements![0]!.name = "Item";
    },
    [
      ["root-removed", "<Thing>", true],
      ["type-renamed-in-ts", "ThingType", true],
      ["root-added", "<Item>", false],
    ],
  ],
  [
    "changing a base",
    (s) => {
      type(s, "WidgetType").base = "PartType";
    },
    [["base-changed", "WidgetType", true]],
  ],
  [
    "making a type abstract",
    (s) => {
      type(s, "PartType").abstract = true;
    },
    [["type-now-abstract", "PartType", true]],
  ],
  [
    "spelling out abstract: false",
    (s) => {
      type(s, "PartType").abstract = false;
    },
    [],
  ],
  [
    "admitting foreign elements",
    (s) => {
      (type(s, "PartType").content!.sequence as unknown[]).push({ any: "##other", minOccurs: 0 });
    },
    [["open-content-added", "PartType", false]],
  ],
  [
    "a type made concrete and closed to foreign elements",
    (s) => {
      type(s, "PartType").abstract = true;
      (type(s, "PartType").content!.sequence as unknown[]).push({ any: "##other", minOccurs: 0 });
    },
    [
      ["open-content-removed", "PartType", true],
      ["type-no-longer-abstract", "PartType", false],
    ],
    { reverse: true },
  ],
  [
    "adding a type",
    (s) => {
      s.complexTypes!.push({ name: "BoxType", content: { sequence: [{ element: "Thing", type: "ThingType" }] } });
    },
    [["type-added", "BoxType", false]],
  ],
  [
    "removing an element",
    (s) => {
      drop(thingSequence(s), isElement("Count"));
    },
    [["member-removed", "ThingType/Count", true]],
  ],
  [
    "retyping an element to another TypeScript type",
    (s) => {
      particle(s, "Count").type = "xs:string";
    },
    [["member-retyped", "ThingType/Count", true]],
  ],
  [
    "a wrapper that gains an attribute is no array any more",
    (s) => {
      type(s, "TagListType").attributes = [{ name: "Kind", type: "xs:string" }];
    },
    [
      ["member-retyped-in-ts", "ThingType/Tags", true],
      ["member-added", "TagListType/@Kind", false],
    ],
  ],
  [
    "an attribute taking an element's property name renames the property",
    (s) => {
      type(s, "ThingType").attributes!.push({ name: "Name", type: "xs:string" });
    },
    [
      ["member-renamed-in-ts", "ThingType/Name", true],
      ["member-added", "ThingType/@Name", false],
    ],
  ],
  [
    "a single element made repeatable",
    (s) => {
      particle(s, "Count").maxOccurs = "unbounded";
    },
    [
      ["member-renamed-in-ts", "ThingType/Count", true],
      ["member-now-array", "ThingType/Count", true],
    ],
  ],
  [
    "a repeatable element made single",
    (s) => {
      particle(s, "Part").maxOccurs = 1;
    },
    [
      ["member-renamed-in-ts", "ThingType/Part", true],
      ["member-now-single", "ThingType/Part", true],
    ],
  ],
  [
    "a required element made optional",
    (s) => {
      particle(s, "Name").minOccurs = 0;
    },
    [["member-now-optional", "ThingType/Name", true]],
  ],
  [
    "a required attribute made optional",
    (s) => {
      delete type(s, "ThingType").attributes![0]!.use;
    },
    [["member-now-optional", "ThingType/@Id", true]],
  ],
  [
    "adding a required element",
    (s) => {
      thingSequence(s).push({ element: "Size", type: "SizeEnumeration" });
    },
    [["required-member-added", "ThingType/Size", true]],
  ],
  [
    "adding a required attribute",
    (s) => {
      type(s, "PartType").attributes!.push({ name: "Key", type: "xs:string", use: "required" });
    },
    [["required-member-added", "PartType/@Key", true]],
  ],
  [
    "an optional element made required",
    (s) => {
      particle(s, "Colour").minOccurs = 1;
    },
    [["member-now-required", "ThingType/Colour", true]],
  ],
  [
    "more occurrences required",
    (s) => {
      particle(s, "Line").minOccurs = 3;
    },
    [["min-occurs-raised", "ThingType/Line", true]],
  ],
  [
    "fewer occurrences required",
    (s) => {
      particle(s, "Line").minOccurs = 1;
    },
    [["min-occurs-lowered", "ThingType/Line", false]],
  ],
  [
    "fewer occurrences allowed",
    (s) => {
      particle(s, "Line").maxOccurs = 4;
    },
    [["max-occurs-lowered", "ThingType/Line", true]],
  ],
  [
    "more occurrences allowed",
    (s) => {
      particle(s, "Line").maxOccurs = "unbounded";
    },
    [["max-occurs-raised", "ThingType/Line", false]],
  ],
  [
    "swapping two elements",
    (s) => {
      const seq = thingSequence(s);
      [seq[0], seq[1]] = [seq[1]!, seq[0]!];
    },
    [["member-moved", "ThingType/Colour", true]],
  ],
  [
    "swapping the branches of a choice",
    (s) => {
      const choice = (thingSequence(s)[7] as { choice: unknown[] }).choice;
      choice.reverse();
    },
    [],
  ],
  [
    "moving an element into a choice",
    (s) => {
      drop(thingSequence(s), isElement("Count"));
      (thingSequence(s)[6] as { choice: unknown[] }).choice.push({ element: "Count", type: "xs:int" });
    },
    [["member-now-exclusive", "ThingType/Count", true]],
  ],
  [
    "moving an element out of a choice",
    (s) => {
      (thingSequence(s)[7] as { choice: unknown[] }).choice.pop();
      thingSequence(s).push({ element: "B", type: "xs:string", minOccurs: 0 });
    },
    // A choice of one branch excludes nothing, so A is free too.
    [
      ["member-no-longer-exclusive", "ThingType/A", false],
      ["member-no-longer-exclusive", "ThingType/B", false],
    ],
  ],
  [
    "restricting a string by a pattern type",
    (s) => {
      particle(s, "Name").type = "CodeType";
    },
    [["value-narrowed", "ThingType/Name", true]],
  ],
  [
    "lifting a pattern type to its built-in",
    (s) => {
      particle(s, "Code").type = "xs:string";
    },
    [["value-widened", "ThingType/Code", false]],
  ],
  [
    "widening xs:int to xs:long",
    (s) => {
      particle(s, "Count").type = "xs:long";
    },
    [["value-widened", "ThingType/Count", false]],
  ],
  [
    "swapping an enumeration for an open one of fewer values",
    (s) => {
      s.simpleTypes!.push({ name: "HueEnumeration", base: "xs:string", enumeration: ["Red"] });
      particle(s, "Colour").type = "HueEnumeration";
    },
    [
      ["value-narrowed", "ThingType/Colour", true],
      ["simple-type-added", "HueEnumeration", false],
    ],
  ],
  [
    "a wrapper of other items in place of a wrapper",
    (s) => {
      s.complexTypes!.push({
        name: "LabelListType",
        content: { sequence: [{ element: "Label", type: "xs:string", minOccurs: 0, maxOccurs: "unbounded" }] },
      });
      particle(s, "Tags").type = "LabelListType";
    },
    [
      ["content-type-changed", "ThingType/Tags", true],
      ["type-added", "LabelListType", false],
    ],
  ],
  [
    "an equal wrapper in place of a wrapper",
    (s) => {
      s.complexTypes!.push({
        name: "TagSetType",
        content: { sequence: [{ element: "Tag", type: "xs:string", minOccurs: 0, maxOccurs: "unbounded" }] },
      });
      particle(s, "Tags").type = "TagSetType";
    },
    [
      ["type-added", "TagSetType", false],
      ["wrapper-type-replaced", "ThingType/Tags", false],
    ],
  ],
  [
    "changing a default",
    (s) => {
      type(s, "ThingType").attributes![1]!.default = "manual";
    },
    [["default-changed", "ThingType/@Mode", true]],
  ],
  [
    "removing a pattern type and its use",
    (s) => {
      drop(s.simpleTypes!, (t) => t.name === "CodeType");
      drop(thingSequence(s), isElement("Code"));
    },
    [
      ["member-removed", "ThingType/Code", true],
      ["simple-type-removed", "CodeType", true],
    ],
  ],
  [
    "a class taking an enumeration's name renames the enumeration",
    (s) => {
      s.complexTypes!.push({ name: "ColourEnumerationType" });
    },
    [
      ["simple-type-renamed-in-ts", "ColourEnumeration", true],
      ["type-added", "ColourEnumerationType", false],
    ],
  ],
  [
    "changing an enumeration's built-in",
    (s) => {
      simple(s, "SizeEnumeration").base = "xs:string";
    },
    [
      ["member-retyped", "PartType/@Size", true],
      ["simple-type-retyped", "SizeEnumeration", true],
    ],
  ],
  [
    "removing an enumeration value",
    (s) => {
      simple(s, "ColourEnumeration").enumeration!.pop();
    },
    [["enumeration-value-removed", "ColourEnumeration/Blue", true]],
  ],
  [
    "adding an enumeration value",
    (s) => {
      simple(s, "ColourEnumeration").enumeration!.push("Black");
    },
    [["enumeration-value-added", "ColourEnumeration/Black", false]],
  ],
  [
    "a pattern replaced by an enumeration",
    (s) => {
      delete simple(s, "CodeType").pattern;
      simple(s, "CodeType").enumeration = ["ABC"];
    },
    [
      ["enumeration-introduced", "CodeType", true],
      ["pattern-removed", "CodeType", false],
    ],
  ],
  [
    "an enumeration replaced by a pattern",
    (s) => {
      delete simple(s, "ColourEnumeration").enumeration;
      simple(s, "ColourEnumeration").pattern = "[A-Z].*";
    },
    [
      ["enumeration-dropped", "ColourEnumeration", true],
      ["pattern-added", "ColourEnumeration", true],
    ],
  ],
  [
    "changing a pattern",
    (s) => {
      simple(s, "CodeType").pattern = "[A-Z]{4}";
    },
    [["pattern-changed", "CodeType", true]],
  ],
  [
    "retyping a root element",
    (s) => {
      s.elements![1]!.type = "PartType";
    },
    [
      ["root-retyped", "<Widget>", true],
      ["type-renamed-in-ts", "PartType", true],
      ["type-renamed-in-ts", "WidgetType", true],
    ],
  ],
  [
    "removing a link Type",
    (s) => {
      s.elements![0]!.linkTypes = ["Thing2"];
    },
    [
      ["link-type-removed", "<Thing>", true],
      ["link-type-added", "<Thing>", false],
    ],
  ],
  [
    "editing docs is no change",
    (s) => {
      particle(s, "Name").doc = "What it is called.";
      type(s, "ThingType").doc = "Any thing.";
    },
    [],
  ],
  [
    "editing docs is listed with --docs",
    (s) => {
      particle(s, "Name").doc = "What it is called.";
      simple(s, "ColourEnumeration").doc = "A hue.";
    },
    [
      ["doc-changed", "ColourEnumeration", false],
      ["doc-changed", "ThingType/Name", false],
    ],
    { docs: true },
  ],
  [
    "an element moved up into the base",
    (s) => {
      drop(type(s, "WidgetType").content!.sequence! as unknown[] as Mutable<ParticleSchema>[], isElement("Extra"));
      thingSequence(s).push({ element: "Extra", type: "xs:string", minOccurs: 0 });
    },
    [
      ["member-moved", "WidgetType/Extra", true],
      ["member-added", "ThingType/Extra", false],
    ],
  ],
];

function load(schema: SchemaFile) {
  return checkSchemas([{ file: "things.json", text: JSON.stringify(schema) }]);
}

const kinds = suite("diff kinds");

for (const [name, edit, expected, options] of CASES) {
  kinds(name, () => {
    const after = structuredClone(BASE) as Mutable<SchemaFile>;
    edit(after);
    const [before, now] = options?.reverse ? [after as SchemaFile, BASE] : [BASE, after as SchemaFile];
    const { changes } = diffSchemas(load(before), load(now), options);
    const actual = changes.map((change) => [change.kind, change.path, change.breaking]);
    const sort = (list: unknown[][]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    assert.equal(sort(actual), sort(expected));
  });
}

kinds("the rows here and of the operations cover every kind of the table, each with its verdict", () => {
  const covered = new Map<string, boolean>();
  for (const [, , expected] of [...CASES, ...OPERATION_CASES])
    for (const [kind, , breaking] of expected) covered.set(kind, breaking);
  const missing = Object.keys(CHANGE_KINDS).filter((kind) => !covered.has(kind));
  assert.equal(missing, []);
  for (const [kind, breaking] of covered) assert.is(breaking, CHANGE_KINDS[kind as ChangeKind].breaks.length > 0, kind);
});

kinds("a pattern spelled with needless escapes is the same pattern", () => {
  const spelled = (pattern: string) => {
    const schema = structuredClone(BASE) as Mutable<SchemaFile>;
    simple(schema, "CodeType").pattern = pattern;
    return load(schema as SchemaFile);
  };
  assert.equal(diffSchemas(spelled("urn\\:[a-z]+\\:[0-9\\-]+"), spelled("urn:[a-z]+:[0-9\\-]+")).changes, []);
  assert.is(diffSchemas(spelled("urn:[a-z]+"), spelled("urn:[a-z\\-]+")).changes[0]?.kind, "pattern-changed");
});

kinds("the summary counts changes by verdict, audience and kind", () => {
  const after = structuredClone(BASE) as Mutable<SchemaFile>;
  drop(thingSequence(after), isElement("Count"));
  simple(after, "ColourEnumeration").enumeration!.push("Black");
  const { summary } = diffSchemas(load(BASE), load(after as SchemaFile));
  assert.equal(summary, {
    changes: 2,
    breaking: 1,
    breakingFor: { typescript: 1, wire: 1 },
    byKind: { "member-removed": 1, "enumeration-value-added": 1 },
    byGroup: {
      schemas: { changes: 2, breaking: 1, breakingFor: { typescript: 1, wire: 1 } },
      operations: { changes: 0, breaking: 0, breakingFor: { typescript: 0, wire: 0 } },
    },
  });
});

kinds.run();
