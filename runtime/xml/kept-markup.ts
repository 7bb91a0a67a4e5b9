/**
 * The markup of content kept beside the typed fields, written the same way whether the writer
 * writes a kept node or the reader keeps an unknown element as its XML.
 */
import { escapeAttribute, escapeText } from "./escape.js";
import type { UnknownNode } from "./extras.js";
import { flattened } from "./strings.js";
import type { TokenSource } from "./token-source.js";

/** What a kept element's text is taken from. */
type KeptSource = Pick<TokenSource, "textBetween" | "tokenEnd">;

/** ` name="value"` for each attribute, values escaped. */
export function attributesMarkup(names: readonly string[], values: readonly string[], count: number): string {
  let markup = "";
  for (let index = 0; index < count; index++) markup += ` ${names[index]}="${escapeAttribute(values[index]!)}"`;
  return markup;
}

/** A CDATA section; `]]>` inside is split across two sections. */
export function cdataMarkup(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

export function commentMarkup(text: string): string {
  return `<!--${text}-->`;
}

export function instructionMarkup(target: string, body: string): string {
  return `<?${target}${body === "" ? "" : ` ${body}`}?>`;
}

/** The markup of a kept node (for an element, its XML). */
export function keptMarkup(node: UnknownNode): string {
  switch (node.kind) {
    case "text":
      return escapeText(node.text);
    case "cdata":
      return cdataMarkup(node.text);
    case "comment":
      return commentMarkup(node.text);
    case "instruction":
      return instructionMarkup(node.target, node.body);
    case "element":
      return node.xml;
  }
}

/**
 * Builds the XML of an element the schema does not know, and of everything in it, from its
 * tokens: one string per kept element rather than a tree of nodes (a document of many unknown
 * elements would otherwise keep several objects for each).
 */
export class KeptXml {
  private xml = "";
  /** Whether the last start tag still waits for its `>` (an element without content ends as `<a />`). */
  private startOpen = false;
  /** Whether the XML is made at all: not when the reader is sure to find the element's text in the document. */
  private building = true;

  /** Where the element's text starts in the document; -1 when only its tokens can give its XML. */
  private sourceStart = -1;

  /**
   * Starts a kept element at `start` in the source (-1: its XML must be made). Its XML is not made
   * when the document came `whole` and the source holds the element's text.
   */
  begin(source: KeptSource, start: number, whole: boolean): void {
    this.sourceStart = start;
    this.building = !(whole && start >= 0 && source.textBetween(start, start) !== undefined);
  }

  /** Whether the element's XML is being made from its tokens (else its text is taken from the document). */
  get making(): boolean {
    return this.building;
  }

  /** The element's XML when it ends: its text in the document while the source holds it (a slice, the smallest thing to keep), else as made. */
  finish(source: KeptSource): string {
    const text = this.sourceStart < 0 ? undefined : source.textBetween(this.sourceStart, source.tokenEnd);
    const made = this.take();
    return text ?? made;
  }

  /** A start tag, with the first `count` of the attributes given. */
  start(name: string, names: readonly string[], values: readonly string[], count: number): void {
    if (!this.building) return;
    this.content(`<${name}${count === 0 ? "" : attributesMarkup(names, values, count)}`);
    this.startOpen = true;
  }

  /** The end of the element named `name`. */
  end(name: string): void {
    if (!this.building) return;
    if (this.startOpen) {
      this.xml += " />";
      this.startOpen = false;
    } else this.xml += `</${name}>`;
  }

  text(text: string): void {
    if (this.building) this.content(escapeText(text));
  }

  /** A kept node inside the element (a CDATA section, comment or processing instruction). */
  node(node: UnknownNode): void {
    if (this.building) this.content(keptMarkup(node));
  }

  /** The XML made since the last take, as one flat string; starts over. */
  take(): string {
    const xml = this.xml;
    this.xml = "";
    this.startOpen = false;
    return xml === "" ? xml : flattened(xml);
  }

  private content(text: string): void {
    if (this.startOpen) {
      this.xml += ">";
      this.startOpen = false;
    }
    this.xml += text;
  }
}
