/**
 * `emx export-xsd`: the XSD of our schemas. Every construct is written; imported back it gives the
 * same types, elements and content models; what XSD cannot say is a SchemaError; the command writes
 * what the function gives. libxml2's view of it is `export-xsd-libxml2.test.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { exportXsd } from "../../generator/export-xsd/export-xsd.js";
import { importXsd, importXsdFile } from "../../generator/import-xsd/import-xsd.js";
import { checkSchemas, loadSchemaFolder, type LoadedSchema } from "../../generator/load/load-schemas.js";
import { SchemaError } from "../../runtime/errors.js";
import { emxCommand, fixtures, projectRoot } from "../helpers.js";
import { sampleSchemas } from "./export-xsd-sample.js";
import { compileErrors, EM, libxml2 } from "./libxml2.js";

const exporting = suite("export-xsd");

const schemas = loadSchemaFolder(join(projectRoot, "schemas"));
const exported = exportXsd(schemas);

exporting("writes every construct: restrictions, extensions of both kinds, groups, anonymous types, any, docs", () => {
  assert.fixture(
    exportXsd(sampleSchemas),
    readFileSync(join(fixtures, "golden", "export-xsd-sample.xsd.golden"), "utf8"),
  );
});

exporting(
  "libxml2 compiles the small export and validates by it: facets, groups, simple content, wildcards",
  async () => {
    const thing = (body: string, attributes = "") =>
      `<Thing xmlns="${EM}" xmlns:o="urn:other" Href="h"${attributes}><Kind>A &amp; &lt;B></Kind>${body}</Thing>`;
    const verdicts = await libxml2(exportXsd(sampleSchemas), [
      {
        fileName: "ok.xml",
        contents: thing(
          '<Code>AB-1</Code><From>2026-01-01T00:00:00Z</From><To>10:00:00</To><Note Size="3" By="x">n</Note><Part /><Part /><o:x />',
          ' Enabled="1"',
        ),
      },
      { fileName: "base-pattern.xml", contents: thing("<Code>AB-12</Code>") },
      { fileName: "enumeration.xml", contents: thing("").replace("A &amp; &lt;B>", "C") },
      {
        fileName: "choice-max.xml",
        contents: thing("<Code>AB-1</Code><Code>AB-2</Code><Code>AB-3</Code><Code>AB-4</Code>"),
      },
      { fileName: "wildcard.xml", contents: thing(`<Other xmlns="${EM}" />`) },
    ]);
    assert.equal(
      [...verdicts].map(([file, verdict]) => `${file}: ${verdict.valid}`),
      [
        "ok.xml: true",
        "base-pattern.xml: false",
        "enumeration.xml: false",
        "choice-max.xml: false",
        "wildcard.xml: false",
      ],
    );
  },
);

exporting("a base and a simple content on one type cannot be written: reported with the file and pointer", () => {
  const [file] = checkSchemas([
    {
      file: "c.json",
      text: JSON.stringify({
        doc: "c",
        complexTypes: [
          { name: "AType", content: { sequence: [] } },
          { name: "BType", base: "AType", simpleContent: "xs:string" },
        ],
      }),
    },
  ]);
  try {
    exportXsd([file!]);
    assert.unreachable("expected a SchemaError");
  } catch (error) {
    assert.instance(error, SchemaError);
    assert.equal((error as SchemaError).problems, [
      {
        file: "c.json",
        pointer: "/complexTypes/1",
        message: "has both a base (AType) and simple content (xs:string); an XSD type extends one of them",
      },
    ]);
  }
});

// ---------------------------------------------------------------------------------------------
// Imported back

/** All files' declarations in one, as the importer gives them. */
function merged(files: readonly LoadedSchema[]) {
  return {
    simpleTypes: files.flatMap(({ schema }) => schema.simpleTypes ?? []),
    complexTypes: files.flatMap(({ schema }) => schema.complexTypes ?? []),
    elements: files.flatMap(({ schema }) => schema.elements ?? []),
  };
}

/**
 * What the round trip may change, and only that. XSD has no place for a root element's `linkTypes`
 * nor for the names and forms of EM's JSON (`jsonName`, `jsonArray`); the exporter leaves them out.
 * Nor is there one for file boundaries (the importer makes one file, with its own
 * doc; the file docs are top-level annotations it skips). And XSD gives an explicit default the
 * meaning of an absent one: `use="optional"`, `minOccurs="1"` and `maxOccurs="1"` are written as
 * our schemas say, and the importer, rightly, reads them as absent.
 */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "linkTypes" || key === "jsonName" || key === "jsonArray") continue;
    if (key === "use" && item === "optional") continue;
    if ((key === "minOccurs" || key === "maxOccurs") && item === 1) continue;
    result[key] = normalise(item);
  }
  return result;
}

exporting("importing the export gives back the sample's types, elements and content models", () => {
  const back = importXsd(exportXsd(sampleSchemas), "sample.xsd");
  assert.is(back.doc, "Imported from sample.xsd.");
  assert.equal(
    { simpleTypes: back.simpleTypes, complexTypes: back.complexTypes, elements: back.elements },
    normalise(merged(sampleSchemas)),
  );
});

exporting("importing the export gives back the project's types, elements and content models", () => {
  const back = importXsd(exported, "em.xsd");
  const own = normalise(merged(schemas)) as ReturnType<typeof merged>;
  assert.is(back.simpleTypes?.length, own.simpleTypes.length);
  assert.is(back.complexTypes?.length, own.complexTypes.length);
  assert.is(back.elements?.length, own.elements.length);
  // Type by type, so that a failure names the type.
  own.simpleTypes.forEach((type, index) => assert.equal(back.simpleTypes![index], type, type.name));
  own.complexTypes.forEach((type, index) => assert.equal(back.complexTypes![index], type, type.name));
  own.elements.forEach((element, index) => assert.equal(back.elements![index], element, element.name));
});

const v12 = resolve(projectRoot, "..", "shared", "em-reference", "RestAPI-v1_2.xsd");
if (!existsSync(v12)) {
  console.log(`export-xsd: the v1_2 reference XSD is not at ${v12}; its export test is skipped`);
} else {
  exporting(
    "the real v1_2 XSD, imported, exported and imported again, is the same schema; libxml2 compiles the export",
    async () => {
      const imported = importXsdFile(v12);
      const text = exportXsd([{ file: "RestAPI-v1_2.json", schema: imported }]);
      assert.equal(importXsd(text, "RestAPI-v1_2.xsd"), imported);
      assert.equal(await compileErrors(text), []);
    },
  );
}

exporting("the export is deterministic, and `emx export-xsd` writes it and says what it wrote", () => {
  assert.is(exportXsd(loadSchemaFolder(join(projectRoot, "schemas"))), exported);
  const out = mkdtempSync(join(tmpdir(), "emx-export-"));
  const emx = (...args: string[]) =>
    spawnSync(...emxCommand("export-xsd", ...args), {
      encoding: "utf8",
      cwd: projectRoot,
    });
  const own = emx("--out", join(out, "nested", "em.xsd"));
  assert.is(own.status, 0, own.stderr);
  assert.is(readFileSync(join(out, "nested", "em.xsd"), "utf8"), exported);
  const count = (key: "simpleTypes" | "complexTypes" | "elements") => merged(schemas)[key].length;
  assert.is(
    own.stdout.trim(),
    `exported ${count("complexTypes")} complex types, ${count("simpleTypes")} simple types and ${count("elements")} root elements to ${join(out, "nested", "em.xsd")}`,
  );
  const small = join(projectRoot, "test", "fixtures", "schemas", "small");
  const other = emx("--schemas", small, "--out", join(out, "small.xsd"));
  assert.is(other.status, 0, other.stderr);
  assert.is(readFileSync(join(out, "small.xsd"), "utf8"), exportXsd(loadSchemaFolder(small)));
  const missing = emx();
  assert.is(missing.status, 2);
  assert.match(missing.stderr, /Missing required argument: out/);
  rmSync(out, { recursive: true });
});

exporting.run();
