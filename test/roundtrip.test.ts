/** Round trip of our own fixture documents: parse, write, compare canonically; writing is stable. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse, serialize } from "../generated/index.js";
import { firstDifference } from "../index.js";
import { fixture, fixtureNames } from "./helpers.js";

const roundTrip = suite("fixture round trip");

const ROOTS_COVERED = new Set<string>();

for (const name of fixtureNames()) {
  roundTrip(`round-trips ${name}`, () => {
    const text = fixture(name);
    const object = parse(text);
    ROOTS_COVERED.add(object.constructor.name);
    const written = serialize(object);
    assert.is(firstDifference(text, written), undefined);
    // What our writer wrote, it writes again byte for byte, pretty and compact.
    assert.is(serialize(parse(written)), written);
    const compact = serialize(object, { indent: "" });
    assert.is(serialize(parse(compact), { indent: "" }), compact);
  });
}

roundTrip("covers every root of the NAS job family", () => {
  for (const root of [
    "NASJob",
    "NASJobs",
    "NASObject",
    "NASObjects",
    "EntityRef",
    "EntityReferences",
    "Task",
    "ErrorType",
  ]) {
    assert.ok(ROOTS_COVERED.has(root), `no fixture for ${root}`);
  }
});

roundTrip("a canonical difference names the path and both sides", () => {
  const difference = firstDifference(
    '<a xmlns="urn:x"><b>1</b><c k="v"/></a>',
    '<p:a xmlns:p="urn:x"><p:b>1</p:b><p:c k="w"></p:c></p:a>',
  );
  assert.equal(difference, { path: "/a/c[1]", expected: 'start {urn:x}c {}k="v"', actual: 'start {urn:x}c {}k="w"' });
  assert.is(
    firstDifference('<?xml version="1.0"?>\n<a  y="2" x="1">\n  <b/>\n</a>', '<a x="1" y="2"><b></b></a>'),
    undefined,
  );
  assert.ok(firstDifference("<a><b> x </b></a>", "<a><b>x</b></a>") !== undefined);
});

roundTrip.run();
