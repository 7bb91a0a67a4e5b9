/**
 * The XML tokenizer under the reader. It checks XML 1.0 well-formedness (characters, names, tags
 * and their nesting, attributes, references, comments, CDATA sections, processing instructions, the
 * XML declaration, line ends) and leaves namespaces to the reader. There is no DTD support: a
 * DOCTYPE is handed to the sink, which refuses it.
 *
 * It scans with `indexOf` and `charCodeAt` rather than a state machine stepping through every
 * character, and allocates nothing per token beyond the strings it hands over. Characters XML does
 * not allow are looked for in content only (text, values, comments...), and only once per distinct
 * short value: markup is names and blanks, which are checked character by character as they are
 * read. Chunks may be cut anywhere: a token cut by a chunk's end is carried, and the carried text
 * is looked at again only once the text that can end it (`>`, `-->`, the next `<`...) has arrived,
 * so a long token read in small chunks costs time in proportion to its length.
 */

import { describeCharacter, NOT_XML, SUSPECT } from "./characters.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { holds, StringTable } from "./string-table.js";
import type { TokenSink, TokenSource } from "./token-source.js";

export type { TokenSink } from "./token-source.js";

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
/**
 * What the scanning loops take for the character past the buffer's end: reading it with
 * `charCodeAt` would make V8 compile that call as a slow generic one from then on.
 */
const NONE = -1;

/** ASCII name characters: 1 may start a name, 2 may only continue one. */
const ASCII_NAME = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z_:]/.test(char)) ASCII_NAME[code] = 1;
  else if (/[0-9.-]/.test(char)) ASCII_NAME[code] = 2;
}

/** XML 1.0 (fifth edition) NameStartChar beyond ASCII. */
function isNameStart(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0xeffff)
  );
}

/** XML 1.0 NameChar beyond ASCII. */
function isNameChar(code: number): boolean {
  return isNameStart(code) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040;
}

const XML_DECLARATION =
  /^[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*$/;
const LEADING_BLANKS = /^[ \t\n]+/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

/** Where `char` next occurs in `buffer` from `start`, or the buffer's length. */
function find(buffer: string, char: string, start: number): number {
  const found = buffer.indexOf(char, start);
  return found < 0 ? buffer.length : found;
}

/** Where the first character XML does not allow is in `text` from `start` to `end`, or -1. */
function disallowedIn(text: string, start: number, end: number): number {
  const bad = text.slice(start, end).search(NOT_XML);
  return bad < 0 ? bad : start + bad;
}

function disallowedCharacter(text: string, index: number): string {
  return `disallowed character ${describeCharacter(text.codePointAt(index)!)}`;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}

/** Longest name, and longest attribute value or text, looked up in the tables of strings met before. */
const MAX_SHARED_NAME = 128;
const MAX_SHARED_VALUE = 32;

const BEFORE_ROOT = 0;
const IN_ROOT = 1;
const AFTER_ROOT = 2;

/** What a carried text waits for before it is looked at again. */
const TEXT_END = "<";
/**
 * What the readers of markup return when the buffer ends inside it: in a tag, in a quoted value of
 * one, or in other markup (a comment, CDATA, a processing instruction).
 */
const CUT = -1;
const CUT_IN_DOUBLE_QUOTES = -2;
const CUT_IN_SINGLE_QUOTES = -3;
const CUT_MARKUP = -4;

/** The default token source: an XML 1.0 well-formedness checker that scans with `indexOf`. */
export class Tokenizer implements TokenSource {
  /** The attributes of the start tag last reported, `attributeCount` of them (the arrays are reused). */
  readonly attributeNames: string[] = [];
  readonly attributeValues: string[] = [];
  attributeCount = 0;
  /** Most attributes on one tag. */
  maxAttributes = DEFAULT_LIMITS.maxAttributes;
  /**
   * Longest token (a tag, a text, a comment...) kept while waiting for its end to arrive, in
   * characters; what arrives whole is bounded by the sink's own limits and the document's length.
   */
  maxTokenLength = DEFAULT_LIMITS.maxTextLength;
  /** Whether blank text (spaces, tabs, line ends only) is reported; the sink turns it off where it has no use for it. */
  reportBlank = true;
  /** Where the start tag last reported begins in the document (the offset of its `<`). */
  tagStart = 0;

  /** The text being read and the next place in it to look at. */
  private buffer = "";
  private position = 0;
  /** Offset in the document of `buffer[0]`, and of everything fed so far. */
  private origin = 0;
  private fed = 0;
  /** A token cut by the end of a chunk: its pieces, their length, and what ends it. */
  private carried: string[] = [];
  private carriedLength = 0;
  private awaiting = "";
  /** The last characters carried (one fewer than the needle has), where the needle may begin. */
  private carriedTail = "";
  /** A `\r` or high surrogate at the end of a chunk, held until the next one shows what follows. */
  private held = "";
  /**
   * Where the next `&`, `<`, line end, tab and `]` are in the buffer (its length when there is none;
   * -1 before a first look): characters that make text or a value special are rare, and looking
   * for each once per stretch of the buffer is cheaper than checking every character of each value.
   */
  private nextAmpersand = -1;
  private nextLt = -1;
  private nextLineEnd = -1;
  private nextTab = -1;
  private nextBracket = -1;
  /** Names met so far, kept from one document to the next; the same strings as the schema's names. */
  private readonly names = new StringTable(MAX_SHARED_NAME, true);
  /** Short values and texts met so far in the buffer (a link's type, `true`, `Down`), cut from it. */
  private readonly values = new StringTable(MAX_SHARED_VALUE, false);
  /**
   * A start tag cut by a chunk's end after its name: the name, where the tag began, and where to go
   * on in the buffer the cut left (its attributes so far stay in `attributeNames`/`attributeValues`).
   */
  private partialName = "";
  private partialStart = 0;
  private resumeAt = 0;
  /** Names of the open elements, for matching end tags. */
  private readonly open: string[] = [];
  private depth = 0;
  private phase = BEFORE_ROOT;
  /** Where the token being reported ends (offset in the document), for locations. */
  private at = 0;
  /** Where the token being read begins in the buffer: the characters an error in it may be about. */
  private tokenStart = 0;
  /**
   * Lines are counted only when a location is asked for, up to `countedTo`; the last buffer let go
   * is kept until then (`retired`), so a document read in one piece is never counted unless needed.
   */
  private countedTo = 0;
  private lines = 1;
  private lineStart = 0;
  private retired = "";
  private retiredOrigin = 0;

  constructor(private readonly sink: TokenSink) {}

  /** Forgets the document read so far. */
  reset(): void {
    this.use("", 0);
    this.fed = 0;
    this.carried = [];
    this.carriedLength = 0;
    this.awaiting = "";
    this.carriedTail = "";
    this.held = "";
    this.open.length = 0;
    this.depth = 0;
    this.phase = BEFORE_ROOT;
    this.at = 0;
    this.countedTo = 0;
    this.lines = 1;
    this.lineStart = 0;
    this.retired = "";
    this.attributeCount = 0;
    this.partialName = "";
    this.reportBlank = true;
  }

  /** Where the token last reported ends in the document (the offset after it). */
  get tokenEnd(): number {
    return this.at;
  }

  /** The document's text from `start` to `end` (offsets), when the buffer being read still holds it. */
  textBetween(start: number, end: number): string | undefined {
    const origin = this.origin;
    return start >= origin && end <= origin + this.buffer.length
      ? this.buffer.slice(start - origin, end - origin)
      : undefined;
  }

  /** The line (1-based) of the current place: the end of the token last reported, or of an error. */
  get line(): number {
    this.countLines();
    return this.lines;
  }

  /** The column (1-based) of the current place. */
  get column(): number {
    this.countLines();
    return this.at - this.lineStart + 1;
  }

  /** Reads the next piece of the document. */
  write(chunk: string): void {
    if (this.held !== "") {
      chunk = this.held + chunk;
      this.held = "";
    }
    if (chunk.length === 0) return;
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last === 13 || (last >= 0xd800 && last <= 0xdbff)) {
      this.held = chunk.charAt(chunk.length - 1);
      chunk = chunk.slice(0, -1);
    }
    if (chunk.indexOf("\r") >= 0) chunk = chunk.replace(/\r\n?/g, "\n");
    this.feed(chunk);
  }

  /** Ends the document: whatever is still open or carried is an error. */
  close(): void {
    const held = this.held;
    this.held = "";
    if (held === "\r") this.feed("\n");
    this.settle(true);
    this.at = this.fed;
    if (held !== "" && held !== "\r") this.fail(disallowedCharacter(held, 0));
    if (this.depth > 0) this.fail(`unclosed tag <${this.open[this.depth - 1]}>`);
  }

  /**
   * Reads a carried token as it stands, as if nothing followed: text is reported, and markup is read
   * again, so that what is wrong with it is told the same way as when it came whole. Markup that is
   * merely incomplete is an error when the document `ends` here.
   */
  private settle(ends: boolean): void {
    // A start tag may be cut right after a whole attribute, with nothing carried.
    if (this.carriedLength === 0 && this.partialName === "") return;
    const token = this.carried.join("");
    this.carried = [];
    this.carriedLength = 0;
    // Not `rebase`: the buffer let go stays uncounted unless a location is asked for.
    this.use(token, this.fed - token.length);
    if (this.awaiting === TEXT_END) {
      this.at = this.fed;
      this.tokenStart = 0;
      let first = 0;
      while (first < token.length && isBlank(token.charCodeAt(first))) first++;
      this.textRun(token, 0, first, token.length);
      return;
    }
    const origin = this.origin;
    this.run();
    if ((this.carriedLength > 0 || this.partialName !== "") && ends) {
      // Cut markup was not looked at for disallowed characters: one of them is the first error.
      const bad = disallowedIn(token, 0, token.length);
      this.at = bad >= 0 ? origin + bad : this.fed;
      this.fail(bad >= 0 ? disallowedCharacter(token, bad) : "unexpected end of document inside markup");
    }
  }

  private rebase(buffer: string, origin: number): void {
    this.retire();
    this.use(buffer, origin);
  }

  /** Reads `buffer`, which starts at `origin` in the document, from its beginning. */
  private use(buffer: string, origin: number): void {
    this.buffer = buffer;
    this.origin = origin;
    this.position = 0;
    // The values kept are cut from the buffer: a stream's table must not keep every chunk alive.
    this.values.clear();
    this.nextAmpersand = this.nextLt = this.nextLineEnd = this.nextTab = this.nextBracket = -1;
  }

  private feed(chunk: string): void {
    if (chunk.length === 0) return;
    const start = this.fed;
    this.fed += chunk.length;
    if (this.carriedLength > 0) {
      // Is the end of the carried token in this piece? The needle may straddle the two.
      const needle = this.awaiting;
      let found: number;
      if (needle.length === 1) found = chunk.indexOf(needle);
      else {
        // The needle may start in what was carried: look from its last characters on.
        const probe = this.carriedTail + chunk;
        found = probe.indexOf(needle);
        this.carriedTail = probe.slice(1 - needle.length);
      }
      if (found < 0) {
        this.carried.push(chunk);
        this.carriedLength += chunk.length;
        if (this.carriedLength > this.maxTokenLength) {
          this.at = this.fed - this.carriedLength;
          this.fail(`a text, tag or other token is longer than the limit of ${this.maxTokenLength} characters`, false);
        }
        return;
      }
      this.carried.push(chunk);
      const tokenStart = start - this.carriedLength;
      const joined = this.carried.join("");
      this.carried = [];
      this.carriedLength = 0;
      this.rebase(joined, tokenStart);
    } else this.rebase(chunk, start);
    this.run();
  }

  /** Sets a token starting at `start` aside until `needle` arrives. */
  private carry(start: number, needle: string): void {
    const rest = this.buffer.slice(start);
    this.at = this.origin + start;
    this.retire(start);
    this.carried = [rest];
    this.carriedLength = rest.length;
    this.carriedTail = needle.length > 1 ? rest.slice(1 - needle.length) : "";
    this.awaiting = needle;
    this.use("", this.origin + start);
    if (this.carriedLength > this.maxTokenLength) {
      this.fail(`a text, tag or other token is longer than the limit of ${this.maxTokenLength} characters`, false);
    }
  }

  private run(): void {
    const buffer = this.buffer;
    const end = buffer.length;
    let position = this.position;
    if (this.partialName !== "") {
      this.tokenStart = position;
      const after = this.startTag(buffer, position, end);
      if (after < 0) return this.cut(after, buffer, position);
      position = after;
    }
    while (position < end) {
      let code = buffer.charCodeAt(position);
      this.tokenStart = position;
      if (code !== LT) {
        let first = position;
        while (code === 32 || code === 10 || code === 9) code = ++first < end ? buffer.charCodeAt(first) : NONE;
        if (code === LT && (!this.reportBlank || this.depth === 0)) {
          // Layout between tags that nobody wants: skipped without looking further.
          position = first;
        } else {
          if (this.nextLt < first) this.nextLt = find(buffer, "<", first);
          const next = this.nextLt;
          if (next === end) return this.carry(position, TEXT_END);
          this.at = this.origin + next;
          this.textRun(buffer, position, first, next);
          position = next;
        }
        this.tokenStart = position;
      }
      code = position + 1 < end ? buffer.charCodeAt(position + 1) : NONE;
      let after: number;
      if (code === SLASH) after = this.endTag(buffer, position, end);
      else if (code === BANG) after = this.declaration(buffer, position, end);
      else if (code === QUESTION) after = this.instruction(buffer, position, end);
      else after = this.startTag(buffer, position, end);
      if (after < 0) return this.cut(after, buffer, position);
      position = after;
    }
    this.position = position;
  }

  /**
   * Carries the markup at `start`, cut as `cut` says; of a start tag cut after its name, only what
   * follows its last whole attribute (the rest is kept read).
   */
  private cut(cut: number, buffer: string, start: number): void {
    this.carry(this.partialName !== "" ? this.resumeAt : start, this.awaited(cut, buffer, start));
  }

  /** Keeps what was read of a start tag cut after its name; it goes on from `resume`. */
  private cutInTag(name: string, tagStart: number, count: number, resume: number, cut: number): number {
    this.partialName = name;
    this.partialStart = tagStart;
    this.attributeCount = count;
    this.resumeAt = resume;
    return cut;
  }

  /**
   * What must arrive before markup at `start`, cut as `cut` says, is worth reading again. Inside a
   * quoted value it is the closing quote, not `>` (which a value may hold any number of times).
   */
  private awaited(cut: number, buffer: string, start: number): string {
    if (cut === CUT_IN_DOUBLE_QUOTES) return '"';
    if (cut === CUT_IN_SINGLE_QUOTES) return "'";
    if (cut === CUT) return ">";
    if (buffer.startsWith("<!--", start)) return "-->";
    if (buffer.startsWith("<![", start)) return "]]>";
    if (buffer.startsWith("<?", start)) return "?>";
    return ">";
  }

  /** Reads `<name attributes>` or `<name attributes/>` at `start`; the offset after it, or a CUT value when cut. */
  private startTag(buffer: string, start: number, end: number): number {
    let name: string;
    let tagStart: number;
    let index: number;
    let count: number;
    if (this.partialName !== "") {
      // The rest of a tag that was cut: `start` is where its next attribute (or its end) begins.
      name = this.partialName;
      tagStart = this.partialStart;
      count = this.attributeCount;
      index = start;
      this.partialName = "";
    } else {
      index = this.nameEnd(buffer, start + 1, end);
      if (index >= end) return CUT;
      if (index === start + 1) {
        this.at = this.origin + start + 1;
        this.fail(`disallowed character ${describeCharacter(buffer.codePointAt(start + 1)!)} after <`);
      }
      name = this.names.get(buffer, start + 1, index);
      tagStart = this.origin + start;
      count = 0;
    }
    const names = this.attributeNames;
    const values = this.attributeValues;
    let empty = false;
    for (;;) {
      const resume = index;
      let code = index < end ? buffer.charCodeAt(index) : NONE;
      const spaced = isBlank(code);
      while (isBlank(code)) code = ++index < end ? buffer.charCodeAt(index) : NONE;
      if (index >= end) return this.cutInTag(name, tagStart, count, resume, CUT);
      if (code === GT) {
        index++;
        break;
      }
      if (code === SLASH) {
        if (index + 1 >= end) return this.cutInTag(name, tagStart, count, resume, CUT);
        if (buffer.charCodeAt(index + 1) !== GT) this.failAt(index, `expected > after / in tag ${name}`);
        index += 2;
        empty = true;
        break;
      }
      if (!spaced) this.failAt(index, `expected whitespace before attribute, >, or /> in tag ${name}`);
      const nameStart = index;
      index = this.nameEnd(buffer, index, end);
      if (index >= end) return this.cutInTag(name, tagStart, count, resume, CUT);
      if (index === nameStart)
        this.failAt(index, `disallowed character ${describeCharacter(buffer.codePointAt(index)!)} in tag ${name}`);
      const attribute = this.names.get(buffer, nameStart, index);
      code = buffer.charCodeAt(index);
      while (isBlank(code)) code = ++index < end ? buffer.charCodeAt(index) : NONE;
      if (index >= end) return this.cutInTag(name, tagStart, count, resume, CUT);
      if (code !== EQUALS) this.failAt(index, `attribute ${attribute} of ${name} has no value`);
      code = ++index < end ? buffer.charCodeAt(index) : NONE;
      while (isBlank(code)) code = ++index < end ? buffer.charCodeAt(index) : NONE;
      if (index >= end) return this.cutInTag(name, tagStart, count, resume, CUT);
      if (code !== QUOTE && code !== APOSTROPHE) this.failAt(index, `value of attribute ${attribute} is not quoted`);
      const close = buffer.indexOf(code === QUOTE ? '"' : "'", index + 1);
      if (close < 0)
        return this.cutInTag(
          name,
          tagStart,
          count,
          resume,
          code === QUOTE ? CUT_IN_DOUBLE_QUOTES : CUT_IN_SINGLE_QUOTES,
        );
      for (let other = 0; other < count; other++) {
        if (names[other] === attribute) this.failAt(nameStart, `duplicate attribute ${attribute} on ${name}`);
      }
      if (count === this.maxAttributes) {
        this.at = this.origin + nameStart;
        this.fail(`element ${name} has more than the limit of ${this.maxAttributes} attributes`, false);
      }
      names[count] = attribute;
      values[count] = this.attributeValue(buffer, index + 1, close);
      count++;
      index = close + 1;
    }
    this.attributeCount = count;
    this.at = this.origin + index;
    this.tagStart = tagStart;
    if (this.phase !== IN_ROOT) {
      if (this.phase === AFTER_ROOT) {
        this.at = tagStart;
        this.fail(`element ${name} after the root element`);
      }
      this.phase = IN_ROOT;
    }
    if (empty) {
      this.sink.openTag(name);
      this.closed();
    } else {
      this.open[this.depth++] = name;
      this.sink.openTag(name);
    }
    return index;
  }

  /** An attribute value between its quotes: `<` refused, blanks made spaces, references decoded. */
  private attributeValue(buffer: string, start: number, end: number): string {
    if (this.nextAmpersand < start) this.nextAmpersand = find(buffer, "&", start);
    if (this.nextLt < start) this.nextLt = find(buffer, "<", start);
    if (this.nextLineEnd < start) this.nextLineEnd = find(buffer, "\n", start);
    if (this.nextTab < start) this.nextTab = find(buffer, "\t", start);
    if (this.nextAmpersand >= end && this.nextLt >= end && this.nextLineEnd >= end && this.nextTab >= end) {
      const value = this.values.get(buffer, start, end);
      if (this.values.fresh) this.checkCharacters(value, start);
      return value;
    }
    const raw = buffer.slice(start, end);
    const lt = raw.indexOf("<");
    if (lt >= 0) this.failAt(start + lt, "< is not allowed in an attribute value");
    const spaced = raw.replace(/[\t\n]/g, " ");
    const value = spaced.indexOf("&") < 0 ? spaced : this.decode(spaced, start);
    this.checkCharacters(raw, start);
    return value;
  }

  /** Reads `</name>` at `start`. */
  private endTag(buffer: string, start: number, end: number): number {
    const nameStart = start + 2;
    // The usual case first: the name of the open element, then `>`.
    if (this.depth > 0) {
      const expected = this.open[this.depth - 1]!;
      const after = nameStart + expected.length;
      if (after < end && buffer.charCodeAt(after) === GT && holds(buffer, nameStart, expected)) {
        this.at = this.origin + after + 1;
        this.depth--;
        this.closed();
        return after + 1;
      }
    }
    const nameEnd = this.nameEnd(buffer, nameStart, end);
    if (nameEnd >= end) return CUT;
    let index = nameEnd;
    let code = buffer.charCodeAt(index);
    while (isBlank(code)) code = ++index < end ? buffer.charCodeAt(index) : NONE;
    if (index >= end) return CUT;
    if (code !== GT) this.failAt(index, `expected > to end the end tag ${buffer.slice(nameStart, nameEnd)}`);
    if (this.depth === 0) this.failAt(start, `end tag </${buffer.slice(nameStart, nameEnd)}> without a start tag`);
    const expected = this.open[this.depth - 1]!;
    if (nameEnd - nameStart !== expected.length || !buffer.startsWith(expected, nameStart)) {
      this.failAt(start, `end tag </${buffer.slice(nameStart, nameEnd)}> does not match <${expected}>`);
    }
    this.at = this.origin + index + 1;
    this.depth--;
    this.closed();
    return index + 1;
  }

  /** An element has ended (`depth` already says so). */
  private closed(): void {
    this.sink.closeTag();
    if (this.depth === 0) this.phase = AFTER_ROOT;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE` at `start`; CUT_MARKUP when cut. */
  private declaration(buffer: string, start: number, end: number): number {
    if (buffer.startsWith("<!--", start)) {
      const dashes = buffer.indexOf("--", start + 4);
      if (dashes < 0 || dashes + 2 >= end) return CUT_MARKUP;
      if (buffer.charCodeAt(dashes + 2) !== GT) this.failAt(dashes, "-- is not allowed inside a comment");
      const comment = buffer.slice(start + 4, dashes);
      this.checkCharacters(comment, start + 4);
      this.at = this.origin + dashes + 3;
      if (this.depth > 0) this.sink.comment(comment);
      return dashes + 3;
    }
    if (buffer.startsWith("<![CDATA[", start)) {
      const close = buffer.indexOf("]]>", start + 9);
      if (close < 0) return CUT_MARKUP;
      if (this.depth === 0) this.failAt(start, "a CDATA section outside the root element");
      const data = buffer.slice(start + 9, close);
      this.checkCharacters(data, start + 9);
      this.at = this.origin + close + 3;
      this.sink.cdata(data);
      return close + 3;
    }
    if (buffer.startsWith("<!DOCTYPE", start)) {
      this.at = this.origin + start;
      this.sink.doctype();
      this.fail("a DOCTYPE is not supported");
    }
    // A prefix of one of the above, cut by the chunk's end.
    const rest = buffer.slice(start, end);
    if (rest.length < 9 && ["<!--", "<![CDATA[", "<!DOCTYPE"].some((form) => form.startsWith(rest))) return CUT_MARKUP;
    return this.failAt(start, "markup starting with <! is not a comment, a CDATA section or a DOCTYPE");
  }

  /** `<?target body?>` at `start`, or the XML declaration at the very beginning. */
  private instruction(buffer: string, start: number, end: number): number {
    const targetEnd = this.nameEnd(buffer, start + 2, end);
    if (targetEnd >= end) return CUT_MARKUP;
    if (targetEnd === start + 2) this.failAt(start + 2, "a processing instruction without a target");
    const close = buffer.indexOf("?>", targetEnd);
    if (close < 0) return CUT_MARKUP;
    const target = buffer.slice(start + 2, targetEnd);
    const body = buffer.slice(targetEnd, close);
    if (body !== "" && !isBlank(body.charCodeAt(0))) this.failAt(targetEnd, `expected whitespace after <?${target}`);
    this.checkCharacters(body, targetEnd);
    this.at = this.origin + close + 2;
    if (target === "xml") {
      if (this.origin + start !== 0) this.failAt(start, "the XML declaration is only allowed at the very beginning");
      if (!XML_DECLARATION.test(body)) this.failAt(start, `malformed XML declaration <?xml${body}?>`);
    } else if (target.toLowerCase() === "xml")
      this.failAt(start, `processing instruction target ${target} is reserved`);
    else if (this.depth > 0) this.sink.instruction(target, body.replace(LEADING_BLANKS, ""));
    return close + 2;
  }

  /**
   * Text between markup, from `start` to `end` (a `<` or the document's end); `first` is where its
   * first character that is not blank is (`end` when none is).
   */
  private textRun(buffer: string, start: number, first: number, end: number): void {
    if (this.depth === 0) {
      if (first < end) this.failAt(first, "text data outside of root node");
      return;
    }
    if (first >= end) {
      if (this.reportBlank) this.sink.text(buffer.slice(start, end));
      return;
    }
    if (this.nextBracket < first) this.nextBracket = find(buffer, "]", first);
    if (this.nextBracket < end) {
      const cdataEnd = buffer.slice(start, end).indexOf("]]>", this.nextBracket - start);
      if (cdataEnd >= 0) this.failAt(start + cdataEnd, "]]> is not allowed in text");
    }
    if (this.nextAmpersand < first) this.nextAmpersand = find(buffer, "&", first);
    if (this.nextAmpersand < end) {
      const raw = buffer.slice(start, end);
      const decoded = this.decode(raw, start);
      this.checkCharacters(raw, start);
      return this.sink.text(decoded);
    }
    const text = this.values.get(buffer, start, end);
    if (this.values.fresh) this.checkCharacters(text, start);
    this.sink.text(text);
  }

  /** Replaces the references in `raw` (which starts at `start` in the buffer). */
  private decode(raw: string, start: number): string {
    // Pieces joined at the end: one flat string, where `+=` would leave a tree of pieces in the value read.
    const pieces: string[] = [];
    let from = 0;
    for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", from)) {
      const semicolon = raw.indexOf(";", amp + 1);
      if (semicolon < 0) this.failAt(start + amp, "& must start a reference such as &amp; or &#38;");
      const name = raw.slice(amp + 1, semicolon);
      let replacement: string | undefined;
      if (name.charCodeAt(0) === 35 /* # */) {
        const code = /^#[0-9]+$/.test(name)
          ? Number.parseInt(name.slice(1), 10)
          : /^#x[0-9A-Fa-f]+$/.test(name)
            ? Number.parseInt(name.slice(2), 16)
            : -1;
        if (code < 0) this.failAt(start + amp, `malformed character reference &${name};`);
        if (!(
          code === 9 ||
          code === 10 ||
          code === 13 ||
          (code >= 0x20 && code <= 0xd7ff) ||
          (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code <= 0x10ffff)
        )) {
          this.failAt(start + amp, `character reference &${name}; names a character XML does not allow`);
        }
        replacement = String.fromCodePoint(code);
      } else {
        replacement = PREDEFINED[name];
        if (replacement === undefined) {
          const wellFormed = name !== "" && this.nameEnd(name, 0, name.length) === name.length;
          this.failAt(
            start + amp,
            wellFormed ? `undefined entity &${name};` : "& must start a reference such as &amp; or &#38;",
          );
        }
      }
      pieces.push(raw.slice(from, amp), replacement);
      from = semicolon + 1;
    }
    pieces.push(raw.slice(from));
    return pieces.join("");
  }

  /** Where the name starting at `start` ends (`start` if none starts there; `end` if cut). */
  private nameEnd(buffer: string, start: number, end: number): number {
    let index = start;
    while (index < end) {
      const code = buffer.charCodeAt(index);
      if (code < 128) {
        const kind = ASCII_NAME[code]!;
        if (kind === 0 || (kind === 2 && index === start)) return index;
        index++;
        continue;
      }
      const point = buffer.codePointAt(index)!;
      if (!(index === start ? isNameStart(point) : isNameChar(point))) return index;
      index += point > 0xffff ? 2 : 1;
    }
    return index;
  }

  /** Fails when `text`, which starts at `start` in the buffer, holds a character XML does not allow. */
  private checkCharacters(text: string, start: number): void {
    if (!SUSPECT.test(text)) return;
    const bad = text.search(NOT_XML);
    if (bad >= 0) this.disallowedAt(start + bad);
  }

  private disallowedAt(index: number): never {
    this.at = this.origin + index;
    return this.fail(disallowedCharacter(this.buffer, index));
  }

  /**
   * Fails at `index` in the buffer, unless a disallowed character of the token comes at or before
   * it: markup is not looked at for such characters beforehand, and one may be what broke it.
   */
  private failAt(index: number, reason: string): never {
    const bad = disallowedIn(this.buffer, Math.min(this.tokenStart, index), Math.min(index + 2, this.buffer.length));
    if (bad >= 0 && bad <= index) this.disallowedAt(bad);
    this.at = this.origin + index;
    return this.fail(reason);
  }

  private fail(reason: string, malformed = true): never {
    return this.sink.error(reason, malformed);
  }

  /** Counts the lines up to `at`. */
  private countLines(): void {
    if (this.retired !== "") {
      this.countIn(this.retired, this.retiredOrigin, Math.min(this.at, this.retiredOrigin + this.retired.length));
      if (this.countedTo >= this.retiredOrigin + this.retired.length) this.retired = "";
    }
    this.countIn(this.buffer, this.origin, this.at);
  }

  /**
   * The buffer is being let go, up to `end` (the rest is carried): the one let go before it is
   * counted now (a stream counts each chunk once).
   */
  private retire(end = this.buffer.length): void {
    if (this.retired !== "") this.countIn(this.retired, this.retiredOrigin, this.retiredOrigin + this.retired.length);
    this.retired = end === this.buffer.length ? this.buffer : this.buffer.slice(0, end);
    this.retiredOrigin = this.origin;
  }

  /** Counts the line ends of `buffer` (which starts at `origin`) from `countedTo` up to `until`. */
  private countIn(buffer: string, origin: number, until: number): void {
    let index = Math.max(this.countedTo, origin) - origin;
    const stop = Math.min(until - origin, buffer.length);
    if (stop <= index) return;
    for (;;) {
      index = buffer.indexOf("\n", index);
      if (index < 0 || index >= stop) break;
      this.lines++;
      this.lineStart = origin + index + 1;
      index++;
    }
    this.countedTo = origin + stop;
  }
}
