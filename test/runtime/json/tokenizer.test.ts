/** The JSON tokenizer: the grammar, chunks cut anywhere, locations, and limits. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { JsonTokenizer, type JsonTokenSink } from "../../../runtime/json/json-tokenizer.js";

/** Records tokens as text; errors are thrown with their location. */
function tokensOf(chunks: readonly string[], limits: { maxDepth?: number; maxStringLength?: number } = {}): string[] {
  const seen: string[] = [];
  const sink: JsonTokenSink = {
    startObject: () => seen.push("{"),
    endObject: () => seen.push("}"),
    startArray: () => seen.push("["),
    endArray: () => seen.push("]"),
    key: (name) => seen.push(`key ${JSON.stringify(name)}`),
    string: (value) => seen.push(`string ${JSON.stringify(value)}`),
    number: (raw) => seen.push(`number ${raw}`),
    literal: (value) => seen.push(`literal ${value}`),
    error(reason, malformed) {
      throw new Error(`${malformed ? "malformed" : "limit"}: ${reason} at ${tokens.line}:${tokens.column}`);
    },
  };
  const tokens = new JsonTokenizer(sink);
  Object.assign(tokens, limits);
  for (const chunk of chunks) tokens.write(chunk);
  tokens.close();
  return seen;
}

const DOCUMENT = `{
  "Name": "caf\\u00e9 \\"quoted\\" \\\\ \\/ \\b\\f\\n\\r\\t \\ud83d\\uddc2",
  "Numbers": [0, -1, 1.0, 2.50e+10, -0.5E-3],
  "Flags": [true, false, null],
  "Empty": {}, "None": [],
  "": "empty name"
}`;

const tokenizer = suite("json tokenizer");

tokenizer("hands over every token, with escapes decoded and numbers as written", () => {
  assert.equal(tokensOf([DOCUMENT]), [
    "{",
    'key "Name"',
    `string ${JSON.stringify('café "quoted" \\ / \b\f\n\r\t 🗂')}`,
    'key "Numbers"',
    "[",
    "number 0",
    "number -1",
    "number 1.0",
    "number 2.50e+10",
    "number -0.5E-3",
    "]",
    'key "Flags"',
    "[",
    "literal true",
    "literal false",
    "literal null",
    "]",
    'key "Empty"',
    "{",
    "}",
    'key "None"',
    "[",
    "]",
    'key ""',
    'string "empty name"',
    "}",
  ]);
});

tokenizer("gives the same tokens however the document is cut into chunks", () => {
  const whole = tokensOf([DOCUMENT]);
  for (let cut = 0; cut <= DOCUMENT.length; cut++) {
    assert.equal(tokensOf([DOCUMENT.slice(0, cut), DOCUMENT.slice(cut)]), whole, `cut at ${cut}`);
  }
  assert.equal(tokensOf([...DOCUMENT]), whole, "one character per chunk");
});

tokenizer("decodes a long string of escapes whole, whatever the chunks", () => {
  const text = `["${"a\\n\\u00e9\\\\".repeat(5000)}"]`;
  const expected = ["[", `string ${JSON.stringify("a\né\\".repeat(5000))}`, "]"];
  assert.equal(tokensOf([text]), expected);
  assert.equal(tokensOf(text.match(/[\s\S]{1,7}/g)!), expected);
});

tokenizer("reads a bare value as a document", () => {
  assert.equal(tokensOf(["  42 "]), ["number 42"]);
  assert.equal(tokensOf(['"x"']), ['string "x"']);
  assert.equal(tokensOf(["nu", "ll"]), ["literal null"]);
});

tokenizer("rejects what JSON does not allow, saying what and where", () => {
  const cases: [string, RegExp][] = [
    ['{"a": 1,}', /malformed: unexpected "}" where a property name should be at 1:9/],
    ["[1,]", /malformed: unexpected "]" where a value should be at 1:4/],
    ['{"a" 1}', /unexpected "1" where : should be/],
    ["[01]", /number "01" is not written as JSON writes numbers at 1:2/],
    ["[1.]", /number "1\." is not written/],
    ["[+1]", /unexpected "\+" where a value or \] should be/],
    ['["a\\x"]', /escape \\x is not one JSON has/],
    ['["\\u12G4"]', /escape \\u needs four hexadecimal digits, not "G"/],
    ['["a\nb"]', /control character U\+000a inside a string \(escape it\) at 1:4/],
    ["[tru]", /"tru" is not a JSON value/],
    ["{'a': 1}", /unexpected "'" where a property name or \} should be/],
    ['{"a": 1', /unexpected end of the document at 1:8/],
    ['"open', /unexpected end of the document/],
    ["", /the document is empty/],
    ["{} {}", /unexpected "\{" where nothing more \(the document has ended\) should be at 1:4/],
    ["// no\n{}", /unexpected "\/"/],
    ["\n\n  [1, 2, x]", /unexpected "x" where a value should be at 3:10/],
  ];
  for (const [text, expected] of cases) {
    assert.throws(() => tokensOf([text]), expected, text);
  }
});

tokenizer("stops at the depth and string limits, also before a long string ends", () => {
  assert.throws(
    () => tokensOf(["[".repeat(11)], { maxDepth: 10 }),
    /limit: objects and arrays are nested deeper than the limit of 10/,
  );
  assert.equal(tokensOf(["[".repeat(10) + "]".repeat(10)], { maxDepth: 10 }).length, 20);
  assert.throws(
    () => tokensOf(['["', "x".repeat(40), "x".repeat(40)], { maxStringLength: 64 }),
    /limit: a string is longer than the limit of 64/,
  );
  assert.throws(() => tokensOf(["[1", "2".repeat(100), "]"], { maxStringLength: 64 }), /limit: a string is longer/);
  assert.equal(tokensOf([`["${"x".repeat(64)}"]`], { maxStringLength: 64 }).length, 3);
});

tokenizer.run();
