/** Escaping of text and attribute values as the XML spec requires for a faithful round trip. */
import { XmlWriteError } from "../errors.js";

/**
 * What needs a closer look: a character to escape, or one that may not be allowed (controls,
 * surrogates, U+FFFE/U+FFFF). Most values have none, and one test of one character class says so.
 */
const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const ATTRIBUTE_SPECIAL = /[&<"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
/** Characters XML 1.0 cannot carry, not even escaped: most controls, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkCharacters(value: string): void {
  const found = NOT_XML.exec(value);
  if (found !== null) {
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new XmlWriteError(
      `value ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} contains U+${code}, which XML 1.0 cannot carry`,
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
