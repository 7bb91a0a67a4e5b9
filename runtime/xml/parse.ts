/** Entry points: parse a document into its typed root, and serialize a typed object back. */
import { XmlReadError } from "../errors.js";
import type { BoundClass, XmlObject } from "./binding.js";
import { chunksOf, Utf8Chunks, type XmlInput } from "./input.js";
import { DocumentReader, type ReadOptions, type RootRegistry } from "./reader.js";
import { XmlWriter, type WriteOptions } from "./writer.js";

/**
 * Readers are reused, with their frames and their tokenizer's table of names (a fresh parser per
 * document was once measured to slow a process down badly under GC pressure). One idle reader per
 * registry is kept.
 */
const idle = new WeakMap<RootRegistry, DocumentReader>();

function acquire(registry: RootRegistry, options: ReadOptions): DocumentReader {
  const reader = idle.get(registry);
  if (reader === undefined) return new DocumentReader(registry, options);
  idle.delete(registry);
  reader.configure(options);
  return reader;
}

function release(registry: RootRegistry, reader: DocumentReader): void {
  idle.set(registry, reader);
}

/** Reads a whole document held in memory and returns its typed root. */
export function parseDocument(
  registry: RootRegistry,
  input: string | Uint8Array,
  options: ReadOptions = {},
): XmlObject {
  const reader = acquire(registry, options);
  try {
    const decoder = new Utf8Chunks();
    reader.write(typeof input === "string" ? input : decoder.decode(input, true));
    return reader.finish();
  } catch (error) {
    throw asReadError(error);
  } finally {
    reader.reset();
    release(registry, reader);
  }
}

/** Reads a document from a stream (Node Readable, web ReadableStream, async iterable of chunks). */
export async function parseDocumentStream(
  registry: RootRegistry,
  input: XmlInput,
  options: ReadOptions = {},
): Promise<XmlObject> {
  const reader = acquire(registry, options);
  try {
    await feed(reader, input);
    return reader.finish();
  } catch (error) {
    throw asReadError(error);
  } finally {
    reader.reset();
    release(registry, reader);
  }
}

/** Decodes a stream's chunks and writes each to the reader, pausing after each one. */
async function* feedChunks(reader: DocumentReader, input: XmlInput): AsyncGenerator<void> {
  const decoder = new Utf8Chunks();
  for await (const chunk of chunksOf(input)) {
    const text = decoder.decode(chunk);
    if (text !== "") reader.write(text);
    yield;
  }
  const rest = decoder.end();
  if (rest !== "") reader.write(rest);
}

async function feed(reader: DocumentReader, input: XmlInput): Promise<void> {
  for await (const _ of feedChunks(reader, input));
}

function asReadError(error: unknown): unknown {
  if (error instanceof XmlReadError || !(error instanceof Error)) return error;
  return new XmlReadError(`document could not be read: ${error.message}`, undefined, { cause: error });
}

/** Writes a typed object as a document; the root element name is the one its class is registered under. */
export function serializeDocument(
  rootName: string,
  object: XmlObject,
  type: BoundClass,
  options: WriteOptions = {},
): string {
  return new XmlWriter(options).document(rootName, object, type.binding);
}

/**
 * Streams the items of a document's first list (EntityReferences' `Ref`s, the entities or
 * references of a QueryResult, the members of a collection) as typed objects, one at a time, from
 * any input. The input is read only as fast as the items are taken, and items are not kept, so
 * memory stays bounded whatever the document's size. The generator's return value is the root
 * without the streamed items (paging information, links, ...).
 */
export async function* streamDocumentItems<T = XmlObject>(
  registry: RootRegistry,
  input: XmlInput,
  options: ReadOptions = {},
  itemType?: BoundClass,
): AsyncGenerator<T, XmlObject, undefined> {
  const reader = acquire(registry, options);
  const ready: unknown[] = [];
  reader.streamItems((item) => ready.push(item), itemType);
  try {
    for await (const _ of feedChunks(reader, input)) {
      // Hand out what this chunk completed before reading the next one: the consumer's pace sets the read's.
      for (let index = 0; index < ready.length; index++) yield ready[index] as T;
      ready.length = 0;
    }
    const root = reader.finish();
    for (const item of ready) yield item as T;
    return root;
  } catch (error) {
    throw asReadError(error);
  } finally {
    // Also when the consumer stopped early: the reader forgets the document before it is reused.
    reader.streamItems(undefined);
    reader.reset();
    release(registry, reader);
  }
}
