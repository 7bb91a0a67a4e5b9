/** The benchmark's JSON peer maps the documents to the same objects and JSON as our reader and writer: a fair comparison. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DOCUMENTS } from "../../bench/documents.js";
import { readByHand, writeByHand } from "../../bench/json-peer.js";
import { parse, parseJson, serialize, serializeJson, type BoundClass } from "../../index.js";
import { firstJsonDifference } from "../../runtime/json/json-canonical.js";

const peer = suite("benchmark json peer");

peer("reads each document into the objects parseJson reads, and writes the JSON serializeJson writes", () => {
  for (const [name, document] of Object.entries(DOCUMENTS)) {
    const object = parse(document.make(60_000));
    const json = serializeJson(object, { indent: "" });
    const type = object.constructor as BoundClass;
    const byHand = readByHand[name]!(json);
    assert.is(serialize(byHand), serialize(parseJson(json, { expect: type })), name);
    assert.is(firstJsonDifference(json, writeByHand[name]!(object)), undefined, name);
  }
});

peer.run();
