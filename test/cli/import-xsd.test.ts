/** `emx import-xsd` end to end: `--out` as before, `--into` with its report, and a bad command line. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { projectRoot, emxCommand } from "../helpers.js";

/** The environment of the child, without the colour switches that make node warn when both are set. */
const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...childEnvironment } = process.env;

function emx(...args: string[]) {
  const result = spawnSync(...emxCommand(...args), {
    encoding: "utf8",
    cwd: projectRoot,
    env: childEnvironment,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const command = suite("emx import-xsd");
let scratch = "";
command.before.each(() => {
  scratch = mkdtempSync(join(tmpdir(), "emx-import-"));
  const exported = emx("export-xsd", "--out", join(scratch, "RestAPI.xsd"));
  assert.is(exported.code, 0, exported.err);
});
command.after.each(() => rmSync(scratch, { recursive: true, force: true }));

command("writes one schema file with --out, referring editors to the package's meta-schema", () => {
  const { code, out } = emx("import-xsd", join(scratch, "RestAPI.xsd"), "--out", join(scratch, "out"));
  assert.is(code, 0);
  assert.match(out, /^imported \d+ complex types, \d+ simple types and \d+ root elements into .*RestAPI\.json\n$/);
  assert.equal(readdirSync(join(scratch, "out")), ["RestAPI.json"]);
  const { $schema } = JSON.parse(readFileSync(join(scratch, "out", "RestAPI.json"), "utf8")) as { $schema: string };
  assert.is(resolve(scratch, "out", $schema), join(projectRoot, "schemas", "schema.schema.json"));
});

command("merges with --into and reports the files written and the diff", () => {
  const into = join(scratch, "schemas");
  cpSync(join(projectRoot, "schemas"), into, { recursive: true });
  const { code, out } = emx("import-xsd", join(scratch, "RestAPI.xsd"), "--into", into);
  assert.is(code, 0);
  assert.equal(out.split("\n"), [
    `merged ${join(scratch, "RestAPI.xsd")} into ${into}: 0 added, 0 removed, 0 kept; wrote 0 file(s)`,
    "",
    `${into} before -> ${into} after: no changes`,
    "",
  ]);
});

command("needs exactly one of --out and --into, said in one line with exit 2", () => {
  const xsd = join(scratch, "RestAPI.xsd");
  for (const args of [
    [xsd],
    [xsd, "--out", join(scratch, "a"), "--into", join(scratch, "b")],
    [xsd, "--out", join(scratch, "a"), "--keep-removed"],
  ]) {
    const result = emx("import-xsd", ...args);
    assert.is(result.code, 2);
    assert.match(result.err, /^emx: [^\n]+\n$/);
  }
  assert.not.ok(existsSync(join(scratch, "a")));
  assert.is(
    emx("import-xsd", xsd, "--into", join(scratch, "nowhere")).err.split("\n")[0]!.slice(0, 40),
    `emx: schema folder "${join(scratch, "nowhere")}"`.slice(0, 40),
  );
});

command.run();
