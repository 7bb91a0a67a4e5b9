/** The map between root elements, link Types and generated classes, with parse and serialize on top. */
import { classNameOf } from "./xml-object.js";
import { XmlWriteError } from "../errors.js";
import { XmlObject, type BoundClass } from "./xml-object.js";
import { extrasOf } from "./extras.js";
import type { XmlInput } from "./input.js";
import { parseDocument, parseDocumentStream, streamDocumentItems } from "./parse.js";
import type { ReadOptions, RootRegistry } from "./read-options.js";
import { XmlWriter, type WriteOptions } from "./writer.js";

/** One root element of the schema. */
export interface RootEntry {
  /** The element's local name in the EM namespace. */
  readonly element: string;
  /** The class it binds to (a thunk, as classes load in any order). */
  readonly type: () => BoundClass;
  /**
   * Values of a link's `Type` that point at a resource with this root. A leading `*` matches any
   * prefix: `*Reference` is every `<Resource>Reference`.
   */
  readonly linkTypes: readonly string[];
}

/** Options of {@link Registry.serialize} and of `serializeJson`. */
export interface SerializeOptions extends WriteOptions {
  /** The root element name, when the class is the type of more than one root (XML only). */
  readonly root?: string;
  /**
   * JSON only: the property-name case, `pascal` as EM 12 writes or `camel` as EM 13 does. Default:
   * the case the object was read in, else `pascal`.
   */
  readonly case?: "pascal" | "camel";
}

/** Root elements and link Types to classes, and back. */
export class Registry implements RootRegistry {
  private readonly byElement = new Map<string, RootEntry>();
  private readonly byLinkType = new Map<string, RootEntry>();
  /** Suffix patterns (`*Reference`), longest first so `*ReferenceList` wins over `*Reference`. */
  private readonly bySuffix: { readonly suffix: string; readonly entry: RootEntry }[] = [];
  private byClass: Map<BoundClass, string> | undefined;

  constructor(readonly entries: readonly RootEntry[]) {
    for (const entry of entries) {
      this.byElement.set(entry.element, entry);
      for (const linkType of entry.linkTypes) {
        if (linkType.startsWith("*")) this.bySuffix.push({ suffix: linkType.slice(1), entry });
        else this.byLinkType.set(linkType, entry);
      }
    }
    this.bySuffix.sort((a, b) => b.suffix.length - a.suffix.length);
  }

  rootClass(localName: string): BoundClass | undefined {
    return this.byElement.get(localName)?.type();
  }

  /** The class that a link or reference `Type` points at, if known. */
  classForLinkType(linkType: string): BoundClass | undefined {
    const entry = this.byLinkType.get(linkType) ?? this.bySuffix.find(({ suffix }) => linkType.endsWith(suffix))?.entry;
    return entry?.type();
  }

  /** The root element name a class is written as. */
  rootNameOf(type: BoundClass): string | undefined {
    if (this.byClass === undefined) {
      this.byClass = new Map();
      for (const entry of this.entries)
        if (!this.byClass.has(entry.type())) this.byClass.set(entry.type(), entry.element);
    }
    return this.byClass.get(type);
  }

  /** Parses a document held in memory into its typed root. */
  parse(input: string | Uint8Array, options?: ReadOptions): XmlObject {
    return parseDocument(this, input, options);
  }

  /** Parses a document from a Node Readable, web ReadableStream or async iterable of chunks. */
  parseStream(input: XmlInput, options?: ReadOptions): Promise<XmlObject> {
    return parseDocumentStream(this, input, options);
  }

  /**
   * Streams the items of the document's first list with bounded memory (see {@link streamDocumentItems});
   * with `itemType`, a list of any other class is an error at its first item.
   */
  streamItems<T extends XmlObject>(
    input: XmlInput,
    options?: ReadOptions,
    itemType?: BoundClass<T>,
  ): AsyncGenerator<T, XmlObject, undefined> {
    return streamDocumentItems<T>(this, input, options, itemType);
  }

  /** Writes an object as a document under the root element its class is registered for. */
  serialize(object: XmlObject, options: SerializeOptions = {}): string {
    if (!(object instanceof XmlObject)) {
      throw new XmlWriteError(
        `${describeValue(object)} cannot be written as a document: it is not an instance of a generated class`,
      );
    }
    const type = object.constructor as BoundClass;
    const root = options.root ?? extrasOf(object)?.rootName ?? this.rootNameOf(type);
    if (root === undefined) {
      throw new XmlWriteError(`${classNameOf(type)} is not the type of a root element; pass the root element name`);
    }
    return new XmlWriter(options).document(root, object, type.binding);
  }
}

/** A value named for a message: its class, or its type. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return `a ${typeof value}`;
  return `an object of class ${(value as object).constructor?.name ?? "none"}`;
}
