/**
 * The document functions of a set of generated bindings (`parse`, `parseStream`, `streamItems`,
 * `serialize`), made once over its registry. Result types come from the class passed in
 * (`expect`, `item`), never from a bare type argument, and the reader checks them.
 */
import type { BoundClass, XmlObject } from "./xml-object.js";
import type { XmlInput } from "./input.js";
import type { ReadOptions } from "./read-options.js";
import type { Registry, SerializeOptions } from "./registry.js";
import type { UnknownRoot } from "./unknown-root.js";

/**
 * Read options that name the class of the result: `expect` (the root must bind to it) or `as`
 * (the root is bound as it, whatever its name); the result is typed as it.
 */
export type ExpectOptions<T extends XmlObject> = ReadOptions &
  ({ readonly expect: BoundClass<T> } | { readonly as: BoundClass<T> });

/** Options of `streamItems`: the class every item must be (or extend), and how to read. */
export type StreamItemsOptions<T extends XmlObject> = Omit<ReadOptions, "expect"> & { readonly item: BoundClass<T> };

/** What a generated index exports for reading and writing documents; `Root` is the union of its root classes. */
export interface DocumentBindings<Root extends XmlObject> {
  /**
   * Reads a document (a string or UTF-8 bytes) into the class its root element names. With
   * `expect`, any other root is an {@link XmlReadError} and the result is typed as that class.
   * Without it, a root no class binds to is an {@link UnknownRoot} (with a warning finding), or an
   * error when `strict`.
   */
  parse<T extends XmlObject>(input: string | Uint8Array, options: ExpectOptions<T>): T;
  parse(input: string | Uint8Array, options?: ReadOptions): Root | UnknownRoot;
  /** Reads a document from a Node Readable, a web ReadableStream or an (async) iterable of chunks. */
  parseStream<T extends XmlObject>(input: XmlInput, options: ExpectOptions<T>): Promise<T>;
  parseStream(input: XmlInput, options?: ReadOptions): Promise<Root | UnknownRoot>;
  /**
   * Yields the items of the document's first list (the Refs of EntityReferences, the entities of a
   * QueryResult, the members of a collection) one at a time, reading only as fast as they are
   * taken; each must be an instance of `item`. Returns the root without those items.
   */
  streamItems<T extends XmlObject>(input: XmlInput, options: StreamItemsOptions<T>): AsyncGenerator<T, Root, undefined>;
  /** Writes an object as a document, under the root element its class is registered for. */
  serialize(object: XmlObject, options?: SerializeOptions): string;
}

/** Makes the document functions of a registry. */
export function createBindings<Root extends XmlObject>(registry: Registry): DocumentBindings<Root> {
  return {
    parse: (input: string | Uint8Array, options?: ReadOptions) => registry.parse(input, options) as never,
    parseStream: (input: XmlInput, options?: ReadOptions) => registry.parseStream(input, options) as never,
    streamItems: <T extends XmlObject>(input: XmlInput, { item, ...options }: StreamItemsOptions<T>) =>
      registry.streamItems(input, options, item) as AsyncGenerator<T, Root, undefined>,
    serialize: (object, options) => registry.serialize(object, options),
  };
}
