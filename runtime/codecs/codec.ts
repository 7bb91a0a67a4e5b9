import { CodecError } from "../errors.js";
import type { XsdPattern } from "./pattern.js";

/** Converts between the lexical form of an XML scalar and its TypeScript value. */
export interface Codec<T> {
  /** The XML Schema type name, for messages (`int`, `dateTime`, ...). */
  readonly name: string;
  /** Reads a lexical form; throws {@link CodecError} when it does not fit the type. */
  parse(text: string): T;
  /** Writes a value in its canonical lexical form; throws {@link CodecError} when it cannot. */
  format(value: T): string;
  /**
   * Whether `format(value)` gives back `text`. When it does not (`+3`, `1`, ` true `), the reader
   * keeps the original text so that an untouched value is written back byte for byte.
   */
  isCanonical(text: string, value: T): boolean;
  /** The documented values of an enumeration; values outside it are kept unless strict. */
  readonly values?: ReadonlySet<string>;
  /** Patterns of a restricted type (whole-value matches); checked by validation, not by reading. */
  readonly patterns?: readonly XsdPattern[];
}

/** The XSD whitespace rule `collapse` for the common case: trims, and rejects inner runs. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\r ]+/g, " ").trim();
}

/** The standard message for a lexical form that does not fit. */
export function invalid(type: string, text: string, detail?: string): CodecError {
  return new CodecError(
    `${type} value ${JSON.stringify(text)} is not valid${detail === undefined ? "" : `: ${detail}`}`,
  );
}
