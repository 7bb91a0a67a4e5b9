/**
 * The JSON reader: the tokenizer checks the grammar and hands over tokens; a stack of reused frames
 * (one per open object or array) binds each property to its field through the class's JSON layout.
 * What the bindings do not describe is kept in place (see json-extras.ts); strict reading stops at it.
 */
import { XmlReadError, type XmlLocation } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import type { ClassBinding } from "../xml/class-binding.js";
import { extrasOf } from "../xml/extras.js";
import { trimmed } from "../xml/frame.js";
import { elementLexicalKey, lexicalKey } from "../xml/lexical.js";
import { DEFAULT_LIMITS, type ReadLimits } from "../xml/limits.js";
import type { ReadOptions } from "../xml/read-options.js";
import { Validator, type Finding } from "../xml/validator.js";
import type { BoundClass, XmlObject } from "../xml/xml-object.js";
import { checkJsonObject } from "./json-check.js";
import { ensureJsonExtras } from "./json-extras.js";
import { jsonLayout, type JsonLayout, type JsonProperty } from "./json-layout.js";
import type { JsonCase } from "./json-names.js";
import { jsonPath, type JsonStep } from "./json-path.js";
import { decodeScalar, type ScalarContext, type ScalarPlace, type ScalarToken } from "./json-scalar.js";
import { JsonTokenizer, type JsonTokenSink } from "./json-tokenizer.js";
import { JsonValueBuilder } from "./json-value.js";

/** What an open object or array is read as. */
const OBJECT = 0;
/** A wrapper written as an object holding the array of its items. */
const WRAPPER = 1;
const LIST = 2;

/** The owner of no scalar: what the reused place holds between documents (nothing read stays reachable). */
const NO_OWNER = {};

/** One open object or array. Frames are reused from depth to depth. */
class JsonFrame {
  kind = OBJECT;
  /** OBJECT: the instance; WRAPPER: the wrapper's array; LIST: the array (undefined when streamed). */
  target: any = undefined;
  /** OBJECT: its binding; LIST of objects: the items'. */
  binding: ClassBinding | undefined = undefined;
  layout: JsonLayout | undefined = undefined;
  /** OBJECT, WRAPPER: the property of the key just read (undefined: not one the binding knows). */
  pending: JsonProperty | undefined = undefined;
  /** WRAPPER, LIST: the property they are the value of. */
  property: JsonProperty | undefined = undefined;
  /** OBJECT, WRAPPER: the key just read, the known properties and all properties read so far. */
  key = "";
  known = 0;
  count = 0;
  /** LIST: the next item's index, the object holding its member, and the owner of its items' lexical forms. */
  index = 0;
  holder: any = undefined;
  owner: any = undefined;
  streamed = false;
  /** WRAPPER: whether its items property has come (it may come once). OBJECT: whether a property was null. */
  hasItems = false;
  hasNulls = false;
  /** How the frame was entered from its parent: a key or an item index. */
  step: JsonStep = "";
}

/** Reads one JSON document at a time into the class it is told to expect; reusable after {@link reset}. */
export class JsonDocumentReader implements JsonTokenSink, ScalarContext {
  private readonly tokens = new JsonTokenizer(this);
  private readonly frames: JsonFrame[] = [new JsonFrame()];
  private depth = 0;
  private root: XmlObject | undefined;
  private length = 0;
  strict = false;
  validator: Validator | undefined;
  private limits: ReadLimits = DEFAULT_LIMITS;
  private expect: BoundClass | undefined;
  private report: ((finding: Finding) => void) | undefined;
  /** Capturing a value no field takes: every token goes to the builder until it is done. */
  private capturing = false;
  private readonly builder = new JsonValueBuilder();
  /** Where the scalar being read goes (one, reused). */
  private readonly place: ScalarPlace = { owner: NO_OWNER, key: "", name: "", index: -1, kind: "element" };
  /** The case the document's property names are in, once a name has told. */
  private jsonCase: JsonCase | undefined;
  /** Item streaming: where items go, the class they must be, and the list they come from. */
  private onItem: ((item: unknown) => void) | undefined;
  private streamItemType: BoundClass | undefined;
  private streamProperty: JsonProperty | undefined;
  private streamDepth = -1;

  /** Changes the options for the next document; `expect` names the class of the root. */
  configure(options: ReadOptions): void {
    this.strict = options.strict === true;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.expect = options.expect;
    this.report = options.findings;
    const checking = this.report !== undefined || this.strict;
    this.validator = checking
      ? new Validator((severity, message) => this.finding(severity, message), this.strict)
      : undefined;
    this.tokens.maxDepth = this.limits.maxDepth;
    this.tokens.maxStringLength = this.limits.maxTextLength;
  }

  /** Hands the items of the document's first list to `onItem` instead of keeping them; undefined turns it off. */
  streamItems(onItem: ((item: unknown) => void) | undefined, itemType?: BoundClass): void {
    this.onItem = onItem;
    this.streamItemType = itemType;
    this.streamProperty = undefined;
    this.streamDepth = -1;
  }

  /** Feeds the next piece of text. */
  write(chunk: string): void {
    if (this.length === 0 && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    this.length += chunk.length;
    if (this.length > this.limits.maxDocumentLength)
      this.fail(`document is longer than the limit of ${this.limits.maxDocumentLength} characters`);
    this.tokens.write(chunk);
  }

  /** Ends the document and returns its root object. */
  finish(): XmlObject {
    this.tokens.close();
    const root = this.root!;
    if (this.jsonCase === "camel") ensureJsonExtras(root).case = "camel";
    this.reset();
    return root;
  }

  /** Forgets the current document. */
  reset(): void {
    this.tokens.reset();
    this.depth = 0;
    this.root = undefined;
    this.length = 0;
    this.capturing = false;
    this.builder.reset();
    this.jsonCase = undefined;
    this.streamProperty = undefined;
    this.streamDepth = -1;
    for (const frame of this.frames) frame.target = frame.holder = frame.owner = undefined;
    this.place.owner = NO_OWNER;
  }

  private push(kind: number, step: JsonStep): JsonFrame {
    const depth = ++this.depth;
    let frame = this.frames[depth];
    if (frame === undefined) this.frames.push((frame = new JsonFrame()));
    frame.kind = kind;
    frame.step = step;
    frame.pending = undefined;
    frame.key = "";
    frame.known = 0;
    frame.count = 0;
    frame.index = 0;
    frame.streamed = false;
    frame.hasItems = false;
    frame.hasNulls = false;
    return frame;
  }

  /** @internal */
  startObject(): void {
    if (this.capturing) return this.captured(() => this.builder.startObject());
    if (this.depth === 0) return this.openRoot();
    const frame = this.frames[this.depth]!;
    if (frame.kind === LIST) return this.openItem(frame);
    const property = frame.pending;
    if (property === undefined) return this.capture(() => this.builder.startObject());
    if (frame.kind === OBJECT && property.kind === "object") {
      const binding = (property.field as { binding: ClassBinding }).binding;
      const object = this.create(binding);
      frame.target[property.member] = object;
      return this.enterObject(this.push(OBJECT, frame.key), object, binding);
    }
    if (frame.kind === OBJECT && property.kind === "wrapper") {
      const items: unknown[] = [];
      frame.target[property.member] = items;
      const wrapper = this.push(WRAPPER, frame.key);
      wrapper.target = items;
      wrapper.property = property;
      return;
    }
    this.mismatch(frame, property, "an object", () => this.builder.startObject());
  }

  private openRoot(): void {
    const type = this.expect;
    if (type === undefined) this.fail("a JSON document names no root: the class to read it as must be given (expect)");
    const object = this.create(type.binding);
    this.root = object;
    this.enterObject(this.push(OBJECT, ""), object, type.binding);
  }

  private enterObject(frame: JsonFrame, object: XmlObject, binding: ClassBinding): void {
    frame.kind = OBJECT;
    frame.target = object;
    frame.binding = binding;
    frame.layout = jsonLayout(binding);
  }

  /** An object item of a list. */
  private openItem(list: JsonFrame): void {
    const property = list.property!;
    const binding = list.binding;
    if (binding === undefined) this.listMismatch(list, "an object");
    const object = this.create(binding);
    if (!list.streamed) list.target.push(object);
    const frame = this.push(OBJECT, list.index++);
    frame.streamed = list.streamed;
    frame.property = property;
    this.enterObject(frame, object, binding);
  }

  /** @internal */
  endObject(): void {
    if (this.capturing) return this.captured(() => this.builder.endObject());
    const frame = this.frames[this.depth]!;
    if (frame.kind === WRAPPER) {
      if (!frame.hasItems) ensureJsonExtras(frame.target).items = "absent";
    } else {
      if (this.validator !== undefined)
        checkJsonObject(frame.binding!, frame.target, this.jsonCase ?? "pascal", (severity, message) =>
          this.finding(severity, message, false),
        );
      if (frame.streamed) this.onItem!(frame.target);
    }
    frame.target = undefined;
    this.depth--;
  }

  /** @internal */
  startArray(): void {
    if (this.capturing) return this.captured(() => this.builder.startArray());
    if (this.depth === 0) this.fail(`the document is an array, not an object of ${this.expect?.name ?? "a class"}`);
    const frame = this.frames[this.depth]!;
    if (frame.kind === LIST) this.listMismatch(frame, "an array");
    const property = frame.pending;
    if (property === undefined) return this.capture(() => this.builder.startArray());
    if (frame.kind === WRAPPER) return this.openList(frame, property, frame.target, undefined);
    if (property.kind === "scalars" || property.kind === "objects" || property.kind === "bareWrapper") {
      const wrapper = property.kind === "bareWrapper";
      const list: unknown[] = [];
      return this.openList(frame, property, list, frame.target, wrapper);
    }
    this.mismatch(frame, property, "an array", () => this.builder.startArray());
  }

  /**
   * Opens a list: `list` receives the items; `holder` is the object whose member holds it (undefined
   * inside a wrapper object, whose frame holds it); `wrapper` for a bare wrapper's items.
   */
  private openList(parent: JsonFrame, property: JsonProperty, list: unknown[], holder: any, wrapper = false): void {
    const streamed = this.isStreamed(property);
    const inWrapper = holder === undefined;
    if (inWrapper) parent.hasItems = true;
    // A wrapper's array is there even when its items are streamed; a plain list is not.
    else if (wrapper || !streamed) holder[property.member] = list;
    const frame = this.push(LIST, parent.key);
    frame.property = property;
    frame.target = streamed ? undefined : list;
    frame.holder = holder;
    frame.streamed = streamed;
    const field = property.field as { kind: string; binding?: ClassBinding };
    frame.binding = field.binding;
    // Items of a wrapper keep their forms on its array; a repeated scalar's on the object.
    frame.owner = inWrapper || wrapper ? list : holder;
  }

  /** Whether a list is the one whose items are streamed: the first the document opens. */
  private isStreamed(property: JsonProperty): boolean {
    if (this.onItem === undefined) return false;
    if (this.streamProperty === undefined) {
      this.streamProperty = property;
      this.streamDepth = this.depth;
      const expected = this.streamItemType;
      if (expected !== undefined) {
        const binding = (property.field as { binding?: ClassBinding }).binding;
        const items = `the items of property ${this.frames[this.depth]!.key}`;
        if (binding === undefined) this.fail(`${items} are scalars, not ${expected.name} objects`);
        if (!binding.extends(expected.binding))
          this.fail(`${items} are of type ${binding.typeName}, not ${expected.name}`);
      }
    }
    return this.streamProperty === property && this.streamDepth === this.depth;
  }

  /** @internal */
  endArray(): void {
    if (this.capturing) return this.captured(() => this.builder.endArray());
    const frame = this.frames[this.depth]!;
    if (!frame.streamed && frame.target.length > 0) {
      const list = trimmed(frame.target);
      const parent = this.frames[this.depth - 1]!;
      if (frame.holder !== undefined) frame.holder[frame.property!.member] = list;
      else {
        // Inside a wrapper object: the wrapper's array is the member of the object above it.
        parent.target = list;
        this.frames[this.depth - 2]!.target[frame.property!.member] = list;
      }
    }
    frame.target = frame.holder = frame.owner = undefined;
    this.depth--;
  }

  /** @internal */
  key(name: string): void {
    if (this.capturing) return this.builder.key(name);
    const frame = this.frames[this.depth]!;
    frame.key = name;
    if (++frame.count > this.limits.maxAttributes)
      this.fail(`an object has more than the limit of ${this.limits.maxAttributes} properties`);
    const property = frame.kind === WRAPPER ? this.wrapperKey(frame, name) : this.objectKey(frame, name);
    frame.pending = property;
    if (property !== undefined) frame.known++;
  }

  private objectKey(frame: JsonFrame, name: string): JsonProperty | undefined {
    const layout = frame.layout!;
    const property = layout.byName.get(name) ?? layout.byFoldedName.get(name.toLowerCase());
    if (property === undefined) {
      this.unknownContent(`property ${name} is not part of ${frame.binding!.typeName}`);
      return undefined;
    }
    const target = frame.target;
    if (
      target[property.member] !== undefined ||
      (frame.hasNulls && extrasOf(target)!.json!.nulls!.has(property.member))
    )
      this.fail(`property ${name} occurs more than once in ${frame.binding!.typeName}`);
    // The first name that differs between the cases tells the document's case, wherever it is.
    if (this.jsonCase === undefined) this.jsonCase = caseOf(property.names, name);
    if (name !== property.names.pascal && name !== property.names.camel) keepName(target, property.member, name);
    return property;
  }

  private wrapperKey(frame: JsonFrame, name: string): JsonProperty | undefined {
    const property = frame.property!;
    if (!property.itemAliases!.has(name.toLowerCase())) {
      this.unknownContent(
        `property ${name} is not part of ${property.names.pascal}, which holds ${property.itemNames!.pascal}`,
      );
      return undefined;
    }
    if (frame.hasItems) this.fail(`property ${name} occurs more than once in ${property.names.pascal}`);
    const items = property.itemNames!;
    if (this.jsonCase === undefined) this.jsonCase = caseOf(items, name);
    if (name !== items.pascal && name !== items.camel) keepName(frame.target, "", name);
    return property;
  }

  /** @internal */
  string(value: string): void {
    this.scalar("string", value);
  }

  /** @internal */
  number(raw: string): void {
    this.scalar("number", raw);
  }

  /** @internal */
  literal(value: boolean | null): void {
    if (value === null) this.null();
    else this.scalar("boolean", value ? "true" : "false");
  }

  private scalar(token: ScalarToken, text: string): void {
    if (this.capturing) return this.captured(() => this.builderScalar(token, text));
    if (this.depth === 0) this.fail(`the document is a ${token}, not an object of ${this.expect?.name ?? "a class"}`);
    const frame = this.frames[this.depth]!;
    if (frame.kind === LIST) return this.listScalar(frame, token, text);
    const property = frame.pending;
    if (property === undefined) return this.capture(() => this.builderScalar(token, text));
    if (frame.kind !== OBJECT || property.kind !== "scalar")
      return this.mismatch(frame, property, `a ${token}`, () => this.builderScalar(token, text));
    const codec = this.codecOf(frame, property);
    const kind = property.field?.kind === "attribute" ? "attribute" : "element";
    const place = this.place;
    place.owner = frame.target;
    place.key = property.member;
    place.name = frame.key;
    place.index = -1;
    place.kind = kind;
    frame.target[property.member] = decodeScalar(this, codec, token, text, place);
  }

  private listScalar(list: JsonFrame, token: ScalarToken, text: string): void {
    const field = list.property!.field as { kind: string; codec?: Codec<unknown> };
    if (field.codec === undefined) this.listMismatch(list, `a ${token}`);
    const index = list.index;
    const key =
      field.kind === "wrappedScalars"
        ? elementLexicalKey(field as never, index)
        : lexicalKey(list.property!.member, index);
    const place = this.place;
    place.owner = list.owner;
    place.key = key;
    place.name = String(list.step);
    place.index = index;
    place.kind = "element";
    const value = decodeScalar(this, field.codec, token, text, place);
    list.index++;
    if (list.streamed) this.onItem!(value);
    else list.target.push(value);
  }

  private null(): void {
    if (this.capturing) return this.captured(() => this.builder.literal(null));
    if (this.depth === 0) this.fail(`the document is null, not an object of ${this.expect?.name ?? "a class"}`);
    const frame = this.frames[this.depth]!;
    if (frame.kind === LIST) {
      // An empty slot in a list; a streamed list hands out only items.
      frame.index++;
      if (!frame.streamed) frame.target.push(null);
      return;
    }
    const property = frame.pending;
    if (property === undefined) return this.capture(() => this.builder.literal(null));
    if (frame.kind === WRAPPER) {
      frame.hasItems = true;
      ensureJsonExtras(frame.target).items = "null";
      return;
    }
    (ensureJsonExtras(frame.target).nulls ??= new Set()).add(property.member);
    frame.hasNulls = true;
  }

  private builderScalar(token: ScalarToken, text: string): void {
    if (token === "number") this.builder.number(text);
    else if (token === "boolean") this.builder.literal(text === "true");
    else this.builder.string(text);
  }

  private codecOf(frame: JsonFrame, property: JsonProperty): Codec<unknown> {
    const field = property.field as { codec?: Codec<unknown> } | undefined;
    return field === undefined ? frame.binding!.textCodec! : field.codec!;
  }

  /** Starts keeping a value no field takes, with its first token. */
  private capture(first: () => void): void {
    this.capturing = true;
    this.builder.reset();
    this.captured(first);
  }

  /** Hands a token to the value being kept; a finished value is kept on the object it belongs to, in place. */
  private captured(token: () => void): void {
    token();
    if (!this.builder.done) return;
    this.capturing = false;
    const frame = this.frames[this.depth]!;
    (ensureJsonExtras(frame.target).properties ??= []).push({
      after: frame.known,
      name: frame.key,
      value: this.builder.value,
    });
    this.builder.reset();
  }

  /** A known property whose value has another JSON type than its field: an error when strict, else kept as it is. */
  private mismatch(frame: JsonFrame, property: JsonProperty, got: string, first: () => void): void {
    // In a wrapper object, the property it holds is the array of its items.
    const expected = frame.kind === WRAPPER ? "an array" : expectedOf(property);
    const message = `property ${frame.key} holds ${got} where ${expected} is expected`;
    if (this.strict) this.fail(message);
    this.finding("warning", `${message}; it is kept as it is`);
    // Kept as an unknown property: the field stays empty, and the place counts it as not known.
    frame.known--;
    frame.pending = undefined;
    this.capture(first);
  }

  private listMismatch(list: JsonFrame, got: string): never {
    this.fail(`item ${list.index} of ${list.step} is ${got} where ${expectedItemOf(list.property!)} is expected`);
  }

  /** An instance of a binding's class; an abstract type is an error where it occurs. */
  private create(binding: ClassBinding): XmlObject {
    if (binding.abstract)
      this.fail(`type ${binding.typeName} is abstract: an object of that type cannot be read or made`);
    return binding.create();
  }

  /** Content the bindings do not describe: strict reading stops at it; otherwise it is kept, with a warning. */
  private unknownContent(message: string): void {
    if (this.strict) this.fail(message);
    this.finding("warning", `${message}; it is kept`);
  }

  /** @internal A located warning (for scalar decoding). */
  warn(message: string): void {
    this.finding("warning", message);
  }

  /** Reports a finding; `atValue`: about the value being read (else about the open object itself). */
  private finding(severity: Finding["severity"], message: string, atValue = true): void {
    if (severity === "error" && this.strict) this.fail(message, atValue);
    this.report?.({ severity, message, location: this.location(atValue) });
  }

  /**
   * Where the reader is: line, column, and the property path of the open object or array, with the
   * value being read in it (`atValue`): the property of the key just read, or the next item.
   */
  location(atValue = true): XmlLocation {
    const steps: JsonStep[] = [];
    for (let depth = 2; depth <= this.depth; depth++) steps.push(this.frames[depth]!.step);
    const top = this.frames[this.depth]!;
    if (atValue && this.depth > 0) {
      if (top.kind === LIST) steps.push(top.index);
      else if (top.key !== "") steps.push(top.key);
    }
    return { line: this.tokens.line, column: this.tokens.column, path: jsonPath(steps) };
  }

  /** Stops the read with a located error. */
  fail(reason: string, atValue = true): never {
    throw new XmlReadError(reason, this.location(atValue));
  }

  /** @internal The tokenizer's errors: a document that is not JSON, or over a limit. */
  error(reason: string, malformed: boolean): never {
    this.fail(malformed ? `document is not valid JSON: ${reason}` : reason);
  }
}

/** Keeps the name a known property was written under, where it is not EM's name in either case. */
function keepName(owner: object, member: string, name: string): void {
  (ensureJsonExtras(owner).names ??= new Map()).set(member, name);
}

/** The case a property name is written in, when it tells (a name the same in both cases does not). */
function caseOf(names: Readonly<Record<JsonCase, string>>, name: string): JsonCase | undefined {
  if (names.pascal === names.camel) return undefined;
  return name === names.camel ? "camel" : name === names.pascal ? "pascal" : undefined;
}

function expectedOf(property: JsonProperty): string {
  switch (property.kind) {
    case "scalar":
      return "a scalar";
    case "object":
    case "wrapper":
      return "an object";
    default:
      return "an array";
  }
}

function expectedItemOf(property: JsonProperty): string {
  return (property.field as { binding?: ClassBinding }).binding === undefined ? "a scalar" : "an object";
}
