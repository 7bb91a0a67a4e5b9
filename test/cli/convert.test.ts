/** `emx convert` and `emx validate` of JSON, end to end: the real command, its output and exit codes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { firstDifference } from "../../index.js";
import { firstJsonDifference } from "../../runtime/json/json-canonical.js";
import { documents, emxCommand, fixtures, projectRoot } from "../helpers.js";

function emx(...args: string[]) {
  const result = spawnSync(...emxCommand(...args), { encoding: "utf8", cwd: projectRoot });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const json = (name: string) => join(fixtures, "json", name);
const convert = suite("emx convert");
let folder = "";

convert.before(() => {
  folder = mkdtempSync(join(tmpdir(), "emx-convert-"));
});

convert.after(() => rmSync(folder, { recursive: true, force: true }));

convert("converts XML to EM's JSON in either case and back, unchanged", () => {
  const source = join(documents, "nas-job-full.xml");
  for (const jsonCase of ["pascal", "camel"]) {
    const out = join(folder, `job.${jsonCase}.json`);
    const there = emx("convert", source, "--to", "json", "--case", jsonCase, "--output", out);
    assert.is(there.code, 0, there.err);
    assert.match(readFileSync(out, "utf8"), jsonCase === "camel" ? /\n {2}"includes": \{/ : /\n {2}"Includes": \{/);
    const back = emx("convert", out, "--to", "xml", "--type", "NASJob");
    assert.is(back.code, 0, back.err);
    assert.is(firstDifference(readFileSync(source, "utf8"), back.out), undefined);
  }
});

convert("converts EM's JSON to XML, inferring the root where the shape makes it certain, and back", () => {
  const there = emx("convert", json("query-result.json"), "--to", "xml");
  assert.is(there.code, 0, there.err);
  assert.match(there.out, /^<QueryResult xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0">/);
  assert.match(there.err, /^emx: read as QueryResult, inferred by its shape$/m);
  assert.match(there.err, /^emx: note: 8 null slots left out: refs, /m);
  const xml = join(folder, "page.xml");
  writeFileSync(xml, there.out);
  const back = emx("convert", xml, "--to", "json");
  assert.is(back.code, 0, back.err);
  // Only the null slots, which XML has no form for, do not come back.
  const withoutNulls = readFileSync(json("query-result.json"), "utf8").replace(/\n\s*"[A-Za-z]+": null,?/g, "");
  assert.equal(firstJsonDifference(withoutNulls.replace(/,(\s*[}\]])/g, "$1"), back.out), undefined);
});

convert("says what the other form has no place for, writes the rest, and exits 1", () => {
  const result = emx("convert", json("unknown-content.json"), "--to", "xml", "--type", "Task");
  assert.is(result.code, 1);
  assert.match(result.out, /<TaskId>task-9<\/TaskId>/);
  assert.match(result.err, /^emx: lost: property Progress of the root: XML has no place for it$/m);
  assert.match(result.err, /^emx: lost: property Detail of result: XML has no place for it$/m);
});

convert("asks for --type when the shape fits several roots, and refuses an unknown one", () => {
  const ambiguous = join(folder, "ambiguous.json");
  writeFileSync(ambiguous, '{"Name":"x"}');
  const unsure = emx("convert", ambiguous, "--to", "xml");
  assert.is(unsure.code, 1);
  assert.match(unsure.err, /^emx: JSON names no root and \d+ root classes fit its shape \(.*\): name it with --type/);
  const named = emx("convert", ambiguous, "--to", "xml", "--type", "CloudGatewayPool");
  assert.is(named.code, 0, named.err);
  assert.match(named.out, /^<CloudGatewayPool xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0" Name="x" \/>/);
  const unknown = emx("convert", ambiguous, "--to", "xml", "--type", "Nothing");
  assert.is(unknown.code, 2);
  assert.match(unknown.err, /--type Nothing is not a root element of the EM namespace/);
});

convert("validates JSON documents: the class named or inferred, findings located by property path", () => {
  const result = emx("validate", "--type", "Task", json("unknown-content.json"), json("task-running.json"));
  assert.is(result.code, 0, result.out);
  assert.match(result.out, /^ok {4}.*unknown-content\.json \(Task\)$/m);
  assert.match(
    result.out,
    /^ {6}warning property AddedIn13 is not part of TaskType; it is kept \(10:3 at \$\.AddedIn13\)$/m,
  );
  const inferred = emx("validate", json("query-result.json"));
  assert.is(inferred.code, 0, inferred.out);
  assert.match(inferred.out, /^ok {4}.*query-result\.json \(QueryResult, inferred by its shape\)$/m);
  const strict = emx("validate", "--strict", "--type", "Task", json("unknown-content.json"));
  assert.is(strict.code, 1);
  assert.match(
    strict.out,
    /^FAIL .*unknown-content\.json: property Progress is not part of TaskType \(3:3 at \$\.Progress\)$/m,
  );
});

convert.run();
