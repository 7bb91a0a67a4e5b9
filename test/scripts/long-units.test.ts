/** The long-unit lister on small sources of our own: what it counts, how it names it, where it is. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { longUnitsOf, sourceFiles } from "../../scripts/long-units.js";

const longUnits = suite("long-units");

/** A body of `count` statement lines. */
const statements = (count: number) => Array.from({ length: count }, (_, index) => `  call(${index});`).join("\n");

longUnits("lists a function of 61 lines with its line and length, and leaves one of 60 alone", () => {
  const text = `// head\nfunction fits() {\n${statements(58)}\n}\n\nfunction grows() {\n${statements(59)}\n}\n`;
  assert.equal(longUnitsOf("a.ts", text), [{ file: "a.ts", name: "grows", line: 63, lines: 61 }]);
});

longUnits("counts from the first token, so a leading doc comment does not count", () => {
  const text = `/**\n * Long doc.\n */\nexport function documented() {\n${statements(58)}\n}\n`;
  assert.equal(longUnitsOf("a.ts", text), []);
});

longUnits("names arrow functions by their variable, property or the call they are given to", () => {
  const body = `{\n${statements(60)}\n}`;
  const text = [
    `const arrow = () => ${body};`,
    `const table = { entry: async () => ${body} };`,
    `class Thing {\n  method() ${body}\n}`,
    `check("does a thing", () => ${body});`,
  ].join("\n");
  assert.equal(
    longUnitsOf("a.ts", text).map((unit) => unit.name),
    ["arrow", "entry", "method", 'check("does a thing")'],
  );
});

longUnits("lists a file over 600 lines first, as (file)", () => {
  const text = `${"const x = 1;\n".repeat(601)}`;
  assert.equal(longUnitsOf("big.ts", text), [{ file: "big.ts", name: "(file)", line: 1, lines: 601 }]);
  assert.equal(longUnitsOf("big.ts", "const x = 1;\n".repeat(600)), []);
});

longUnits("reads sources but not generated code, build output, dependencies or declarations", () => {
  const root = mkdtempSync(join(tmpdir(), "emx-long-units-"));
  try {
    for (const folder of ["src", "generated", "dist", "build", "node_modules/x"]) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, "a.ts"), "");
    }
    writeFileSync(join(root, "src", "b.mjs"), "");
    writeFileSync(join(root, "src", "c.d.ts"), "");
    writeFileSync(join(root, "src", "d.json"), "");
    assert.equal(sourceFiles(root), ["src/a.ts", "src/b.mjs"]);
  } finally {
    rmSync(root, { recursive: true });
  }
});

longUnits.run();
