/**
 * The tokenizer against saxes on generated and mutated documents: both accept and refuse the same
 * documents and read the same tokens, and every chunking reads as the whole document does.
 */
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { documentArbitrary, mutantArbitrary } from "./tokenizer-documents.js";
import { read, show } from "./tokenizer-recorder.js";
import { differenceFromSaxes } from "./tokenizer-saxes-view.js";

/** Generated documents per property; FC_RUNS (20 by default, as in the other suites) scales it. */
const RUNS = 15 * Number(process.env.FC_RUNS ?? "20");
const SEED = Number(process.env.FC_SEED ?? "20261129");

/** Runs a property; a failure names its shrunk counterexample and what went wrong with it. */
function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, { numRuns, seed: SEED });
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.unreachable(
    `failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"), shrunk to ${show(details.counterexample)}:\n    ${error}`,
  );
}

const agreement = suite("tokenizer: agreement with saxes");

agreement("generated documents are read as saxes reads them", () => {
  check(
    fc.property(documentArbitrary, (xml) => {
      const difference = differenceFromSaxes(xml);
      if (difference !== undefined) throw new Error(difference);
    }),
    RUNS,
  );
});

agreement("mutated documents: saxes and we accept and refuse the same, and read the same", () => {
  check(
    fc.property(mutantArbitrary, (xml) => {
      const difference = differenceFromSaxes(xml);
      if (difference !== undefined) throw new Error(difference);
    }),
    10 * RUNS,
  );
});

agreement("chunking: generated and mutated documents cut anywhere read as they do whole", () => {
  // Up to four cuts, or one-character chunks; places asked at every token, or only at an error.
  const cuts = fc.oneof(fc.array(fc.nat(), { maxLength: 4 }), fc.constant("every character" as const));
  check(
    fc.property(fc.oneof(documentArbitrary, mutantArbitrary), cuts, fc.boolean(), (xml, at, tracking) => {
      let chunks: string[];
      if (at === "every character") chunks = xml.split("");
      else {
        const points = [...new Set([0, ...at.map((point) => point % (xml.length + 1)), xml.length])];
        points.sort((a, b) => a - b);
        chunks = points.slice(1).map((point, index) => xml.slice(points[index], point));
      }
      const whole = show(read([xml], tracking));
      const cut = show(read(chunks, tracking));
      if (cut !== whole) throw new Error(`${show(chunks)}\n    whole: ${whole}\n    cut:   ${cut}`);
    }),
    3 * RUNS,
  );
});

agreement.run();
