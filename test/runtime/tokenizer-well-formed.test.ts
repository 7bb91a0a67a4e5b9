/**
 * The tokenizer on well-formed documents: the token stream of each, and the place it reports for
 * each token.
 *
 * Places are `line:column`, 1-based, columns counted in UTF-16 code units after line-end
 * normalisation: the offending character for an error, the end of the document for an error at the
 * end, the character just after the token for a token.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { read, show, showOutcome } from "./tokenizer-recorder.js";
import { A, END_A, WELL_FORMED } from "./tokenizer-well-formed-cases.js";

const wellFormed = suite("tokenizer: well-formed documents");

wellFormed("well-formed documents give their token streams", () => {
  const failures: string[] = [];
  for (const { name, xml, tokens } of WELL_FORMED) {
    const outcome = read([xml]);
    if (outcome.error !== undefined || show(outcome.tokens) !== show(tokens)) {
      failures.push(`${name}: ${show(xml)}\n    expected: ${show(tokens)}\n    actual:   ${showOutcome(outcome)}`);
    }
  }
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

wellFormed("places of tokens: the end of each, lines counted after line-end normalisation", () => {
  const outcome = read(['<a>\n  <b x="1"/>\r\n  t\u{1F600}\r<!--\n-->\n</a>']);
  assert.equal(outcome.tokens, [
    A,
    ["text", "\n  "],
    ["<", "b", "x", "1"],
    ["/", "b"],
    ["text", "\n  t\u{1F600}\n"],
    ["comment", "\n"],
    ["text", "\n"],
    END_A,
  ]);
  assert.equal(outcome.places, ["1:4", "2:3", "2:13", "2:13", "4:1", "5:4", "6:1", "6:5"]);
});

wellFormed.run();
