/**
 * Attaches handlers to a saxes parser with named property stores. saxes' own `on(name, handler)`
 * assigns through a computed key; after a handful of such keyed additions V8 turns the parser into
 * a dictionary-mode object, and every character read then pays for it (measured: 5-6x slower with
 * eight handlers set through `on`, no loss when the same handlers are assigned by name).
 */
import type { SaxesParser, SaxesTagPlain } from "saxes";

/** The handlers the reader and the canonicaliser use. */
export interface PlainHandlers {
  readonly openTag: (tag: SaxesTagPlain) => void;
  readonly closeTag: () => void;
  readonly text: (text: string) => void;
  readonly cdata?: (text: string) => void;
  readonly comment?: (text: string) => void;
  readonly processingInstruction?: (instruction: { target: string; body: string }) => void;
  readonly doctype?: (doctype: string) => void;
  readonly attribute?: () => void;
  readonly error: (error: Error) => void;
}

interface HandlerSlots {
  openTagHandler: unknown;
  closeTagHandler: unknown;
  textHandler: unknown;
  cdataHandler: unknown;
  commentHandler: unknown;
  piHandler: unknown;
  doctypeHandler: unknown;
  attributeHandler: unknown;
  errorHandler: unknown;
}

/** Sets every handler by name; absent ones stay undefined, which saxes skips. */
export function attachHandlers(parser: SaxesParser<{}>, handlers: PlainHandlers): void {
  const slots = parser as unknown as HandlerSlots;
  slots.openTagHandler = handlers.openTag;
  slots.closeTagHandler = handlers.closeTag;
  slots.textHandler = handlers.text;
  slots.cdataHandler = handlers.cdata;
  slots.commentHandler = handlers.comment;
  slots.piHandler = handlers.processingInstruction;
  slots.doctypeHandler = handlers.doctype;
  slots.attributeHandler = handlers.attribute;
  slots.errorHandler = handlers.error;
}

/** An attribute as saxes collects it without namespace processing. */
export interface PlainAttribute {
  readonly name: string;
  readonly value: string;
}

interface AttributeSlots {
  attribList: PlainAttribute[];
  processAttribs: () => void;
}

/**
 * Takes each tag's attribute list as saxes collected it, instead of letting saxes copy it into a
 * null-prototype object per tag (dictionary-mode, and slow to fill and to walk). `processAttribs`
 * is an instance property saxes sets in its constructor to pick its plain or namespace variant;
 * we set our own. Two arrays alternate, so no list is allocated per tag. The taker must check
 * duplicate names, which saxes' variant did.
 */
export function takeAttributeLists(parser: SaxesParser<{}>, take: (list: readonly PlainAttribute[]) => void): void {
  const slots = parser as unknown as AttributeSlots;
  if (typeof slots.processAttribs !== "function" || !Array.isArray(slots.attribList)) {
    throw new Error("this saxes version does not collect attributes as expected; the reader needs saxes 6");
  }
  let spare: PlainAttribute[] = [];
  const none: readonly PlainAttribute[] = [];
  slots.processAttribs = function (this: AttributeSlots) {
    const list = this.attribList;
    // Most EM elements have no attributes: hand over a shared empty list and swap nothing.
    if (list.length === 0) return take(none);
    // Truncating costs a runtime call, so only a used list is truncated.
    if (spare.length !== 0) spare.length = 0;
    this.attribList = spare;
    spare = list;
    take(list);
  };
}
