/**
 * Property-based round trip of every generated class: random valid instances are written, read back
 * and compared deep-equal; the written text is stable; list items come back the same through the
 * item stream.
 */
import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse, serialize, streamItems } from "../../generated/index.js";
import { types } from "../../generated/type-table.gen.js";
import type { BoundClass, XmlObject } from "../../index.js";
import { concreteTypes, instanceArbitrary, model } from "./arbitrary.js";

/** Runs per class; FC_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? "20");
const SEED = Number(process.env.FC_SEED ?? "20261129");

const classOf = (typeName: string) => types.get(typeName).create().constructor as BoundClass;

test(`every class: write, read back, compare (${RUNS} runs each)`, () => {
  const typeNames = concreteTypes();
  assert.ok(typeNames.length > 300, `${typeNames.length} classes`);
  for (const typeName of typeNames) {
    const type = classOf(typeName);
    fc.assert(
      fc.property(instanceArbitrary(typeName), (object) => {
        const written = serialize(object, { root: "Item" });
        const back = parse(written, { as: type, strict: true });
        assert.equal(back, object, `${typeName}: ${written}`);
        assert.is(serialize(back, { root: "Item" }), written);
        const compact = serialize(object, { root: "Item", indent: "" });
        assert.equal(parse(compact, { as: type, strict: true }), object);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }
  console.log(`property round trip: ${typeNames.length} classes x ${RUNS} runs`);
});

test("every list root: its items come back the same through the item stream", async () => {
  const lists = model.files.flatMap((file) =>
    file.roots.filter((root) => {
      const type = model.files
        .flatMap((entry) => entry.classes)
        .find((candidate) => candidate.schemaName === root.type);
      return type?.wrapperOf !== undefined && type.wrapperOf.content.kind === "class";
    }),
  );
  assert.ok(lists.length > 50, `${lists.length} list roots`);
  let checked = 0;
  for (const root of lists) {
    const wrapper = model.files
      .flatMap((file) => file.classes)
      .find((candidate) => candidate.schemaName === root.type)!;
    const itemType = (wrapper.wrapperOf!.content as { type: string }).type;
    const member = wrapper.elements[0]!.member;
    const samples = fc.sample(fc.array(instanceArbitrary(itemType), { minLength: 1, maxLength: 4 }), {
      numRuns: Math.max(2, Math.floor(RUNS / 4)),
      seed: SEED,
    });
    for (const items of samples) {
      const list = types.get(root.type).create() as unknown as Record<string, unknown>;
      list[member] = items;
      const written = serialize(list as unknown as XmlObject, { root: root.element });
      const chunks = written.match(/[\s\S]{1,37}/g)!;
      const streamed: XmlObject[] = [];
      const item = types.get(itemType).create().constructor as BoundClass<XmlObject>;
      for await (const one of streamItems(chunks, { strict: true, item })) streamed.push(one);
      assert.equal(streamed, items, `${root.element}: ${written}`);
      checked++;
    }
  }
  console.log(`item stream: ${lists.length} list roots, ${checked} documents`);
});

test.run();
