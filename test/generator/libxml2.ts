/** libxml2 (xmllint-wasm) as a second opinion on our XSD export: compiling it, validating documents by it. */
import { validateXML } from "xmllint-wasm";

/** The EM namespace, left out of libxml2's messages. */
export const EM = "http://www.veeam.com/ent/v1.0";

export interface Verdict {
  readonly valid: boolean;
  /** libxml2's messages about the document, namespace URIs of the EM namespace left out. */
  readonly errors: readonly string[];
}

/**
 * Validates documents against an XSD with libxml2, in batches (each call compiles the XSD in a
 * fresh WebAssembly instance, about half a second for ours). File names must be unique and plain.
 */
export async function libxml2(xsd: string, docs: readonly { fileName: string; contents: string }[]) {
  const verdicts = new Map<string, Verdict>();
  for (let start = 0; start < docs.length; start += 150) {
    const batch = docs.slice(start, start + 150);
    const result = await validateXML({
      xml: batch.map(({ fileName, contents }) => ({ fileName, contents })),
      schema: [{ fileName: "em.xsd", contents: xsd }],
      maxMemoryPages: 4096,
    });
    const lines = result.rawOutput.split("\n");
    for (const { fileName } of batch) {
      const valid = lines.includes(`${fileName} validates`);
      if (!valid && !lines.includes(`${fileName} fails to validate`))
        throw new Error(`libxml2 gave no verdict on ${fileName}:\n${result.rawOutput}`);
      const errors = lines
        .filter((line) => line.startsWith(`${fileName}:`))
        .map((line) => line.slice(fileName.length + 1).replaceAll(`{${EM}}`, ""));
      verdicts.set(fileName, { valid, errors });
    }
  }
  return verdicts;
}

/** The errors libxml2 reports while compiling an XSD, or none when it compiles. */
export async function compileErrors(xsd: string): Promise<string[]> {
  try {
    await validateXML({
      xml: [{ fileName: "probe.xml", contents: `<Probe xmlns="${EM}" />` }],
      schema: [{ fileName: "em.xsd", contents: xsd }],
    });
    return [];
  } catch (error) {
    return String((error as Error).message)
      .split("\n")
      .filter((line) => line.includes("Schemas parser error"));
  }
}
