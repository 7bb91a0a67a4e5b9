/**
 * `emx import-xsd XSD --into`: an XSD merged into a copy of the project's area files keeps what is
 * curated (docs, link Types, files, order, bytes of what did not change), updates what changed in
 * place, places what is new by its area, removes (or keeps) what is gone, and does nothing the
 * second time. The XSDs are written from our own schemas with `exportXsd`, edited first.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { diffSchemas } from "../../generator/diff/diff-schemas.js";
import { loadSchemaSide } from "../../generator/diff/schema-source.js";
import { exportXsd } from "../../generator/export-xsd/export-xsd.js";
import { buildModel } from "../../generator/build-model.js";
import { importXsdIntoFolder, type IntoOptions } from "../../generator/import-xsd/merge-into-folder.js";
import { writeSchemaJson } from "../../generator/import-xsd/preserving-json.js";
import { loadSchemaFolder, type LoadedSchema } from "../../generator/load/load-schemas.js";
import type { ComplexTypeSchema, ParticleSchema, SchemaFile } from "../../generator/schema-types.js";
import { projectRoot } from "../helpers.js";

const schemasFolder = join(projectRoot, "schemas");
const REPLACE: IntoOptions = { keepRemoved: false, dryRun: false };

/** Every schema file of a folder by name, as text. */
function texts(folder: string): Map<string, string> {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), "utf8")]));
}

/** The files of `folder` that differ from the project's schemas (new and deleted ones included). */
function changedFiles(folder: string): string[] {
  const [before, after] = [texts(schemasFolder), texts(folder)];
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((name) => before.get(name) !== after.get(name))
    .sort();
}

/** Drops every doc, as an EM XSD has none of ours. */
function withoutDocs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, item) => (key === "doc" ? undefined : item))) as T;
}

type Edit = (
  files: Map<
    string,
    { -readonly [K in keyof SchemaFile]: SchemaFile[K] extends readonly (infer U)[] | undefined ? U[] : SchemaFile[K] }
  >,
) => void;

/** Writes the XSD of the project's schemas, docs dropped and `edit` applied, into `folder`. */
function editedXsd(folder: string, edit: Edit = () => {}): string {
  const files = new Map(
    loadSchemaFolder(schemasFolder).map(({ file, schema }) => [file, withoutDocs(schema)] as const),
  );
  edit(files as Parameters<Edit>[0]);
  const schemas: LoadedSchema[] = [...files].map(([file, schema]) => ({ file, schema: { ...schema, doc: "-" } }));
  const path = join(folder, "RestAPI.xsd");
  writeFileSync(path, exportXsd(schemas));
  return path;
}

const typeIn = (schema: SchemaFile | undefined, name: string) =>
  schema!.complexTypes!.find((type) => type.name === name)! as ComplexTypeSchema & {
    content: { sequence: ParticleSchema[] };
  };

const merge = suite("import-xsd --into");
let scratch = "";
let into = "";
merge.before.each(() => {
  scratch = mkdtempSync(join(tmpdir(), "emx-into-"));
  into = join(scratch, "schemas");
  cpSync(schemasFolder, into, { recursive: true });
});
merge.after.each(() => rmSync(scratch, { recursive: true, force: true }));

merge("importing the XSD of the schemas themselves changes no byte, though the XSD has no docs", async () => {
  const report = await importXsdIntoFolder(editedXsd(scratch), into, REPLACE);
  assert.equal([report.written, report.placements, report.removed, report.diff.changes], [[], [], [], []]);
  assert.equal(changedFiles(into), []);
});

merge("a changed type is updated in place: its file, its place there and every doc stay", async () => {
  const xsd = editedXsd(scratch, (files) => {
    const sequence = typeIn(files.get("nas.json"), "NASJobEntityType").content.sequence;
    sequence.splice(3, 0, { element: "Retention", type: "xs:int", minOccurs: 0 });
    (sequence[0] as { minOccurs?: number }).minOccurs = 1;
  });
  const report = await importXsdIntoFolder(xsd, into, REPLACE);
  assert.equal(report.written, ["nas.json"]);
  assert.equal(changedFiles(into), ["nas.json"]);
  const [before, after] = [schemasFolder, into].map((folder) =>
    JSON.parse(readFileSync(join(folder, "nas.json"), "utf8")),
  );
  const index = (schema: SchemaFile) => schema.complexTypes!.findIndex((type) => type.name === "NASJobEntityType");
  assert.is(index(after), index(before));
  const [was, is] = [before, after].map((schema) => typeIn(schema, "NASJobEntityType"));
  assert.equal(
    is.content.sequence.map((particle) => ("element" in particle ? particle.element : "")),
    [
      "Description",
      "Includes",
      "StorageOptions",
      "Retention",
      "ScheduleConfigured",
      "ScheduleEnabled",
      "NextRun",
      "JobScheduleOptions",
    ],
  );
  assert.is(is.doc, was.doc);
  // Required is the default: the XSD does not spell minOccurs="1" out, so the merged file does not either.
  const { minOccurs, ...description } = was.content.sequence[0] as { minOccurs?: number };
  assert.is(minOccurs, 0);
  assert.equal(is.content.sequence[0], description);
  assert.equal(
    report.diff.changes.map((change) => [change.kind, change.path]),
    [
      ["member-now-required", "NASJobEntityType/Description"],
      ["member-added", "NASJobEntityType/Retention"],
    ],
  );
  const again = await importXsdIntoFolder(xsd, into, REPLACE);
  assert.equal([again.written, again.diff.changes], [[], []]);
});

merge("new types go to the file of their area and say why; a stray one goes to unsorted.json", async () => {
  const xsd = editedXsd(scratch, (files) => {
    const nas = files.get("nas.json")!;
    typeIn(nas, "NASJobEntityType").content.sequence.push({
      element: "Archive",
      type: "NASJobArchiveInfoType",
      minOccurs: 0,
    });
    nas.simpleTypes!.push({ name: "NASArchiveModeEnumeration", base: "xs:string", enumeration: ["Copy", "Move"] });
    nas.complexTypes!.push({
      name: "NASJobArchiveInfoType",
      base: "InfoType",
      content: { sequence: [{ element: "Mode", type: "NASArchiveModeEnumeration" }] },
    });
    nas.elements!.push({ name: "NASJobArchive", type: "NASJobArchiveInfoType" });
    nas.complexTypes!.push({ name: "ZebraType", content: { sequence: [{ element: "Stripes", type: "xs:int" }] } });
  });
  const report = await importXsdIntoFolder(xsd, into, REPLACE);
  assert.equal(
    report.placements.map(({ name, file, reason }) => [name, file, reason]),
    [
      ["NASJobArchiveInfoType", "nas.json", "named like NASJobEntityType; referred to by NASJobEntityType"],
      [
        "NASArchiveModeEnumeration",
        "nas.json",
        "named like NASArchiveFileExtensionsScopeEnumeration; referred to by NASJobArchiveInfoType",
      ],
      ["ZebraType", "unsorted.json", "nothing placed refers to it or shares its name"],
      ["NASJobArchive", "nas.json", "its type NASJobArchiveInfoType is there"],
    ],
  );
  assert.equal(changedFiles(into), ["nas.json", "unsorted.json"]);
  const nas = JSON.parse(readFileSync(join(into, "nas.json"), "utf8")) as SchemaFile;
  assert.is(nas.complexTypes!.at(-1)!.name, "NASJobArchiveInfoType");
  assert.is(nas.elements!.at(-1)!.name, "NASJobArchive");
  assert.ok(buildModel(loadSchemaFolder(into)).files.some((file) => file.source === "unsorted.json"));
  assert.equal((await importXsdIntoFolder(xsd, into, REPLACE)).written, []);
});

merge("a definition the XSD no longer has is removed, or kept with --keep-removed", async () => {
  const xsd = editedXsd(scratch, (files) => {
    const reports = files.get("reports.json")!;
    reports.complexTypes!.splice(
      reports.complexTypes!.findIndex((type) => type.name === "JobStatisticsReportFrameType"),
      1,
    );
    reports.elements!.splice(
      reports.elements!.findIndex((root) => root.name === "JobStatisticsReportFrame"),
      1,
    );
  });
  const kept = await importXsdIntoFolder(xsd, into, { keepRemoved: true, dryRun: false });
  assert.equal([kept.written, kept.removed], [[], []]);
  assert.equal(
    kept.kept.map(({ name, file }) => [name, file]),
    [
      ["JobStatisticsReportFrameType", "reports.json"],
      ["JobStatisticsReportFrame", "reports.json"],
    ],
  );
  const removed = await importXsdIntoFolder(xsd, into, REPLACE);
  assert.equal(
    removed.removed.map(({ name }) => name),
    ["JobStatisticsReportFrameType", "JobStatisticsReportFrame"],
  );
  assert.equal(changedFiles(into), ["reports.json"]);
  assert.equal(
    removed.diff.changes.filter((change) => change.breaking).map((change) => [change.kind, change.path]),
    [
      ["root-removed", "<JobStatisticsReportFrame>"],
      ["type-removed", "JobStatisticsReportFrameType"],
    ],
  );
});

merge("a dry run reports and writes nothing", async () => {
  const xsd = editedXsd(scratch, (files) => {
    typeIn(files.get("nas.json"), "NASJobEntityType").content.sequence.pop();
  });
  const report = await importXsdIntoFolder(xsd, into, { keepRemoved: false, dryRun: true });
  assert.equal(report.written, ["nas.json"]);
  assert.equal(changedFiles(into), []);
});

const v12 = resolve(projectRoot, "..", "shared", "em-reference", "RestAPI-v1_2.xsd");
if (!existsSync(v12)) {
  console.log(`import-xsd --into: the v1_2 reference XSD is not at ${v12}; its merge test is skipped`);
} else {
  merge(
    "merging the real EM 9.0 XSD gives exactly its schemas, generates, and is a no-op the second time",
    async () => {
      const report = await importXsdIntoFolder(v12, into, REPLACE);
      assert.ok(report.placements.length > 0 && report.removed.length > 0);
      // Its operations name elements EM 9.0 did not have; only the types are compared here.
      const merged = loadSchemaSide(into, projectRoot, { operations: false }).schemas;
      assert.equal(diffSchemas(loadSchemaSide(v12).schemas, merged).changes, []);
      assert.equal(diffSchemas(loadSchemaFolder(schemasFolder), merged).changes, report.diff.changes);
      buildModel(merged);
      const files = texts(into);
      assert.equal((await importXsdIntoFolder(v12, into, REPLACE)).written, []);
      assert.equal(texts(into), files);
    },
  );
}

merge("a schema file written from its own data is byte-identical, and one edit changes one line", async () => {
  for (const [name, text] of texts(schemasFolder)) {
    const data = JSON.parse(text);
    assert.is(await writeSchemaJson(data, text), text, name);
    if (data.complexTypes === undefined) continue;
    data.complexTypes[0].doc = "Edited.";
    const changed = (await writeSchemaJson(data, text)).split("\n");
    assert.is(changed.filter((line, index) => line !== text.split("\n")[index]).length, 1, name);
  }
});

merge.run();
