/**
 * The two token sources under the binder (`xmlParser: "emx"`, the tokenizer, and `"saxes"`) give
 * the same typed results, the same findings and the same errors, places included, on the
 * reference corpus (read in place), our fixtures, generated instances of every class and mutated
 * samples. Errors of well-formedness are worded by each parser in its own way: for those, both
 * must fail as not well-formed.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { NASJob, parse, parseStream, serialize, streamItems } from "../../generated/index.js";
import { types } from "../../generated/type-table.gen.js";
import { XmlReadError, type BoundClass, type ReadOptions } from "../../index.js";
import { describeLocation } from "../../runtime/errors.js";
import { extrasOf } from "../../runtime/xml/extras.js";
import { Tokenizer } from "../../runtime/xml/tokenizer.js";
import { concreteTypes, instanceArbitrary } from "../property/arbitrary.js";
import { corpus, corpusPresent, fixture, fixtureNames } from "../helpers.js";
import { LENIENT_CASES } from "./lenient-cases.js";

const RUNS = Number(process.env.FC_RUNS ?? "20");
const SEED = Number(process.env.FC_SEED ?? "20261129");

/**
 * The tokens of a kept element's XML: the reader keeps the document's own text where it holds it
 * whole, and XML made again from the tokens otherwise, so the same content may be written otherwise.
 */
function tokensOf(xml: string): string[] {
  const tokens: string[] = [];
  const tokenizer: Tokenizer = new Tokenizer({
    openTag: (name) => {
      const { attributeNames: names, attributeValues: values, attributeCount: count } = tokenizer;
      tokens.push(
        `<${name} ${JSON.stringify(names.slice(0, count).map((attribute, index) => [attribute, values[index]]))}`,
      );
    },
    closeTag: () => void tokens.push("/"),
    text: (text) => void tokens.push(`text ${text}`),
    cdata: (text) => void tokens.push(`text ${text}`),
    comment: (text) => void tokens.push(`comment ${text}`),
    instruction: (target, body) => void tokens.push(`pi ${target} ${body}`),
    doctype: () => void tokens.push("doctype"),
    error: (reason) => {
      throw new Error(reason);
    },
  });
  tokenizer.write(xml);
  tokenizer.close();
  // Adjacent texts (a CDATA section beside text) count as one.
  return tokens.reduce<string[]>((joined, token) => {
    const last = joined.length - 1;
    if (token.startsWith("text ") && joined[last]?.startsWith("text ")) joined[last] += token.slice(5);
    else joined.push(token);
    return joined;
  }, []);
}

/** A read object as plain data: classes, members, kept extras (lexical forms, unknown nodes). */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) {
    const extras = extrasOf(value);
    return extras === undefined ? value.map(shape) : { items: value.map(shape), extras: shape(extras) };
  }
  if (value instanceof Map) return [...value].map(([key, entry]) => [key, shape(entry)]);
  if (value === null || typeof value !== "object") return value;
  const kept = value as { kind?: unknown; xml?: unknown };
  if (kept.kind === "element" && typeof kept.xml === "string") return { ...kept, xml: tokensOf(kept.xml) };
  const result: Record<string, unknown> = { "@class": value.constructor.name };
  for (const [key, entry] of Object.entries(value)) result[key] = shape(entry);
  const extras = extrasOf(value);
  if (extras !== undefined) result["@extras"] = shape(extras);
  return result;
}

/** An error as compared: the reason and place; not well-formed (worded by the parser) as one kind. */
function errorOf(error: unknown): string {
  if (!(error instanceof XmlReadError)) throw error;
  if (/^document is not well-formed|^a DOCTYPE is not allowed/.test(error.reason)) return "not well-formed";
  return `${error.reason} (${describeLocation(error.location ?? {})})`;
}

interface Outcome {
  readonly result?: unknown;
  readonly findings: readonly string[];
  readonly error?: string;
}

function read(input: string | Uint8Array, options: ReadOptions, xmlParser: "emx" | "saxes"): Outcome {
  const findings: string[] = [];
  const report = (finding: { severity: string; message: string; location: object }) =>
    findings.push(`${finding.severity} ${finding.message} (${describeLocation(finding.location)})`);
  try {
    const result = parse(input, { ...options, xmlParser, findings: options.strict ? undefined : report });
    return { result: shape(result), findings };
  } catch (error) {
    return { findings, error: errorOf(error) };
  }
}

/** Reads `input` with both parsers, strictly and leniently, and says where they differ. */
function differences(name: string, input: string | Uint8Array, options: ReadOptions = {}): string[] {
  const found: string[] = [];
  for (const strict of [false, true]) {
    const ours = read(input, { ...options, strict }, "emx");
    const theirs = read(input, { ...options, strict }, "saxes");
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
      const brief = (outcome: Outcome) =>
        JSON.stringify({ ...outcome, result: outcome.result === undefined ? undefined : "(read)" });
      found.push(`${name}${strict ? " (strict)" : ""}: emx ${brief(ours)}, saxes ${brief(theirs)}`);
    }
  }
  return found;
}

const sources = suite("xmlParser emx and saxes");

sources("read our fixtures alike, whole and streamed in small chunks", async () => {
  const problems = fixtureNames().flatMap((name) => differences(name, fixture(name)));
  assert.equal(problems, []);
  for (const name of fixtureNames()) {
    const bytes = new TextEncoder().encode(fixture(name));
    const chunks = (size: number) =>
      Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) =>
        bytes.slice(index * size, (index + 1) * size),
      );
    const outcomes: string[] = [];
    for (const xmlParser of ["emx", "saxes"] as const) {
      try {
        outcomes.push(JSON.stringify(shape(await parseStream(chunks(7), { xmlParser }))));
      } catch (error) {
        outcomes.push(errorOf(error));
      }
    }
    assert.is(outcomes[1], outcomes[0], name);
  }
});

sources("read a repeated single element, an unknown root and elements out of order alike", () => {
  const problems = Object.entries(LENIENT_CASES).flatMap(([name, example]) => differences(name, example.xml));
  assert.equal(problems, []);
});

sources("read every class's generated instances alike", () => {
  const problems: string[] = [];
  for (const typeName of concreteTypes()) {
    const as = types.get(typeName).create().constructor as BoundClass;
    for (const object of fc.sample(instanceArbitrary(typeName), { numRuns: Math.max(2, RUNS / 4), seed: SEED })) {
      problems.push(...differences(typeName, serialize(object, { root: "Item" }), { as }));
    }
  }
  assert.equal(problems, []);
});

sources("stream the items of a list alike", async () => {
  const nasJobs = fixture("nas-jobs.xml");
  const items = async (xmlParser: "emx" | "saxes") => {
    const seen: unknown[] = [];
    for await (const item of streamItems(nasJobs.match(/[\s\S]{1,29}/g)!, { xmlParser, item: NASJob }))
      seen.push(shape(item));
    return seen;
  };
  assert.equal(await items("saxes"), await items("emx"));
});

sources("check the limits alike, and refuse a DOCTYPE", () => {
  const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';
  const deep = `<EntityReferences ${EM}>${"<x>".repeat(200)}${"</x>".repeat(200)}</EntityReferences>`;
  const attributes = `<Task ${EM} Href="h" ${Array.from({ length: 300 }, (_, index) => `a${index}="1"`).join(" ")}/>`;
  const long = `<Task ${EM} Href="h"><TaskId>${"x".repeat(2000)}</TaskId></Task>`;
  const cases: [string, ReadOptions][] = [
    [deep, {}],
    [attributes, {}],
    [long, { limits: { maxTextLength: 1000 } }],
    [long, { limits: { maxDocumentLength: 100 } }],
  ];
  for (const [xml, options] of cases) {
    // Each parser notices a tag over the limit of attributes at its own place in the tag.
    const errors = (["emx", "saxes"] as const).map((xmlParser) =>
      read(xml, options, xmlParser).error?.replace(/\(\d+:\d+ ?/, "("),
    );
    assert.match(errors[0] ?? "", /limit/);
    assert.is(errors[1], errors[0]);
  }
  // A document longer than the token limit is fine when its tokens are not.
  const many = `<EntityReferences ${EM}>${'<Ref Href="h"/>'.repeat(200)}</EntityReferences>`;
  for (const xmlParser of ["emx", "saxes"] as const) parse(many, { xmlParser, limits: { maxTextLength: 1000 } });
  const doctype = `<!DOCTYPE Task [<!ENTITY x "y">]><Task ${EM} Href="h"/>`;
  assert.throws(
    () => parse(doctype, { xmlParser: "saxes" }),
    (error: unknown) =>
      error instanceof XmlReadError && error.reason === "a DOCTYPE is not allowed (EM never sends one)",
  );
});

sources("refuse an unknown xmlParser", () => {
  assert.throws(
    () => parse(fixture("task-running.xml"), { xmlParser: "sax" as "saxes" }),
    (error: unknown) => error instanceof XmlReadError && error.message === 'xmlParser "sax" is not one of emx, saxes',
  );
  assert.is(parse(fixture("task-running.xml")).constructor.name, "Task");
});

if (!corpusPresent()) {
  console.log(`xml parser differential: corpus part skipped, the reference corpus is not at ${corpus}`);
} else {
  interface Sample {
    readonly file: string;
    readonly root: string;
    readonly namespace: string;
  }
  const samples = (JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as { samples: Sample[] }).samples;
  const bytes = (sample: Sample) => readFileSync(join(corpus, sample.file));

  sources("read every sample of the reference corpus alike", () => {
    const problems = samples.flatMap((sample) =>
      sample.namespace === ""
        ? differences(sample.file, bytes(sample), { allowNoNamespace: true })
        : differences(sample.file, bytes(sample)),
    );
    console.log(`xml parser differential: ${samples.length} corpus samples, strict and lenient`);
    assert.equal(problems, []);
  });

  sources("read mutated samples alike: flipped bytes, cuts, duplicated elements", () => {
    const texts = samples.filter((sample) => sample.namespace !== "").map((sample) => bytes(sample).toString("utf8"));
    const mutant = fc
      .tuple(
        fc.constantFrom(...texts),
        fc.nat(),
        fc.integer({ min: 32, max: 126 }),
        fc.constantFrom("flip", "cut", "repeat"),
      )
      .map(([text, at, value, how]) => {
        const place = at % text.length;
        if (how === "cut") return text.slice(0, place);
        if (how === "flip") return text.slice(0, place) + String.fromCharCode(value) + text.slice(place + 1);
        const close = text.indexOf(">", place);
        const open = text.lastIndexOf("<", place);
        return open < 0 || close < 0
          ? text
          : text.slice(0, close + 1) + text.slice(open, close + 1) + text.slice(close + 1);
      });
    const problems = fc
      .sample(mutant, { numRuns: RUNS * 20, seed: SEED })
      .flatMap((text, index) => differences(`mutant ${index}`, text));
    assert.equal(problems, []);
  });
}

sources.run();
