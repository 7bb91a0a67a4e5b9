/**
 * The streaming reader: a token source (the tokenizer, or saxes) checks well-formedness and hands
 * over tags and text, namespaces are resolved here (cheap for EM's one default namespace), and a
 * stack of reused frames binds each element to its field. Validation is the validator's; the
 * reader calls it only when asked to.
 */
import { XmlReadError, type XmlLocation } from "../errors.js";
import type {
  ClassBinding,
  ElementSlot,
  ObjectSlot,
  ScalarSlot,
  WrappedObjectsSlot,
  WrappedScalarsSlot,
} from "./class-binding.js";
import { elementPath } from "./element-path.js";
import {
  describeFrame,
  exact,
  Frame,
  isList,
  isWhitespace,
  keepsText,
  OBJECT,
  SCALAR,
  takePlaced,
  exactAttributes,
  trimmed,
  UNKNOWN,
  WRAPPER,
} from "./frame.js";
import { ensureExtras, type PlacedNode, type UnknownElement, type UnknownNode } from "./extras.js";
import { withoutByteOrderMark } from "./input.js";
import { KeptXml } from "./kept-markup.js";
import { elementLexicalKey, keepLexical, TEXT_MEMBER } from "./lexical.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { EM_NAMESPACE, isDeclaration, Scope, scopeOf } from "./namespaces.js";
import type { ReadOptions, RootRegistry } from "./read-options.js";
import type { TokenSink, TokenSource } from "./token-source.js";
import { TokenSources } from "./token-sources.js";
import { unknownRoot, unknownRootReason, UnknownRoot } from "./unknown-root.js";
import { ItemStream } from "./item-stream.js";
import { isCanonical, ScalarValues } from "./scalar-values.js";
import { Validator, type Finding } from "./validator.js";
import type { BoundClass, XmlObject } from "./xml-object.js";

/**
 * Reads one document at a time; reusable after {@link finish} or {@link reset}. It is the sink of
 * its token sources (its `openTag`, `closeTag`, `text`... are called by them only), each made when
 * first asked for and kept.
 */
export class DocumentReader implements TokenSink {
  private tokens!: TokenSource;
  private readonly sources = new TokenSources(this);
  private readonly frames: Frame[] = [new Frame()];
  private depth = 0;
  private root: XmlObject | undefined;
  private length = 0;
  private strict!: boolean;
  private limits!: ReadLimits;
  private allowNoNamespace!: boolean;
  private expect: BoundClass | undefined;
  private as: BoundClass | undefined;
  private report: ((finding: Finding) => void) | undefined;
  /** The facets' checker: there when findings are wanted, or when strict reading fails on them. */
  private validator: Validator | undefined;
  private readonly items = new ItemStream(
    (reason) => this.fail(reason),
    (depth) => this.frames[depth]!.name,
  );
  /** Scalar values: through codecs, checked by the validator when there is one. */
  private readonly values = new ScalarValues(
    (reason) => this.fail(reason),
    (codec, text, kind, name) => this.validator?.value(codec, text, kind, name),
  );
  /** The XML of the unknown element being read. */
  private readonly kept = new KeptXml();
  /** Whether the document came in one piece: the token source then holds the text of every element to the end. */
  private whole = false;

  constructor(
    private readonly registry: RootRegistry,
    options: ReadOptions = {},
  ) {
    this.configure(options);
  }

  /** Changes the options for the next document. */
  configure(options: ReadOptions): void {
    this.tokens = this.sources.get(options.xmlParser);
    this.strict = options.strict === true;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.allowNoNamespace = options.allowNoNamespace === true;
    this.expect = options.expect;
    this.as = options.as;
    this.report = options.findings;
    const checking = this.report !== undefined || this.strict;
    this.validator = checking
      ? new Validator((severity, message, child) => this.finding(severity, message, child), this.strict)
      : undefined;
    this.tokens.maxAttributes = this.limits.maxAttributes;
    this.tokens.maxTokenLength = this.limits.maxTextLength;
  }

  /** Feeds the next piece of text; `whole`: it is the whole document (only then known at its start). */
  write(chunk: string, whole = false): void {
    if (this.length === 0) {
      chunk = withoutByteOrderMark(chunk);
      this.whole = whole;
    }
    this.length += chunk.length;
    if (this.length > this.limits.maxDocumentLength) {
      this.fail(`document is longer than the limit of ${this.limits.maxDocumentLength} characters`);
    }
    this.tokens.write(chunk);
  }

  /** Ends the document and returns its root object. */
  finish(): XmlObject {
    this.tokens.close();
    const root = this.root;
    this.reset();
    if (root === undefined) throw new XmlReadError("document has no root element");
    return root;
  }

  /**
   * Hands the items of the document's first list to `onItem` as each one completes, instead of
   * keeping them: the list the first repeated element (or wrapper item) belongs to, such as the
   * `Ref`s of EntityReferences or the entities inside a QueryResult. Undefined turns it off.
   */
  streamItems(onItem: ((item: unknown) => void) | undefined, itemType?: BoundClass): void {
    this.items.start(onItem, itemType);
  }

  /** Forgets the current document (after an error, or to start over). */
  reset(): void {
    this.tokens.reset();
    this.kept.take();
    this.whole = false;
    for (const frame of this.frames) if (frame.placedCount > 0) takePlaced(frame);
    this.depth = 0;
    this.root = undefined;
    this.length = 0;
    const top = this.frames[0]!;
    top.lastChild = "";
    top.lastCount = 0;
  }

  private push(name: string, scope: Scope): Frame {
    if (this.depth >= this.limits.maxDepth)
      this.fail(`element ${name} is nested deeper than the limit of ${this.limits.maxDepth}`);
    const depth = ++this.depth;
    let frame = this.frames[depth];
    if (frame === undefined) this.frames.push((frame = new Frame()));
    frame.open(name, scope, this.frames[depth - 1]!);
    return frame;
  }

  /** @internal A start tag; its attributes are on the token source. */
  openTag(name: string): void {
    if (name.length > this.limits.maxTextLength) this.tooLong("an element name");
    const parent = this.frames[this.depth]!;
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    const scope = count === 0 ? parent.scope : scopeOf(parent.scope, names, values, count);
    if (!(scope.defaultIsEm && this.openKnown(parent, name, scope))) this.openAny(parent, name, scope);
    this.tokens.reportBlank = this.wantsBlank(this.frames[this.depth]!);
  }

  /**
   * The usual start tag: a child of an object or wrapper, in EM's default namespace (false when it
   * is something else, or prefixed), no prefix looked for.
   */
  private openKnown(parent: Frame, name: string, scope: Scope): boolean {
    if (this.depth === 0) return false;
    if (parent.kind === OBJECT) {
      // Schema names have no prefix; children come in schema order, so the field is looked for near the last one.
      const slot = parent.binding!.elementNear(name, parent.lastSlot);
      if (slot !== undefined) {
        parent.lastSlot = slot.position;
        this.openField(parent, slot, name, scope);
      } else if (name.indexOf(":") < 0) this.openUnknown(parent, name, scope);
      else return false;
    } else if (parent.kind === WRAPPER && name === parent.wrapper!.item) this.openItem(parent, name, scope);
    else return false;
    return true;
  }

  /** Any start tag: a root, a prefixed or foreign element, unknown content, or text where none may be. */
  private openAny(parent: Frame, name: string, scope: Scope): void {
    const colon = name.indexOf(":");
    const local = colon < 0 ? name : name.slice(colon + 1);
    const namespace = colon < 0 ? scope.defaultNamespace : this.resolvePrefix(name.slice(0, colon), name, scope);
    // The local name of an EM element; undefined for any other.
    const em = (colon < 0 ? scope.defaultIsEm : namespace === EM_NAMESPACE) ? local : undefined;
    if (this.depth === 0) this.openRoot(name, local, namespace, scope);
    else if (parent.kind === OBJECT) {
      const slot = em === undefined ? undefined : parent.binding!.element(em);
      if (slot === undefined) this.openUnknown(parent, name, scope);
      else this.openField(parent, slot, name, scope);
    } else if (parent.kind === WRAPPER) {
      if (em === parent.wrapper!.item) this.openItem(parent, name, scope);
      else this.openUnknown(parent, name, scope);
    } else if (parent.kind === UNKNOWN) this.openInUnknown(name, scope);
    else this.fail(`element ${name} is not allowed inside ${parent.name}, which holds text only`);
  }

  private openRoot(name: string, local: string, namespace: string, scope: Scope): void {
    const inEm = namespace === EM_NAMESPACE || (namespace === "" && this.allowNoNamespace);
    const type = inEm ? (this.as ?? this.registry.rootClass(local)) : undefined;
    if (type === undefined) return this.openUnknownRoot(name, namespace, scope);
    const expect = this.expect;
    if (expect !== undefined && !type.binding.extends(expect.binding)) {
      this.fail(
        `root element ${name} binds to ${type.binding.className}, not to the expected ${expect.binding.className}`,
      );
    }
    const frame = this.push(name, scope);
    const object = this.create(type.binding);
    this.root = object;
    // A class shared by several roots (CdpReplicaVm, VmCdpReplica), or a fragment read with `as`, is
    // written back under the name it came with.
    if (this.registry.rootNameOf(type) !== local) ensureExtras(object).rootName = local;
    if (namespace === "") {
      // Unprefixed children of a namespace-less snippet are read as EM elements.
      frame.scope = new Scope(EM_NAMESPACE, undefined, scope);
      ensureExtras(object).noNamespace = true;
    }
    this.enterObject(frame, object, type.binding);
  }

  /** A root no class binds to: an {@link UnknownRoot} when reading leniently with no class asked for, else an error. */
  private openUnknownRoot(name: string, namespace: string, scope: Scope): void {
    const reason = unknownRootReason(name, namespace, this.allowNoNamespace);
    if (this.strict || this.expect !== undefined || this.as !== undefined || this.items.onItem !== undefined)
      this.fail(reason);
    this.finding("warning", `${reason} (it is read as an UnknownRoot and kept as it is)`, name);
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    for (let index = 0; index < count; index++)
      if (values[index]!.length > this.limits.maxTextLength) this.tooLong(`attribute ${names[index]}`);
    const frame = this.push(name, scope);
    frame.kind = OBJECT;
    frame.target = this.root = unknownRoot(name, names, values, count);
    frame.binding = UnknownRoot.binding;
    this.validator?.openObject(this.depth, UnknownRoot.binding, frame.target, name);
  }

  /** A child of an object that is one of its fields. */
  private openField(parent: Frame, slot: ElementSlot, name: string, scope: Scope): void {
    const target = parent.target;
    // A field after every one read so far in schema order is met for the first time.
    if (slot.position > parent.furthest) parent.furthest = slot.position;
    else if (!isList(slot) && target[slot.member] !== undefined) return this.openRepeated(parent, name, scope);
    this.validator?.child(this.depth, slot, parent.name, name);
    parent.known++;
    switch (slot.kind) {
      case "scalar":
        return this.openScalar(target, slot, name, scope);
      case "object":
        return this.openObject(target, slot, name, scope);
      default:
        return this.openWrapper(target, slot, name, scope);
    }
  }

  private openScalar(target: any, slot: ScalarSlot, name: string, scope: Scope): void {
    const streamed = slot.repeated && this.items.isStreamed(slot, this.depth);
    const frame = this.push(name, scope);
    frame.kind = SCALAR;
    frame.scalar = slot;
    frame.streamed = streamed;
    if (slot.repeated) {
      const list: unknown[] = (target[slot.member] ??= []);
      frame.indexed = true;
      frame.target = list;
      frame.item = list.length;
    } else {
      frame.target = target;
      frame.item = -1;
    }
    this.rejectAttributes(frame);
  }

  private openObject(target: any, slot: ObjectSlot, name: string, scope: Scope): void {
    const streamed = slot.repeated && this.items.isStreamed(slot, this.depth);
    const frame = this.push(name, scope);
    frame.streamed = streamed;
    const object = this.create(slot.binding);
    if (!slot.repeated) target[slot.member] = object;
    else {
      frame.indexed = true;
      if (!streamed) (target[slot.member] ??= []).push(object);
    }
    this.enterObject(frame, object, slot.binding);
  }

  private openWrapper(target: any, slot: WrappedObjectsSlot | WrappedScalarsSlot, name: string, scope: Scope): void {
    const items: unknown[] = [];
    target[slot.member] = items;
    const frame = this.push(name, scope);
    frame.kind = WRAPPER;
    frame.target = items;
    frame.wrapper = slot;
    this.keepAttributes(items, frame);
  }

  /** One of a wrapper's items. */
  private openItem(parent: Frame, name: string, scope: Scope): void {
    const slot = parent.wrapper!;
    parent.known++;
    const items = parent.target as unknown[];
    const streamed = this.items.isStreamed(slot, this.depth);
    const frame = this.push(name, scope);
    frame.indexed = true;
    frame.streamed = streamed;
    if (slot.kind === "wrappedScalars") {
      frame.kind = SCALAR;
      frame.target = items;
      frame.scalar = slot;
      frame.item = items.length;
      return this.rejectAttributes(frame);
    }
    const object = this.create(slot.binding);
    if (!streamed) items.push(object);
    this.enterObject(frame, object, slot.binding);
  }

  /** An element inside an unknown one: part of the kept XML. */
  private openInUnknown(name: string, scope: Scope): void {
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    this.kept.start(name, names, values, count);
    // Only the outermost unknown element holds its node; a frame left by a failed read may hold one.
    const frame = this.push(name, scope);
    frame.kind = UNKNOWN;
    frame.target = undefined;
  }

  /** An instance of a binding's class; an abstract type is an error at the element that names it. */
  private create(binding: ClassBinding): XmlObject {
    if (binding.abstract)
      this.fail(`type ${binding.typeName} is abstract: an element of that type cannot be read or made`);
    return binding.create();
  }

  private enterObject(frame: Frame, object: XmlObject, binding: ClassBinding): void {
    frame.kind = OBJECT;
    frame.target = object;
    frame.binding = binding;
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    let kept = false;
    for (let index = 0; index < count; index++) {
      const name = names[index]!;
      const value = values[index]!;
      if (value.length > this.limits.maxTextLength) this.tooLong(`attribute ${name}`);
      // Attribute fields have unprefixed names, so a prefixed name finds none.
      const field = name !== "xmlns" ? binding.attribute(name) : undefined;
      if (field === undefined) {
        this.keepAttribute(object, name, value, frame);
        kept = true;
        continue;
      }
      const parsed = this.values.of(field, value, "attribute", name);
      (object as any)[field.member] = parsed;
      if (!isCanonical(field, value, parsed)) keepLexical(object, field.member, value);
    }
    if (kept) exactAttributes(object);
    this.validator?.openObject(this.depth, binding, object, frame.name);
  }

  private keepAttributes(target: object, frame: Frame): void {
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    for (let index = 0; index < count; index++) this.keepAttribute(target, names[index]!, values[index]!, frame);
    if (count > 0) exactAttributes(target);
  }

  /** Keeps an attribute the schema does not know; namespace declarations are kept even when strict. */
  private keepAttribute(target: object, name: string, value: string, frame: Frame): void {
    if (name === "xmlns" && value === EM_NAMESPACE) return;
    if (!isDeclaration(name)) {
      const colon = name.indexOf(":");
      if (colon >= 0) this.resolvePrefix(name.slice(0, colon), name, frame.scope);
      this.unknownContent("attribute", name, frame);
    }
    (ensureExtras(target).attributes ??= []).push([name, value]);
  }

  private rejectAttributes(frame: Frame): void {
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    for (let index = 0; index < count; index++) {
      const name = names[index]!;
      if (name === "xmlns" && values[index] === EM_NAMESPACE) continue;
      this.fail(`attribute ${name} is not allowed on ${frame.name}, which holds a ${frame.scalar!.codec.name} value`);
    }
  }

  private openUnknown(parent: Frame, name: string, scope: Scope): void {
    if (parent.binding?.openContent !== true) this.unknownContent("element", name, parent, name);
    this.keepElement(parent, name, scope);
  }

  /** A single element's second occurrence: kept where it stands (dropping either would lose data), or an error when strict. */
  private openRepeated(parent: Frame, name: string, scope: Scope): void {
    const message = `element ${name} occurs more than once in ${parent.name}`;
    if (this.strict) this.fail(message, name);
    this.finding("warning", `${message} (the schema allows one); the first is read, this one is kept as it is`, name);
    this.keepElement(parent, name, scope);
  }

  /** Keeps an element (and everything in it) as its XML, in its place among the parent's children. */
  private keepElement(parent: Frame, name: string, scope: Scope): void {
    const tokens = this.tokens;
    let { attributeNames: names, attributeValues: values, attributeCount: count } = tokens;
    // An unprefixed element outside the EM namespace keeps its namespace when written under an EM parent.
    const foreign = name.indexOf(":") < 0 && !scope.defaultIsEm && !names.slice(0, count).includes("xmlns");
    if (foreign) {
      names = ["xmlns", ...names.slice(0, count)];
      values = [scope.defaultNamespace, ...values.slice(0, count)];
      count++;
    }
    // The document's own text is kept where the source holds it (and the element needs no namespace
    // given); XML is made again from the tokens only where it may not.
    this.kept.begin(tokens, foreign ? -1 : tokens.tagStart, this.whole);
    this.kept.start(name, names, values, count);
    // The node takes its XML when the element ends; it is placed now, before what follows it.
    const node: UnknownElement & PlacedNode = { kind: "element", name, xml: "", after: parent.known };
    parent.place(node);
    const frame = this.push(name, scope);
    frame.kind = UNKNOWN;
    frame.target = node;
  }

  private resolvePrefix(prefix: string, name: string, scope: Scope): string {
    const uri = scope.lookup(prefix);
    if (uri === undefined) this.fail(`namespace prefix ${prefix} of ${name} is not declared`);
    return uri;
  }

  /** @internal An end tag (or the end of an empty-element tag). */
  closeTag(): void {
    const frame = this.frames[this.depth]!;
    if (frame.kind === SCALAR) this.closeScalar(frame);
    else if (frame.kind === OBJECT) this.closeObject(frame);
    else if (frame.kind === WRAPPER) this.closeWrapper(frame);
    else if (frame.kind === UNKNOWN) {
      this.kept.end(frame.name);
      // The outermost unknown element holds the node; those inside it are part of its XML.
      if (frame.target !== undefined) (frame.target as UnknownElement).xml = this.kept.finish(this.tokens);
    }
    frame.target = undefined;
    this.depth--;
    this.tokens.reportBlank = this.wantsBlank(this.frames[this.depth]!);
  }

  private closeWrapper(frame: Frame): void {
    const items = trimmed(frame.target);
    if (frame.placedCount > 0) ensureExtras(items).nodes = takePlaced(frame);
    this.frames[this.depth - 1]!.target[frame.wrapper!.member] = items;
  }

  private closeScalar(frame: Frame): void {
    const slot = frame.scalar!;
    const text = frame.text;
    const value = this.values.of(slot, text, "element", frame.name);
    if (frame.streamed) return this.items.onItem!(value);
    const target = frame.target;
    if (frame.item >= 0) target.push(value);
    else target[slot.member] = value;
    if (!isCanonical(slot, text, value)) {
      // A wrapper's items keep their forms on its array; other scalars on the object that owns them.
      const owner = slot.kind === "wrappedScalars" || frame.item < 0 ? target : this.frames[this.depth - 1]!.target;
      keepLexical(owner, elementLexicalKey(slot, frame.item), text);
    }
  }

  private closeObject(frame: Frame): void {
    const binding = frame.binding!;
    const object = frame.target;
    const codec = binding.textCodec;
    if (codec !== undefined) {
      const value = this.values.parse(codec, frame.text, "element", frame.name);
      object[TEXT_MEMBER] = value;
      if (!codec.isCanonical(frame.text, value)) keepLexical(object, TEXT_MEMBER, frame.text);
    }
    this.validator?.closeObject(this.depth, binding, frame.name);
    if (frame.placedCount > 0) ensureExtras(object).nodes = takePlaced(frame);
    const lists = binding.lists;
    for (let index = 0; index < lists.length; index++) {
      const member = lists[index]!.member;
      const list = object[member];
      // A field's own list never keeps extras (its items' lexical forms are kept on the object).
      if (list !== undefined) object[member] = exact(list);
    }
    if (frame.streamed) this.items.onItem!(object);
  }

  /** @internal Character data (inside the root element). */
  text(text: string): void {
    const frame = this.frames[this.depth]!;
    if (frame.kind === UNKNOWN) this.kept.text(text);
    else if (keepsText(frame)) {
      frame.text = frame.text === "" ? text : frame.text + text;
      if (frame.text.length > this.limits.maxTextLength) this.tooLong(`text of ${frame.name}`);
    } else if (!isWhitespace(text)) this.strayText(text);
  }

  /** @internal A CDATA section. */
  cdata(text: string): void {
    const frame = this.frames[this.depth]!;
    if (frame.kind !== UNKNOWN && keepsText(frame)) this.text(text);
    else this.keep({ kind: "cdata", text });
  }

  /** Text where the schema allows only elements: kept in place, and a warning when validating. */
  private strayText(text: string): void {
    const shown = text.trim();
    const quoted = JSON.stringify(shown.length > 40 ? `${shown.slice(0, 40)}…` : shown);
    const frame = this.frames[this.depth]!;
    // An unknown root's content is all kept content; its warning said so once.
    if (frame.binding !== UnknownRoot.binding)
      this.finding("warning", `text ${quoted} is not part of ${describeFrame(frame)}; it is kept`);
    this.keep({ kind: "text", text });
  }

  /** @internal */
  comment(text: string): void {
    this.keep({ kind: "comment", text });
  }

  /** @internal */
  instruction(target: string, body: string): void {
    this.keep({ kind: "instruction", target, body });
  }

  /** @internal */
  doctype(): void {
    this.fail("a DOCTYPE is not allowed (EM never sends one)");
  }

  /** Keeps a node the schema has no place for at the current position. */
  private keep(node: UnknownNode): void {
    if (this.depth === 0) return;
    const frame = this.frames[this.depth]!;
    if (frame.kind === UNKNOWN) this.kept.node(node);
    else if (frame.kind !== SCALAR) frame.place({ ...node, after: frame.known });
    else if (node.kind !== "comment" && node.kind !== "instruction") this.text((node as { text: string }).text);
    // A comment inside a scalar element is dropped: scalar text is all its content can hold.
  }

  /**
   * Whether blank text in the element of `frame` is content: in text-only elements, and in unknown
   * ones whose XML is being made (not taken from the document's own text).
   */
  private wantsBlank(frame: Frame): boolean {
    return frame.kind === UNKNOWN ? this.kept.making : keepsText(frame);
  }

  /**
   * Content the schema does not describe: strict reading stops at it; otherwise it is kept, with a
   * warning. The message is made only when someone reads it (documents may hold many such items).
   */
  private unknownContent(kind: "element" | "attribute", name: string, parent: Frame, child?: string): void {
    if (!this.strict && this.report === undefined) return;
    const message = `${kind} ${name} is not part of ${describeFrame(parent)}`;
    if (this.strict) this.fail(message, child);
    this.finding("warning", `${message}; it is kept`, child);
  }

  /** Reports a finding at the current place; strict reading stops at an error. */
  private finding(severity: Finding["severity"], message: string, child?: string): void {
    if (severity === "error" && this.strict) this.fail(message, child);
    this.report?.({ severity, message, location: this.location(child) });
  }

  private tooLong(what: string): never {
    this.fail(`${what} is longer than the limit of ${this.limits.maxTextLength} characters`);
  }

  /** Where the parser is; `child` names an element being opened, not yet on the path. */
  location(child?: string): XmlLocation {
    const path = elementPath(this.frames, 1, this.depth);
    return {
      line: this.tokens.line,
      column: this.tokens.column,
      path: child === undefined ? path : `${path}/${child}`,
    };
  }

  /** Stops the parse with a located error; `child` names the element it is about, when not yet open. */
  fail(reason: string, child?: string): never {
    throw new XmlReadError(reason, this.location(child));
  }

  /** @internal The token source's errors: a document that is not well-formed, or over a limit. */
  error(reason: string, malformed: boolean): never {
    this.fail(malformed ? `document is not well-formed: ${reason}` : reason);
  }
}
