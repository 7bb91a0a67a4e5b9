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

/**
 * Whether reading with `codec` gives the text itself, always in its canonical form: `xs:string` and
 * its restrictions (enumerations excepted, which hand out shared constants). The reader then calls
 * neither `parse` nor `isCanonical`, the bulk of an EM document's values being such text.
 */
export function readsAsText(codec: Codec<unknown>): boolean {
  return codec.parse === stringCodec.parse && codec.isCanonical === stringCodec.isCanonical;
}
