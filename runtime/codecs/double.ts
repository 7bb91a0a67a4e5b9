import { CodecError } from "../errors.js";
import { collapseWhitespace, invalid, type Codec } from "./codec.js";

const DOUBLE = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

/** `xs:double`: decimal or scientific notation, `INF`, `-INF` and `NaN` (`+INF` is XML Schema 1.1 only). */
export const doubleCodec: Codec<number> = {
  name: "double",
  parse(text) {
    const lexical = collapseWhitespace(text);
    if (DOUBLE.test(lexical)) return Number(lexical);
    switch (lexical) {
      case "INF":
        return Infinity;
      case "-INF":
        return -Infinity;
      case "NaN":
        return NaN;
    }
    throw invalid("double", text, "expected a number, INF, -INF or NaN");
  },
  format(value) {
    if (typeof value !== "number")
      throw new CodecError(`double value ${String(value)} cannot be written: not a number`);
    if (Number.isNaN(value)) return "NaN";
    if (value === Infinity) return "INF";
    if (value === -Infinity) return "-INF";
    return String(value);
  },
  isCanonical(text, value) {
    return text === doubleCodec.format(value);
  },
};
