/** Emit: a small schema of our own in, exact text out. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { generateFiles } from "../../generator/generate.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { fixtures } from "../helpers.js";

const emit = suite("emit");

const smallSchemas = join(fixtures, "schemas", "small");
const golden = join(fixtures, "golden");

emit("emits the golden modules for a small schema", async () => {
  const files = await generateFiles(loadSchemaFolder(smallSchemas));
  assert.equal([...files.keys()], ["index.ts", "registry.gen.ts", "shapes.gen.ts", "type-table.gen.ts", "BINDINGS.md"]);
  for (const [name, text] of files) {
    const path = join(golden, `${name}.golden`);
    // UPDATE_GOLDEN=1 rewrites the golden files after an intended change to the emitter.
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, text);
    assert.fixture(text, readFileSync(path, "utf8"));
  }
});

emit.run();
