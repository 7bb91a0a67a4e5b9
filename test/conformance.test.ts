/**
 * Conformance over the shared EM reference corpus, read in place. Every EM-namespaced sample must
 * parse strictly and round-trip; every namespace-less snippet must bind, strictly, as a type that
 * declares an element of its name, and round-trip. Samples broken in the reference are listed in
 * conformance-known-failures.json with the reason; the suite checks that they still fail strictly
 * (so the list stays true) and that they pass leniently. Skipped, with a message, when the corpus
 * is not beside the project.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateDocument, type ValidationResult } from "../cli/validate.js";
import { registry } from "../generated/registry.gen.js";
import { corpus, corpusPresent } from "./helpers.js";
import { schemaOrderProblem } from "./schema-order-round-trip.js";
import { candidatesByElement, corpusSamples, knownFailures, type KnownFailure, type Sample } from "./corpus-samples.js";

const fails = (file: string, check: KnownFailure["failsOn"][number]) =>
  knownFailures[file]?.failsOn.includes(check) === true;
const outOfSchemaOrder = (file: string) => knownFailures[file]?.outOfSchemaOrder === true;

if (!corpusPresent()) {
  console.log(`conformance: skipped, the reference corpus is not at ${corpus}`);
} else {
  const samples = corpusSamples();
  const bytes = (sample: Sample) => readFileSync(join(corpus, sample.file));
  const namespaced = samples.filter((sample) => sample.namespace === "http://www.veeam.com/ent/v1.0");
  const snippets = samples.filter((sample) => sample.namespace === "");

  test("every EM-namespaced sample parses strictly and round-trips, but for the known failures", () => {
    const results = namespaced.map((sample) =>
      validateDocument(sample.file, bytes(sample), { strict: true, facets: false }),
    );
    const unexpected = results.filter((result) => !result.ok && !fails(result.file, "strict"));
    const passing = results.filter((result) => result.ok).length;
    console.log(`conformance: ${passing}/${namespaced.length} EM-namespaced samples pass strict parse and round trip`);
    assert.equal(unexpected.map(describe), []);
  });

  test("every EM-namespaced sample passes when not strict, but for the known failures that say otherwise", () => {
    const results = namespaced.map((sample) => validateDocument(sample.file, bytes(sample), { facets: false }));
    const reordered = results.filter((result) => outOfSchemaOrder(result.file));
    const unexpected = results.filter(
      (result) => !result.ok && !fails(result.file, "lenient") && !outOfSchemaOrder(result.file),
    );
    console.log(
      `conformance: ${results.filter((result) => result.ok).length}/${namespaced.length} EM-namespaced samples pass without --strict` +
        ` (${reordered.length} more out of schema order, checked by their own test)`,
    );
    assert.equal(unexpected.map(describe), []);
  });

  test("facet validation of the EM-namespaced samples finds errors only where the reference is broken", () => {
    const results = namespaced.map((sample) => validateDocument(sample.file, bytes(sample)));
    const unexpected = results.filter((result) => !result.ok && !fails(result.file, "facets"));
    const warnings = results.reduce(
      (count, result) => count + result.findings.filter((finding) => finding.severity === "warning").length,
      0,
    );
    console.log(
      `conformance: ${results.filter((result) => result.ok).length}/${namespaced.length} EM-namespaced samples pass facet validation (${warnings} warnings)`,
    );
    assert.equal(unexpected.map(describe), []);
  });

  test("every namespace-less snippet binds as a type declaring its element, strictly, and round-trips", () => {
    const byElement = candidatesByElement();
    const failures: string[] = [];
    let passing = 0;
    for (const sample of snippets) {
      const tried = (byElement.get(sample.root) ?? []).map((type) =>
        validateDocument(sample.file, bytes(sample), { strict: true, facets: false, allowNoNamespace: true, as: type }),
      );
      if (tried.some((result) => result.ok)) passing++;
      else if (!fails(sample.file, "strict")) {
        failures.push(
          tried.length === 0 ? `${sample.file}: no type declares an element ${sample.root}` : describe(tried[0]!),
        );
      }
    }
    console.log(`conformance: ${passing}/${snippets.length} namespace-less snippets bind strictly and round-trip`);
    assert.equal(failures, []);
  });

  test("samples out of the schema's order read leniently and come back in schema order, losing nothing", () => {
    const byElement = candidatesByElement();
    const problems = samples
      .filter((sample) => outOfSchemaOrder(sample.file))
      .flatMap((sample) => {
        const snippet = sample.namespace === "";
        const tried = (snippet ? (byElement.get(sample.root) ?? []) : [undefined]).map((as) =>
          schemaOrderProblem(sample.file, bytes(sample), { allowNoNamespace: snippet, as }),
        );
        return tried.some((problem) => problem === undefined)
          ? []
          : [tried[0] ?? `${sample.file}: no type to read it as`];
      });
    assert.equal(problems, []);
  });

  test("every known failure still fails, on the checks it names", () => {
    const bySample = new Map(samples.map((sample) => [sample.file, sample]));
    const byElement = candidatesByElement();
    for (const [file, failure] of Object.entries(knownFailures)) {
      const sample = bySample.get(file);
      assert.ok(sample !== undefined, `${file} is not in the corpus`);
      assert.ok(failure.reason.length > 20, `${file} needs a reason`);
      const as = sample.namespace === "" ? (byElement.get(sample.root) ?? []) : [undefined];
      const run = (options: { strict: boolean; facets: boolean }) =>
        as.map((type) =>
          validateDocument(file, bytes(sample), { ...options, allowNoNamespace: sample.namespace === "", as: type }),
        );
      for (const check of failure.failsOn) {
        const outcomes = run({ strict: check === "strict", facets: check === "facets" });
        assert.ok(
          outcomes.every((outcome) => !outcome.ok),
          `${file} passes ${check} now: update the known failures`,
        );
      }
    }
  });

  test("root elements bound: every root of the link-Type table and every root the samples use", () => {
    const table = JSON.parse(readFileSync(join(corpus, "rootElements.json"), "utf8")) as {
      element: string;
      linkType: string;
    }[];
    const missing = [
      ...new Set([...table.map((row) => row.element), ...namespaced.map((sample) => sample.root)]),
    ].filter((element) => registry.rootClass(element) === undefined);
    assert.equal(missing, []);
    // Cells list several Types (`FileSystemItems, DirectoryEntry, FileEntry`), a pattern (`<Resource>Reference`),
    // or none (`\\*`, `—`). `ReportFrame` names five report frames, told apart by their root elements.
    const linkTypes = table
      .flatMap((row) => row.linkType.replace("<Resource>", "Any").split(/,\s*/))
      .filter((linkType) => /^[A-Za-z]+$/.test(linkType) && linkType !== "ReportFrame");
    assert.ok(linkTypes.length > 150);
    assert.equal(
      linkTypes.filter((linkType) => registry.classForLinkType(linkType) === undefined),
      [],
    );
  });
}

function describe(result: ValidationResult): string {
  return `${result.file}: ${result.problem}`;
}

test.run();
