/** Emit: a small schema of our own in, exact text out; generation is deterministic and in sync. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generate, generateFiles } from "../../generator/generate.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { fixtures, projectRoot } from "../helpers.js";

const smallSchemas = join(fixtures, "schemas", "small");
const golden = join(fixtures, "golden");

test("emits the golden modules for a small schema", async () => {
  const files = await generateFiles(loadSchemaFolder(smallSchemas));
  assert.equal([...files.keys()], ["index.ts", "registry.gen.ts", "shapes.gen.ts", "type-table.gen.ts", "BINDINGS.md"]);
  for (const [name, text] of files) {
    const path = join(golden, `${name}.golden`);
    // UPDATE_GOLDEN=1 rewrites the golden files after an intended change to the emitter.
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, text);
    assert.fixture(text, readFileSync(path, "utf8"));
  }
});

test("generates the same bytes twice", async () => {
  const schemas = loadSchemaFolder(join(projectRoot, "schemas"));
  const first = await generateFiles(schemas);
  const second = await generateFiles(schemas);
  assert.equal([...first.keys()], [...second.keys()]);
  for (const [name, text] of first) assert.is(second.get(name), text, name);
});

test("generated/ is what the schemas give", async () => {
  const report = await generate({
    schemas: join(projectRoot, "schemas"),
    out: join(projectRoot, "generated"),
    check: true,
  });
  assert.equal(report.stale, []);
});

test("the check names stale, missing and extra files", async () => {
  const { mkdtempSync, writeFileSync: write, readdirSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const out = mkdtempSync(join(tmpdir(), "emx-generated-"));
  await generate({ schemas: smallSchemas, out, check: false });
  assert.equal(readdirSync(out).sort(), [
    "BINDINGS.md",
    "index.ts",
    "registry.gen.ts",
    "shapes.gen.ts",
    "type-table.gen.ts",
  ]);
  write(join(out, "shapes.gen.ts"), "// edited by hand\n");
  write(join(out, "leftover.gen.ts"), "// no schema\n");
  const { rmSync } = await import("node:fs");
  rmSync(join(out, "index.ts"));
  const report = await generate({ schemas: smallSchemas, out, check: true });
  assert.equal(report.stale, [
    "index.ts (missing)",
    "leftover.gen.ts (not generated from any schema)",
    "shapes.gen.ts",
  ]);
  rmSync(out, { recursive: true });
});

test.run();
