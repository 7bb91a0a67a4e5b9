/**
 * Mutation fuzzing of the reference samples (read in place): byte flips, cut points, duplicated and
 * swapped elements. Every outcome must be a typed error or a document that keeps what it read:
 * never an uncaught exception, never a silent loss.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse, serialize } from "../../generated/index.js";
import { firstDifference, XmlReadError, type Finding } from "../../index.js";
import { corpus, corpusPresent } from "../helpers.js";

const mutants = suite("mutation fuzzing");

const RUNS = Number(process.env.FC_RUNS ?? "20");

interface Sample {
  readonly file: string;
  readonly namespace: string;
}

/** Reads a mutant: a typed error is fine; a success must write back what it read, or say why not. */
function check(mutant: string): void {
  const findings: Finding[] = [];
  let object;
  try {
    object = parse(mutant, { findings: (finding) => findings.push(finding) });
  } catch (error) {
    if (error instanceof XmlReadError) return;
    throw error;
  }
  const difference = firstDifference(mutant, serialize(object));
  // Writing restores the schema order; any other difference is data lost on the way.
  if (difference !== undefined && !findings.some((finding) => /out of order/.test(finding.message))) {
    assert.unreachable(
      `read without complaint but wrote back differently at ${difference.path}: ${difference.expected} / ${difference.actual}\n${mutant}`,
    );
  }
}

const ELEMENT = /<([A-Za-z][\w.-]*)(?:\s[^<>]*)?(?:\/>|>[^<]*<\/\1>)/g;

if (!corpusPresent()) {
  console.log(`mutation fuzzing: skipped, the reference corpus is not at ${corpus}`);
} else {
  const samples = (JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as { samples: Sample[] }).samples
    .filter((sample) => sample.namespace !== "")
    .map((sample) => readFileSync(join(corpus, sample.file), "utf8"));
  const sample = fc.constantFrom(...samples);

  mutants("byte flips end in a typed error or a faithful read", () => {
    fc.assert(
      fc.property(sample, fc.nat(), fc.integer({ min: 1, max: 255 }), (text, at, value) => {
        const bytes = new TextEncoder().encode(text);
        bytes[at % bytes.length] = value;
        try {
          check(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
        } catch (error) {
          if (!(error instanceof TypeError)) throw error;
          // The flip made invalid UTF-8: the reader must say so when given the bytes.
          assert.throws(
            () => parse(bytes),
            (thrown: unknown) => thrown instanceof XmlReadError && /not valid UTF-8/.test(thrown.message),
          );
        }
      }),
      { numRuns: RUNS * 20, seed: 1 },
    );
  });

  mutants("cut points end in a typed error", () => {
    fc.assert(
      fc.property(sample, fc.nat(), (text, at) => {
        const cut = text.slice(0, at % text.trimEnd().length);
        assert.throws(
          () => parse(cut),
          (error: unknown) => error instanceof XmlReadError,
        );
      }),
      { numRuns: RUNS * 10, seed: 2 },
    );
  });

  mutants("duplicated and swapped elements end in a typed error or a faithful read", () => {
    fc.assert(
      fc.property(sample, fc.nat(), fc.nat(), fc.boolean(), (text, first, second, duplicate) => {
        const leaves = [...text.matchAll(ELEMENT)];
        if (leaves.length < 2) return;
        const a = leaves[first % leaves.length]!;
        const b = leaves[second % leaves.length]!;
        if (duplicate) {
          const end = a.index! + a[0].length;
          check(`${text.slice(0, end)}${a[0]}${text.slice(end)}`);
        } else if (a.index! + a[0].length <= b.index!) {
          check(
            `${text.slice(0, a.index!)}${b[0]}${text.slice(a.index! + a[0].length, b.index!)}${a[0]}${text.slice(b.index! + b[0].length)}`,
          );
        }
      }),
      { numRuns: RUNS * 10, seed: 3 },
    );
  });
}

mutants.run();
