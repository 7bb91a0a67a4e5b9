/** reservedNames: the runtime's export lists read as text give what the TypeScript compiler sees. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Project } from "ts-morph";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { INDEX_NAMES } from "../../generator/emit/index-names.js";
import { exportListNames, reservedNames } from "../../generator/reserved-names.js";
import { projectRoot } from "../helpers.js";

const test = suite("reservedNames");

/** What ts-morph finds exported by a module, through its re-exports. */
function compilerExports(module: string): string[] {
  const project = new Project({
    tsConfigFilePath: join(projectRoot, "tsconfig.json"),
    skipAddingFilesFromTsConfig: true,
  });
  const file = project.addSourceFileAtPath(join(projectRoot, "runtime", `${module}.ts`));
  return [...file.getExportedDeclarations().keys()];
}

test("reads the same names from the runtime's export lists as the compiler", () => {
  for (const module of ["index", "public"]) {
    const path = join(projectRoot, "runtime", `${module}.ts`);
    assert.equal(exportListNames(readFileSync(path, "utf8"), path).sort(), compilerExports(module).sort(), module);
  }
});

test("reads aliases, type-only names and declarations, and refuses a whole-module re-export", () => {
  const text = `/** x */\nexport { a, type B as C,\n  d } from "./m.js";\nexport type { E } from "./n.js";\nexport const f = 1;\n// export { g }\n`;
  assert.equal(exportListNames(text, "m.ts"), ["a", "C", "d", "E", "f"]);
  assert.throws(() => exportListNames(`export * from "./m.js";`, "m.ts"), /m\.ts re-exports a whole module/);
});

test("holds what the generated index adds and what the entry exports beside the classes", () => {
  const names = reservedNames();
  for (const name of [...INDEX_NAMES, "Finding", "XmlReadError", "XmlObject", "defineBinding", "Registry"])
    assert.ok(names.includes(name), name);
  assert.not.ok(names.includes("Filter"), "the filter builder is on emx/client, beside no classes");
});

test.run();
