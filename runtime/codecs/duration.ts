import { CodecError } from "../errors.js";
import { collapseWhitespace, invalid, type Codec } from "./codec.js";

const DURATION = /^-?P(?=[0-9T])([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$/;

/** `xs:duration` (`P1DT2H`), kept as its text after checking it. */
export const durationCodec: Codec<string> = {
  name: "duration",
  parse(text) {
    const lexical = collapseWhitespace(text);
    if (!DURATION.test(lexical)) throw invalid("duration", text, "expected PnYnMnDTnHnMnS");
    return lexical;
  },
  format(value) {
    if (typeof value !== "string" || !DURATION.test(value)) {
      throw new CodecError(`duration value ${JSON.stringify(value)} cannot be written: expected PnYnMnDTnHnMnS`);
    }
    return value;
  },
  isCanonical: (text, value) => text === value,
};
