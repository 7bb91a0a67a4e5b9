/** generate: deterministic output, generated/ in sync with the schemas, and what --check reports. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { generate, generateFiles } from "../../generator/generate.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { fixtures, projectRoot } from "../helpers.js";

const generating = suite("generate");

const smallSchemas = join(fixtures, "schemas", "small");

generating("generates the same bytes twice", async () => {
  const schemas = loadSchemaFolder(join(projectRoot, "schemas"));
  const first = await generateFiles(schemas);
  const second = await generateFiles(schemas);
  assert.equal([...first.keys()], [...second.keys()]);
  for (const [name, text] of first) assert.is(second.get(name), text, name);
});

generating("finds generated/ in sync with the schemas", async () => {
  const report = await generate({
    schemas: join(projectRoot, "schemas"),
    out: join(projectRoot, "generated"),
    check: true,
  });
  assert.equal(report.stale, []);
});

generating("names stale, missing and extra files when checking", async () => {
  const out = mkdtempSync(join(tmpdir(), "emx-generated-"));
  await generate({ schemas: smallSchemas, out, check: false });
  assert.equal(readdirSync(out).sort(), [
    "BINDINGS.md",
    "index.ts",
    "registry.gen.ts",
    "shapes.gen.ts",
    "type-table.gen.ts",
  ]);
  writeFileSync(join(out, "shapes.gen.ts"), "// edited by hand\n");
  writeFileSync(join(out, "leftover.gen.ts"), "// no schema\n");
  rmSync(join(out, "index.ts"));
  const report = await generate({ schemas: smallSchemas, out, check: true });
  assert.equal(report.stale, [
    "index.ts (missing)",
    "leftover.gen.ts (not generated from any schema)",
    "shapes.gen.ts",
  ]);
  rmSync(out, { recursive: true });
});

generating("emits bindings that type-check, whose constructors take typed init objects", async () => {
  const out = mkdtempSync(join(tmpdir(), "emx-small-"));
  try {
    // Imported from this checkout's runtime: the package is not installed beside the temporary folder.
    const runtimeImport = relative(out, join(projectRoot, "runtime", "index.js"));
    await generate({ schemas: smallSchemas, out, check: false, runtimeImport });
    writeFileSync(
      join(out, "use.ts"),
      [
        'import { Shape, SignedNote } from "./index.js";',
        'new Shape({ id: "square", sides: [4], outline: { value: "thin" } });',
        'new SignedNote({ by: "me", value: "text" });',
        "// @ts-expect-error: corners is not a member of Shape",
        "new Shape({ corners: 4 });",
        "",
      ].join("\n"),
    );
    const tsc = join(projectRoot, "node_modules", "typescript", "bin", "tsc");
    const options = ["--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--skipLibCheck"];
    execFileSync(process.execPath, [tsc, ...options, join(out, "index.ts"), join(out, "use.ts")], { stdio: "pipe" });
  } finally {
    rmSync(out, { recursive: true });
  }
});

generating.run();
