/**
 * The tokenizer against the W3C XML Conformance Test Suite: every XML 1.0 test without a DOCTYPE
 * (the reader refuses every DOCTYPE) is accepted when the suite calls it well-formed and refused
 * when not, but for the known misses listed, with reasons, in tokenizer-w3c-known-misses.json.
 * A known miss is never counted as passing, and one that passes now must leave the list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Tokenizer, type TokenSink } from "../../runtime/xml/tokenizer.js";
import { projectRoot } from "../helpers.js";
import { catalog, documentText, outOfScope, type ConformanceTest } from "./xml-conformance-suite.js";

const knownMisses: Record<string, string> = JSON.parse(
  readFileSync(join(projectRoot, "test", "runtime", "tokenizer-w3c-known-misses.json"), "utf8"),
);

class Refused extends Error {}

/** A sink that keeps nothing: only whether the tokenizer reads the document through. */
const sink: TokenSink = {
  openTag() {},
  closeTag() {},
  text() {},
  cdata() {},
  comment() {},
  instruction() {},
  doctype() {
    throw new Refused("a DOCTYPE");
  },
  error(reason: string): never {
    throw new Refused(reason);
  },
};
const tokenizer = new Tokenizer(sink);

/** Undefined when the tokenizer reads the document through; the reason it refused it otherwise. */
function refusal(document: string): string | undefined {
  tokenizer.reset();
  try {
    tokenizer.write(document);
    tokenizer.close();
    return undefined;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    throw error;
  }
}

interface Outcome {
  readonly test: ConformanceTest;
  readonly passed: boolean;
  readonly said: string;
}

function run(test: ConformanceTest, document: string | undefined): Outcome {
  // Bytes that do not decode are refused, as the reader refuses invalid UTF-8.
  const refused = document === undefined ? "the bytes do not decode" : refusal(document);
  const wellFormed = test.type !== "not-wf";
  return {
    test,
    passed: wellFormed === (refused === undefined),
    said: refused === undefined ? "accepted" : `refused: ${refused}`,
  };
}

const w3c = suite("tokenizer: W3C XML Conformance Test Suite");

w3c("reads every XML 1.0 test without a DOCTYPE as the suite says, but for the known misses", () => {
  const tests = catalog();
  assert.ok(tests.length > 2500, `${tests.length} tests in the catalog`);
  const outcomes: Outcome[] = [];
  for (const test of tests) {
    if (outOfScope(test, undefined) !== undefined) continue;
    const document = documentText(test.file);
    if (outOfScope(test, document) === undefined) outcomes.push(run(test, document));
  }
  const passed = outcomes.filter((outcome) => outcome.passed && knownMisses[outcome.test.id] === undefined);
  const unexpected = outcomes.filter((outcome) => !outcome.passed && knownMisses[outcome.test.id] === undefined);
  const fixed = outcomes.filter((outcome) => outcome.passed && knownMisses[outcome.test.id] !== undefined);
  console.log(
    `W3C XML conformance: ${outcomes.length} tests without a DOCTYPE, ${passed.length} pass, ` +
      `${outcomes.length - passed.length} known misses`,
  );
  const describe = (outcome: Outcome) => `${outcome.test.id} (${outcome.test.type}): ${outcome.said}`;
  assert.equal(unexpected.map(describe), [], "misses that are not known");
  assert.equal(fixed.map(describe), [], "known misses that pass now: take them off the list");
  const selected = new Set(outcomes.map((outcome) => outcome.test.id));
  assert.equal(
    Object.keys(knownMisses).filter((id) => !selected.has(id)),
    [],
    "known misses that are not among the tests run",
  );
});

w3c.run();
