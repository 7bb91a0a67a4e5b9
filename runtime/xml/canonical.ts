/**
 * Canonical form for comparing documents: what an EM consumer can observe. Ignored: whitespace-only
 * text between elements (text around child elements is trimmed), attribute order, where namespaces
 * are declared and with what prefix, the XML declaration, `<a/>` versus `<a></a>`, comments, and
 * anything outside the root. Everything else counts. Read with the reader's tokenizer, names
 * expanded to `{namespace}local`.
 */
import { XmlReadError } from "../errors.js";
import { elementPath, type PathStep } from "./element-path.js";
import { withoutByteOrderMark } from "./input.js";
import { isDeclaration, NO_NAMESPACE, Scope, scopeOf } from "./namespaces.js";
import { Tokenizer, type TokenSink } from "./tokenizer.js";

/** One step of a canonical document, with the element path it belongs to. */
export interface CanonicalEvent {
  readonly path: string;
  readonly event: string;
}

interface Open extends PathStep {
  readonly path: string;
  text: string;
  hasChildren: boolean;
  readonly counts: Map<string, number>;
  /** The namespaces declared here and above. */
  readonly scope: Scope;
}

class Canonicalizer implements TokenSink {
  readonly events: CanonicalEvent[] = [];
  readonly tokens = new Tokenizer(this);
  private readonly stack: Open[] = [];

  openTag(name: string): void {
    const parent = this.stack[this.stack.length - 1];
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    const scope = scopeOf(parent?.scope ?? NO_NAMESPACE, names, values, count);
    const element = this.expand(name, scope, true);
    const attributes: string[] = [];
    const expanded = new Set<string>();
    for (let index = 0; index < count; index++) {
      const attribute = names[index]!;
      if (isDeclaration(attribute)) continue;
      const qualified = this.expand(attribute, scope, false);
      if (expanded.has(qualified)) this.error(`attribute ${qualified} occurs twice on ${name}`, true);
      expanded.add(qualified);
      attributes.push(`${qualified}=${JSON.stringify(values[index])}`);
    }
    attributes.sort();
    // Steps are counted by expanded name among all siblings, and every step below the root shows its number.
    let index = 1;
    if (parent !== undefined) {
      if (parent.text !== "") this.flushText(parent, false);
      parent.hasChildren = true;
      index = (parent.counts.get(element) ?? 0) + 1;
      parent.counts.set(element, index);
    }
    const step = { name: name.slice(name.indexOf(":") + 1), index, indexed: parent !== undefined };
    const path = elementPath([...this.stack, step], 0, this.stack.length);
    this.events.push({ path, event: `start ${element}${attributes.length === 0 ? "" : ` ${attributes.join(" ")}`}` });
    this.stack.push({ ...step, path, text: "", hasChildren: false, counts: new Map(), scope });
  }

  closeTag(): void {
    const top = this.stack.pop()!;
    this.flushText(top, true);
    this.events.push({ path: top.path, event: "end" });
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) top.text += text;
  }

  cdata(text: string): void {
    this.text(text);
  }

  comment(): void {}

  instruction(target: string, body: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined) this.events.push({ path: top.path, event: `instruction ${target} ${JSON.stringify(body)}` });
  }

  doctype(): void {}

  error(reason: string, malformed: boolean): never {
    const { line, column } = this.tokens;
    const path = this.stack.length === 0 ? "" : this.stack[this.stack.length - 1]!.path;
    throw new XmlReadError(`${malformed ? "document is not well-formed: " : ""}${reason}`, { line, column, path });
  }

  /** `{namespace}local` of a qualified name; unprefixed attributes are in no namespace. */
  private expand(name: string, scope: Scope, element: boolean): string {
    const colon = name.indexOf(":");
    if (colon < 0) return element ? `{${scope.defaultNamespace}}${name}` : `{}${name}`;
    const uri = scope.lookup(name.slice(0, colon));
    if (uri === undefined || uri === "") this.error(`namespace prefix ${name.slice(0, colon)} is not declared`, true);
    return `{${uri}}${name.slice(colon + 1)}`;
  }

  /** Text of a leaf element counts exactly; text beside child elements only when not blank. */
  private flushText(top: Open, closing: boolean): void {
    const text = closing && !top.hasChildren ? top.text : top.text.trim();
    if (text !== "") this.events.push({ path: top.path, event: `text ${JSON.stringify(text)}` });
    top.text = "";
  }
}

/** Reads a document into its canonical events. */
export function canonicalize(xml: string): CanonicalEvent[] {
  const canonicalizer = new Canonicalizer();
  canonicalizer.tokens.write(withoutByteOrderMark(xml));
  canonicalizer.tokens.close();
  return canonicalizer.events;
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
