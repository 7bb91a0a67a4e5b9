/**
 * The XML writer. It walks a class binding's fields in schema order, interleaves the unknown nodes
 * that the reader kept at the places they came from, and writes kept lexical forms of untouched
 * scalars.
 */
import { CodecError, XmlWriteError } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import type {
  ClassBinding,
  ElementSlot,
  ObjectSlot,
  ScalarSlot,
  WrappedObjectsSlot,
  WrappedScalarsSlot,
} from "./class-binding.js";
import { escapeAttribute, escapeText } from "./escape.js";
import { keptMarkup } from "./kept-markup.js";
import { EXTRAS, type Extras, type PlacedNode, type RawAttribute, type UnknownNode } from "./extras.js";
import type { AttributeField } from "./fields.js";
import { elementLexicalKey, keptFormHolds, lexicalKey, TEXT_MEMBER } from "./lexical.js";
import { EM_NAMESPACE } from "./namespaces.js";
import { flattened } from "./strings.js";
import type { XmlObject } from "./xml-object.js";

/** Options of {@link serialize}. */
export interface WriteOptions {
  /** Indentation per level; `""` writes everything on one line. Default two spaces. */
  readonly indent?: string;
  /** Whether to start with `<?xml version="1.0" encoding="utf-8"?>`. Default false. */
  readonly declaration?: boolean;
  /** Called with each piece of output when about this many characters are ready (streaming). */
  readonly chunkSize?: number;
  readonly onChunk?: (chunk: string) => void;
}

/** The element being written: its name, kept nodes, and how many known children are out. Reused per depth. */
class Level {
  name = "";
  nodes: readonly PlacedNode[] | undefined = undefined;
  next = 0;
  known = 0;
  lexical: ReadonlyMap<string, string> | undefined = undefined;
  /** Whether a child element has been written (the end tag then goes on its own line). */
  hasChildren = false;
}

/** Writes bound objects as XML. One instance writes one document. */
export class XmlWriter {
  /** The output being built; every `chunkSize` characters it moves to `done` or to `onChunk`. */
  private out = "";
  private readonly done: string[] = [];
  private readonly indent: string;
  private readonly pretty: boolean;
  /** The open elements by depth (0: outside the root); levels are reused, so writing allocates none per element. */
  private readonly levels: Level[] = [new Level()];
  private depth = 0;
  private level: Level = this.levels[0]!;
  /** Whether the last start tag still waits for its `>` (see {@link open}). */
  private startOpen = false;
  /** Kept lexical forms of the object whose attributes are being written (its level is not open yet). */
  private attributeLexical: ReadonlyMap<string, string> | undefined;
  private readonly newlines: string[] = [];
  private readonly chunkSize: number;
  private readonly onChunk: ((chunk: string) => void) | undefined;

  constructor(options: WriteOptions = {}) {
    this.indent = options.indent ?? "  ";
    this.pretty = this.indent !== "";
    this.onChunk = options.onChunk;
    this.chunkSize = options.chunkSize ?? 65536;
    if (options.declaration === true) this.out = `<?xml version="1.0" encoding="utf-8"?>${this.pretty ? "\n" : ""}`;
  }

  /** Writes a whole document whose root element is `name`; returns what was not given to `onChunk`. */
  document(name: string, object: XmlObject, binding: ClassBinding): string {
    this.object(name, object, binding, true);
    if (this.pretty) this.out += "\n";
    if (this.onChunk !== undefined && this.out !== "") {
      this.onChunk(this.out);
      this.out = "";
    }
    if (this.done.length === 0) return this.out;
    this.done.push(this.out);
    return this.done.join("");
  }

  /** Writes an attribute when the value is present. */
  private attribute(value: unknown, field: AttributeField): void {
    if (value === undefined || value === null) return;
    const text = this.format(value, field.codec, this.attributeLexical?.get(field.member), field.member);
    this.out += ` ${field.name}="${escapeAttribute(text)}"`;
  }

  /** Writes a child element (or each of a repeated one) when present. */
  private child(value: unknown, slot: ElementSlot): void {
    if (value === undefined || value === null) return;
    if (slot.kind === "wrappedObjects" || slot.kind === "wrappedScalars") return this.wrapper(value as unknown[], slot);
    if (!slot.repeated) return this.one(value, slot, -1);
    if (!Array.isArray(value))
      throw new XmlWriteError(`${slot.member} must be an array to write ${slot.name} elements`);
    for (let index = 0; index < value.length; index++) this.one(value[index], slot, index);
  }

  /** Writes one occurrence of a scalar or object element; `index` is -1 for a single one. */
  private one(value: unknown, slot: ScalarSlot | ObjectSlot, index: number): void {
    if (value === undefined || value === null) return;
    this.beforeChild();
    if (slot.kind === "scalar") this.textElement(slot.name, this.formatElement(value, slot, index));
    else this.object(slot.name, value as XmlObject, slot.binding, false);
  }

  private wrapper(items: unknown[], slot: WrappedObjectsSlot | WrappedScalarsSlot): void {
    if (!Array.isArray(items)) throw new XmlWriteError(`${slot.member} must be an array to write ${slot.name}`);
    this.beforeChild();
    const extras = (items as { [EXTRAS]?: Extras })[EXTRAS];
    this.content(`${this.newline()}<${slot.name}`);
    this.rawAttributes(extras?.attributes);
    this.open(slot.name, extras);
    for (let index = 0; index < items.length; index++) {
      const value = items[index];
      if (value === undefined || value === null) continue;
      this.beforeChild();
      if (slot.kind === "wrappedScalars") this.textElement(slot.item, this.formatElement(value, slot, index));
      else this.object(slot.item, value as XmlObject, slot.binding, false);
    }
    this.close();
  }

  /** Writes an object as an element: attributes (known, then kept), text or children, end tag. */
  private object(name: string, object: XmlObject, binding: ClassBinding, root: boolean): void {
    if (typeof object !== "object") throw new XmlWriteError(`${name} must be an object, got ${typeof object}`);
    const extras = object[EXTRAS];
    if (!root) this.content(`${this.newline()}<${name}`);
    else this.content(extras?.noNamespace === true ? `<${name}` : `<${name} xmlns="${EM_NAMESPACE}"`);
    this.attributeLexical = extras?.lexical;
    const fields = object as unknown as Record<string, unknown>;
    const attributes = binding.attributes;
    for (let index = 0; index < attributes.length; index++) {
      const field = attributes[index]!;
      this.attribute(fields[field.member], field);
    }
    this.rawAttributes(extras?.attributes);
    this.open(name, extras);
    const textCodec = binding.textCodec;
    if (textCodec !== undefined) {
      const value = fields[TEXT_MEMBER];
      if (value !== undefined && value !== null) {
        const kept = this.level.lexical?.get(TEXT_MEMBER);
        this.content(escapeText(this.format(value, textCodec, kept, TEXT_MEMBER)));
      }
    }
    const elements = binding.elements;
    for (let index = 0; index < elements.length; index++) {
      const slot = elements[index]!;
      this.child(fields[slot.member], slot);
    }
    this.close();
  }

  /**
   * Enters an element whose start tag is written up to its attributes. The `>` waits until content
   * follows, so an empty element becomes `<a />` without taking back what was written.
   */
  private open(name: string, extras: Extras | undefined): void {
    this.startOpen = true;
    const depth = ++this.depth;
    let level = this.levels[depth];
    if (level === undefined) this.levels.push((level = new Level()));
    level.name = name;
    level.nodes = extras?.nodes;
    level.next = 0;
    level.known = 0;
    level.lexical = extras?.lexical;
    level.hasChildren = false;
    this.level = level;
  }

  /** Writes the kept nodes that are left, then the end tag (`<a />` when the element stayed empty). */
  private close(): void {
    this.placeNodes(Infinity);
    const level = this.level;
    this.level = this.levels[--this.depth]!;
    if (this.startOpen) {
      this.out += " />";
      this.startOpen = false;
    } else this.content(level.hasChildren ? `${this.newline()}</${level.name}>` : `</${level.name}>`);
  }

  /** Appends content, closing the start tag that waits for it first. */
  private content(text: string): void {
    if (this.startOpen) {
      this.out += ">";
      this.startOpen = false;
    }
    this.out += text;
  }

  /** Places kept nodes due before the next known child, counts it, and hands out full chunks. */
  private beforeChild(): void {
    const level = this.level;
    if (level.nodes !== undefined) this.placeNodes(level.known);
    level.known++;
    level.hasChildren = true;
    if (this.out.length >= this.chunkSize) {
      if (this.onChunk !== undefined) this.onChunk(this.out);
      else this.done.push(flattened(this.out));
      this.out = "";
    }
  }

  /** Writes the kept nodes whose place is at or before `known` children. */
  private placeNodes(known: number): void {
    const level = this.level;
    const nodes = level.nodes;
    if (nodes === undefined) return;
    while (level.next < nodes.length && nodes[level.next]!.after <= known) {
      const node = nodes[level.next++]!;
      if (node.kind === "element") level.hasChildren = true;
      this.unknown(node);
    }
  }

  /** Writes a kept node, indented like the known elements around it (text as it is). */
  private unknown(node: UnknownNode): void {
    const markup = keptMarkup(node);
    this.content(node.kind === "text" || node.kind === "cdata" ? markup : `${this.newline()}${markup}`);
  }

  private rawAttributes(attributes: readonly RawAttribute[] | undefined): void {
    if (attributes === undefined) return;
    for (const [name, value] of attributes) this.out += ` ${name}="${escapeAttribute(value)}"`;
  }

  private textElement(name: string, text: string): void {
    this.content(
      text === "" ? `${this.newline()}<${name} />` : `${this.newline()}<${name}>${escapeText(text)}</${name}>`,
    );
  }

  /** Formats an occurrence of a scalar element field (`index` -1 for a single one). */
  private formatElement(value: unknown, slot: ScalarSlot | WrappedScalarsSlot, index: number): string {
    // Most objects kept no forms: the key is made only where some were.
    const kept = this.level.lexical?.get(elementLexicalKey(slot, index));
    return this.format(value, slot.codec, kept, slot.member, index);
  }

  /**
   * Formats a scalar, or gives back `kept` (the form it was read in) when the value is unchanged;
   * `member` and `index` name the value in messages.
   */
  private format(value: unknown, codec: Codec<unknown>, kept: string | undefined, member: string, index = -1): string {
    if (kept !== undefined && keptFormHolds(codec, kept, value)) return kept;
    try {
      return codec.format(value);
    } catch (error) {
      if (error instanceof CodecError) throw new XmlWriteError(`${lexicalKey(member, index)}: ${error.message}`);
      throw error;
    }
  }

  /** A line end and the indentation of the current depth (made once per depth). */
  private newline(): string {
    if (!this.pretty) return "";
    const depth = this.depth;
    return (this.newlines[depth] ??= `\n${this.indent.repeat(depth)}`);
  }
}
