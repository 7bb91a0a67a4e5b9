/**
 * saxes as a token source: the same tokens, limits and places as the tokenizer gives, from the
 * streaming parser the toolkit started with. saxes runs without namespaces (the binder resolves
 * them), reused from document to document.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DEFAULT_LIMITS } from "./limits.js";
import type { TokenSink, TokenSource } from "./token-source.js";

/** What saxes says when an end tag does not close the element that is open. */
const MISMATCHED_END_TAG = "unexpected close tag.";
/** What saxes says at the end of a document without a root element: the sink says that, as it does after the tokenizer. */
const NO_ROOT = "document must contain a root element.";

function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 9) return false;
  }
  return true;
}

/** Where saxes keeps the handlers `on` sets, by the names of saxes 6. */
const HANDLER_FIELDS = [
  "xmldeclHandler",
  "textHandler",
  "piHandler",
  "doctypeHandler",
  "commentHandler",
  "openTagStartHandler",
  "attributeHandler",
  "openTagHandler",
  "closeTagHandler",
  "cdataHandler",
  "errorHandler",
  "endHandler",
  "readyHandler",
];

/**
 * saxes with its handler fields made up front. `on` adds them by computed name, and past a few
 * such additions V8 turns the parser into a dictionary: every field it reads per character then
 * costs a hash lookup (measured: eight handlers made saxes about nine times slower). Fields made
 * here first are only replaced by `on`.
 */
class FastSaxesParser extends SaxesParser<{ xmlns: false; position: true }> {
  constructor() {
    super({ xmlns: false, position: true });
    for (const field of HANDLER_FIELDS) {
      Object.defineProperty(this, field, { value: undefined, writable: true, configurable: true, enumerable: true });
    }
  }
}

/** Reads a document with saxes and hands its tokens to a sink as the tokenizer does. */
export class SaxesSource implements TokenSource {
  readonly attributeNames: string[] = [];
  readonly attributeValues: string[] = [];
  attributeCount = 0;
  maxAttributes = DEFAULT_LIMITS.maxAttributes;
  maxTokenLength = DEFAULT_LIMITS.maxTextLength;
  reportBlank = true;
  /** saxes does not say where a tag begins: no text is taken from the document ({@link textBetween}). */
  readonly tagStart = 0;
  readonly tokenEnd = 0;

  private readonly parser = new FastSaxesParser();
  /** Characters written so far. */
  private fed = 0;
  private depth = 0;
  /** The name of the start tag being read, for messages. */
  private tagName = "";
  /** Where saxes last reported something: what it read after that is the token it is still reading. */
  private reportedAt = 0;
  /**
   * An end tag saxes reported but may yet call mismatched: saxes reports the element it closes
   * first and the mismatch after, so the end is passed on only when something else follows.
   */
  private pendingEnd = false;
  /** The place of the token being passed on, when it is not where saxes is now (a pending end, a text). */
  private fixedLine = 0;
  private fixedColumn = 0;

  constructor(private readonly sink: TokenSink) {
    const parser = this.parser;
    parser.on("opentagstart", (tag) => this.startTag(tag.name));
    parser.on("attribute", ({ name, value }) => this.attribute(name, value));
    parser.on("opentag", (tag) => this.openTag(tag));
    parser.on("closetag", () => this.closeTag());
    parser.on("text", (text) => this.text(text));
    parser.on("cdata", (text) => this.token() && this.sink.cdata(text));
    parser.on("comment", (text) => this.token() && this.sink.comment(text));
    parser.on("processinginstruction", ({ target, body }) => this.token() && this.sink.instruction(target, body));
    parser.on("doctype", () => {
      this.token();
      this.sink.doctype();
    });
    parser.on("error", (error) => this.error(error));
  }

  /** The line (1-based) of the end of the token last reported, or of an error. */
  get line(): number {
    return this.fixedLine > 0 ? this.fixedLine : this.parser.line;
  }

  /** The column (1-based, in UTF-16 code units) just after the token last reported. */
  get column(): number {
    return this.fixedLine > 0 ? this.fixedColumn : this.parser.columnIndex + 1;
  }

  textBetween(): string | undefined {
    return undefined;
  }

  write(chunk: string): void {
    this.fed += chunk.length;
    this.parser.write(chunk);
    this.passEnd();
    if (this.fed - this.reportedAt > this.maxTokenLength) {
      this.sink.error(
        `a text, tag or other token is longer than the limit of ${this.maxTokenLength} characters`,
        false,
      );
    }
  }

  close(): void {
    this.parser.close();
    this.passEnd();
  }

  reset(): void {
    this.parser._init();
    this.depth = 0;
    this.fed = 0;
    this.reportedAt = 0;
    this.pendingEnd = false;
    this.fixedLine = 0;
    this.attributeCount = 0;
    this.reportBlank = true;
  }

  /** Something was reported: the end tag before it stands. Returns whether it is inside the root. */
  private token(): boolean {
    this.passEnd();
    this.reportedAt = this.parser.position;
    return this.depth > 0;
  }

  /** A start tag begins: its attributes come next. */
  private startTag(name: string): void {
    this.passEnd();
    this.tagName = name;
    this.attributeCount = 0;
  }

  private attribute(name: string, value: string): void {
    if (this.attributeCount === this.maxAttributes) {
      this.sink.error(`element ${this.tagName} has more than the limit of ${this.maxAttributes} attributes`, false);
    }
    this.attributeNames[this.attributeCount] = name;
    this.attributeValues[this.attributeCount++] = value;
  }

  private openTag(tag: SaxesTagPlain): void {
    this.token();
    this.depth++;
    this.sink.openTag(tag.name);
  }

  private closeTag(): void {
    this.token();
    this.fixedLine = this.parser.line;
    this.fixedColumn = this.parser.columnIndex + 1;
    this.pendingEnd = true;
  }

  /** Passes on an end tag that saxes did not call mismatched, at the place it had. */
  private passEnd(): void {
    if (!this.pendingEnd) return;
    this.pendingEnd = false;
    try {
      this.depth--;
      this.sink.closeTag();
    } finally {
      this.fixedLine = 0;
    }
  }

  private text(text: string): void {
    if (!this.token() || (!this.reportBlank && isBlank(text))) return;
    // saxes reports text once it has read the `<` after it: the text ends at that `<`.
    this.fixedLine = this.parser.line;
    this.fixedColumn = this.parser.columnIndex;
    try {
      this.sink.text(text);
    } finally {
      this.fixedLine = 0;
    }
  }

  private error(error: Error): void {
    if (error.message.endsWith(NO_ROOT)) return; // saxes goes on checking the end
    // saxes prefixes its messages with `line:column: `; the sink says where.
    const reason = error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "");
    if (this.pendingEnd && error.message.endsWith(MISMATCHED_END_TAG)) {
      this.pendingEnd = false;
      this.fixedLine = 0;
    } else this.passEnd();
    this.sink.error(reason, true);
  }
}
