/**
 * The sides of a diff: a schema folder, an XSD file and a git revision (in a repository made for
 * the test) load to the same schemas; folders and revisions load their operations too; what a newer
 * layout adds is left out; a side that cannot be read is one clear error.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { diffSchemas } from "../../generator/diff/diff-schemas.js";
import { loadSchemaSide } from "../../generator/diff/schema-source.js";
import { SchemaSourceError } from "../../generator/source-error.js";
import { SchemaError } from "../../runtime/errors.js";

const THINGS = {
  $schema: "./schema.schema.json",
  doc: "Things.",
  complexTypes: [
    {
      name: "ThingType",
      attributes: [{ name: "Id", type: "xs:string", use: "required" }],
      content: { sequence: [{ element: "Name", type: "xs:string", minOccurs: 0 }] },
    },
  ],
  elements: [{ name: "Thing", type: "ThingType" }],
};

const THINGS_XSD = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns="urn:t" xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:element name="Thing" type="ThingType" />
  <xs:complexType name="ThingType">
    <xs:sequence><xs:element name="Name" type="xs:string" minOccurs="0" /></xs:sequence>
    <xs:attribute name="Id" type="xs:string" use="required" />
  </xs:complexType>
</xs:schema>
`;

/** The operations of things: reading one. */
const THING_OPERATIONS = {
  doc: "Things.",
  operations: [
    {
      id: "getThing",
      method: "GET",
      path: "/things/{ID}",
      doc: "Reads a thing.",
      page: "get_things_id.md",
      authentication: "session",
      pathParameters: [{ name: "ID", type: "xs:string", doc: "Which thing." }],
      responses: [{ status: 200, element: "Thing" }],
    },
  ],
};

/** Writes a schema folder holding `things.json` (and no meta-schema: the package's own is used) under `parent`. */
function schemaFolder(parent: string, things: object = THINGS): string {
  const folder = join(parent, "schemas");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "things.json"), `${JSON.stringify(things, null, 2)}\n`);
  return folder;
}

/** Writes `operations/things.json` into a schema folder. */
function operationFolder(folder: string, operations: object = THING_OPERATIONS): void {
  mkdirSync(join(folder, "operations"), { recursive: true });
  writeFileSync(join(folder, "operations", "things.json"), `${JSON.stringify(operations, null, 2)}\n`);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=emx", "-c", "user.email=emx@example.invalid", ...args], {
    cwd,
    encoding: "utf8",
  });
}

const sides = suite("diff sides");
let scratch = "";
sides.before.each(() => {
  scratch = mkdtempSync(join(tmpdir(), "emx-sides-"));
});
sides.after.each(() => rmSync(scratch, { recursive: true, force: true }));

sides("a folder, an XSD file and a git revision of each load to the same schemas", () => {
  const folder = schemaFolder(scratch);
  writeFileSync(join(scratch, "api.xsd"), THINGS_XSD);
  git(scratch, "init", "-q");
  git(scratch, "add", ".");
  git(scratch, "commit", "-qm", "things");
  const loaded = ["schemas", "api.xsd", "HEAD:schemas", "HEAD:api.xsd"].map((spec) => loadSchemaSide(spec, scratch));
  assert.equal(
    loaded.map((side) => side.kind),
    ["folder", "xsd", "git folder", "git xsd"],
  );
  for (const side of loaded) assert.equal(diffSchemas(loaded[0]!.schemas, side.schemas).changes, [], side.spec);
  assert.is(loadSchemaSide(folder).schemas[0]!.file, "things.json");
});

sides("a git revision is read without touching the work tree", () => {
  schemaFolder(scratch);
  git(scratch, "init", "-q");
  git(scratch, "add", ".");
  git(scratch, "commit", "-qm", "v1");
  const changed = structuredClone(THINGS);
  changed.complexTypes[0]!.content.sequence[0]!.minOccurs = 1;
  schemaFolder(scratch, changed);
  git(scratch, "commit", "-qam", "v2");
  writeFileSync(join(scratch, "schemas", "things.json"), "not even JSON");
  const before = loadSchemaSide("HEAD~1:schemas", scratch);
  const after = loadSchemaSide("HEAD:schemas", scratch);
  assert.equal(
    diffSchemas(before.schemas, after.schemas).changes.map((change) => [change.kind, change.path]),
    [["member-now-required", "ThingType/Name"]],
  );
  assert.is(git(scratch, "status", "--porcelain").trim(), "M schemas/things.json");
});

sides("a folder and a git revision load their operations; an XSD and a folder without operations/ have none", () => {
  const folder = schemaFolder(scratch);
  writeFileSync(join(scratch, "api.xsd"), THINGS_XSD);
  git(scratch, "init", "-q");
  git(scratch, "add", ".");
  git(scratch, "commit", "-qm", "things");
  assert.is(loadSchemaSide("schemas", scratch).operations, undefined);
  assert.is(loadSchemaSide("HEAD:schemas", scratch).operations, undefined);
  operationFolder(folder);
  git(scratch, "add", ".");
  git(scratch, "commit", "-qm", "operations");
  for (const spec of ["schemas", "HEAD:schemas", "HEAD:schemas/"]) {
    const operations = loadSchemaSide(spec, scratch).operations;
    assert.equal(
      operations?.map((file) => [file.file, file.operations.operations?.[0]?.id]),
      [["operations/things.json", "getThing"]],
      spec,
    );
  }
  assert.is(loadSchemaSide("api.xsd", scratch).operations, undefined);
  assert.is(loadSchemaSide("HEAD:api.xsd", scratch).operations, undefined);
  assert.is(loadSchemaSide("schemas", scratch, { operations: false }).operations, undefined);
});

sides("an operation changed between two git revisions is found", () => {
  const folder = schemaFolder(scratch);
  operationFolder(folder);
  git(scratch, "init", "-q");
  git(scratch, "add", ".");
  git(scratch, "commit", "-qm", "v1");
  const changed = structuredClone(THING_OPERATIONS);
  changed.operations[0]!.path = "/items/{ID}";
  operationFolder(folder, changed);
  git(scratch, "commit", "-qam", "v2");
  const [before, after] = ["HEAD~1:schemas", "HEAD:schemas"].map((spec) => loadSchemaSide(spec, scratch));
  const operations = { old: before!.operations, new: after!.operations };
  assert.equal(
    diffSchemas(before!.schemas, after!.schemas, { operations }).changes.map((change) => [
      change.kind,
      change.path,
      change.old,
      change.new,
      change.breaking,
    ]),
    [["operation-path-changed", "getThing", "/things/{ID}", "/items/{ID}", true]],
  );
});

sides("other subfolders, other meta-schemas and unknown sections of a newer layout are left out", () => {
  const folder = schemaFolder(scratch, { ...THINGS, operations: [{ method: "GET", path: "/things" }] });
  operationFolder(folder, { ...THING_OPERATIONS, examples: [{ operation: "getThing" }] });
  writeFileSync(join(folder, "operations", "operations.schema.json"), '{ "type": "object" }');
  mkdirSync(join(folder, "drafts"));
  writeFileSync(join(folder, "drafts", "things.json"), '{ "not": "a schema file" }');
  writeFileSync(join(folder, "operations.schema.json"), '{ "type": "object" }');
  const side = loadSchemaSide(folder);
  assert.equal(
    side.schemas.map((schema) => schema.file),
    ["things.json"],
  );
  assert.not.ok("operations" in side.schemas[0]!.schema);
  assert.equal(
    side.operations?.map((file) => file.file),
    ["operations/things.json"],
  );
  assert.not.ok("examples" in side.operations![0]!.operations);
});

sides("operations that name what the side's types do not declare are one schema error", () => {
  const folder = schemaFolder(scratch);
  const unknown = structuredClone(THING_OPERATIONS);
  unknown.operations[0]!.responses[0]!.element = "Gadget";
  operationFolder(folder, unknown);
  assert.throws(
    () => loadSchemaSide(folder),
    (error: unknown) =>
      error instanceof SchemaError &&
      error.message ===
        'operations/things.json#/operations/0/responses/0/element: answer element "Gadget" is not a root element of the type schemas',
  );
});

const reading = (spec: string, cwd: string) => {
  try {
    loadSchemaSide(spec, cwd);
  } catch (error) {
    assert.instance(error, SchemaSourceError);
    return (error as Error).message;
  }
  throw new Error(`${spec} loaded`);
};

sides("a side that cannot be read says what and why in one line", () => {
  mkdirSync(join(scratch, "empty"));
  writeFileSync(join(scratch, "notes.txt"), "");
  git(scratch, "init", "-q");
  assert.is(
    reading("missing", scratch),
    '"missing" is not a schema folder, an .xsd file or a git revision (no such path)',
  );
  assert.is(reading("notes.txt", scratch), '"notes.txt" is not a schema folder, an .xsd file or a git revision');
  assert.is(reading("empty", scratch), '"empty" holds no schema files (*.json)');
  assert.match(reading("HEAD~9:schemas", scratch), /^git revision "HEAD~9:schemas" cannot be read in .*: /);
  assert.not.match(reading("HEAD~9:schemas", scratch), /\n/);
});

sides.run();
