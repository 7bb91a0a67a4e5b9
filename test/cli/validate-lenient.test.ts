/** `emx validate` of documents that lenient reading keeps: warnings and exit 0; with --strict, failures and exit 1. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { emxCommand, projectRoot } from "../helpers.js";
import { LENIENT_CASES } from "../runtime/lenient-cases.js";

const test = suite("emx validate, lenient and strict");

/** The cases as files of a new folder, named after their keys. */
function caseFolder(): { folder: string; files: Map<string, string> } {
  const folder = mkdtempSync(join(tmpdir(), "emx-validate-lenient-"));
  const files = new Map<string, string>();
  for (const [name, example] of Object.entries(LENIENT_CASES)) {
    const file = join(folder, `${name.replaceAll(/[^a-z]+/g, "-")}.xml`);
    writeFileSync(file, example.xml);
    files.set(name, file);
  }
  return { folder, files };
}

function emx(...args: string[]) {
  const result = spawnSync(...emxCommand(...args), { encoding: "utf8", cwd: projectRoot });
  return { code: result.status, out: result.stdout };
}

test("passes every case with its warnings, located, and exits 0", () => {
  const { folder, files } = caseFolder();
  const { code, out } = emx("validate", folder);
  const lines = out.split("\n");
  assert.is(code, 0, out);
  for (const [name, example] of Object.entries(LENIENT_CASES)) {
    const file = files.get(name)!;
    assert.ok(lines.includes(`ok    ${file} (${example.type})`), `${name}\n${out}`);
    for (const finding of example.findings) {
      // The report writes a finding as the cases do: `severity message (line:column at path)`.
      assert.ok(lines.includes(`      ${finding}`), `${finding}\n${out}`);
    }
  }
  assert.ok(lines.some((line) => /^ {6}warning round trip writes the elements in schema order/.test(line)));
  assert.ok(out.endsWith(`${files.size} passed, 0 failed\n`));
  rmSync(folder, { recursive: true });
});

test("fails every case with --strict, each at its place, and exits 1", () => {
  const { folder, files } = caseFolder();
  const { code, out } = emx("validate", "--strict", folder);
  const lines = out.split("\n");
  assert.is(code, 1, out);
  for (const [name, example] of Object.entries(LENIENT_CASES)) {
    assert.ok(lines.includes(`FAIL  ${files.get(name)}: ${example.strictError}`), `${name}\n${out}`);
  }
  assert.ok(out.endsWith(`0 passed, ${files.size} failed\n`));
  rmSync(folder, { recursive: true });
});

test.run();
