/**
 * Every JSON example of the shared corpus, read in place: each reads as its operation's class (or
 * the class of its page's XML example, or by its shape), as given (PascalCase) and re-cased as EM 13
 * writes (camelCase), and comes back canonically equal. Skipped, with a message, when the corpus
 * is not beside the project.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseJson, serialize, serializeJson } from "../../index.js";
import { firstJsonDifference } from "../../runtime/json/json-canonical.js";
import { camelName } from "../../runtime/json/json-names.js";
import { corpus, corpusPresent } from "../helpers.js";
import { placedExamples, recased, type PlacedExample } from "./corpus-examples.js";

const examples = suite("json examples of the corpus");

if (!corpusPresent()) {
  console.log(`json examples: skipped, the reference corpus is not at ${corpus}`);
} else {
  let placed: PlacedExample[] = [];
  examples.before(() => {
    placed = placedExamples();
  });

  examples("every example reads as its operation's class and round-trips, in both cases", () => {
    assert.is(placed.length, 122);
    const problems: string[] = [];
    let strict = 0;
    let sameOrder = 0;
    let fragments = 0;
    for (const example of placed) {
      if (example.problem !== undefined) {
        problems.push(`${example.file}: ${example.problem}`);
        continue;
      }
      if (example.how.includes("fragment")) fragments++;
      const camel = JSON.stringify(recased(JSON.parse(example.text), camelName), null, 2);
      for (const text of [example.text, camel]) {
        const written = serializeJson(parseJson(text, { expect: example.type }));
        const difference = firstJsonDifference(text, written);
        if (difference !== undefined) problems.push(`${example.file} (${example.how}): ${JSON.stringify(difference)}`);
      }
      const written = serializeJson(parseJson(example.text, { expect: example.type }));
      if (JSON.stringify(JSON.parse(written)) === JSON.stringify(JSON.parse(example.text))) sameOrder++;
      try {
        parseJson(example.text, { expect: example.type, strict: true });
        strict++;
      } catch {
        // Counted: fragments lack required items, hand-converted examples quote numbers.
      }
    }
    console.log(
      `json examples: ${placed.length - problems.length}/${placed.length} read and round-trip in PascalCase and camelCase ` +
        `(${fragments} fragments; ${sameOrder} with every property in the same order; ${strict} read strictly)`,
    );
    assert.equal(problems, []);
  });

  examples("EM's own answers come back byte for byte but for whitespace", () => {
    const answers = placed.filter((example) => /^(representation_|resource_representation)/.test(example.file));
    assert.ok(answers.length >= 5, `${answers.length} answers`);
    for (const example of answers) {
      const written = serializeJson(parseJson(example.text, { expect: example.type }), { indent: "  " });
      assert.is(written.trimEnd(), example.text.trimEnd(), example.file);
    }
  });

  examples("a camelCase example reads into the same typed content as its PascalCase original", () => {
    // The typed content compares as XML: names kept as read (unknown ones, odd spellings) are JSON-only.
    const typed = (text: string, example: PlacedExample) =>
      serialize(parseJson(text, { expect: example.type }), { root: "Example" });
    for (const example of placed) {
      const camel = JSON.stringify(recased(JSON.parse(example.text), camelName));
      assert.is(typed(camel, example), typed(example.text, example), example.file);
    }
  });
}

examples.run();
