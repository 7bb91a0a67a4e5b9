import { CodecError } from "../errors.js";
import { collapseWhitespace, invalid, type Codec } from "./codec.js";

const INTEGER = /^[+-]?[0-9]+$/;
/** The form `String(value)` gives: no sign but a minus, no leading zeros, no `-0`. */
const CANONICAL_INTEGER = /^(0|-?[1-9][0-9]*)$/;

/**
 * Makes a codec for an XSD integer type bounded by `min` and `max`. Values are JavaScript numbers,
 * so bounds beyond the safe-integer range are cut to it and a value outside is a codec error.
 */
export function integerCodec(name: string, min: number, max: number): Codec<number> {
  const low = Math.max(min, Number.MIN_SAFE_INTEGER);
  const high = Math.min(max, Number.MAX_SAFE_INTEGER);
  const limit = low === min && high === max ? `${min} to ${max}` : `${low} to ${high} (the safe-integer range)`;
  return {
    name,
    parse(text) {
      const lexical = INTEGER.test(text) ? text : collapseWhitespace(text);
      if (!INTEGER.test(lexical)) throw invalid(name, text, "expected an integer");
      const value = Number(lexical);
      if (value < low || value > high) throw invalid(name, text, `outside ${limit}`);
      return value;
    },
    format(value) {
      if (!Number.isInteger(value) || value < low || value > high) {
        throw new CodecError(`${name} value ${String(value)} cannot be written: expected an integer from ${limit}`);
      }
      return String(value);
    },
    // A regular expression test allocates nothing, unlike comparing with `String(value)`.
    isCanonical: (text) => CANONICAL_INTEGER.test(text),
  };
}

/** `xs:int`. */
export const intCodec = integerCodec("int", -2147483648, 2147483647);
/** `xs:long`, within the safe-integer range. */
export const longCodec = integerCodec("long", -9223372036854775808, 9223372036854775807);
/** `xs:unsignedShort`. */
export const unsignedShortCodec = integerCodec("unsignedShort", 0, 65535);
/** `xs:unsignedLong`, within the safe-integer range. */
export const unsignedLongCodec = integerCodec("unsignedLong", 0, 18446744073709551615);
