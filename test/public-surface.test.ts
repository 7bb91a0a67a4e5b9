/** The entry `emx` stays small: besides what the schemas generate, a bounded list of runtime names. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import ts from "typescript";

const publicSurface = suite("public surface of emx");

/** Names the module exports, values and types alike, as the compiler resolves them. */
function exportedNames(program: ts.Program, file: string): Set<string> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`${file} is not part of the program`);
  const symbol = checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`${file} is not a module`);
  return new Set(checker.getExportsOfModule(symbol).map((exported) => exported.getName()));
}

/** Names declared by the generated modules themselves (classes, enumeration types). */
function generatedNames(program: ts.Program): Set<string> {
  const names = new Set<string>();
  for (const source of program.getSourceFiles()) {
    if (!/\/generated\/[^/]+\.gen\.ts$/.test(source.fileName)) continue;
    for (const name of exportedNames(program, source.fileName)) names.add(name);
  }
  return names;
}

publicSurface("exports at most 35 names besides the generated classes and enumeration types", () => {
  const entry = new URL("../index.ts", import.meta.url).pathname;
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const generated = generatedNames(program);
  const others = [...exportedNames(program, entry)].filter((name) => !generated.has(name)).sort();
  assert.ok(others.includes("parse") && others.includes("parseJson"), `the user API is exported: ${others.join(", ")}`);
  console.log(`public surface: ${others.length} names besides the generated ones`);
  assert.ok(others.length <= 35, `${others.length} names besides the classes: ${others.join(", ")}`);
  assert.not.ok(
    others.includes("createClient") || others.includes("defineBinding"),
    "client and contract stay on their subpaths",
  );
});

publicSurface.run();
