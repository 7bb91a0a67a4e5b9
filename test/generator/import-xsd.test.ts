/** `emx import-xsd`: each XSD construct EM uses, unsupported ones reported by line, and the real v1_2 XSD. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { generate } from "../../generator/generate.js";
import { importXsd } from "../../generator/import-xsd/import-xsd.js";
import { importXsdToFolder } from "../../generator/import-xsd/write-folder.js";
import { SchemaError } from "../../runtime/errors.js";
import { projectRoot } from "../helpers.js";

const importing = suite("import-xsd");

const wrap = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<xs:schema xmlns="urn:t" xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">\n${body}\n</xs:schema>`;

function problems(body: string): { pointer: string; message: string }[] {
  try {
    importXsd(wrap(body), "t.xsd");
  } catch (error) {
    if (error instanceof SchemaError) return error.problems.map(({ pointer, message }) => ({ pointer, message }));
    throw error;
  }
  throw new Error("expected a SchemaError");
}

importing("imports global elements, named types, extensions, sequences, choices and occurs", () => {
  const schema = importXsd(
    wrap(`
  <xs:element name="Thing" type="ThingType" />
  <xs:complexType name="BaseType" abstract="true">
    <xs:sequence><xs:element name="Links" type="xs:string" minOccurs="0" maxOccurs="1" /></xs:sequence>
    <xs:attribute name="Href" use="required" type="xs:string" />
  </xs:complexType>
  <xs:complexType name="ThingType">
    <xs:complexContent>
      <xs:extension base="BaseType">
        <xs:sequence>
          <xs:element name="Size" type="xs:long" />
          <xs:choice minOccurs="0" maxOccurs="unbounded">
            <xs:element name="Tag" type="xs:string" />
          </xs:choice>
          <xs:element name="Count" type="xs:int" minOccurs="2" maxOccurs="5" />
        </xs:sequence>
        <xs:attribute name="Enabled" type="xs:boolean" default="false" />
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>`),
    "t.xsd",
  );
  assert.equal(schema.elements, [{ name: "Thing", type: "ThingType" }]);
  assert.equal(schema.complexTypes, [
    {
      name: "BaseType",
      abstract: true,
      content: { sequence: [{ element: "Links", type: "xs:string", minOccurs: 0 }] },
      attributes: [{ name: "Href", type: "xs:string", use: "required" }],
    },
    {
      name: "ThingType",
      base: "BaseType",
      content: {
        sequence: [
          { element: "Size", type: "xs:long" },
          { choice: [{ element: "Tag", type: "xs:string" }], minOccurs: 0, maxOccurs: "unbounded" },
          { element: "Count", type: "xs:int", minOccurs: 2, maxOccurs: 5 },
        ],
      },
      attributes: [{ name: "Enabled", type: "xs:boolean", default: "false" }],
    },
  ]);
});

importing("imports simple content, anonymous types, simple types with facets, xs:any and documentation", () => {
  const schema = importXsd(
    wrap(`
  <xs:simpleType name="ColourEnumeration"><xs:restriction base="xs:string"><xs:enumeration value="Red" /><xs:enumeration value="Green" /></xs:restriction></xs:simpleType>
  <xs:simpleType name="UidType"><xs:annotation><xs:documentation> An   id. </xs:documentation></xs:annotation><xs:restriction base="string"><xs:pattern value="urn\\:[a-z]+" /></xs:restriction></xs:simpleType>
  <xs:simpleType name="string"><xs:restriction base="xs:string" /></xs:simpleType>
  <xs:complexType name="DaysType">
    <xs:sequence>
      <xs:element name="Day">
        <xs:complexType>
          <xs:simpleContent><xs:extension base="string"><xs:attribute name="Name" use="required" type="ColourEnumeration" /></xs:extension></xs:simpleContent>
        </xs:complexType>
      </xs:element>
      <xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded" />
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="NoteType"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="Lang" type="xs:string" /></xs:extension></xs:simpleContent></xs:complexType>
  <xs:complexType name="LongNoteType"><xs:simpleContent><xs:extension base="NoteType"><xs:attribute name="Size" type="xs:unsignedLong" /></xs:extension></xs:simpleContent></xs:complexType>`),
    "t.xsd",
  );
  assert.equal(schema.simpleTypes, [
    { name: "ColourEnumeration", base: "xs:string", enumeration: ["Red", "Green"] },
    { name: "UidType", base: "string", doc: "An id.", pattern: "urn\\:[a-z]+" },
    { name: "string", base: "xs:string" },
  ]);
  assert.equal(schema.complexTypes?.[0], {
    name: "DaysType",
    content: {
      sequence: [
        {
          element: "Day",
          complexType: {
            simpleContent: "string",
            attributes: [{ name: "Name", type: "ColourEnumeration", use: "required" }],
          },
        },
        { any: "##other", processContents: "lax", minOccurs: 0, maxOccurs: "unbounded" },
      ],
    },
  });
  assert.equal(schema.complexTypes?.[2], {
    name: "LongNoteType",
    base: "NoteType",
    attributes: [{ name: "Size", type: "xs:unsignedLong" }],
  });
});

importing("names each unsupported construct with its line", () => {
  assert.equal(
    problems(`<xs:complexType name="A">
    <xs:group ref="G" />
  </xs:complexType>
  <xs:simpleType name="B"><xs:restriction base="xs:string"><xs:maxLength value="3" /></xs:restriction></xs:simpleType>
  <xs:simpleType name="C"><xs:list itemType="xs:string" /></xs:simpleType>
  <xs:complexType name="D" mixed="true"><xs:complexContent><xs:restriction base="A" /></xs:complexContent></xs:complexType>
  <xs:element name="E" type="xs:decimal" />
  <xs:import namespace="urn:other" />`),
    [
      { pointer: "line 4", message: "xs:group in a complex type is not supported" },
      { pointer: "line 6", message: "the facet xs:maxLength is not supported (only enumeration and pattern)" },
      { pointer: "line 7", message: "xs:list in a simple type is not supported (only xs:restriction)" },
      { pointer: "line 7", message: "simple type C has no xs:restriction" },
      { pointer: "line 8", message: "mixed content is not supported" },
      { pointer: "line 8", message: "xs:complexContent must hold one xs:extension (xs:restriction is not supported)" },
      {
        pointer: "line 9",
        message:
          "the built-in type xs:decimal is not supported (supported: string, boolean, int, long, unsignedShort, unsignedLong, double, dateTime, time, duration)",
      },
      { pointer: "line 10", message: "xs:import at the top level is not supported" },
    ],
  );
});

importing("reports XML that is not well-formed as a schema problem at its line", () => {
  assert.equal(problems(`<xs:element name="A" type="xs:string">`), [
    { pointer: "line 4", message: "not well-formed XML: unexpected close tag." },
  ]);
});

const v12 = resolve(projectRoot, "..", "shared", "em-reference", "RestAPI-v1_2.xsd");

if (!existsSync(v12)) {
  console.log(`import-xsd: the v1_2 reference XSD is not at ${v12}; its import test is skipped`);
} else {
  importing(
    "imports every type and root element of the real v1_2 XSD, and the result generates code that compiles",
    async () => {
      // Counted independently of the importer: declarations outside comments.
      const text = readFileSync(v12, "utf8").replace(/<!--[\s\S]*?-->/g, "");
      const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
      const out = mkdtempSync(join(tmpdir(), "emx-v12-"));
      const summary = importXsdToFolder(v12, join(out, "schemas"));
      assert.is(summary.complexTypes, count(/<xs:complexType name=/g));
      assert.is(summary.simpleTypes, count(/<xs:simpleType name=/g));
      assert.is(summary.elements, count(/^ {2}<xs:element name=/gm));
      assert.equal([summary.complexTypes, summary.simpleTypes, summary.elements], [215, 20, 131]);
      const generated = join(out, "generated");
      // Imported from this checkout's runtime: the package is not installed beside the temporary folder.
      const runtimeImport = relative(generated, join(projectRoot, "runtime", "index.js"));
      await generate({ schemas: join(out, "schemas"), out: generated, check: false, runtimeImport });
      execFileSync(
        process.execPath,
        [
          join(projectRoot, "node_modules", "typescript", "bin", "tsc"),
          "--noEmit",
          "--strict",
          "--target",
          "es2022",
          "--module",
          "nodenext",
          "--moduleResolution",
          "nodenext",
          "--skipLibCheck",
          join(generated, "index.ts"),
        ],
        { stdio: "pipe" },
      );
      const bindings = (await import(join(generated, "index.ts"))) as typeof import("../../generated/index.js");
      const task = bindings.parse(
        '<Task xmlns="http://www.veeam.com/ent/v1.0" Href="h"><TaskId>1</TaskId><State>Running</State><Operation>o</Operation></Task>',
      );
      assert.is(task.constructor.name, "Task");
      rmSync(out, { recursive: true });
    },
  );
}

importing.run();
