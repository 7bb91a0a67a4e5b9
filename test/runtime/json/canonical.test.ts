/** The canonical form of JSON documents, and the first difference between two. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { canonicalJson, firstJsonDifference } from "../../../runtime/json/json-canonical.js";

const canonical = suite("json canonical form");

canonical("ignores whitespace, escapes and the order of properties", () => {
  assert.is(
    canonicalJson('{ "b": [1, "\\u00e9"],\n "a": {"y": null, "x": true} }'),
    '{"a":{"x":true,"y":null},"b":[1,"é"]}',
  );
  assert.is(firstJsonDifference('{"a":1,"b":"é"}', '{ "b": "\\u00e9", "a": 1 }'), undefined);
});

canonical("counts numbers as written, null apart from absent, item order and name case", () => {
  assert.equal(firstJsonDifference('{"a":1.0}', '{"a":1}'), { path: "$.a", expected: "1.0", actual: "1" });
  assert.equal(firstJsonDifference('{"a":null}', "{}"), {
    path: "$",
    expected: "property a",
    actual: "(no more properties)",
  });
  assert.equal(firstJsonDifference('{"a":[1,2]}', '{"a":[2,1]}'), { path: "$.a[0]", expected: "1", actual: "2" });
  assert.equal(firstJsonDifference('{"a":[1]}', '{"a":[1,2]}'), {
    path: "$.a[1]",
    expected: "(end of array)",
    actual: "an item",
  });
  assert.equal(firstJsonDifference('{"Name":"x"}', '{"name":"x"}'), {
    path: "$",
    expected: "property Name",
    actual: "property name",
  });
  assert.equal(firstJsonDifference('{"a":{"b":1}}', '{"a":[1]}'), {
    path: "$.a",
    expected: "an object",
    actual: "an array",
  });
  assert.is(canonicalJson('{"a":1,"a":2}'), '{"a":1,"a":2}');
});

canonical.run();
