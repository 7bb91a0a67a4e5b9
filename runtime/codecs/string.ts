import type { Codec } from "./codec.js";

/** `xs:string`: the text as it is. */
export const stringCodec: Codec<string> = {
  name: "string",
  parse: (text) => text,
  format: (value) => value,
  isCanonical: () => true,
};
