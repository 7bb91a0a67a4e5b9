/**
 * The tokenizer reads a document cut into chunks anywhere as it reads it whole, and one tokenizer
 * reset between documents as fresh ones do.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MALFORMED } from "./tokenizer-malformed-cases.js";
import { chunkingDifference, read, Recorder, show, showOutcome } from "./tokenizer-recorder.js";
import { WELL_FORMED } from "./tokenizer-well-formed-cases.js";

const chunking = suite("tokenizer: chunking");

chunking("chunking: every split of each well-formed document reads the same, places included", () => {
  const failures = WELL_FORMED.map(({ xml }) => chunkingDifference(xml)).filter((found) => found !== undefined);
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

chunking("chunking: every split of each malformed document fails the same, at the same place", () => {
  const failures = MALFORMED.map(({ xml }) => chunkingDifference(xml)).filter((found) => found !== undefined);
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

chunking("reset: one tokenizer reads document after document as fresh ones do", () => {
  const recorder = new Recorder();
  const failures: string[] = [];
  for (const { xml } of [...MALFORMED, ...WELL_FORMED]) {
    recorder.tokenizer.reset();
    recorder.tokens.length = 0;
    recorder.places.length = 0;
    recorder.failure = undefined;
    // The previous document may have stopped anywhere, mid-token included.
    const again = recorder.read(xml.split(""));
    const fresh = read(xml.split(""));
    if (show(again) !== show(fresh)) failures.push(`${show(xml)}: ${showOutcome(again)} / ${showOutcome(fresh)}`);
  }
  assert.ok(failures.length === 0, `\n${failures.join("\n")}`);
});

chunking.run();
