/** allocate-names: every generated name, given once, none reserved, inherited members kept. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { IrModel } from "../../generator/ir.js";
import { allocateNames } from "../../generator/passes/allocate-names.js";
import {
  attribute,
  classNamed,
  element,
  enumeration,
  file,
  klass,
  lowered,
  model,
  root,
  scalar,
} from "./ir-builders.js";

const allocate = suite("allocate-names");

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
    given: model(file("a.json", [klass("FindingType"), klass("XmlReadErrorType"), klass("parse")])),
    want: { FindingType: "FindingType", XmlReadErrorType: "XmlReadErrorType", parse: "Parse" },
  },
  {
    // The filter builder lives on `emx/client`, which exports no classes.
    name: "names a class after what only another entry point exports",
    given: model(file("a.json", [klass("FilterType")])),
    want: { FilterType: "Filter" },
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
  allocate(name, () => {
    assert.equal(typeNames(allocateNames(given)), { ...typeNames(given), ...want });
  });
}

allocate("names the enumeration after its class when they clash", () => {
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
  allocate(name, () => {
    const result = allocateNames(given);
    for (const [schemaName, members] of Object.entries(want))
      assert.equal(memberNames(result, schemaName), members, schemaName);
  });
}

allocate("is deterministic and changes nothing but names", () => {
  const given = MEMBER_CASES[4]!.given;
  const first = allocateNames(given);
  assert.equal(allocateNames(given), first);
  const type = first.files[0]!.classes[0]!;
  const original = given.files[0]!.classes[0]!;
  assert.equal(
    {
      ...type,
      tsName: "",
      fieldsName: undefined,
      attributes: type.attributes.map((a) => ({ ...a, member: "" })),
      elements: type.elements.map((e) => ({ ...e, member: "" })),
    },
    original,
  );
  assert.is(type.tsName, "Job");
  assert.is(type.fieldsName, "JobFields");
});

/** The codec names of a model's simple types and the field table names of its classes, by schema name. */
function constantNames(result: IrModel): Record<string, string | undefined> {
  const names: Record<string, string | undefined> = {};
  for (const f of result.files) {
    for (const simple of f.simpleTypes) names[simple.schemaName] = simple.codecName;
    for (const type of f.classes) names[type.schemaName] = type.fieldsName;
  }
  return names;
}

allocate("names each codec after its type and each field table after its class", () => {
  const result = allocateNames(
    model(
      file(
        "a.json",
        [klass("JobType", { elements: [element("Name", "xs:string")] }), klass("EmptyType")],
        [],
        [enumeration("JobKindEnumeration", ["Backup"])],
      ),
    ),
  );
  assert.equal(constantNames(result), {
    JobType: "JobFields",
    EmptyType: undefined,
    JobKindEnumeration: "jobKindEnumerationCodec",
  });
});

allocate("does not give a codec the name of a runtime codec it would shadow", () => {
  // `Int` is free as a type name, but `intCodec` is the runtime's codec of xs:int.
  const result = allocateNames(model(file("a.json", [], [], [enumeration("IntType", ["1"])])));
  assert.equal(typeNames(result), { IntType: "Int" });
  assert.equal(constantNames(result), { IntType: "intCodec2" });
});

allocate("does not give a field table the name of a class of any file", () => {
  const result = allocateNames(
    model(
      file("a.json", [klass("JobType", { attributes: [attribute("Id")] })]),
      file("b.json", [klass("JobFieldsType", { attributes: [attribute("Id")] })]),
    ),
  );
  assert.equal(typeNames(result), { JobType: "Job", JobFieldsType: "JobFields" });
  assert.equal(constantNames(result), { JobType: "JobFields2", JobFieldsType: "JobFieldsFields" });
});

allocate("names classes of lowered schemas, anonymous types included", () => {
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

allocate.run();
