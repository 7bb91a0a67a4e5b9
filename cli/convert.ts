/**
 * Conversion between the wire forms: XML to EM's JSON and back, from the same bindings. A library
 * function; `emx convert` is its shell. JSON names no root: the root element comes from `type`, or
 * from the shape where that makes it certain.
 */
import { parse, parseJson, serialize, serializeJson, type XmlObject } from "../index.js";
import type { JsonCase } from "../runtime/json/json-names.js";
import { withoutByteOrderMark } from "../runtime/xml/input.js";
import { conversionLosses, type ConversionLosses } from "./conversion-losses.js";
import { jsonRootOf } from "./json-root.js";
import { UsageError } from "./usage-error.js";

/** What to convert to, and how. */
export interface ConvertOptions {
  readonly to: "json" | "xml";
  /** The root element of a JSON input (JSON names none); inferred from the shape when absent. */
  readonly type?: string;
  /** JSON output: the property-name case (default: PascalCase, or the case a JSON input came in). */
  readonly case?: JsonCase;
  readonly strict?: boolean;
}

/** A converted document, and what the conversion could not carry. */
export interface Conversion extends ConversionLosses {
  readonly output: string;
  readonly from: "json" | "xml";
  /** The class the document was read as. */
  readonly type: string;
  /** How the class was found, when a JSON input named none. */
  readonly inferred: string | undefined;
}

/** The form a document is in, by its first character. */
export function formatOf(text: string): "json" | "xml" {
  const first = withoutByteOrderMark(text).trimStart()[0];
  if (first === "<") return "xml";
  if (first === "{" || first === "[") return "json";
  throw new UsageError(`the input is neither XML nor JSON: it starts with ${JSON.stringify(first ?? "nothing")}`);
}

/** Converts a document held in memory. */
export function convertDocument(text: string, options: ConvertOptions): Conversion {
  const from = formatOf(text);
  let object: XmlObject;
  let root: string | undefined;
  let inferred: string | undefined;
  if (from === "xml") object = parse(text, { strict: options.strict === true });
  else {
    const found = jsonRootOf(text, options.type);
    object = parseJson(text, { expect: found.type, strict: options.strict === true });
    root = found.root;
    inferred = found.inferred;
  }
  const output =
    options.to === "json"
      ? serializeJson(object, { case: options.case })
      : serialize(object, root === undefined ? {} : { root });
  const { losses, notes } = from === options.to ? { losses: [], notes: [] } : conversionLosses(object, options.to);
  return { output, from, type: object.constructor.name, inferred, losses, notes };
}
