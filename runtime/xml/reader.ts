/**
 * The streaming reader: the tokenizer checks well-formedness and hands over tags and text, namespaces
 * are resolved here (cheap for EM's one default namespace), and a stack of reused frames binds each
 * element to its field.
 */
import { CodecError, XmlReadError, type XmlLocation } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import { bindingOf, type BoundClass, type ClassBinding, type ElementField, type XmlObject } from "./binding.js";
import {
  ensureExtras,
  extrasOf,
  lexicalKey,
  type RawAttribute,
  type UnknownElement,
  type UnknownNode,
} from "./extras.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { EM_NAMESPACE } from "./writer.js";
import { isDeclaration, NO_NAMESPACE, Scope, scopeOf } from "./namespaces.js";
import { Tokenizer, type TokenSink } from "./tokenizer.js";

/** Maps root element names to the classes they bind to. */
export interface RootRegistry {
  /** The class for a root element's local name in the EM namespace, if any. */
  rootClass(localName: string): BoundClass | undefined;
  /** The root element name a class is written as by default. */
  rootNameOf(type: BoundClass): string | undefined;
}

/** Options of the reader. */
export interface ReadOptions {
  /** Reject what the schema does not know (elements, attributes, enumeration values). Default false. */
  readonly strict?: boolean;
  /** Raise or lower the {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<ReadLimits>;
  /** Accept a root element with no namespace (snippets as the reference pages show them). Default false. */
  readonly allowNoNamespace?: boolean;
  /** Only accept this class (or a subclass) as the root. */
  readonly expect?: BoundClass;
  /**
   * Bind the root element as this class whatever its name: for fragments such as the snippets of
   * the reference pages (`<OptionsDaily>` on its own), which are not root elements of the API.
   */
  readonly as?: BoundClass;
  /**
   * Validation: called with every finding against the schema's facets (required attributes and
   * elements, occurrences, order, enumerations, patterns, unknown content), each located. Errors
   * break the schema; warnings are what EM itself does (undocumented enumeration values) or content
   * that is kept but not described. Reading goes on after a finding.
   */
  readonly findings?: (finding: Finding) => void;
}

/** One thing validation found. */
export interface Finding {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly location: XmlLocation;
}

const OBJECT = 0;
const SCALAR = 1;
const WRAPPER = 2;
const UNKNOWN = 3;

/** One open element. Frames are reused from depth to depth, so reading allocates none per element. */
class Frame {
  kind = OBJECT;
  /** The qualified name as written, for paths. */
  name = "";
  /** Position among consecutive siblings of the same name. */
  index = 0;
  /** Whether the path shows the index (repeated fields, or a second sibling of the name). */
  indexed = false;
  /** OBJECT: the instance; SCALAR: where the value goes (object or array); WRAPPER: the array; UNKNOWN: the node. */
  target: any = undefined;
  binding: ClassBinding | undefined = undefined;
  field: ElementField | undefined = undefined;
  /** SCALAR in a list: the item's index, for the key of a kept lexical form (`days[2]`, `[2]`). */
  item = -1;
  text = "";
  /** Known child elements started so far, the place of the next unknown node. */
  known = 0;
  /** OBJECT: schema position of the last known child, to notice elements out of order. */
  lastPosition = -1;
  /** Whether this element is an item handed to the stream's consumer instead of kept in its list. */
  streamed = false;
  /** OBJECT, when validating: occurrences of each element field so far. */
  counts: Map<ElementField, number> | undefined = undefined;
  lastChild = "";
  lastCount = 0;
  scope: Scope = NO_NAMESPACE;
}

/** Whether an element's text is content (blank included), rather than the layout between its children. */
function keepsText(frame: Frame): boolean {
  return (
    frame.kind === SCALAR || frame.kind === UNKNOWN || (frame.kind === OBJECT && frame.binding?.textCodec !== undefined)
  );
}

/**
 * A finished list as an array of its own length. Lists grow by `push`, which leaves room for 16
 * or more items; a document of thousands of short lists would keep that room, and every garbage
 * collection would copy it.
 */
function trimmed(list: unknown[]): unknown[] {
  if (list.length === 0) return list;
  const exact = list.slice();
  const extras = extrasOf(list);
  if (extras !== undefined) Object.assign(ensureExtras(exact), extras);
  return exact;
}

function isWhitespace(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/**
 * Reads one document at a time; reusable after {@link finish} or {@link reset}. It is the sink of
 * its own tokenizer (its `openTag`, `closeTag`, `text`... are called by the tokenizer only).
 */
export class DocumentReader implements TokenSink {
  private readonly tokens: Tokenizer;
  private frames: Frame[] = [new Frame()];
  private depth = 0;
  private root: XmlObject | undefined;
  private length = 0;
  private strict!: boolean;
  private limits!: ReadLimits;
  private allowNoNamespace!: boolean;
  private expect: BoundClass | undefined;
  private as: BoundClass | undefined;
  private report: ((finding: Finding) => void) | undefined;
  /** Whether facets are checked: when findings are wanted, or when strict reading fails on them. */
  private checking = false;
  /** Item streaming: where items go, and which list field (at which depth) they are the items of. */
  private onItem: ((item: unknown) => void) | undefined;
  /** The class the streamed items must be, when the caller named one. */
  private streamItemType: BoundClass | undefined;
  private streamField: ElementField | undefined;
  private streamDepth = -1;

  constructor(
    private readonly registry: RootRegistry,
    options: ReadOptions = {},
  ) {
    this.tokens = new Tokenizer(this);
    this.configure(options);
  }

  /** Changes the options for the next document. */
  configure(options: ReadOptions): void {
    this.strict = options.strict === true;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.allowNoNamespace = options.allowNoNamespace === true;
    this.expect = options.expect;
    this.as = options.as;
    this.report = options.findings;
    this.checking = this.report !== undefined || this.strict;
    this.tokens.maxAttributes = this.limits.maxAttributes;
    this.tokens.maxTokenLength = this.limits.maxTextLength;
  }

  /** Feeds the next piece of text. */
  write(chunk: string): void {
    if (this.length === 0 && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
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
    this.onItem = onItem;
    this.streamItemType = itemType;
    this.streamField = undefined;
    this.streamDepth = -1;
  }

  /** Whether an occurrence of a repeated field under the frame at `parentDepth` is a streamed item. */
  private isStreamed(field: ElementField, parentDepth: number): boolean {
    if (this.onItem === undefined) return false;
    if (this.streamField === undefined) {
      this.streamField = field;
      this.streamDepth = parentDepth;
      if (this.streamItemType !== undefined) this.checkItemType(field, this.streamItemType);
    }
    return this.streamField === field && this.streamDepth === parentDepth;
  }

  /** The items of the first list are all of the field's class: checked once, at the first item. */
  private checkItemType(field: ElementField, expected: BoundClass): void {
    const items = `the ${field.item ?? field.name} items of ${this.frames[this.depth]!.name}`;
    if (field.codec !== undefined) this.fail(`${items} are ${field.codec.name} values, not ${expected.name} objects`);
    const binding = bindingOf(field);
    if (!(binding.chain as readonly ClassBinding[]).includes(expected.binding))
      this.fail(`${items} are of type ${binding.typeName}, not ${expected.name}`);
  }

  /** Forgets the current document (after an error, or to start over). */
  reset(): void {
    this.tokens.reset();
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
    const parent = this.frames[depth - 1]!;
    if (parent.lastChild === name) frame.index = ++parent.lastCount;
    else {
      parent.lastChild = name;
      frame.index = parent.lastCount = 1;
    }
    frame.indexed = frame.index > 1;
    frame.name = name;
    frame.text = "";
    frame.known = 0;
    frame.lastPosition = -1;
    frame.lastChild = "";
    frame.lastCount = 0;
    frame.scope = scope;
    frame.field = undefined;
    frame.binding = undefined;
    frame.streamed = false;
    frame.counts = undefined;
    return frame;
  }

  /** @internal A start tag; its attributes are on the tokenizer. */
  openTag(name: string): void {
    this.openElement(name);
    this.tokens.reportBlank = keepsText(this.frames[this.depth]!);
  }

  private openElement(name: string): void {
    if (name.length > this.limits.maxTextLength) this.tooLong("an element name");
    const parent = this.frames[this.depth]!;
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    const scope = count === 0 ? parent.scope : scopeOf(parent.scope, names, values, count);

    const colon = name.indexOf(":");
    const local = colon < 0 ? name : name.slice(colon + 1);
    const namespace = colon < 0 ? scope.defaultNamespace : this.resolvePrefix(name.slice(0, colon), name, scope);
    const known = colon < 0 ? scope.defaultIsEm : namespace === EM_NAMESPACE;

    if (this.depth === 0) return this.openRoot(name, local, namespace, scope);

    switch (parent.kind) {
      case OBJECT: {
        const field = known ? parent.binding!.findChild(local) : undefined;
        if (field === undefined)
          return this.openUnknown(parent, name, scope, colon < 0 && !known ? namespace : undefined);
        if (parent.counts !== undefined) parent.counts.set(field, (parent.counts.get(field) ?? 0) + 1);
        if (field.position < parent.lastPosition) this.outOfOrder(parent, field, name);
        else if (field.position === parent.lastPosition && !field.repeated)
          this.fail(`element ${name} occurs more than once in ${parent.name}`, name);
        parent.lastPosition = field.position;
        parent.known++;
        return this.openField(parent.target, field, name, scope);
      }
      case WRAPPER: {
        const field = parent.field!;
        if (!known || local !== field.item)
          return this.openUnknown(parent, name, scope, colon < 0 && !known ? namespace : undefined);
        parent.known++;
        const items = parent.target as unknown[];
        const streamed = this.isStreamed(field, this.depth);
        if (field.codec !== undefined) {
          const frame = this.push(name, scope);
          frame.kind = SCALAR;
          frame.target = items;
          frame.field = field;
          frame.item = items.length;
          frame.indexed = true;
          frame.streamed = streamed;
          this.rejectAttributes(frame);
          return;
        }
        const binding = bindingOf(field);
        const object = binding.create();
        if (!streamed) items.push(object);
        const frame = this.push(name, scope);
        frame.indexed = true;
        frame.streamed = streamed;
        this.enterObject(frame, object, binding);
        return;
      }
      case UNKNOWN: {
        const node = this.unknownElement(name);
        (parent.target as UnknownElement).children.push(node);
        const frame = this.push(name, scope);
        frame.kind = UNKNOWN;
        frame.target = node;
        return;
      }
      default:
        this.fail(`element ${name} is not allowed inside ${parent.name}, which holds text only`);
    }
  }

  private openRoot(name: string, local: string, namespace: string, scope: Scope): void {
    if (namespace !== EM_NAMESPACE && !(namespace === "" && this.allowNoNamespace)) {
      this.fail(
        namespace === ""
          ? `root element ${name} has no namespace; expected ${EM_NAMESPACE}`
          : `root element ${name} is in namespace ${namespace}; expected ${EM_NAMESPACE}`,
      );
    }
    const type = this.as ?? this.registry.rootClass(local);
    if (type === undefined) this.fail(`root element ${name} is not an EM resource this library knows`);
    const expect = this.expect;
    if (expect !== undefined && !(type.binding.chain as readonly ClassBinding[]).includes(expect.binding)) {
      this.fail(`root element ${name} binds to ${type.name}, not to the expected ${expect.name}`);
    }
    const object = type.binding.create();
    this.root = object;
    // A class shared by several roots (CdpReplicaVm, VmCdpReplica), or a fragment read with `as`, is
    // written back under the name it came with.
    if (this.registry.rootNameOf(type) !== local) ensureExtras(object).rootName = local;
    const frame = this.push(name, scope);
    if (namespace === "") {
      // Unprefixed children of a namespace-less snippet are read as EM elements.
      frame.scope = new Scope(EM_NAMESPACE, undefined, scope);
      ensureExtras(object).noNamespace = true;
    }
    this.enterObject(frame, object, type.binding);
  }

  private openField(target: any, field: ElementField, name: string, scope: Scope): void {
    const streamed = field.repeated && this.isStreamed(field, this.depth);
    const frame = this.push(name, scope);
    frame.streamed = streamed;
    if (field.repeated) frame.indexed = true;
    if (field.item !== undefined) {
      const items: unknown[] = [];
      target[field.member] = items;
      frame.kind = WRAPPER;
      frame.target = items;
      frame.field = field;
      this.keepAttributes(items, frame);
      return;
    }
    if (field.codec !== undefined) {
      frame.kind = SCALAR;
      frame.field = field;
      if (field.repeated) {
        const list: unknown[] = (target[field.member] ??= []);
        frame.target = list;
        frame.item = list.length;
      } else {
        frame.target = target;
        frame.item = -1;
      }
      this.rejectAttributes(frame);
      return;
    }
    const binding = bindingOf(field);
    const object = binding.create();
    if (!field.repeated) target[field.member] = object;
    else if (!streamed) (target[field.member] ??= []).push(object);
    this.enterObject(frame, object, binding);
  }

  private enterObject(frame: Frame, object: XmlObject, binding: ClassBinding): void {
    frame.kind = OBJECT;
    frame.target = object;
    frame.binding = binding;
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    for (let index = 0; index < count; index++) {
      const name = names[index]!;
      const value = values[index]!;
      if (value.length > this.limits.maxTextLength) this.tooLong(`attribute ${name}`);
      const field = name.indexOf(":") < 0 && name !== "xmlns" ? binding.findAttribute(name) : undefined;
      if (field === undefined) {
        this.keepAttribute(object, name, value, frame);
        continue;
      }
      const parsed = this.decode(field.codec, value, "attribute", name);
      (object as any)[field.member] = parsed;
      if (!field.codec.isCanonical(value, parsed))
        (ensureExtras(object).lexical ??= new Map()).set(field.member, value);
    }
    if (this.checking) {
      frame.counts = new Map();
      for (const field of binding.attributeFields) {
        if (field.required && (object as any)[field.member] === undefined) {
          this.finding("error", `attribute ${field.name} of ${frame.name} is missing (the schema requires it)`);
        }
      }
    }
  }

  private keepAttributes(target: object, frame: Frame): void {
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    for (let index = 0; index < count; index++) this.keepAttribute(target, names[index]!, values[index]!, frame);
  }

  /** Keeps an attribute the schema does not know; namespace declarations are kept even when strict. */
  private keepAttribute(target: object, name: string, value: string, frame: Frame): void {
    const declaration = isDeclaration(name);
    if (name === "xmlns" && value === EM_NAMESPACE) return;
    if (!declaration) {
      const colon = name.indexOf(":");
      if (colon >= 0) this.resolvePrefix(name.slice(0, colon), name, frame.scope);
      if (this.strict) this.fail(`attribute ${name} is not part of ${this.describe(frame)}`);
      this.finding("warning", `attribute ${name} is not part of ${this.describe(frame)}; it is kept`);
    }
    (ensureExtras(target).attributes ??= []).push([name, value]);
  }

  private rejectAttributes(frame: Frame): void {
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    for (let index = 0; index < count; index++) {
      const name = names[index]!;
      if (name === "xmlns" && values[index] === EM_NAMESPACE) continue;
      this.fail(`attribute ${name} is not allowed on ${frame.name}, which holds a ${frame.field!.codec!.name} value`);
    }
  }

  private openUnknown(parent: Frame, name: string, scope: Scope, foreignDefault: string | undefined): void {
    if (parent.binding?.openContent !== true) {
      if (this.strict) this.fail(`element ${name} is not part of ${this.describe(parent)}`, name);
      this.finding("warning", `element ${name} is not part of ${this.describe(parent)}; it is kept`, name);
    }
    const node = this.unknownElement(name);
    // An unprefixed element outside the EM namespace keeps its namespace when written under an EM parent.
    if (foreignDefault !== undefined && !node.attributes.some(([attribute]) => attribute === "xmlns"))
      node.attributes.unshift(["xmlns", foreignDefault]);
    (ensureExtras(parent.target).nodes ??= []).push({ after: parent.known, node });
    const frame = this.push(name, scope);
    frame.kind = UNKNOWN;
    frame.target = node;
  }

  private unknownElement(name: string): UnknownElement {
    const { attributeNames: names, attributeValues: values, attributeCount: count } = this.tokens;
    const attributes: RawAttribute[] = [];
    for (let index = 0; index < count; index++) attributes.push([names[index]!, values[index]!]);
    return { kind: "element", name, attributes, children: [] };
  }

  private resolvePrefix(prefix: string, name: string, scope: Scope): string {
    const uri = scope.lookup(prefix);
    if (uri === undefined) this.fail(`namespace prefix ${prefix} of ${name} is not declared`);
    return uri;
  }

  /** @internal An end tag (or the end of an empty-element tag). */
  closeTag(): void {
    const frame = this.frames[this.depth]!;
    switch (frame.kind) {
      case SCALAR: {
        const field = frame.field!;
        const codec = field.codec!;
        const text = frame.text;
        const value = this.decode(codec, text, "element", frame.name);
        const target = frame.target;
        if (frame.streamed) {
          this.onItem!(value);
          break;
        }
        if (Array.isArray(target)) target.push(value);
        else target[field.member] = value;
        if (!codec.isCanonical(text, value)) {
          // Wrapped items keep their lexical form on the array; other scalars on the owning object.
          const wrapped = field.item !== undefined;
          const owner = wrapped || !Array.isArray(target) ? target : this.frames[this.depth - 1]!.target;
          (ensureExtras(owner).lexical ??= new Map()).set(lexicalKey(wrapped ? "" : field.member, frame.item), text);
        }
        break;
      }
      case OBJECT: {
        const codec = frame.binding!.textCodec;
        if (codec !== undefined) {
          const value = this.decode(codec, frame.text, "element", frame.name);
          frame.target.value = value;
          if (!codec.isCanonical(frame.text, value))
            (ensureExtras(frame.target).lexical ??= new Map()).set("value", frame.text);
        }
        if (frame.counts !== undefined) this.checkOccurrences(frame);
        const repeated = frame.binding!.repeatedFields;
        for (let index = 0; index < repeated.length; index++) {
          const member = repeated[index]!.member;
          const list = frame.target[member];
          if (list !== undefined) frame.target[member] = trimmed(list);
        }
        if (frame.streamed) this.onItem!(frame.target);
        break;
      }
      case WRAPPER:
        this.frames[this.depth - 1]!.target[frame.field!.member] = trimmed(frame.target);
        break;
    }
    frame.target = undefined;
    this.depth--;
    this.tokens.reportBlank = keepsText(this.frames[this.depth]!);
  }

  /** @internal Character data; the tokenizer reports only blank text outside the root. */
  text(text: string): void {
    const frame = this.frames[this.depth]!;
    switch (frame.kind) {
      case SCALAR:
        frame.text = frame.text === "" ? text : frame.text + text;
        if (frame.text.length > this.limits.maxTextLength) this.tooLong(`text of ${frame.name}`);
        return;
      case OBJECT:
        if (frame.binding!.textCodec !== undefined) {
          frame.text = frame.text === "" ? text : frame.text + text;
          if (frame.text.length > this.limits.maxTextLength) this.tooLong(`text of ${frame.name}`);
          return;
        }
        if (!isWhitespace(text)) this.strayText(text);
        return;
      case WRAPPER:
        if (!isWhitespace(text)) this.strayText(text);
        return;
      case UNKNOWN:
        (frame.target as UnknownElement).children.push({ kind: "text", text });
    }
  }

  /** @internal A CDATA section. */
  cdata(text: string): void {
    const frame = this.frames[this.depth]!;
    if (frame.kind === SCALAR || (frame.kind === OBJECT && frame.binding!.textCodec !== undefined)) this.text(text);
    else this.keep({ kind: "cdata", text });
  }

  /** Text where the schema allows only elements: kept in place, and a warning when validating. */
  private strayText(text: string): void {
    const shown = text.trim();
    this.finding(
      "warning",
      `text ${JSON.stringify(shown.length > 40 ? `${shown.slice(0, 40)}…` : shown)} is not part of ${this.describe(this.frames[this.depth]!)}; it is kept`,
    );
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
    if (frame.kind === UNKNOWN) (frame.target as UnknownElement).children.push(node);
    else if (frame.kind !== SCALAR) (ensureExtras(frame.target).nodes ??= []).push({ after: frame.known, node });
    else if (node.kind !== "comment" && node.kind !== "instruction") this.text((node as { text: string }).text);
    // A comment inside a scalar element is dropped: scalar text is all its content can hold.
  }

  /** Parses a scalar; `kind` and `name` say what it belongs to, for messages only. */
  private decode(codec: Codec<unknown>, text: string, kind: "attribute" | "element", name: string): unknown {
    try {
      const value = codec.parse(text);
      if (codec.values !== undefined && !codec.values.has(text)) {
        const message = `${kind} ${name} has value ${JSON.stringify(text)}, which is not one of the documented ${codec.name} values`;
        if (this.strict) this.fail(message);
        this.finding("warning", message);
      }
      if (this.checking && codec.patterns !== undefined) {
        const pattern = codec.patterns.find((candidate) => !candidate.test(text));
        if (pattern !== undefined) {
          this.finding(
            "error",
            `${kind} ${name} has value ${JSON.stringify(text)}, which does not match the pattern ${pattern.source.slice(4, -2)} of ${codec.name}`,
          );
        }
      }
      return value;
    } catch (error) {
      if (error instanceof CodecError) this.fail(`${kind} ${name}: ${error.message}`);
      throw error;
    }
  }

  /**
   * A known element before one that the schema puts ahead of it. EM rejects such bodies, so strict
   * reading does too; otherwise the value is kept (a second single occurrence is an error, since
   * keeping only one would lose data) and writing restores the schema order.
   */
  private outOfOrder(parent: Frame, field: ElementField, name: string): void {
    const target = parent.target as Record<string, unknown>;
    if (!field.repeated && field.item === undefined && target[field.member] !== undefined) {
      this.fail(`element ${name} occurs more than once in ${parent.name}`, name);
    }
    this.finding("error", `element ${name} is out of order in ${parent.name}: the schema puts it earlier`, name);
  }

  /** Reports a finding at the current place, when validating; strict reading stops at an error. */
  private finding(severity: Finding["severity"], message: string, child?: string): void {
    if (severity === "error" && this.strict) this.fail(message, child);
    this.report?.({ severity, message, location: this.location(child) });
  }

  /** At the end of an object: each element field occurred between its min and max times, and choices hold. */
  private checkOccurrences(frame: Frame): void {
    for (const link of frame.binding!.chain) {
      for (const choice of link.choices ?? []) {
        const taken = choice.branches.filter((branch) =>
          branch.some((name) => (frame.counts!.get(link.findChild(name)!) ?? 0) > 0),
        );
        if (taken.length > 1) {
          this.finding(
            "error",
            `${taken.map((branch) => branch[0]).join(" and ")} are alternatives in ${frame.name}: only one may be present`,
          );
        } else if (taken.length === 0 && choice.required) {
          this.finding("error", `${frame.name} needs one of ${choice.branches.map((branch) => branch[0]).join(", ")}`);
        }
      }
    }
    for (const field of frame.binding!.elementFields) {
      const count = frame.counts!.get(field) ?? 0;
      if (count < field.min) {
        this.finding(
          "error",
          `element ${field.name} is missing in ${frame.name} (the schema requires ${field.min === 1 ? "it" : `at least ${field.min}`})`,
        );
      } else if (count > field.max) {
        this.finding(
          "error",
          `element ${field.name} occurs ${count} times in ${frame.name}, more than the ${field.max} the schema allows`,
        );
      }
    }
  }

  private tooLong(what: string): never {
    this.fail(`${what} is longer than the limit of ${this.limits.maxTextLength} characters`);
  }

  private describe(frame: Frame): string {
    if (frame.kind === WRAPPER) return `${frame.name}, which holds ${frame.field!.item} elements`;
    return `${frame.name} (${frame.binding?.typeName ?? "unknown"})`;
  }

  /** The element path of the open elements, `/A/B[2]/C`. */
  path(): string {
    let path = "";
    for (let depth = 1; depth <= this.depth; depth++) {
      // A very deep path keeps its ends; the middle says how much it leaves out.
      if (this.depth > 16 && depth === 5) {
        path += `/…${this.depth - 8} more…`;
        depth = this.depth - 4;
        continue;
      }
      const frame = this.frames[depth]!;
      path += `/${frame.name}${frame.indexed ? `[${frame.index}]` : ""}`;
    }
    return path;
  }

  /** Where the parser is; `child` names an element being opened, not yet on the path. */
  location(child?: string): XmlLocation {
    const path = this.path();
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

  /** @internal The tokenizer's errors: a document that is not well-formed, or over a limit. */
  error(reason: string, malformed: boolean): never {
    this.fail(malformed ? `document is not well-formed: ${reason}` : reason);
  }
}
