/** Escaping of text and attribute values as the XML spec requires for a faithful round trip. */
import { XmlWriteError } from "../errors.js";
import { describeCharacter, NOT_XML, suspectOr } from "./characters.js";

/**
 * What needs a closer look: a character to escape, or one that may not be allowed (controls,
 * surrogates, U+FFFE/U+FFFF). Most values have none, and one test of one character class says so.
 */
const TEXT_SPECIAL = suspectOr("&<>\\r");
const ATTRIBUTE_SPECIAL = suspectOr('&<"\\t\\n\\r');

function checkCharacters(value: string): void {
  const found = NOT_XML.exec(value);
  if (found !== null) {
    throw new XmlWriteError(
      `value ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} contains ${describeCharacter(found[0].charCodeAt(0))}, which XML 1.0 cannot carry`,
    );
  }
}

/** Escapes character data: `&`, `<`, `>` (so `]]>` cannot appear) and CR (which a reader would drop). */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  checkCharacters(text);
  return text.replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

/** Escapes an attribute value for double quotes; tabs and line breaks as references so they survive normalisation. */
export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  checkCharacters(value);
  return value.replace(/[&<"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case '"':
        return "&quot;";
      case "\t":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}
