/** The built-in types: the generator's one list, and the places outside TypeScript that must agree with it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILTIN_TYPES, builtinFacts, isBuiltin } from "../../generator/builtin-types.js";
import { reservedNames } from "../../generator/reserved-names.js";
import { projectRoot } from "../helpers.js";

const builtins = suite("builtin-types");

interface MetaSchemaDefinitions {
  definitions: Record<string, { pattern: string; description?: string }>;
}

const metaSchema = JSON.parse(
  readFileSync(join(projectRoot, "schemas", "schema.schema.json"), "utf8"),
) as MetaSchemaDefinitions;

builtins("the meta-schema's type reference pattern admits exactly the listed built-ins, in their order", () => {
  const name = metaSchema.definitions.name!.pattern.replace(/^\^|\$$/g, "");
  const locals = BUILTIN_TYPES.map((type) => type.slice("xs:".length));
  // Update schemas/schema.schema.json (definitions.typeRef) when this fails: editors and ajv read the pattern there.
  assert.is(metaSchema.definitions.typeRef!.pattern, `^(xs:(${locals.join("|")})|${name})$`);
});

builtins("the meta-schema's type reference description names every built-in", () => {
  assert.ok(metaSchema.definitions.typeRef!.description!.includes(`(${BUILTIN_TYPES.join(", ")})`));
});

builtins("the runtime exports the codec of every built-in", () => {
  const exported = new Set(reservedNames());
  for (const type of BUILTIN_TYPES) assert.ok(exported.has(builtinFacts(type).codec), builtinFacts(type).codec);
});

builtins("widens only to listed built-ins", () => {
  for (const type of BUILTIN_TYPES)
    for (const wider of builtinFacts(type).widerTypes) assert.ok(isBuiltin(wider), `${type} -> ${wider}`);
});

builtins("tells a built-in from a type name", () => {
  assert.ok(isBuiltin("xs:dateTime"));
  assert.not.ok(isBuiltin("xs:decimal"));
  assert.not.ok(isBuiltin("toString"));
  assert.not.ok(isBuiltin("StringType"));
});

builtins.run();
