/**
 * XSD patterns as JavaScript regular expressions. XSD patterns match the whole value, and have
 * escapes JavaScript lacks (`\i`, `\c` and their negations); schemas written for .NET also escape
 * characters that need no escape (`\:`), which JavaScript accepts without the `u` flag.
 */

import { CodecError } from "../errors.js";

/** An XSD pattern facet: its text as the schema gives it, and the regular expression it reads as. */
export interface XsdPattern {
  readonly xsd: string;
  readonly regExp: RegExp;
}

const NAME_START =
  "A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

/** An XSD pattern with its regular expression; throws a {@link CodecError} when JavaScript cannot read it. */
export function xsdPattern(pattern: string): XsdPattern {
  return { xsd: pattern, regExp: xsdPatternToRegExp(pattern) };
}

/** Translates an XSD pattern; throws a {@link CodecError} when JavaScript cannot read the result. */
export function xsdPatternToRegExp(pattern: string): RegExp {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index]!;
    if (character !== "\\" || index + 1 >= pattern.length) {
      source += character;
      continue;
    }
    const next = pattern[++index]!;
    switch (next) {
      case "i":
        source += `[${NAME_START}]`;
        break;
      case "I":
        source += `[^${NAME_START}]`;
        break;
      case "c":
        source += `[${NAME_CHAR}]`;
        break;
      case "C":
        source += `[^${NAME_CHAR}]`;
        break;
      default:
        source += `\\${next}`;
    }
  }
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (error) {
    throw new CodecError(`pattern ${JSON.stringify(pattern)} cannot be read: ${(error as Error).message}`);
  }
}
