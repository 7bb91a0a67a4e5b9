/**
 * The JSON tokenizer under the JSON reader: RFC 8259 grammar, checked as it goes, handed over as
 * events. Chunks may be cut anywhere (inside a string, an escape, a number or a literal): a string
 * cut by a chunk's end is kept as its pieces and never looked at again, so a long string read in
 * small chunks costs time in proportion to its length. Limits (depth, string length) are checked
 * while reading; a string over the limit stops the read before its end arrives.
 */
import { DEFAULT_LIMITS } from "../xml/limits.js";

/** Receives the tokens of a document; every method is called synchronously from `write`/`close`. */
export interface JsonTokenSink {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  /** A property name; the value follows. */
  key(name: string): void;
  string(value: string): void;
  /** A number, as written (`1.0`, `-2e5`). */
  number(raw: string): void;
  /** `true`, `false` or `null`. */
  literal(value: boolean | null): void;
  /** Ends the read (it must throw): `malformed` tells a document that is not JSON from one over a limit. */
  error(reason: string, malformed: boolean): never;
}

/** What the tokenizer waits for between tokens. */
const enum Expect {
  Value,
  ValueOrEndArray,
  KeyOrEndObject,
  Key,
  Colon,
  CommaOrEnd,
  Nothing,
}

/** The token being read when a chunk ends. */
const enum Within {
  Nothing,
  String,
  Number,
  Literal,
}

const QUOTE = 34;
/** The characters a string may not hold as they are. */
const CONTROL = /[\u0000-\u001f]/g;
const BACKSLASH = 92;
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
/** The one-character escapes: the code each stands for, by the code of the character after the backslash (-1: none). */
const SIMPLE_ESCAPES = new Int32Array(128).fill(-1);
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};
for (const [char, decoded] of Object.entries(ESCAPES)) SIMPLE_ESCAPES[char.charCodeAt(0)] = decoded.charCodeAt(0);
const KEY_SLOTS = 1024;
/** Pieces shorter than this are gathered, this many at a time, before they are kept. */
const SHORT_PIECE = 64;
const SHORT_PIECES = 512;

/** Whether `code` may continue a number (`0-9 e E . + -`). */
function inNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 43 || code === 45 || code === 101 || code === 69;
}

/** The code four hexadecimal digits at `index` stand for, or -1 when they are not four such digits. */
function hexQuad(chunk: string, index: number): number {
  let code = 0;
  for (let offset = 0; offset < 4; offset++) {
    const digit = hexDigit(chunk.charCodeAt(index + offset));
    if (digit < 0) return -1;
    code = code * 16 + digit;
  }
  return code;
}

/** The value of a hexadecimal digit, or -1. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

export class JsonTokenizer {
  /** Deepest nesting of objects and arrays. */
  maxDepth = DEFAULT_LIMITS.maxDepth;
  /** Longest string (or number, or property name), in characters. */
  maxStringLength = DEFAULT_LIMITS.maxTextLength;

  private expect = Expect.Value;
  private within = Within.Nothing;
  /** Open containers: true for an object. */
  private readonly open: boolean[] = [];
  private depth = 0;
  /**
   * A string cut by chunk ends or escapes: its decoded pieces and their length; whether it is a key.
   * Short pieces (an escape each) gather in `short` and go to `pieces` joined, a few hundred at a time,
   * so a string of many escapes does not hold a string per character.
   */
  private pieces: string[] = [];
  private short: string[] = [];
  private piecesLength = 0;
  private isKey = false;
  /** Inside a string: 0, or 1 after a backslash, or 2..5 inside `\u` (hex digits read + 2). */
  private escape = 0;
  private unicode = 0;
  /** A number or literal cut by a chunk's end. */
  private partial = "";
  /** Offset in the document of the current chunk's start; line and the offset its line starts at. */
  private origin = 0;
  private lines = 1;
  private lineStart = 0;
  /** Where the token being read started, for locations. */
  private tokenStart = 0;
  /** Where {@link escapedRun} decodes, before the characters become a piece. */
  private readonly decoded = new Uint16Array(4096);
  /** In the current chunk: where the next quote, backslash and control character are (-1 before a first look). */
  private nextQuote = -1;
  private nextBackslash = -1;
  private nextControl = -1;
  /** Property names met so far, by a hash of their length and a few characters. */
  private readonly keys: string[] = new Array<string>(KEY_SLOTS).fill("");

  constructor(private readonly sink: JsonTokenSink) {}

  /** One-based line of the token being read. */
  get line(): number {
    return this.lines;
  }

  /** One-based column of the token being read. */
  get column(): number {
    return Math.max(1, this.tokenStart - this.lineStart + 1);
  }

  /** Forgets the document read so far. */
  reset(): void {
    this.expect = Expect.Value;
    this.within = Within.Nothing;
    this.open.length = 0;
    this.depth = 0;
    this.pieces = [];
    this.short = [];
    this.piecesLength = 0;
    this.escape = 0;
    this.partial = "";
    this.origin = 0;
    this.lines = 1;
    this.lineStart = 0;
    this.tokenStart = 0;
  }

  /** Reads the next piece of the document. */
  write(chunk: string): void {
    let index = 0;
    const length = chunk.length;
    this.nextQuote = this.nextBackslash = this.nextControl = -1;
    while (index < length) {
      if (this.within === Within.String) index = this.stringPart(chunk, index);
      else if (this.within !== Within.Nothing) index = this.numberOrLiteralPart(chunk, index);
      else index = this.between(chunk, index);
    }
    this.origin += length;
  }

  /** Ends the document: what is open is an error. */
  close(): void {
    if (this.within === Within.Number) this.endNumber();
    else if (this.within === Within.Literal) this.endLiteral();
    if (this.within === Within.String || this.depth > 0 || this.expect !== Expect.Nothing) {
      this.tokenStart = this.origin;
      const empty = this.expect === Expect.Value && this.depth === 0 && this.within === Within.Nothing;
      this.malformed(empty ? "the document is empty" : "unexpected end of the document");
    }
  }

  /** Reads structure and whitespace from `index`; returns where it stopped (a token starts there or the chunk ends). */
  private between(chunk: string, index: number): number {
    const length = chunk.length;
    for (; index < length; index++) {
      const code = chunk.charCodeAt(index);
      if (code === 32 || code === 9 || code === 13) continue;
      if (code === 10) {
        this.lines++;
        this.lineStart = this.origin + index + 1;
        continue;
      }
      this.tokenStart = this.origin + index;
      return this.token(chunk, index, code);
    }
    return index;
  }

  /** A character that starts a token or is structure, at `index`. Returns where to go on. */
  private token(chunk: string, index: number, code: number): number {
    const expect = this.expect;
    if (code === QUOTE) {
      if (expect === Expect.Key || expect === Expect.KeyOrEndObject) this.isKey = true;
      else if (expect === Expect.Value || expect === Expect.ValueOrEndArray) this.isKey = false;
      else this.unexpected(chunk, index);
      // The pieces of the last cut string were taken with it: nothing to clear.
      this.within = Within.String;
      return this.stringPart(chunk, index + 1);
    }
    switch (code) {
      case 123: // {
        this.startContainer(chunk, index, true);
        return index + 1;
      case 91: // [
        this.startContainer(chunk, index, false);
        return index + 1;
      case 125: // }
        if (expect !== Expect.KeyOrEndObject && !(expect === Expect.CommaOrEnd && this.open[this.depth - 1] === true))
          this.unexpected(chunk, index);
        this.endContainer();
        this.sink.endObject();
        return index + 1;
      case 93: // ]
        if (expect !== Expect.ValueOrEndArray && !(expect === Expect.CommaOrEnd && this.open[this.depth - 1] === false))
          this.unexpected(chunk, index);
        this.endContainer();
        this.sink.endArray();
        return index + 1;
      case 58: // :
        if (expect !== Expect.Colon) this.unexpected(chunk, index);
        this.expect = Expect.Value;
        return index + 1;
      case 44: // ,
        if (expect !== Expect.CommaOrEnd || this.depth === 0) this.unexpected(chunk, index);
        this.expect = this.open[this.depth - 1] ? Expect.Key : Expect.Value;
        return index + 1;
    }
    if (expect !== Expect.Value && expect !== Expect.ValueOrEndArray) this.unexpected(chunk, index);
    if (code === 45 || (code >= 48 && code <= 57)) this.within = Within.Number;
    else if (code === 116 || code === 102 || code === 110) this.within = Within.Literal;
    else this.unexpected(chunk, index);
    this.partial = "";
    return this.numberOrLiteralPart(chunk, index);
  }

  private startContainer(chunk: string, index: number, object: boolean): void {
    if (this.expect !== Expect.Value && this.expect !== Expect.ValueOrEndArray) this.unexpected(chunk, index);
    if (this.depth >= this.maxDepth)
      this.sink.error(`objects and arrays are nested deeper than the limit of ${this.maxDepth}`, false);
    this.open[this.depth++] = object;
    this.expect = object ? Expect.KeyOrEndObject : Expect.ValueOrEndArray;
    if (object) this.sink.startObject();
    else this.sink.startArray();
  }

  private endContainer(): void {
    this.depth--;
    this.expect = this.depth === 0 ? Expect.Nothing : Expect.CommaOrEnd;
  }

  /** After a value: a comma or the end of its container, or nothing more after the root. */
  private afterValue(): void {
    this.expect = this.depth === 0 ? Expect.Nothing : Expect.CommaOrEnd;
  }

  /** Reads string content from `index` (after the opening quote, or where a cut string goes on). */
  private stringPart(chunk: string, index: number): number {
    const length = chunk.length;
    let start = index;
    while (index < length) {
      if (this.escape !== 0) {
        index = this.escapePart(chunk, index);
        start = index;
        continue;
      }
      // The string's end, its next escape, or a character it may not hold: whichever comes first.
      const end = Math.min(
        this.quoteFrom(chunk, index),
        this.backslashFrom(chunk, index),
        this.controlFrom(chunk, index),
      );
      if (end === length) break;
      const code = chunk.charCodeAt(end);
      if (code === QUOTE) {
        this.endString(this.takeString(chunk, start, end));
        return end + 1;
      }
      if (code === BACKSLASH) {
        if (end > start) this.addPiece(chunk.slice(start, end));
        const next = this.escapedRun(chunk, end);
        // An escape the chunk cuts (or a bad one) is read step by step, which says what is wrong.
        if (next === end) this.escape = 1;
        index = start = next === end ? end + 1 : next;
        continue;
      }
      this.tokenStart = this.origin + end;
      this.malformed(`control character U+${code.toString(16).padStart(4, "0")} inside a string (escape it)`);
    }
    if (start < length) this.addPiece(chunk.slice(start, length));
    return length;
  }

  /**
   * Decodes a string from a backslash at `index` character by character (a string with escapes may be
   * nothing but escapes: no search per escape), until its closing quote, the chunk's end, or an escape
   * the chunk cuts or that is not JSON's; returns where it stopped.
   */
  private escapedRun(chunk: string, index: number): number {
    const length = chunk.length;
    const buffer = this.decoded;
    let used = 0;
    while (index < length) {
      let code = chunk.charCodeAt(index);
      if (code === QUOTE) break;
      if (code === BACKSLASH) {
        const next = index + 1 < length ? chunk.charCodeAt(index + 1) : -1;
        const simple = next >= 0 && next < 128 ? SIMPLE_ESCAPES[next]! : -1;
        const unicode = next === 117 && index + 5 < length ? hexQuad(chunk, index + 2) : -1;
        if (simple < 0 && unicode < 0) break;
        code = simple >= 0 ? simple : unicode;
        index += simple >= 0 ? 2 : 6;
      } else {
        if (code < 0x20) break;
        index++;
      }
      buffer[used++] = code;
      if (used === buffer.length) {
        this.addPiece(String.fromCharCode.apply(null, buffer as unknown as number[]));
        used = 0;
      }
    }
    if (used > 0) this.addPiece(String.fromCharCode.apply(null, buffer.subarray(0, used) as unknown as number[]));
    return index;
  }

  /** Hands over a finished string: a property name, or a value. */
  private endString(value: string): void {
    this.within = Within.Nothing;
    if (this.isKey) {
      this.expect = Expect.Colon;
      this.sink.key(value);
    } else {
      this.afterValue();
      this.sink.string(value);
    }
  }

  /** Where the next quote of the chunk is from `index` (its length when there is none), found once per stretch. */
  private quoteFrom(chunk: string, index: number): number {
    if (this.nextQuote < index) {
      const found = chunk.indexOf('"', index);
      this.nextQuote = found < 0 ? chunk.length : found;
    }
    return this.nextQuote;
  }

  /**
   * Where the next backslash of the chunk is from `index` (its length when there is none). Found once
   * per stretch of the chunk, not once per string: backslashes are rare.
   */
  private backslashFrom(chunk: string, index: number): number {
    if (this.nextBackslash < index) {
      const found = chunk.indexOf("\\", index);
      this.nextBackslash = found < 0 ? chunk.length : found;
    }
    return this.nextBackslash;
  }

  /** Where the next control character (U+0000 to U+001F: line ends, tabs...) of the chunk is from `index`. */
  private controlFrom(chunk: string, index: number): number {
    if (this.nextControl < index) {
      CONTROL.lastIndex = index;
      const found = CONTROL.exec(chunk);
      this.nextControl = found === null ? chunk.length : found.index;
    }
    return this.nextControl;
  }

  /** The whole string once its closing quote is at `end`; keys are shared between equal names. */
  private takeString(chunk: string, start: number, end: number): string {
    if (this.piecesLength === 0) {
      if (end - start > this.maxStringLength) this.tooLong();
      return this.isKey ? this.internKey(chunk, start, end) : chunk.slice(start, end);
    }
    this.addPiece(chunk.slice(start, end));
    this.flushShort();
    const value = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join("");
    this.pieces.length = 0;
    this.piecesLength = 0;
    return value;
  }

  private addPiece(piece: string): void {
    if (piece === "") return;
    this.piecesLength += piece.length;
    if (this.piecesLength > this.maxStringLength) this.tooLong();
    if (piece.length < SHORT_PIECE) {
      if (this.short.push(piece) === SHORT_PIECES) this.flushShort();
      return;
    }
    this.flushShort();
    this.pieces.push(piece);
  }

  private flushShort(): void {
    if (this.short.length === 0) return;
    this.pieces.push(this.short.join(""));
    this.short.length = 0;
  }

  /** Reads an escape after its backslash (`escape` 1) or inside `\u` (2..5); returns where to go on. */
  private escapePart(chunk: string, index: number): number {
    if (this.escape === 1) {
      const char = chunk[index]!;
      if (char === "u") {
        this.escape = 2;
        this.unicode = 0;
        return index + 1;
      }
      const decoded = ESCAPES[char];
      if (decoded === undefined) {
        this.tokenStart = this.origin + index - 1;
        this.malformed(`escape \\${char} is not one JSON has`);
      }
      this.escape = 0;
      this.addPiece(decoded);
      return index + 1;
    }
    const digit = hexDigit(chunk.charCodeAt(index));
    if (digit < 0) {
      this.tokenStart = this.origin + index;
      this.malformed(`escape \\u needs four hexadecimal digits, not ${JSON.stringify(chunk[index])}`);
    }
    this.unicode = this.unicode * 16 + digit;
    if (++this.escape === 6) {
      this.escape = 0;
      this.addPiece(String.fromCharCode(this.unicode));
    }
    return index + 1;
  }

  /** Reads a number or literal from `index`; it ends at the first character that cannot continue it. */
  private numberOrLiteralPart(chunk: string, index: number): number {
    const start = index;
    const length = chunk.length;
    const number = this.within === Within.Number;
    while (index < length) {
      const code = chunk.charCodeAt(index);
      if (number ? !inNumber(code) : code < 97 || code > 122) break;
      index++;
    }
    if (this.partial.length + index - start > this.maxStringLength) this.tooLong();
    this.partial = this.partial === "" ? chunk.slice(start, index) : this.partial + chunk.slice(start, index);
    if (index < length) {
      if (number) this.endNumber();
      else this.endLiteral();
    }
    return index;
  }

  private endNumber(): void {
    const raw = this.partial;
    this.partial = "";
    this.within = Within.Nothing;
    if (!NUMBER.test(raw)) this.malformed(`number ${JSON.stringify(raw)} is not written as JSON writes numbers`);
    this.afterValue();
    this.sink.number(raw);
  }

  private endLiteral(): void {
    const word = this.partial;
    this.partial = "";
    this.within = Within.Nothing;
    if (word !== "true" && word !== "false" && word !== "null")
      this.malformed(`${JSON.stringify(word)} is not a JSON value (true, false or null?)`);
    this.afterValue();
    this.sink.literal(word === "null" ? null : word === "true");
  }

  /** A property name, shared with earlier equal names (no new string per occurrence). */
  private internKey(chunk: string, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return "";
    const slot =
      (length * 31 +
        chunk.charCodeAt(start) * 7 +
        chunk.charCodeAt(end - 1) * 3 +
        chunk.charCodeAt(start + (length >> 1))) &
      (KEY_SLOTS - 1);
    const known = this.keys[slot]!;
    if (known.length === length) {
      let same = true;
      for (let index = 0; index < length; index++) {
        if (known.charCodeAt(index) !== chunk.charCodeAt(start + index)) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    const key = length > 64 ? chunk.slice(start, end) : Object.keys({ [chunk.slice(start, end)]: 0 })[0]!;
    if (length <= 64) this.keys[slot] = key;
    return key;
  }

  private unexpected(chunk: string, index: number): never {
    this.tokenStart = this.origin + index;
    this.malformed(`unexpected ${JSON.stringify(chunk[index])} where ${describeExpect(this.expect)} should be`);
  }

  private tooLong(): never {
    this.sink.error(`a string is longer than the limit of ${this.maxStringLength} characters`, false);
  }

  private malformed(reason: string): never {
    this.sink.error(reason, true);
  }
}

function describeExpect(expect: Expect): string {
  switch (expect) {
    case Expect.Value:
      return "a value";
    case Expect.ValueOrEndArray:
      return "a value or ]";
    case Expect.KeyOrEndObject:
      return "a property name or }";
    case Expect.Key:
      return "a property name";
    case Expect.Colon:
      return ":";
    case Expect.CommaOrEnd:
      return "a comma or the end of the object or array";
    case Expect.Nothing:
      return "nothing more (the document has ended)";
  }
}
