/**
 * `emx diff` end to end: exit codes (1 breaking, 0 not, 2 bad command line), the three formats,
 * operation changes in their own section, a CI job's `HEAD~1:schemas schemas` in a repository made for the test, and the real EM 9.0 XSD
 * against today's schemas (read in place; skipped with a message when absent).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { projectRoot, emxCommand } from "../helpers.js";

/** The environment of the child, without the colour switches that make node warn when both are set. */
const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...childEnvironment } = process.env;

function emx(cwd: string, ...args: string[]) {
  const result = spawnSync(...emxCommand(...args), {
    encoding: "utf8",
    cwd,
    env: childEnvironment,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A schema folder of one type whose `Name` element has the given occurs. */
function things(folder: string, nameOccurs: { minOccurs?: number; maxOccurs?: number | "unbounded" }): void {
  mkdirSync(folder, { recursive: true });
  const schema = {
    doc: "Things.",
    simpleTypes: [{ name: "ColourEnumeration", base: "xs:string", enumeration: ["Red", "Green"] }],
    complexTypes: [
      {
        name: "ThingType",
        content: {
          sequence: [
            { element: "Name", type: "xs:string", ...nameOccurs },
            { element: "Colour", type: "ColourEnumeration", minOccurs: 0 },
          ],
        },
      },
    ],
    elements: [{ name: "Thing", type: "ThingType" }],
  };
  writeFileSync(join(folder, "things.json"), JSON.stringify(schema, null, 2));
}

const cli = suite("emx diff");
let scratch = "";
cli.before.each(() => {
  scratch = mkdtempSync(join(tmpdir(), "emx-diff-"));
  things(join(scratch, "old"), { minOccurs: 0 });
  things(join(scratch, "same"), { minOccurs: 0 });
  things(join(scratch, "wider"), { minOccurs: 0, maxOccurs: 1 });
  things(join(scratch, "breaking"), { minOccurs: 1 });
});
cli.after.each(() => rmSync(scratch, { recursive: true, force: true }));

cli("exits 0 without a breaking change and 1 with one, saying so on the first line", () => {
  const same = emx(scratch, "diff", "old", "same");
  assert.is(same.code, 0);
  assert.is(same.out, "old -> same: no changes\n");
  const breaking = emx(scratch, "diff", "old", "breaking");
  assert.is(breaking.code, 1);
  assert.is(
    breaking.out.split("\n")[0],
    "old -> breaking: 1 change, 1 breaking (0 break TypeScript code, 1 breaks XML documents)",
  );
  assert.match(
    breaking.out,
    /member-now-required \(1\): element or attribute now required; breaks XML documents\n {4}ThingType\/Name {2}0\.\.1 -> 1\.\.1\n/,
  );
});

cli("exits 2 with one line and no stack for a missing side, an unreadable file and a bad revision", () => {
  writeFileSync(join(scratch, "notes.txt"), "");
  for (const args of [["old"], ["old", "nowhere"], ["notes.txt", "old"], ["HEAD~1:schemas", "old"]]) {
    const result = emx(scratch, "diff", ...args);
    assert.is(result.code, 2, args.join(" "));
    assert.is(result.out, "");
    assert.match(result.err, /^emx: [^\n]+\n$/, args.join(" "));
  }
  assert.is(
    emx(scratch, "diff", "old", "nowhere").err,
    'emx: new side "nowhere" is not a schema folder, an .xsd file or a git revision (no such path)\n',
  );
});

cli("writes JSON with every change, its verdict and a summary", () => {
  const colour = JSON.parse(readFileSync(join(scratch, "breaking", "things.json"), "utf8"));
  colour.simpleTypes[0].enumeration.push("Blue");
  writeFileSync(join(scratch, "breaking", "things.json"), JSON.stringify(colour));
  const { code, out } = emx(scratch, "diff", "old", "breaking", "--format", "json");
  assert.is(code, 1);
  const report = JSON.parse(out);
  assert.equal(report.changes, [
    {
      kind: "member-now-required",
      path: "ThingType/Name",
      breaking: true,
      breaks: ["wire"],
      old: "0..1",
      new: "1..1",
      area: "things.json",
      typescript: "Thing.name",
      group: "schemas",
      title: "element or attribute now required",
    },
    {
      kind: "enumeration-value-added",
      path: "ColourEnumeration/Blue",
      breaking: false,
      breaks: [],
      old: null,
      new: "Blue",
      area: "things.json",
      typescript: "ColourEnumeration",
      group: "schemas",
      title: "enumeration value added",
    },
  ]);
  assert.equal(report.summary, {
    changes: 2,
    breaking: 1,
    breakingFor: { typescript: 0, wire: 1 },
    byKind: { "member-now-required": 1, "enumeration-value-added": 1 },
    byGroup: {
      schemas: { changes: 2, breaking: 1, breakingFor: { typescript: 0, wire: 1 } },
      operations: { changes: 0, breaking: 0, breakingFor: { typescript: 0, wire: 0 } },
    },
  });
});

cli("writes Markdown release notes: verdict, breaking changes as tables, others folded, counts by kind", () => {
  const { code, out } = emx(scratch, "diff", "breaking", "wider", "--format", "markdown");
  assert.is(code, 1);
  assert.equal(out.split("\n"), [
    "## Schema changes: `breaking` → `wider`",
    "",
    "1 change, 1 breaking (1 breaks TypeScript code, 0 break XML documents).",
    "",
    "### Breaking changes",
    "",
    "#### Property may now be absent (`member-now-optional`, 1) — breaks TypeScript code",
    "",
    "- **ThingType [Thing]** (1): `Name`",
    "",
    "### Changes by kind",
    "",
    "| Kind | Changes | Breaks |",
    "| --- | --- | --- |",
    "| `member-now-optional` | 1 | TypeScript code |",
    "",
  ]);
  const table = emx(scratch, "diff", "old", "breaking", "--format", "markdown").out;
  assert.ok(
    table.includes(
      "| Path | Old | New | TypeScript |\n| --- | --- | --- | --- |\n| `ThingType/Name` | `0..1` | `1..1` | `Thing.name` |\n",
    ),
  );
});

cli("fails a CI job on HEAD~1:schemas against schemas when the last commit broke something", () => {
  const repo = join(scratch, "repo");
  things(join(repo, "schemas"), { minOccurs: 0 });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=emx", "-c", "user.email=emx@example.invalid", ...args], { cwd: repo });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "v1");
  things(join(repo, "schemas"), { minOccurs: 0, maxOccurs: "unbounded" });
  git("commit", "-qam", "v2");
  const result = emx(repo, "diff", "HEAD~1:schemas", "schemas");
  assert.is(result.code, 1);
  assert.match(result.out, /member-now-array \(1\)/);
  assert.is(emx(repo, "diff", "HEAD:schemas", "schemas").code, 0);
});

/** Writes `operations/things.json` into a schema folder: reading a thing, and starting one. */
function thingOperations(folder: string, startMethod: "POST" | "PUT"): void {
  const operation = (id: string, method: string, action?: string) => ({
    id,
    method,
    path: "/things/{ID}",
    ...(action === undefined ? {} : { action }),
    doc: "Does something to a thing.",
    page: `${id.toLowerCase()}.md`,
    authentication: "session",
    pathParameters: [{ name: "ID", type: "xs:string", doc: "Which thing." }],
    responses: [{ status: 200, element: "Thing" }],
  });
  const file = {
    doc: "Things.",
    operations: [operation("getThing", "GET"), operation("startThing", startMethod, "start")],
  };
  mkdirSync(join(folder, "operations"), { recursive: true });
  writeFileSync(join(folder, "operations", "things.json"), JSON.stringify(file, null, 2));
}

cli("reports operation changes in their own section, and notes that an XSD side has none", () => {
  thingOperations(join(scratch, "old"), "POST");
  thingOperations(join(scratch, "breaking"), "PUT");
  const { code, out } = emx(scratch, "diff", "old", "breaking");
  assert.is(code, 1);
  assert.equal(out.split("\n"), [
    "old -> breaking: 2 changes, 2 breaking (0 break TypeScript code, 1 breaks XML documents, 1 breaks requests)",
    "",
    "Breaking (1)",
    "",
    "  member-now-required (1): element or attribute now required; breaks XML documents",
    "    ThingType/Name  0..1 -> 1..1",
    "",
    "Operations, breaking (1)",
    "",
    "  operation-method-changed (1): HTTP method changed; breaks requests",
    "    startThing  POST -> PUT",
    "",
  ]);
  const markdown = emx(scratch, "diff", "old", "breaking", "--format", "markdown").out;
  assert.ok(
    markdown.includes(
      "\n### Breaking operation changes\n\n#### HTTP method changed (`operation-method-changed`, 1) — breaks requests\n",
    ),
  );
  writeFileSync(join(scratch, "things.xsd"), '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" />');
  const json = JSON.parse(emx(scratch, "diff", "things.xsd", "old", "--format", "json").out);
  assert.equal(json.notes, ["operations are not compared: the old side has none (an XSD carries none)"]);
  assert.ok(json.changes.every((change: { group: string }) => change.group === "schemas"));
});

cli("exits 2 naming the file when a side's operations do not check", () => {
  thingOperations(join(scratch, "old"), "POST");
  writeFileSync(join(scratch, "old", "operations", "things.json"), '{ "doc": "Things.", "operations": [{}] }');
  const { code, err } = emx(scratch, "diff", "old", "same");
  assert.is(code, 2);
  assert.match(
    err,
    /^emx: old side "old" is not a sound schema: .*operations\/things\.json#\/operations\/0: missing property "id"/s,
  );
});

const v12 = resolve(projectRoot, "..", "shared", "em-reference", "RestAPI-v1_2.xsd");
if (!existsSync(v12)) {
  console.log(`emx diff: the v1_2 reference XSD is not at ${v12}; the 9.0 -> today test is skipped`);
} else {
  cli("names what changed from the EM 9.0 XSD to today's schemas, breaking changes first", () => {
    const { code, out } = emx(projectRoot, "diff", v12, "schemas", "--format", "json");
    assert.is(code, 1);
    const { changes } = JSON.parse(out) as { changes: { kind: string; path: string; breaking: boolean }[] };
    const find = (kind: string, path: string) => changes.find((change) => change.kind === kind && change.path === path);
    // Checked by hand against the XSD and the pages (see the README's section on EM updates).
    assert.ok(find("member-added", "JobScheduleOptionsInfoType/Standart"));
    assert.ok(find("member-now-exclusive", "JobScheduleOptionsInfoType/OptionsDaily")?.breaking);
    assert.ok(find("member-now-array", "VeeamZipStartupSpecType/VmRef")?.breaking);
    assert.ok(find("root-removed", "<JobManagementSpec>")?.breaking);
    assert.ok(find("type-added", "NASJobEntityType"));
    const firstNotBreaking = changes.findIndex((change) => !change.breaking);
    assert.ok(changes.slice(firstNotBreaking).every((change) => !change.breaking));
  });
}

cli.run();
