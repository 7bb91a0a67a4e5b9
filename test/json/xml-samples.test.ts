/**
 * Every XML sample of the shared corpus through EM's JSON and back: read (as the conformance test
 * reads it), written as JSON in both cases, read from that JSON and written as XML, it is unchanged
 * after canonicalisation. What EM's JSON has no place for (text or elements the schema does not
 * describe, such as the `...` of examples cut short on their pages) is counted, and all else of
 * those samples must come back. Skipped, with a message, when the corpus is not beside the project.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { registry } from "../../generated/registry.gen.js";
import {
  firstDifference,
  parse,
  parseJson,
  serialize,
  serializeJson,
  type BoundClass,
  type XmlObject,
} from "../../index.js";
import { ensureExtras, EXTRAS, extrasOf, type Extras } from "../../runtime/xml/extras.js";
import { corpus, corpusPresent } from "../helpers.js";
import { candidatesByElement, corpusSamples, knownFailures, type Sample } from "../corpus-samples.js";

const samplesSuite = suite("xml samples through json");

/** Reads a sample as the conformance test does: a snippet as the first class of its element that reads it (strictly if one does). */
function readSample(sample: Sample, text: string): XmlObject | undefined {
  if (sample.namespace !== "") return parse(text);
  const root = registry.rootClass(sample.root);
  const classes = [
    ...new Set([...(root === undefined ? [] : [root]), ...(candidatesByElement().get(sample.root) ?? [])]),
  ];
  for (const strict of [true, false]) {
    for (const type of classes) {
      try {
        return parse(text, { allowNoNamespace: true, as: type, strict });
      } catch {
        // The next class that declares it.
      }
    }
  }
  return undefined;
}

/** Whether anything in the tree holds XML content the schema does not describe; with `strip`, it is removed. */
function xmlOnly(value: unknown, strip: boolean, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  const extras: Extras | undefined = extrasOf(value);
  // Namespace declarations are XML's and do not count (canonical XML ignores them).
  const declaration = ([name]: readonly [string, string]) => name === "xmlns" || name.startsWith("xmlns:");
  let found = extras?.nodes !== undefined || (extras?.attributes ?? []).some((attribute) => !declaration(attribute));
  if (strip && extras !== undefined) {
    delete extras.nodes;
    if (extras.attributes !== undefined) extras.attributes = extras.attributes.filter(declaration);
  }
  for (const inner of Object.values(value)) found = xmlOnly(inner, strip, seen) || found;
  return found;
}

if (!corpusPresent()) {
  console.log(`xml samples through json: skipped, the reference corpus is not at ${corpus}`);
} else {
  const samples = corpusSamples();

  samplesSuite("every sample converts to JSON and back unchanged, in both cases", () => {
    const problems: string[] = [];
    let unchanged = 0;
    let unreadable = 0;
    const withXmlOnly: string[] = [];
    for (const sample of samples) {
      const text = readFileSync(join(corpus, sample.file), "utf8");
      let object: XmlObject | undefined;
      try {
        object = readSample(sample, text);
      } catch {
        object = undefined;
      }
      if (object === undefined) {
        // Broken in the reference so that no reader may take it (the conformance test checks they still fail).
        if (knownFailures[sample.file]?.failsOn.includes("lenient") !== true)
          problems.push(`${sample.file}: does not read`);
        unreadable++;
        continue;
      }
      // The order of a sample out of the schema's is not kept by XML either: it is compared with XML's own rewrite.
      let expected = knownFailures[sample.file]?.outOfSchemaOrder === true ? serialize(object) : text;
      if (xmlOnly(object, true)) {
        withXmlOnly.push(sample.file);
        expected = serialize(object);
      }
      const snippet = object[EXTRAS]?.noNamespace === true;
      for (const jsonCase of ["pascal", "camel"] as const) {
        const json = serializeJson(object, { case: jsonCase });
        const back = parseJson(json, { expect: object.constructor as BoundClass });
        // A snippet's missing namespace is a fact of its XML text; JSON has no namespaces to carry it.
        if (snippet) ensureExtras(back).noNamespace = true;
        const difference = firstDifference(expected, serialize(back, { root: sample.root }));
        if (difference !== undefined) problems.push(`${sample.file} (${jsonCase}): ${JSON.stringify(difference)}`);
      }
      if (!withXmlOnly.includes(sample.file)) unchanged++;
    }
    console.log(
      `xml samples through json: ${unchanged}/${samples.length} come back unchanged in PascalCase and camelCase; ` +
        `${withXmlOnly.length} more lose only what EM's JSON has no place for (${withXmlOnly.join(", ")}); ` +
        `${unreadable} are known not to read at all`,
    );
    assert.equal(problems, []);
    assert.ok(withXmlOnly.length <= 5, `${withXmlOnly.length} samples hold XML-only content`);
  });
}

samplesSuite.run();
