import { collapseWhitespace, invalid, type Codec } from "./codec.js";

/** `xs:boolean`: `true`, `false`, `1` or `0`; written as `true` or `false`. */
export const booleanCodec: Codec<boolean> = {
  name: "boolean",
  parse(text) {
    if (text === "true") return true;
    if (text === "false") return false;
    switch (collapseWhitespace(text)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
    }
    throw invalid("boolean", text, "expected true, false, 1 or 0");
  },
  format: (value) => (value ? "true" : "false"),
  isCanonical: (text) => text === "true" || text === "false",
};
