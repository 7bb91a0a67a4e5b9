/**
 * The seam between reading XML and binding it: a token source reads text and tells a sink about
 * tags, text and the rest. The tokenizer is the default source; saxes is the other.
 */

/** Receives the tokens of a document; every method is called synchronously from `write`/`close`. */
export interface TokenSink {
  /** A start tag (or empty-element tag, followed at once by `closeTag`); attributes are on the source. */
  openTag(name: string): void;
  closeTag(): void;
  /** Character data with references decoded; never empty. Blank text too, unless `reportBlank` is off. */
  text(text: string): void;
  cdata(text: string): void;
  comment(text: string): void;
  instruction(target: string, body: string): void;
  /** A DOCTYPE declaration was met; the source fails if this returns. */
  doctype(): void;
  /** Ends the read (it must throw): `malformed` tells a document that is not well-formed from one over a limit. */
  error(reason: string, malformed: boolean): never;
}

/**
 * Reads a document in chunks and tells its sink. Sources check well-formedness (no DTD: a DOCTYPE
 * goes to the sink), leave namespaces to the sink, and report inside the root element only, but
 * for errors.
 */
export interface TokenSource {
  /** The attributes of the start tag last reported, `attributeCount` of them (the arrays are reused). */
  readonly attributeNames: readonly string[];
  readonly attributeValues: readonly string[];
  readonly attributeCount: number;
  /** Most attributes on one tag. */
  maxAttributes: number;
  /** Longest token (a tag, a text, a comment...) kept while waiting for its end, in characters. */
  maxTokenLength: number;
  /** Whether blank text (spaces, tabs, line ends only) is reported; the sink turns it off where it has no use for it. */
  reportBlank: boolean;
  /** The line (1-based) of the current place: the end of the token last reported, or of an error. */
  readonly line: number;
  /** The column (1-based, in UTF-16 code units) of the current place. */
  readonly column: number;
  /** Where the start tag last reported begins in the document (the offset of its `<`). */
  readonly tagStart: number;
  /** Where the token last reported ends in the document (the offset after it). */
  readonly tokenEnd: number;
  /**
   * The document's text from `start` to `end` (offsets), as it came (line ends normalised), when
   * the source still holds it; undefined otherwise.
   */
  textBetween(start: number, end: number): string | undefined;
  /** Reads the next piece of the document. */
  write(chunk: string): void;
  /** Ends the document: whatever is still open is an error. */
  close(): void;
  /** Forgets the document read so far. */
  reset(): void;
}
