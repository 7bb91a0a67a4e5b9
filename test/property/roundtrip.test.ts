/**
 * Property-based round trip of every generated class: random valid instances are written, read back
 * and compared deep-equal; the written text is stable; list items come back the same through the
 * item stream.
 */
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse, serialize, streamItems } from "../../generated/index.js";
import { types } from "../../generated/type-table.gen.js";
import type { BoundClass, XmlObject } from "../../index.js";
import { concreteTypes, instanceArbitrary, listRootSamples } from "./arbitrary.js";

const roundTrip = suite("property round trip");

/** Runs per class; FC_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? "20");
const SEED = Number(process.env.FC_SEED ?? "20261129");

const classOf = (typeName: string) => types.get(typeName).create().constructor as BoundClass;

roundTrip(`every class: write, read back, compare (${RUNS} runs each)`, () => {
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

roundTrip("every list root: its items come back the same through the item stream", async () => {
  const { roots, samples } = listRootSamples(Math.floor(RUNS / 4), SEED);
  assert.ok(roots > 50, `${roots} list roots`);
  for (const { element, list, items, itemClass: item } of samples) {
    const written = serialize(list, { root: element });
    const chunks = written.match(/[\s\S]{1,37}/g)!;
    const streamed: XmlObject[] = [];
    for await (const one of streamItems(chunks, { strict: true, item })) streamed.push(one);
    assert.equal(streamed, items, `${element}: ${written}`);
  }
  console.log(`item stream: ${roots} list roots, ${samples.length} documents`);
});

roundTrip.run();
