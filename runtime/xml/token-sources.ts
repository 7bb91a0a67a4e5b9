/**
 * A reader's token sources by the name `ReadOptions.xmlParser` gives them: our tokenizer (`emx`,
 * the default) or saxes, each made when first asked for and kept with the reader.
 */
import { XmlReadError } from "../errors.js";
import { SaxesSource } from "./saxes-source.js";
import type { TokenSink, TokenSource } from "./token-source.js";
import { Tokenizer } from "./tokenizer.js";

const XML_PARSERS = ["emx", "saxes"] as const;

export class TokenSources {
  private tokenizer: Tokenizer | undefined;
  private saxes: SaxesSource | undefined;

  constructor(private readonly sink: TokenSink) {}

  /** The source of a parser name; an unknown name is an error that lists the known ones. */
  get(parser: string = "emx"): TokenSource {
    if (!(XML_PARSERS as readonly string[]).includes(parser))
      throw new XmlReadError(`xmlParser ${JSON.stringify(parser)} is not one of ${XML_PARSERS.join(", ")}`);
    return parser === "saxes"
      ? (this.saxes ??= new SaxesSource(this.sink))
      : (this.tokenizer ??= new Tokenizer(this.sink));
  }
}
