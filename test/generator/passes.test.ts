import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type {
  IrAttribute,
  IrClass,
  IrContent,
  IrElement,
  IrSimpleType,
  IrFile,
  IrModel,
  IrRoot,
  IrScalar,
} from "../../generator/ir.js";
import { checkSchemas } from "../../generator/load/load-schemas.js";
import { lower } from "../../generator/lower/lower.js";
import { reservedNames } from "../../generator/reserved-names.js";
import { allocateNames, camelCase, pascalCase, plural } from "../../generator/passes/allocate-names.js";
import { collapseWrappers } from "../../generator/passes/collapse-wrappers.js";
import { orderByInheritance } from "../../generator/passes/order-by-inheritance.js";
import type { BuiltinType } from "../../generator/schema-types.js";
import { SchemaError } from "../../runtime/errors.js";

// ---------------------------------------------------------------------------------------------
// IR builders: the fields the passes fill in start empty, as lowering leaves them.

const scalar = (builtin: BuiltinType = "xs:string"): IrScalar => ({
  builtin,
  simpleType: undefined,
  enumeration: undefined,
  patterns: [],
});

/** Class content for a type name, scalar content for an `xs:` built-in. */
const contentOf = (type: string): IrContent =>
  type.startsWith("xs:") ? { kind: "scalar", scalar: scalar(type as BuiltinType) } : { kind: "class", type };

/** An element; `max` "unbounded" is `maxOccurs: undefined`. */
function element(xmlName: string, type: string, min = 1, max: number | "unbounded" = 1): IrElement {
  return {
    xmlName,
    jsonName: undefined,
    member: "",
    content: contentOf(type),
    minOccurs: min,
    maxOccurs: max === "unbounded" ? undefined : max,
    choices: [],
    wrapped: undefined,
    doc: undefined,
  };
}

function attribute(xmlName: string, builtin: BuiltinType = "xs:string"): IrAttribute {
  return { xmlName, member: "", scalar: scalar(builtin), required: false, defaultValue: undefined, doc: undefined };
}

function klass(
  schemaName: string,
  parts: {
    base?: string;
    attributes?: IrAttribute[];
    elements?: IrElement[];
    text?: IrScalar;
    openContent?: boolean;
    abstract?: boolean;
  } = {},
): IrClass {
  return {
    schemaName,
    tsName: "",
    doc: undefined,
    abstract: parts.abstract ?? false,
    base: parts.base,
    attributes: parts.attributes ?? [],
    elements: parts.elements ?? [],
    text: parts.text,
    openContent: parts.openContent ?? false,
    jsonArray: false,
    wrapperOf: undefined,
  };
}

const root = (name: string, type: string): IrRoot => ({ element: name, type, linkTypes: [], doc: undefined });

const enumeration = (schemaName: string, values: string[]): IrSimpleType => ({
  schemaName,
  builtin: "xs:string",
  tsName: "",
  values,
  patterns: [],
  doc: undefined,
});

function file(source: string, classes: IrClass[], roots: IrRoot[] = [], simpleTypes: IrSimpleType[] = []): IrFile {
  return { source, module: source.replace(/\.json$/, ""), doc: `The ${source} file.`, simpleTypes, classes, roots };
}

/** A model with the names the runtime really reserves (read from its export lists). */
const model = (...files: IrFile[]): IrModel => ({ files, reservedNames: reservedNames() });

const classesOf = (result: IrModel): IrClass[] => result.files.flatMap((f) => [...f.classes]);

const classNamed = (result: IrModel, schemaName: string): IrClass => {
  const found = classesOf(result).find((type) => type.schemaName === schemaName);
  assert.ok(found, `no class ${schemaName}`);
  return found!;
};

const META_SCHEMA = JSON.parse(
  readFileSync(new URL("../../schemas/schema.schema.json", import.meta.url), "utf8"),
) as object;

/** The IR of small schema texts, through the loader and lowering. */
function lowered(...sources: { file: string; sections: object }[]): IrModel {
  return lower(
    checkSchemas(
      sources.map(({ file: name, sections }) => ({
        file: name,
        text: JSON.stringify({ doc: "A schema of the tests.", ...sections }),
      })),
      META_SCHEMA,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// collapse-wrappers

const LINK = klass("LinkType", { attributes: [attribute("Rel")] });
const LINK_ITEM = { item: "Link", content: { kind: "class", type: "LinkType" } } as const;

interface WrapperCase {
  name: string;
  given: IrModel;
  /** For each class of interest: its `wrapperOf`, and the `wrapped` of each of its elements. */
  want: Record<string, { wrapperOf: IrClass["wrapperOf"]; wrapped?: Record<string, IrElement["wrapped"]> }>;
}

const WRAPPER_CASES: WrapperCase[] = [
  {
    name: "marks single-occurrence elements of a wrapper type as wrapped",
    given: model(
      file("a.json", [
        LINK,
        klass("LinkListType", { elements: [element("Link", "LinkType", 0, "unbounded")] }),
        klass("HolderType", {
          elements: [
            element("Links", "LinkListType", 0, 1),
            element("MoreLinks", "LinkListType", 1, 1),
            element("Name", "xs:string"),
          ],
        }),
      ]),
    ),
    want: {
      LinkType: { wrapperOf: undefined, wrapped: {} },
      LinkListType: { wrapperOf: LINK_ITEM, wrapped: { Link: undefined } },
      HolderType: { wrapperOf: undefined, wrapped: { Links: LINK_ITEM, MoreLinks: LINK_ITEM, Name: undefined } },
    },
  },
  {
    name: "marks elements of a wrapper of scalars as wrapped with the scalar content",
    given: model(
      file("a.json", [
        klass("DaysType", { elements: [element("Day", "xs:int", 0, "unbounded")] }),
        klass("ScheduleType", { elements: [element("Days", "DaysType", 0)] }),
      ]),
    ),
    want: {
      DaysType: { wrapperOf: { item: "Day", content: { kind: "scalar", scalar: scalar("xs:int") } } },
      ScheduleType: {
        wrapperOf: undefined,
        wrapped: { Days: { item: "Day", content: { kind: "scalar", scalar: scalar("xs:int") } } },
      },
    },
  },
  {
    name: "does not treat a type with an attribute as a wrapper",
    given: model(
      file("a.json", [
        LINK,
        klass("LinkListType", {
          attributes: [attribute("Total", "xs:int")],
          elements: [element("Link", "LinkType", 0, "unbounded")],
        }),
        klass("HolderType", { elements: [element("Links", "LinkListType", 0)] }),
      ]),
    ),
    want: {
      LinkListType: { wrapperOf: undefined },
      HolderType: { wrapperOf: undefined, wrapped: { Links: undefined } },
    },
  },
  {
    name: "does not treat a type whose element has a bounded max as a wrapper",
    given: model(
      file("a.json", [
        LINK,
        klass("LinkListType", { elements: [element("Link", "LinkType", 0, 10)] }),
        klass("HolderType", { elements: [element("Links", "LinkListType", 0)] }),
      ]),
    ),
    want: {
      LinkListType: { wrapperOf: undefined },
      HolderType: { wrapperOf: undefined, wrapped: { Links: undefined } },
    },
  },
  {
    name: "does not treat a type with a second element as a wrapper",
    given: model(
      file("a.json", [
        LINK,
        klass("LinkListType", {
          elements: [element("Link", "LinkType", 0, "unbounded"), element("Count", "xs:int", 0)],
        }),
        klass("HolderType", { elements: [element("Links", "LinkListType", 0)] }),
      ]),
    ),
    want: {
      LinkListType: { wrapperOf: undefined },
      HolderType: { wrapperOf: undefined, wrapped: { Links: undefined } },
    },
  },
  {
    name: "does not treat a type whose repeated element needs one occurrence as a wrapper",
    given: model(
      file("a.json", [
        LINK,
        klass("LinkListType", { elements: [element("Link", "LinkType", 1, "unbounded")] }),
        klass("HolderType", { elements: [element("Links", "LinkListType", 0)] }),
      ]),
    ),
    want: {
      LinkListType: { wrapperOf: undefined },
      HolderType: { wrapperOf: undefined, wrapped: { Links: undefined } },
    },
  },
  {
    name: "does not treat a type with text content or open content as a wrapper",
    given: model(
      file("a.json", [
        LINK,
        klass("TextListType", { text: scalar(), elements: [element("Link", "LinkType", 0, "unbounded")] }),
        klass("OpenListType", { openContent: true, elements: [element("Link", "LinkType", 0, "unbounded")] }),
        klass("HolderType", { elements: [element("Texts", "TextListType", 0), element("Opens", "OpenListType", 0)] }),
      ]),
    ),
    want: {
      TextListType: { wrapperOf: undefined },
      OpenListType: { wrapperOf: undefined },
      HolderType: { wrapperOf: undefined, wrapped: { Texts: undefined, Opens: undefined } },
    },
  },
  {
    name: "does not collapse repeated elements of a wrapper type",
    given: model(
      file("a.json", [
        LINK,
        klass("LinkListType", { elements: [element("Link", "LinkType", 0, "unbounded")] }),
        klass("HolderType", {
          elements: [element("LinkLists", "LinkListType", 0, "unbounded"), element("Pair", "LinkListType", 0, 2)],
        }),
      ]),
    ),
    want: {
      LinkListType: { wrapperOf: LINK_ITEM },
      HolderType: { wrapperOf: undefined, wrapped: { LinkLists: undefined, Pair: undefined } },
    },
  },
  {
    name: "looks through bases: an empty base keeps a wrapper, a base with an attribute or element does not",
    given: model(
      file("a.json", [
        LINK,
        klass("ListType", { abstract: true }),
        klass("ResourceType", { attributes: [attribute("Href")] }),
        klass("NamedType", { elements: [element("Name", "xs:string")] }),
        klass("JobListType", { base: "ListType", elements: [element("Job", "LinkType", 0, "unbounded")] }),
        klass("ResourceListType", { base: "ResourceType", elements: [element("Link", "LinkType", 0, "unbounded")] }),
        klass("NamedListType", { base: "NamedType", elements: [element("Link", "LinkType", 0, "unbounded")] }),
        klass("HolderType", {
          elements: [
            element("Jobs", "JobListType", 0),
            element("Resources", "ResourceListType", 0),
            element("Named", "NamedListType", 0),
          ],
        }),
      ]),
    ),
    want: {
      ListType: { wrapperOf: undefined },
      JobListType: { wrapperOf: { item: "Job", content: { kind: "class", type: "LinkType" } } },
      ResourceListType: { wrapperOf: undefined },
      NamedListType: { wrapperOf: undefined },
      HolderType: {
        wrapperOf: undefined,
        wrapped: {
          Jobs: { item: "Job", content: { kind: "class", type: "LinkType" } },
          Resources: undefined,
          Named: undefined,
        },
      },
    },
  },
  {
    name: "finds wrappers across files",
    given: model(
      file("common.json", [LINK, klass("LinkListType", { elements: [element("Link", "LinkType", 0, "unbounded")] })]),
      file("nas.json", [klass("NASJobType", { elements: [element("Links", "LinkListType", 0)] })]),
    ),
    want: { NASJobType: { wrapperOf: undefined, wrapped: { Links: LINK_ITEM } } },
  },
];

for (const { name, given, want } of WRAPPER_CASES) {
  test(`collapse-wrappers ${name}`, () => {
    const result = collapseWrappers(given);
    for (const [schemaName, expected] of Object.entries(want)) {
      const type = classNamed(result, schemaName);
      assert.equal(type.wrapperOf, expected.wrapperOf, `${schemaName}.wrapperOf`);
      if (expected.wrapped !== undefined) {
        const wrapped = Object.fromEntries(type.elements.map((e) => [e.xmlName, e.wrapped]));
        assert.equal(wrapped, expected.wrapped, `${schemaName} elements' wrapped`);
      }
    }
  });
}

test("collapse-wrappers changes nothing but wrapperOf and wrapped", () => {
  const given = WRAPPER_CASES[0]!.given;
  const want = model(
    file("a.json", [
      LINK,
      { ...klass("LinkListType", { elements: [element("Link", "LinkType", 0, "unbounded")] }), wrapperOf: LINK_ITEM },
      klass("HolderType", {
        elements: [
          { ...element("Links", "LinkListType", 0, 1), wrapped: LINK_ITEM },
          { ...element("MoreLinks", "LinkListType", 1, 1), wrapped: LINK_ITEM },
          element("Name", "xs:string"),
        ],
      }),
    ]),
  );
  assert.equal(collapseWrappers(given), want);
});

test("collapse-wrappers works on lowered schemas: a list type over an empty abstract base", () => {
  const result = collapseWrappers(
    lowered({
      file: "a.json",
      sections: {
        complexTypes: [
          { name: "ListType", abstract: true },
          { name: "LinkType", attributes: [{ name: "Rel", type: "xs:string" }] },
          {
            name: "LinkListType",
            base: "ListType",
            content: { choice: [{ element: "Link", type: "LinkType", minOccurs: 0, maxOccurs: "unbounded" }] },
          },
          { name: "EntityType", content: { sequence: [{ element: "Links", type: "LinkListType", minOccurs: 0 }] } },
        ],
      },
    }),
  );
  assert.equal(classNamed(result, "LinkListType").wrapperOf, LINK_ITEM);
  assert.equal(classNamed(result, "EntityType").elements[0]!.wrapped, LINK_ITEM);
});

// ---------------------------------------------------------------------------------------------
// camelCase, pascalCase, plural

const CAMEL: [string, string][] = [
  ["UID", "uid"],
  ["ACLEntries", "aclEntries"],
  ["HierarchyObjRef", "hierarchyObjRef"],
  ["NASJob", "nasJob"],
  ["Name", "name"],
  ["name", "name"],
  ["X", "x"],
  ["Foo-Bar", "foo_Bar"],
  ["3D", "_3D"],
];

test("camelCase lowers the first word, acronyms included", () => {
  for (const [given, want] of CAMEL) assert.is(camelCase(given), want, given);
});

const PASCAL: [string, string][] = [
  ["NASJob", "NASJob"],
  ["nasJob", "NasJob"],
  ["job-schedule", "JobSchedule"],
  ["my.type", "MyType"],
  ["Link", "Link"],
  ["3D", "_3D"],
];

test("pascalCase raises the first letter and drops non-identifier characters", () => {
  for (const [given, want] of PASCAL) assert.is(pascalCase(given), want, given);
});

const PLURAL: [string, string][] = [
  ["link", "links"],
  ["days", "days"],
  ["entry", "entries"],
  ["key", "keys"],
  ["status", "status"],
  ["aclEntries", "aclEntries"],
  ["nasObject", "nasObjects"],
];

test("plural adds s, turns a consonant y into ies and keeps words already ending in s", () => {
  for (const [given, want] of PLURAL) assert.is(plural(given), want, given);
});

// ---------------------------------------------------------------------------------------------
// allocate-names

/** Type names of a model by schema name, enumerations included. */
function typeNames(result: IrModel): Record<string, string> {
  const names: Record<string, string> = {};
  for (const f of result.files) {
    for (const type of f.classes) names[type.schemaName] = type.tsName;
    for (const e of f.simpleTypes) names[e.schemaName] = e.tsName;
  }
  return names;
}

/** Member names of one class: `@Attr` for attributes, the element name for elements. */
function memberNames(result: IrModel, schemaName: string): Record<string, string> {
  const type = classNamed(result, schemaName);
  return Object.fromEntries([
    ...type.attributes.map((a) => [`@${a.xmlName}`, a.member]),
    ...type.elements.map((e) => [e.xmlName, e.member]),
  ]);
}

interface TypeNameCase {
  name: string;
  given: IrModel;
  want: Record<string, string>;
}

const TYPE_NAME_CASES: TypeNameCase[] = [
  {
    name: "names a class after its only root element",
    given: model(file("nas.json", [klass("NASJobEntityType")], [root("NASJob", "NASJobEntityType")])),
    want: { NASJobEntityType: "NASJob" },
  },
  {
    name: "names a class without a root, or with two roots, after its type name without Type",
    given: model(
      file(
        "a.json",
        [klass("LinkListType"), klass("TaskType"), klass("Plain")],
        [root("Task", "TaskType"), root("AsyncTask", "TaskType")],
      ),
    ),
    want: { LinkListType: "LinkList", TaskType: "Task", Plain: "Plain" },
  },
  {
    name: "gives a root-named class its name before a look-alike type name",
    given: model(
      file("common.json", [klass("NASJobType")]),
      file("nas.json", [klass("NASJobEntityType")], [root("NASJob", "NASJobEntityType")]),
    ),
    want: { NASJobType: "NASJobType", NASJobEntityType: "NASJob" },
  },
  {
    name: "does not name a class after a JavaScript global",
    given: model(
      file("a.json", [klass("ErrorType"), klass("DateType"), klass("MapType")], [root("Error", "ErrorType")]),
    ),
    want: { ErrorType: "ErrorType", DateType: "DateType", MapType: "MapType" },
  },
  {
    name: "does not name a class after what generated code imports",
    given: model(file("a.json", [klass("XmlObjectType"), klass("RegistryType")])),
    want: { XmlObjectType: "XmlObjectType", RegistryType: "RegistryType" },
  },
  {
    name: "does not name a class after what the package entry exports beside the classes",
    given: model(file("a.json", [klass("FilterType"), klass("XmlReadErrorType"), klass("parse")])),
    want: { FilterType: "FilterType", XmlReadErrorType: "XmlReadErrorType", parse: "Parse" },
  },
  {
    name: "numbers a class whose every candidate name is taken",
    given: model(file("a.json", [klass("FooType"), klass("Foo")])),
    want: { FooType: "Foo", Foo: "Foo2" },
  },
  {
    name: "names enumerations like classes, after them",
    given: model(
      file(
        "a.json",
        [klass("JobType")],
        [],
        [
          enumeration("TaskStateEnumeration", ["Running", "Finished"]),
          enumeration("StateType", ["On"]),
          enumeration("job-kind", ["Backup"]),
        ],
      ),
    ),
    want: { JobType: "Job", StateType: "State", TaskStateEnumeration: "TaskStateEnumeration", "job-kind": "JobKind" },
  },
];

for (const { name, given, want } of TYPE_NAME_CASES) {
  test(`allocate-names ${name}`, () => {
    assert.equal(typeNames(allocateNames(given)), { ...typeNames(given), ...want });
  });
}

test("allocate-names names the enumeration after its class when they clash", () => {
  // The class claims `State` first; the enumeration falls back to its full name.
  const result = allocateNames(model(file("a.json", [klass("StateType")], [], [enumeration("State", ["On"])])));
  assert.equal(typeNames(result), { StateType: "State", State: "State2" });
});

interface MemberCase {
  name: string;
  given: IrModel;
  /** Member names per class, `@Attr` for attributes. */
  want: Record<string, Record<string, string>>;
}

const MEMBER_CASES: MemberCase[] = [
  {
    name: "camelCases members",
    given: model(
      file("a.json", [
        klass("EntityType", {
          attributes: [attribute("UID"), attribute("Href")],
          elements: [
            element("ACLEntries", "xs:string", 0),
            element("HierarchyObjRef", "xs:string"),
            element("NASJob", "xs:string", 0),
          ],
        }),
      ]),
    ),
    want: {
      EntityType: {
        "@UID": "uid",
        "@Href": "href",
        ACLEntries: "aclEntries",
        HierarchyObjRef: "hierarchyObjRef",
        NASJob: "nasJob",
      },
    },
  },
  {
    name: "gives repeated members plural names",
    given: model(
      file("a.json", [
        klass("ScheduleType", {
          elements: [
            element("Link", "xs:string", 0, "unbounded"),
            element("Days", "xs:string", 0, 7),
            element("Entry", "xs:string", 1, "unbounded"),
            element("Month", "xs:string", 0, 1),
          ],
        }),
      ]),
    ),
    want: { ScheduleType: { Link: "links", Days: "days", Entry: "entries", Month: "month" } },
  },
  {
    name: "names text content value and renames an attribute that clashes with it",
    given: model(
      file("a.json", [klass("NoteType", { text: scalar(), attributes: [attribute("Lang"), attribute("Value")] })]),
    ),
    want: { NoteType: { "@Lang": "lang", "@Value": "value2" } },
  },
  {
    name: "escapes reserved member names",
    given: model(
      file("a.json", [
        klass("OddType", {
          attributes: [attribute("constructor")],
          elements: [
            element("Prototype", "xs:string"),
            element("ToString", "xs:string"),
            element("Binding", "xs:string"),
          ],
        }),
      ]),
    ),
    want: {
      OddType: { "@constructor": "constructor_", Prototype: "prototype_", ToString: "toString_", Binding: "binding_" },
    },
  },
  {
    name: "renames an element that clashes with an attribute, attributes first",
    given: model(
      file("a.json", [
        klass("JobType", {
          attributes: [attribute("Name"), attribute("Type")],
          elements: [element("Name", "xs:string"), element("Type", "xs:string"), element("name", "xs:string")],
        }),
      ]),
    ),
    want: { JobType: { "@Name": "name", "@Type": "type", Name: "name2", Type: "type2", name: "name3" } },
  },
  {
    name: "keeps the base's name for an inherited member and renames a new member that clashes with one",
    given: model(
      file("a.json", [
        // The derived class comes first, so its base is named on demand.
        klass("JobType", {
          base: "EntityType",
          attributes: [attribute("Uid")],
          elements: [
            element("Name", "xs:string"),
            element("Description", "xs:string", 0),
            element("Link", "xs:string", 0, "unbounded"),
          ],
        }),
        klass("EntityType", {
          attributes: [attribute("Name"), attribute("UID")],
          elements: [element("Name", "xs:string", 0), element("Links", "xs:string", 0)],
        }),
      ]),
    ),
    want: {
      EntityType: { "@Name": "name", "@UID": "uid", Name: "name2", Links: "links" },
      JobType: { "@Uid": "uid2", Name: "name2", Description: "description", Link: "links2" },
    },
  },
  {
    name: "keeps inherited members across files and through two levels",
    given: model(
      file("common.json", [
        klass("ResourceType", { attributes: [attribute("Href")] }),
        klass("NoteType", { text: scalar() }),
      ]),
      file("nas.json", [
        klass("EntityType", { base: "ResourceType", attributes: [attribute("UID")] }),
        klass("NASJobType", {
          base: "EntityType",
          attributes: [attribute("Href"), attribute("HREF")],
          elements: [element("Uid", "xs:string")],
        }),
        klass("LongNoteType", { base: "NoteType", attributes: [attribute("Value")] }),
      ]),
    ),
    want: {
      ResourceType: { "@Href": "href" },
      EntityType: { "@UID": "uid" },
      NASJobType: { "@Href": "href", "@HREF": "href2", Uid: "uid2" },
      LongNoteType: { "@Value": "value2" },
    },
  },
];

for (const { name, given, want } of MEMBER_CASES) {
  test(`allocate-names ${name}`, () => {
    const result = allocateNames(given);
    for (const [schemaName, members] of Object.entries(want))
      assert.equal(memberNames(result, schemaName), members, schemaName);
  });
}

test("allocate-names is deterministic and changes nothing but names", () => {
  const given = MEMBER_CASES[4]!.given;
  const first = allocateNames(given);
  assert.equal(allocateNames(given), first);
  const type = first.files[0]!.classes[0]!;
  const original = given.files[0]!.classes[0]!;
  assert.equal(
    {
      ...type,
      tsName: "",
      attributes: type.attributes.map((a) => ({ ...a, member: "" })),
      elements: type.elements.map((e) => ({ ...e, member: "" })),
    },
    original,
  );
  assert.is(type.tsName, "Job");
});

test("allocate-names names classes of lowered schemas, anonymous types included", () => {
  const result = allocateNames(
    lowered({
      file: "nas.json",
      sections: {
        complexTypes: [
          {
            name: "NASJobEntityType",
            attributes: [{ name: "UID", type: "xs:string", use: "required" }],
            content: {
              sequence: [
                { element: "Link", type: "xs:string", minOccurs: 0, maxOccurs: "unbounded" },
                { element: "Options", complexType: { attributes: [{ name: "Enabled", type: "xs:boolean" }] } },
              ],
            },
          },
          { name: "ErrorType", simpleContent: "xs:string" },
        ],
        elements: [
          { name: "NASJob", type: "NASJobEntityType" },
          { name: "Error", type: "ErrorType" },
        ],
      },
    }),
  );
  assert.equal(typeNames(result), {
    NASJobEntityOptionsType: "NASJobEntityOptions",
    NASJobEntityType: "NASJob",
    ErrorType: "ErrorType",
  });
  assert.equal(memberNames(result, "NASJobEntityType"), { "@UID": "uid", Link: "links", Options: "options" });
  assert.equal(memberNames(result, "NASJobEntityOptionsType"), { "@Enabled": "enabled" });
});

// ---------------------------------------------------------------------------------------------
// order-by-inheritance

interface OrderCase {
  name: string;
  given: IrModel;
  /** Class schema names per file, in the wanted order. */
  want: string[][];
}

const ORDER_CASES: OrderCase[] = [
  {
    name: "moves a base defined after its derived class before it",
    given: model(file("a.json", [klass("DerivedType", { base: "BaseType" }), klass("BaseType")])),
    want: [["BaseType", "DerivedType"]],
  },
  {
    name: "orders a chain of bases listed backwards",
    given: model(
      file("a.json", [klass("CType", { base: "BType" }), klass("BType", { base: "AType" }), klass("AType")]),
    ),
    want: [["AType", "BType", "CType"]],
  },
  {
    name: "keeps unrelated classes in their place",
    given: model(
      file("a.json", [
        klass("XType"),
        klass("DerivedType", { base: "BaseType" }),
        klass("YType"),
        klass("BaseType"),
        klass("ZType"),
      ]),
    ),
    want: [["XType", "BaseType", "DerivedType", "YType", "ZType"]],
  },
  {
    name: "keeps an order that is already right",
    given: model(
      file("a.json", [
        klass("BaseType"),
        klass("OneType", { base: "BaseType" }),
        klass("TwoType", { base: "BaseType" }),
      ]),
    ),
    want: [["BaseType", "OneType", "TwoType"]],
  },
  {
    name: "leaves a base in another file where it is",
    given: model(
      file("common.json", [klass("EntityType")]),
      file("nas.json", [
        klass("NASJobType", { base: "EntityType" }),
        klass("ExtraType", { base: "NASJobType" }),
        klass("NASBaseType"),
      ]),
    ),
    want: [["EntityType"], ["NASJobType", "ExtraType", "NASBaseType"]],
  },
];

for (const { name, given, want } of ORDER_CASES) {
  test(`order-by-inheritance ${name}`, () => {
    const result = orderByInheritance(given);
    assert.equal(
      result.files.map((f) => f.classes.map((type) => type.schemaName)),
      want,
    );
    // The classes themselves are untouched.
    for (const type of classesOf(result))
      assert.is(
        type,
        classesOf(given).find((original) => original.schemaName === type.schemaName),
      );
  });
}

/** Runs `action` and returns the SchemaError it throws. */
function schemaError(action: () => unknown): SchemaError {
  try {
    action();
  } catch (error) {
    assert.instance(error, SchemaError);
    return error as SchemaError;
  }
  assert.unreachable("expected a SchemaError");
  throw new Error("unreachable");
}

test("order-by-inheritance rejects a cycle of bases between two files", () => {
  const error = schemaError(() =>
    orderByInheritance(
      model(
        file("a.json", [klass("AOneType", { base: "BTwoType" }), klass("ATwoType")]),
        file("b.json", [klass("BOneType", { base: "ATwoType" }), klass("BTwoType")]),
      ),
    ),
  );
  assert.is(error.problems.length, 1);
  const [problem] = error.problems;
  assert.is(problem!.file, "a.json");
  assert.is(problem!.pointer, "");
  assert.match(problem!.message, "base types form a cycle between files (a.json -> b.json -> a.json)");
});

test("order-by-inheritance rejects a cycle of bases through three files built from schemas", () => {
  const error = schemaError(() =>
    orderByInheritance(
      lowered(
        { file: "a.json", sections: { complexTypes: [{ name: "AType", base: "BBaseType" }, { name: "ABaseType" }] } },
        { file: "b.json", sections: { complexTypes: [{ name: "BType", base: "CBaseType" }, { name: "BBaseType" }] } },
        { file: "c.json", sections: { complexTypes: [{ name: "CType", base: "ABaseType" }, { name: "CBaseType" }] } },
      ),
    ),
  );
  assert.is(error.problems.length, 1);
  assert.is(error.problems[0]!.file, "a.json");
  assert.match(error.problems[0]!.message, "(a.json -> b.json -> c.json -> a.json)");
});

test("order-by-inheritance accepts bases in other files when no cycle leads back", () => {
  const result = orderByInheritance(
    lowered(
      { file: "a.json", sections: { complexTypes: [{ name: "AType", base: "BType" }] } },
      { file: "b.json", sections: { complexTypes: [{ name: "BType", base: "CType" }] } },
      { file: "c.json", sections: { complexTypes: [{ name: "CType" }] } },
    ),
  );
  assert.equal(
    result.files.map((f) => f.classes.map((type) => type.schemaName)),
    [["AType"], ["BType"], ["CType"]],
  );
});

test.run();
