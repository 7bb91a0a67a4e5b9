/**
 * The tokenizer on malformed documents: the reason and place of each well-formedness error, and the
 * DOCTYPE left to the sink to refuse.
 *
 * Places are `line:column`, 1-based, columns counted in UTF-16 code units after line-end
 * normalisation: the offending character for an error, the end of the document for an error at the
 * end, the character just after the token for a token.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MALFORMED } from "./tokenizer-malformed-cases.js";
import { read, Recorder, show } from "./tokenizer-recorder.js";

const malformed = suite("tokenizer: malformed documents");

malformed("malformed documents fail with their reason, at their place", () => {
  const failures: string[] = [];
  for (const { name, xml, reason, line, column } of MALFORMED) {
    const { error, tokens } = read([xml]);
    if (error === undefined) failures.push(`${name}: ${show(xml)} accepted as ${show(tokens)}`);
    else if (!reason.test(error.reason) || error.line !== line || error.column !== column || !error.malformed) {
      failures.push(
        `${name}: ${show(xml)}\n    expected: ${reason} at ${line}:${column}\n    actual:   ${error.reason} at ${error.line}:${error.column}${error.malformed ? "" : " (not malformed)"}`,
      );
    }
  }
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

malformed("the DOCTYPE is handed to the sink, which refuses it", () => {
  const recorder = new Recorder();
  recorder.doctype = () => recorder.error("refused by the sink", true);
  const { error, tokens } = recorder.read(["<!DOCTYPE a><a/>"]);
  assert.equal(tokens, []);
  assert.equal(error, { reason: "refused by the sink", line: 1, column: 1, malformed: true });
});

malformed.run();
