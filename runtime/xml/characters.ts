/** The characters XML 1.0 cannot carry, shared by the tokenizer (reading) and escaping (writing). */

/** Controls other than tab, LF and CR, U+FFFE/U+FFFF, and every surrogate, as a character class body. */
const SUSPECT_CLASS = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ud800-\\udfff\\ufffe\\uffff";

/**
 * A character that may not be allowed: one test of this plain class is much faster than of
 * {@link NOT_XML}, and most text has no such character (surrogates in pairs are allowed).
 */
export const SUSPECT = new RegExp(`[${SUSPECT_CLASS}]`);

/** {@link SUSPECT} and the characters in `extra` (a character class body), for one test of both. */
export function suspectOr(extra: string): RegExp {
  return new RegExp(`[${extra}${SUSPECT_CLASS}]`);
}

/** A character XML 1.0 does not allow anywhere: most controls, U+FFFE/U+FFFF, a surrogate without its pair. */
export const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `U+0000` notation for a code point. */
export function describeCharacter(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
