/** `emx validate` end to end: the real command, its output and exit codes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { validateDocument } from "../../cli/validate.js";
import * as ownBindings from "../../generated/index.js";
import { documents, fixture, fixtureNames, projectRoot, emxCommand } from "../helpers.js";

function emx(...args: string[]) {
  const result = spawnSync(...emxCommand(...args), {
    encoding: "utf8",
    cwd: projectRoot,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const test = suite("emx validate");

test("validates a folder: one line per file, warnings indented, a summary table, exit 0", () => {
  const { code, out } = emx("validate", documents);
  const lines = out.trim().split("\n");
  assert.is(code, 0);
  assert.is(lines.filter((line) => /^ok {4}/.test(line)).length, fixtureNames().length);
  assert.ok(lines.some((line) => /^ok {4}.*nas-job-full\.xml \(NASJob\)$/.test(line)));
  assert.ok(
    lines.some((line) =>
      /^ {6}warning element BackupMode is not part of NASJob .*\(4:\d+ at \/NASJob\/BackupMode\)$/.test(line),
    ),
  );
  assert.ok(lines.includes("files  passed  failed  errors  warnings"));
  assert.is(lines[lines.length - 1], `${fixtureNames().length} passed, 0 failed`);
});

test("writes a JSON report a CI job can read", () => {
  const { code, out } = emx("validate", "--format", "json", documents);
  assert.is(code, 0);
  const report = JSON.parse(out) as {
    summary: { files: number; failed: number; warnings: number };
    files: { file: string; ok: boolean; findings: { severity: string; line: number; path: string }[] }[];
  };
  assert.is(report.summary.files, fixtureNames().length);
  assert.is(report.summary.failed, 0);
  assert.ok(report.summary.warnings > 0);
  const unknown = report.files.find((file) => file.file.endsWith("unknown-content.xml"))!;
  assert.ok(
    unknown.findings.every(
      (finding) => finding.severity === "warning" && finding.line > 0 && finding.path.startsWith("/NASJob"),
    ),
  );
});

test("fails with the location of each problem and exit 1", () => {
  const folder = mkdtempSync(join(tmpdir(), "emx-validate-"));
  writeFileSync(join(folder, "good.xml"), fixture("task-running.xml"));
  writeFileSync(
    join(folder, "broken.xml"),
    '<Task xmlns="http://www.veeam.com/ent/v1.0" Href="h">\n  <TaskId>1</TaskId>\n  <State>',
  );
  writeFileSync(join(folder, "unknown.xml"), fixture("unknown-content.xml"));
  const lenient = emx("validate", folder);
  assert.is(lenient.code, 1);
  assert.match(lenient.out, /FAIL {2}.*broken\.xml: document is not well-formed: .* \(3:\d+ at \/Task\/State\)/);
  assert.match(lenient.out, /ok {4}.*unknown\.xml \(NASJob\)/);
  assert.match(lenient.out, /2 passed, 1 failed\n$/);
  const strict = emx("validate", "--strict", folder);
  assert.match(
    strict.out,
    /FAIL {2}.*unknown\.xml: attribute ImmutabilityDays is not part of NASJob \(NASJobEntityType\) \(1:\d+ at \/NASJob\)/,
  );
  assert.match(strict.out, /1 passed, 2 failed\n$/);
  rmSync(folder, { recursive: true });
});

test("reports facets and a round trip that changes something, each located; a reordering alone is a warning", () => {
  // A comment inside a scalar cannot be kept, but comments do not count in the comparison.
  const result = validateDocument(
    "mixed.xml",
    new TextEncoder().encode(
      '<Task xmlns="http://www.veeam.com/ent/v1.0" Href="h"><TaskId>1<!--c--></TaskId><State>Running</State><Operation>o</Operation></Task>',
    ),
  );
  assert.is(result.ok, true);
  const missing = validateDocument(
    "missing.xml",
    new TextEncoder().encode('<Task xmlns="http://www.veeam.com/ent/v1.0"><TaskId>1</TaskId></Task>'),
  );
  assert.equal(
    missing.findings.map((finding) => `${finding.severity} ${finding.message} @${finding.path}`),
    [
      "error attribute Href of Task is missing (the schema requires it) @/Task",
      "error element State is missing in Task (the schema requires it) @/Task",
      "error element Operation is missing in Task (the schema requires it) @/Task",
    ],
  );
  const reorderedText =
    '<Task xmlns="http://www.veeam.com/ent/v1.0" Href="h"><State>Running</State><TaskId>1</TaskId><Operation>o</Operation></Task>';
  const reordered = validateDocument("reordered.xml", new TextEncoder().encode(reorderedText));
  // Writing restores the schema order: warned of, not a failure, when nothing else differs.
  assert.is(reordered.ok, true);
  assert.equal(
    reordered.findings.map((finding) => `${finding.check} ${finding.severity}`),
    ["facet warning", "round-trip warning"],
  );
  assert.match(reordered.findings[0]!.message, /^element TaskId is out of order in Task: it comes after State/);
  assert.match(
    reordered.findings[1]!.message,
    /^round trip writes the elements in schema order and differs in nothing else: expected start .*State, wrote start .*TaskId$/,
  );
  assert.is(reordered.findings[1]!.path, "/Task/State[1]");
  const { parse, parseStream, serialize } = ownBindings;
  const losing = validateDocument("losing.xml", new TextEncoder().encode(reorderedText), {
    bindings: { parse, parseStream, serialize: (object) => serialize(object).replace("<TaskId>1<", "<TaskId>2<") },
  });
  assert.is(losing.ok, false);
  assert.match(losing.findings[1]!.message, /^round trip differs: expected start .*State, wrote start .*TaskId$/);
});

test("reads with saxes under the binder when asked, and reports the same", () => {
  const ours = emx("validate", "--format", "json", documents);
  const saxes = emx("validate", "--format", "json", "--xml-parser", "saxes", documents);
  assert.is(saxes.code, 0);
  assert.is(saxes.out, ours.out);
  assert.is(emx("validate", "--xml-parser", "sax", documents).code, 2);
});

test("asks for a command and rejects unknown options", () => {
  assert.is(emx().code, 2);
  assert.is(emx("validate", documents, "--no-such-option").code, 2);
});

test.run();
