/**
 * How the tokenizer tests watch the tokenizer (runtime/xml/tokenizer.ts): a sink recording its tokens
 * and places, and the comparison of a document read whole with the same document cut into chunks.
 *
 * Places are `line:column`, 1-based, columns counted in UTF-16 code units after line-end
 * normalisation: the offending character for an error, the end of the document for an error at the
 * end, the character just after the token for a token.
 */
import { Tokenizer, type TokenSink } from "../../runtime/xml/tokenizer.js";

/**
 * A token as recorded: `["<", name, attribute, value, attribute, value...]` for a start tag,
 * `["/", name]` for an end, `["text", text]`, `["cdata", text]`, `["comment", text]`,
 * `["pi", target, body]`, `["doctype"]`. Adjacent texts are joined (the tokenizer may report a
 * text in pieces).
 */
export type Token = readonly string[];

/** The first error the tokenizer reported, and where it was. */
export interface Failure {
  readonly reason: string;
  readonly line: number;
  readonly column: number;
  readonly malformed: boolean;
}

/** What reading a document gave: the tokens up to the end or to the first error. */
export interface Outcome {
  readonly tokens: Token[];
  /** Where the tokenizer said it was as each token was reported. */
  readonly places: string[];
  readonly error?: Failure;
}

/** Thrown by the sinks to stop reading at the first error. */
export class Stop extends Error {}

/** A sink recording every token with its place, and the first error. */
export class Recorder implements TokenSink {
  readonly tokens: Token[] = [];
  readonly places: string[] = [];
  failure: Failure | undefined;
  readonly tokenizer: Tokenizer = new Tokenizer(this);
  private readonly open: string[] = [];

  /**
   * @param tracking whether to ask for the place of every token; the reader asks only on errors and
   * warnings, and the tokenizer counts lines only when asked, so both ways are tried.
   */
  constructor(private readonly tracking = true) {}

  private push(token: Token): void {
    const place = this.tracking ? `${this.tokenizer.line}:${this.tokenizer.column}` : "";
    const last = this.tokens.length - 1;
    if (token[0] === "text" && last >= 0 && this.tokens[last]![0] === "text") {
      this.tokens[last] = ["text", this.tokens[last]![1]! + token[1]!];
      this.places[last] = place;
      return;
    }
    this.tokens.push(token);
    this.places.push(place);
  }

  openTag(name: string): void {
    const token = ["<", name];
    const tokenizer = this.tokenizer;
    for (let index = 0; index < tokenizer.attributeCount; index++) {
      token.push(tokenizer.attributeNames[index]!, tokenizer.attributeValues[index]!);
    }
    this.open.push(name);
    this.push(token);
  }
  closeTag(): void {
    this.push(["/", this.open.pop() ?? "(none open)"]);
  }
  text(text: string): void {
    if (text === "") this.push(["empty text"]);
    else this.push(["text", text]);
  }
  cdata(text: string): void {
    this.push(["cdata", text]);
  }
  comment(text: string): void {
    this.push(["comment", text]);
  }
  instruction(target: string, body: string): void {
    this.push(["pi", target, body]);
  }
  /** Returns, so the tokenizer must refuse the DOCTYPE itself. */
  doctype(): void {
    this.push(["doctype"]);
  }
  error(reason: string, malformed: boolean): never {
    this.failure = { reason, line: this.tokenizer.line, column: this.tokenizer.column, malformed };
    throw new Stop(reason);
  }

  /** Writes the chunks and closes; the outcome so far. */
  read(chunks: Iterable<string>): Outcome {
    try {
      for (const chunk of chunks) this.tokenizer.write(chunk);
      this.tokenizer.close();
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
    }
    const { tokens, places, failure: error } = this;
    return error === undefined ? { tokens, places } : { tokens, places, error };
  }
}

export /** Reads the chunks with a fresh tokenizer. */
function read(chunks: Iterable<string>, tracking = true): Outcome {
  return new Recorder(tracking).read(chunks);
}

/** The document in every two-piece split (empty pieces included), then in one-code-unit pieces. */
export function* chunkings(xml: string): Generator<string[]> {
  for (let cut = 0; cut <= xml.length; cut++) yield [xml.slice(0, cut), xml.slice(cut)];
  yield xml.split("");
}

/** JSON, with blanks and other invisible characters beyond ASCII written as escapes. */
export function show(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff0-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export /** The tokens, then the error and its place if there was one. */
function showOutcome(outcome: Outcome): string {
  const error = outcome.error;
  return `${show(outcome.tokens)}${error === undefined ? "" : ` then ${error.reason} at ${error.line}:${error.column}`}`;
}

/** The first chunking of `xml` whose outcome differs from reading it whole, described, or undefined. */
export function chunkingDifference(xml: string): string | undefined {
  for (const tracking of [true, false]) {
    const whole = read([xml], tracking);
    for (const chunks of chunkings(xml)) {
      const cut = read(chunks, tracking);
      if (show(cut) !== show(whole)) {
        const how = chunks.length === 2 ? `cut as ${show(chunks)}` : "in one-character chunks";
        const asked = tracking ? "" : " (places asked only at the error)";
        return `${show(xml)} ${how}${asked}:\n    whole: ${showOutcome(whole)}\n    cut:   ${showOutcome(cut)}`;
      }
    }
  }
  return undefined;
}
