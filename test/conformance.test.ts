/**
 * Conformance over the shared EM reference corpus, read in place: every EM-namespaced sample whose
 * root element this library binds must parse strictly and round-trip. Skipped, with a message, when
 * the corpus is not beside the project.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateDocument } from "../cli/validate.js";
import { registry } from "../generated/index.js";
import { corpus, corpusPresent } from "./helpers.js";

interface Sample {
  readonly file: string;
  readonly root: string;
  readonly namespace: string;
}

if (!corpusPresent()) {
  console.log(`conformance: skipped, the reference corpus is not at ${corpus}`);
} else {
  const samples = (JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as { samples: Sample[] }).samples;
  const namespaced = samples.filter((sample) => sample.namespace === "http://www.veeam.com/ent/v1.0");
  const bound = namespaced.filter((sample) => registry.rootClass(sample.root) !== undefined);

  test("every EM-namespaced sample with a bound root parses strictly and round-trips", () => {
    const failures = bound
      .map((sample) => validateDocument(sample.file, readFileSync(join(corpus, sample.file)), { strict: true }))
      .filter((result) => !result.ok)
      .map((result) => `${result.file}: ${result.problem}`);
    const unbound = new Set(namespaced.filter((sample) => !bound.includes(sample)).map((sample) => sample.root));
    console.log(
      `conformance: ${bound.length - failures.length}/${bound.length} samples of bound roots pass strict parse and round trip; ` +
        `${namespaced.length - bound.length} of the ${namespaced.length} EM-namespaced samples have one of ${unbound.size} roots not bound yet`,
    );
    assert.equal(failures, []);
  });

  test("the NAS job family is covered by the corpus run", () => {
    for (const root of ["NASJob", "EntityReferences", "Task"]) assert.ok(bound.some((sample) => sample.root === root), root);
  });
}

test.run();
