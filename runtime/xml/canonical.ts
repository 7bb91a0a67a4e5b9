/**
 * Canonical form for comparing documents: what an EM consumer can observe. Ignored: whitespace-only
 * text between elements (text around child elements is trimmed), attribute order, where namespaces
 * are declared and with what prefix, the XML declaration, `<a/>` versus `<a></a>`, comments, and
 * anything outside the root. Everything else counts.
 */
import { SaxesParser } from "saxes";
import { XmlReadError } from "../errors.js";

/** One step of a canonical document, with the element path it belongs to. */
export interface CanonicalEvent {
  readonly path: string;
  readonly event: string;
}

/** Reads a document into its canonical events. */
export function canonicalize(xml: string): CanonicalEvent[] {
  const events: CanonicalEvent[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: { path: string; text: string; hasChildren: boolean; counts: Map<string, number> }[] = [];
  const flushText = (top: (typeof stack)[number], closing: boolean) => {
    // Text of a leaf element counts exactly; text beside child elements only when not blank.
    const text = closing && !top.hasChildren ? top.text : top.text.trim();
    if (text !== "") events.push({ path: top.path, event: `text ${JSON.stringify(text)}` });
    top.text = "";
  };
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const name = `{${tag.uri}}${tag.local}`;
    let path = `/${tag.local}`;
    if (parent !== undefined) {
      if (parent.text !== "") flushText(parent, false);
      parent.hasChildren = true;
      const count = (parent.counts.get(name) ?? 0) + 1;
      parent.counts.set(name, count);
      path = `${parent.path}/${tag.local}[${count}]`;
    }
    const attributes = Object.values(tag.attributes)
      .filter((attribute) => attribute.prefix !== "xmlns" && attribute.name !== "xmlns")
      .map((attribute) => `{${attribute.uri}}${attribute.local}=${JSON.stringify(attribute.value)}`)
      .sort();
    events.push({ path, event: `start ${name}${attributes.length === 0 ? "" : ` ${attributes.join(" ")}`}` });
    stack.push({ path, text: "", hasChildren: false, counts: new Map() });
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
  });
  parser.on("cdata", (text) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
  });
  parser.on("processinginstruction", ({ target, body }) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) events.push({ path: top.path, event: `instruction ${target} ${JSON.stringify(body)}` });
  });
  parser.on("closetag", () => {
    const top = stack.pop()!;
    flushText(top, true);
    events.push({ path: top.path, event: "end" });
  });
  parser.on("error", (error) => {
    throw new XmlReadError(`document is not well-formed: ${error.message}`);
  });
  parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  return events;
}

/** The first place where two documents differ canonically, or undefined when they are equal. */
export function firstDifference(
  expected: string,
  actual: string,
): { path: string; expected: string; actual: string } | undefined {
  const left = canonicalize(expected);
  const right = canonicalize(actual);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const a = left[index];
    const b = right[index];
    if (a?.event !== b?.event || a?.path !== b?.path) {
      return {
        path: (a ?? b)!.path,
        expected: a?.event ?? "(end of document)",
        actual: b?.event ?? "(end of document)",
      };
    }
  }
  return undefined;
}
