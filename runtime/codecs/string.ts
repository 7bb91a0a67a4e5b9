import { CodecError } from "../errors.js";
import type { Codec } from "./codec.js";

/** `xs:string`: the text as it is. */
export const stringCodec: Codec<string> = {
  name: "string",
  parse: (text) => text,
  format(value) {
    if (typeof value !== "string")
      throw new CodecError(`string value ${String(value)} cannot be written: not a string`);
    return value;
  },
  isCanonical: () => true,
};
