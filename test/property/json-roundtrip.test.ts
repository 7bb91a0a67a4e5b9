/**
 * Property-based round trip of every generated class through EM's JSON, as the XML one does: random
 * valid instances are written in PascalCase and camelCase, read back strictly and compared deep-equal;
 * the written text is stable; the typed content is the XML one's; list items come back the same
 * through the JSON item stream, from chunks cut anywhere.
 */
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { serialize } from "../../generated/index.js";
import { types } from "../../generated/type-table.gen.js";
import { parseJson, serializeJson, streamJsonItems, type BoundClass, type XmlObject } from "../../index.js";
import { concreteTypes, instanceArbitrary, listRootSamples } from "./arbitrary.js";

/** Runs per class; FC_RUNS raises it for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? "20");
const SEED = Number(process.env.FC_SEED ?? "20261129");

const classOf = (typeName: string) => types.get(typeName).create().constructor as BoundClass;

const json = suite("json round trip of every class");

json(`every class, in both cases: write, read back strictly, compare (${RUNS} runs each)`, () => {
  const typeNames = concreteTypes();
  assert.ok(typeNames.length > 300, `${typeNames.length} classes`);
  for (const typeName of typeNames) {
    const type = classOf(typeName);
    fc.assert(
      fc.property(
        instanceArbitrary(typeName),
        fc.constantFrom("pascal" as const, "camel" as const),
        (object, jsonCase) => {
          const written = serializeJson(object, { case: jsonCase });
          const back = parseJson(written, { expect: type, strict: true });
          assert.equal(back, object, `${typeName}: ${written}`);
          assert.is(serializeJson(back), written);
          assert.is(serialize(back, { root: "Item" }), serialize(object, { root: "Item" }));
          const compact = serializeJson(object, { case: jsonCase, indent: "" });
          assert.equal(parseJson(compact, { expect: type, strict: true }), object);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }
  console.log(`json property round trip: ${typeNames.length} classes x ${RUNS} runs (PascalCase and camelCase)`);
});

json("every list root: its items come back the same through the JSON item stream, cut anywhere", async () => {
  const { roots, samples } = listRootSamples(Math.floor(RUNS / 4), SEED);
  assert.ok(roots > 50, `${roots} list roots`);
  for (const [index, { element, list, items, itemClass: item }] of samples.entries()) {
    const written = serializeJson(list, { case: index % 2 === 0 ? "pascal" : "camel" });
    const chunks = written.match(/[\s\S]{1,37}/g)!;
    const streamed: XmlObject[] = [];
    const expect = list.constructor as BoundClass;
    for await (const one of streamJsonItems(chunks, { strict: true, expect, item })) streamed.push(one);
    assert.equal(streamed, items, `${element}: ${written}`);
  }
  console.log(`json item stream: ${roots} list roots, ${samples.length} documents`);
});

json.run();
