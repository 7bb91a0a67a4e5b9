/** collapse-wrappers: which types are wrappers, and which elements surface as arrays of their items. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { IrClass, IrElement, IrModel } from "../../generator/ir.js";
import { collapseWrappers } from "../../generator/passes/collapse-wrappers.js";
import { attribute, classNamed, element, file, klass, lowered, model, scalar } from "./ir-builders.js";

const collapse = suite("collapse-wrappers");

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
  collapse(name, () => {
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

collapse("changes nothing but wrapperOf and wrapped", () => {
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

collapse("works on lowered schemas: a list type over an empty abstract base", () => {
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

collapse.run();
