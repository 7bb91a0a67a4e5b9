/** The entry `emx` stays small: besides what the schemas generate, a bounded list of runtime names. */
import { join } from "node:path";
import { Project } from "ts-morph";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { projectRoot } from "./helpers.js";

const publicSurface = suite("public surface of emx");

/** The names the entry exports whose declarations are not in a generated module (classes, enumeration types). */
function namesBesideGenerated(): string[] {
  const project = new Project({
    tsConfigFilePath: join(projectRoot, "tsconfig.json"),
    skipAddingFilesFromTsConfig: true,
  });
  const entry = project.addSourceFileAtPath(join(projectRoot, "index.ts"));
  const generated = (declaration: { getSourceFile(): { getFilePath(): string } }) =>
    /\/generated\/[^/]+\.gen\.ts$/.test(declaration.getSourceFile().getFilePath());
  return [...entry.getExportedDeclarations()]
    .filter(([, declarations]) => !declarations.every(generated))
    .map(([name]) => name)
    .sort();
}

publicSurface("exports at most 35 names besides the generated classes and enumeration types", () => {
  const others = namesBesideGenerated();
  console.log(`public surface: ${others.length} names besides the generated ones`);
  assert.ok(others.includes("parse") && others.includes("parseJson"), `the user API is exported: ${others.join(", ")}`);
  assert.ok(others.length <= 35, `${others.length} names besides the classes: ${others.join(", ")}`);
  assert.not.ok(
    others.includes("createClient") || others.includes("defineBinding"),
    "client and contract stay on their subpaths",
  );
});

publicSurface.run();
