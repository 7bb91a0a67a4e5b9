/** Bounds that keep a hostile or broken document from exhausting the process. */
export interface ReadLimits {
  /** Deepest element nesting. EM documents stay under 20 levels. */
  readonly maxDepth: number;
  /** Most attributes on one element. */
  readonly maxAttributes: number;
  /** Longest text of one element or attribute value, in characters. */
  readonly maxTextLength: number;
  /** Largest document, in characters (after decoding). */
  readonly maxDocumentLength: number;
}

/** Defaults generous for EM and tight for abuse; raise them per call with `limits`. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxDepth: 128,
  maxAttributes: 256,
  maxTextLength: 16 * 1024 * 1024,
  maxDocumentLength: 1024 * 1024 * 1024,
};
