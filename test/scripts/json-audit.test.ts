/** The units of the JSON-example audit, on small schemas and pages of our own. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildModel } from "../../generator/build-model.js";
import type { SchemaFile } from "../../generator/schema-types.js";
import { readKeptFindings } from "../../scripts/json-audit/decisions.js";
import { findingKey } from "../../scripts/json-audit/findings.js";
import { isNearSpelling } from "../../scripts/json-audit/member-match.js";
import { pageCells, xmlRootOfPair } from "../../scripts/json-audit/page-cells.js";
import { placeExample } from "../../scripts/json-audit/place-example.js";
import { schemaView } from "../../scripts/json-audit/schema-view.js";
import { walkExample } from "../../scripts/json-audit/walk-example.js";
import { compareWithXsd } from "../../scripts/json-audit/xsd-comparison.js";

const element = (name: string, type: string, extra: object = {}) => ({ element: name, type, minOccurs: 0, ...extra });

/** A small model: a resource base, a derived spec with a choice, a nested and a direct wrapper. */
const schema: SchemaFile = {
  doc: "Test types.",
  complexTypes: [
    { name: "LinkType", attributes: [{ name: "Href", type: "xs:string" }] },
    {
      name: "LinkListType",
      jsonArray: true,
      content: { choice: [{ element: "Link", type: "LinkType" }], minOccurs: 0, maxOccurs: "unbounded" },
    },
    {
      name: "BaseType",
      attributes: [{ name: "Href", type: "xs:string" }],
      content: { sequence: [element("Links", "LinkListType")] },
    },
    {
      name: "ItemListType",
      content: {
        choice: [{ element: "Item", jsonName: "Items", type: "xs:string" }],
        minOccurs: 0,
        maxOccurs: "unbounded",
      },
    },
    { name: "DayType", simpleContent: "xs:string", attributes: [{ name: "Name", type: "xs:string" }] },
    {
      name: "SpecType",
      base: "BaseType",
      content: {
        sequence: [
          element("Name", "xs:string"),
          element("Port", "xs:int"),
          { choice: [element("Daily", "xs:boolean"), element("Weekly", "xs:boolean")], minOccurs: 0 },
          element("Items", "ItemListType"),
          element("Day", "DayType"),
          element("Enabled", "xs:boolean"),
        ],
      },
    },
  ],
  elements: [{ name: "Spec", type: "SpecType" }],
};

const view = schemaView(buildModel([{ file: "test.json", schema }]));
const keysOf = (value: unknown) => walkExample(view, "SpecType", value, "x.json").findings.map(findingKey);

const walk = suite("walkExample");

walk("finds nothing in an example in schema order, base members after the derived ones as EM writes them", () => {
  const example = { Name: "a", Port: 1, Weekly: true, Enabled: false, Links: [{ Href: "h" }], Href: "h" };
  assert.equal(keysOf(example), []);
});

walk("reports properties out of their type's sequence, once per declaring type", () => {
  assert.equal(keysOf({ Port: 1, Name: "a", Enabled: true }), [
    "SpecType order: JSON Port, Name, Enabled; schema Name, Port, Enabled",
  ]);
});

walk("leaves the branches of a choice in any order", () => {
  assert.equal(keysOf({ Weekly: true, Daily: null }), []);
});

walk("reports names differing in case or spelling, and properties the type lacks", () => {
  assert.equal(keysOf({ name: "a", Enabld: true, Colour: "red" }), [
    "SpecType name: JSON name, schema Name",
    "SpecType name: JSON Enabld, schema Enabled",
    "SpecType missing: Colour",
  ]);
});

walk("reads wrappers nested under their JSON item name or bare as marked, and takes null slots as absent", () => {
  assert.equal(keysOf({ Items: { Items: ["a", "b"] }, Links: null, Day: null }), []);
  assert.equal(keysOf({ Items: { Item: ["a"] } }), ["ItemListType name: JSON Item, schema Items"]);
  assert.equal(keysOf({ Items: ["a"] }), [
    "ItemListType form: written as the bare array of its items; the schema does not mark it jsonArray",
  ]);
  assert.equal(keysOf({ Links: { Link: [] } }), [
    "LinkListType form: written as an object holding its items; the schema marks it jsonArray",
  ]);
});

walk("reads the text of a simple-content element as Value, and counts quoted numbers and booleans", () => {
  const result = walkExample(view, "SpecType", { Port: "1", Day: { Name: "Mo", Value: "1,0" }, Enabled: "true" }, "x");
  assert.equal(result.findings, []);
  assert.is(result.quotedScalars, 2);
});

const cells = suite("pageCells");

const page = [
  "XML Representation",
  "|  |",
  "| --- |",
  '| <?xml version="1.0" encoding="utf-8"?> |',
  "JSON Representation",
  "|  |",
  "| --- |",
  '| {  "Name": "a" } |',
  "| <Items>   <Item>a</Item> </Items> |",
  "json representation",
  '| "Items": { "Items": ["a"] } |',
  "XML Representation",
  '| <Spec xmlns="http://www.veeam.com/ent/v1.0" Href="h"> |',
  "JSON Representation",
  '| { "Href": "h" } |',
].join("\n");

cells("finds the XML shown with each JSON cell: none when cut before its root, a snippet, a namespaced root", () => {
  const found = pageCells(page);
  assert.equal(
    found.map((cell) => cell.kind),
    ["xml", "json", "xml", "json", "xml", "json"],
  );
  assert.is(xmlRootOfPair(found, 1), undefined);
  assert.equal(xmlRootOfPair(found, 2), { element: "Items", namespaced: false, line: 9 });
  assert.equal(xmlRootOfPair(found, 3), { element: "Spec", namespaced: true, line: 13 });
  assert.is(xmlRootOfPair(found, 4), undefined);
});

const place = suite("placeExample");

place("reads an example as the XML root's type, a snippet's declaring type, the request body's, or by shape", () => {
  const facts = { cells: pageCells(page), requestRoot: "Spec" };
  const at = (pair: number, value: unknown, requestRoot?: string) =>
    placeExample(view, { file: "f.json", page: "p.md", pair, value }, { ...facts, requestRoot }).type;
  assert.is(at(1, { Name: "a" }, "Spec"), "SpecType");
  assert.is(at(2, { Items: { Items: ["a"] } }, "Spec"), "SpecType");
  assert.is(at(3, { Href: "h" }), "SpecType");
  assert.is(at(1, { Rel: "x", Href: "h" }), "LinkType");
});

const spelling = suite("isNearSpelling");

spelling("tells a letter or two apart in names long enough, and nothing in short ones", () => {
  assert.ok(isNearSpelling("FailoverToOtherGatewaysIfFail", "FailoverToOthersGatewaysIfFail"));
  assert.ok(isNearSpelling("DomainAccount", "DomainAccout"));
  assert.not.ok(isNearSpelling("Ref", "Refs"));
  assert.not.ok(isNearSpelling("Description", "Destination"));
});

const xsd = suite("compareWithXsd");

xsd("reports XSD members the schema lacks or spells otherwise, and a shared order the schema breaks", () => {
  const folder = mkdtempSync(join(tmpdir(), "emx-audit-"));
  const path = join(folder, "t.xsd");
  writeFileSync(
    path,
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:complexType name="SpecType"><xs:sequence>
    <xs:element name="Port" type="xs:int" /><xs:element name="Name" type="xs:string" />
    <xs:element name="Enable" type="xs:boolean" /><xs:element name="Colour" type="xs:string" />
  </xs:sequence></xs:complexType>
  <xs:complexType name="GoneType" />
</xs:schema>`,
  );
  try {
    assert.equal(compareWithXsd(view, path).map(findingKey).sort(), [
      "GoneType xsd-missing: the type itself",
      "SpecType xsd-missing: element Colour",
      "SpecType xsd-name: XSD element Enable, schema Enabled",
      "SpecType xsd-order: XSD Port, Name; schema Name, Port",
    ]);
  } finally {
    rmSync(folder, { recursive: true });
  }
});

const decisions = suite("readKeptFindings");

decisions("reads the kept findings with their reasons and rejects a line of another form", () => {
  const folder = mkdtempSync(join(tmpdir(), "emx-decisions-"));
  const path = join(folder, "DECISIONS.md");
  try {
    writeFileSync(
      path,
      "# D\n\n- `not kept` — other section\n\n## Kept\n\n- `A name: JSON a, schema A` — hand-written.\n",
    );
    assert.equal(readKeptFindings(path), [{ key: "A name: JSON a, schema A", reason: "hand-written.", line: 7 }]);
    writeFileSync(path, "## Kept\n- A name without its reason\n");
    assert.throws(() => readKeptFindings(path), /kept finding "- A name without its reason" is not/);
  } finally {
    rmSync(folder, { recursive: true });
  }
});

walk.run();
cells.run();
place.run();
spelling.run();
xsd.run();
decisions.run();
