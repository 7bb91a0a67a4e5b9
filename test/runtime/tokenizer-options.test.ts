/** The tokenizer's switches: reporting blank text or not, and the limits on attributes and token length. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { chunkings, Recorder, show } from "./tokenizer-recorder.js";
import { A, END_A } from "./tokenizer-well-formed-cases.js";

const options = suite("tokenizer: options");

options("reportBlank: off, blank-only text is not reported; text with content keeps its blanks", () => {
  const xml = "\n <a> <b>\r\n\t</b> x <c> &#32; </c><![CDATA[ ]]>\n</a>\n";
  const readWithoutBlanks = (chunks: string[]) => {
    const recorder = new Recorder();
    recorder.tokenizer.reportBlank = false;
    return recorder.read(chunks);
  };
  const outcome = readWithoutBlanks([xml]);
  for (const chunks of chunkings(xml)) assert.equal(readWithoutBlanks(chunks), outcome, show(chunks));
  assert.equal(outcome.tokens, [
    A,
    ["<", "b"],
    ["/", "b"],
    ["text", " x "],
    ["<", "c"],
    ["text", "   "],
    ["/", "c"],
    ["cdata", " "],
    END_A,
  ]);
  assert.is(outcome.error, undefined);
});

options("limits fail as limits, not as malformed documents", () => {
  const attributes = new Recorder();
  attributes.tokenizer.maxAttributes = 2;
  const tooMany = attributes.read(['<a x="" y=""><b x="" y="" z=""/></a>']);
  assert.match(tooMany.error?.reason ?? "", /more than the limit of 2 attributes/);
  assert.is(tooMany.error?.malformed, false);
  const long = new Recorder();
  long.tokenizer.maxTokenLength = 10;
  const tooLong = long.read(`<a>${"x".repeat(20)}</a>`.split(""));
  assert.match(tooLong.error?.reason ?? "", /longer than the limit of 10 characters/);
  assert.is(tooLong.error?.malformed, false);
  const fits = new Recorder();
  fits.tokenizer.maxTokenLength = 10;
  assert.equal(fits.read(`<a>${"x".repeat(10)}</a>`.split("")).error, undefined);
});

options.run();
