/** dump-ir: the IR after any stage, whole or narrowed to one name, as JSON. */
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { dumpIr, IR_STAGES } from "../../generator/dump-ir.js";
import { fixtures } from "../helpers.js";

const dumping = suite("dump-ir");

const smallSchemas = join(fixtures, "schemas", "small");

/** The classes of a dump by schema name, with their TypeScript names and field tables. */
function classNames(json: string): Record<string, [string, string | null]> {
  const model = JSON.parse(json) as {
    files: { classes: { schemaName: string; tsName: string; fieldsName: string | null }[] }[];
  };
  return Object.fromEntries(
    model.files.flatMap((file) => file.classes.map((type) => [type.schemaName, [type.tsName, type.fieldsName]])),
  );
}

dumping("lists lowering and every pass as stages, in the order they run", () => {
  assert.equal(IR_STAGES, ["lower", "collapse-wrappers", "allocate-names", "order-by-inheritance"]);
});

dumping("shows the IR after the stage asked for, narrowed to one name", () => {
  assert.equal(classNames(dumpIr(smallSchemas, { after: "lower", name: "ShapeType" })), { ShapeType: ["", null] });
  assert.equal(classNames(dumpIr(smallSchemas, { after: "allocate-names", name: "Shape" })), {
    ShapeType: ["Shape", "ShapeFields"],
  });
});

dumping("shows what the IR leaves undefined as null, and the whole model without a name", () => {
  const model = JSON.parse(dumpIr(smallSchemas)) as { files: unknown[]; reservedNames: string[] };
  assert.is(model.files.length, 1);
  assert.ok(model.reservedNames.includes("XmlObject"));
  const shape = classNames(dumpIr(smallSchemas));
  assert.equal(shape.MarkerType, ["Marker", null]);
});

dumping("rejects a stage that does not exist", () => {
  assert.throws(() => dumpIr(smallSchemas, { after: "emit" }), /stage "emit" is not one of lower, collapse-wrappers/);
});

dumping.run();
