/** Entry points: parse a document into its typed root, from memory or a stream, or stream its items. */
import { XmlReadError } from "../errors.js";
import { chunksOf, Utf8Chunks, type XmlInput } from "./input.js";
import type { ReadOptions, RootRegistry } from "./read-options.js";
import { DocumentReader } from "./reader.js";
import type { BoundClass, XmlObject } from "./xml-object.js";

/**
 * Readers are reused, with their frames and their tokenizer's table of names (a fresh parser per
 * document was once measured to slow a process down badly under GC pressure). One idle reader per
 * registry is kept.
 */
const idle = new WeakMap<RootRegistry, DocumentReader>();

/** Tells a {@link PooledRead} that the document has ended. */
const END = Symbol("end of document");

/**
 * A read driven chunk by chunk: each `next(chunk)` (text or UTF-8 bytes) gives the items that chunk
 * completed, `next(END)` those the end completed, and one more `next()` the root.
 */
type PooledRead = Generator<readonly unknown[], XmlObject, string | Uint8Array | typeof END | undefined>;

/** Which items to hand out instead of keeping: those of the first list, of `type` when given. */
interface ItemStream {
  readonly type: BoundClass | undefined;
}

/**
 * Starts reading one document with the registry's idle reader (or a new one). However the read
 * stops (done, failed, or closed with `return()` by a consumer who stopped early), the reader
 * forgets the document and is idle again, and a failure comes out as an {@link XmlReadError}.
 */
function startRead(registry: RootRegistry, options: ReadOptions, items?: ItemStream, whole = false): PooledRead {
  const read = pooledRead(registry, options, items, whole);
  read.next(); // runs it up to its first chunk
  return read;
}

/** {@link startRead}; `whole`: the one chunk is the whole document. */
function* pooledRead(
  registry: RootRegistry,
  options: ReadOptions,
  items: ItemStream | undefined,
  whole: boolean,
): PooledRead {
  const pooled = idle.get(registry);
  const reader = pooled ?? new DocumentReader(registry, options);
  idle.delete(registry);
  const ready: unknown[] = [];
  const decoder = new Utf8Chunks();
  try {
    if (pooled !== undefined) reader.configure(options);
    if (items !== undefined) reader.streamItems((item) => ready.push(item), items.type);
    for (let chunk = yield ready; chunk !== END; chunk = yield ready) {
      ready.length = 0;
      const text = decoder.decode(chunk!, whole);
      if (text !== "") reader.write(text, whole);
    }
    ready.length = 0;
    const rest = decoder.end();
    if (rest !== "") reader.write(rest);
    const root = reader.finish();
    yield ready;
    return root;
  } catch (error) {
    throw asReadError(error);
  } finally {
    reader.streamItems(undefined);
    reader.reset();
    idle.set(registry, reader);
  }
}

function asReadError(error: unknown): unknown {
  if (error instanceof XmlReadError || !(error instanceof Error)) return error;
  return new XmlReadError(`document could not be read: ${error.message}`, undefined, { cause: error });
}

/** Reads a whole document held in memory and returns its typed root. */
export function parseDocument(
  registry: RootRegistry,
  input: string | Uint8Array,
  options: ReadOptions = {},
): XmlObject {
  const read = startRead(registry, options, undefined, true);
  read.next(input);
  read.next(END);
  return read.next().value as XmlObject;
}

/** Reads a document from a stream (Node Readable, web ReadableStream, async iterable of chunks). */
export async function parseDocumentStream(
  registry: RootRegistry,
  input: XmlInput,
  options: ReadOptions = {},
): Promise<XmlObject> {
  const items = readStream(registry, input, options, undefined);
  // Nothing is streamed: the only step is the end, with the root.
  for (;;) {
    const step = await items.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Streams the items of a document's first list (EntityReferences' `Ref`s, the entities or
 * references of a QueryResult, the members of a collection) as typed objects, one at a time, from
 * any input. The input is read only as fast as the items are taken, and items are not kept, so
 * memory stays bounded whatever the document's size. The generator's return value is the root
 * without the streamed items (paging information, links, ...). With `itemType`, a list of any
 * other class is an error at its first item.
 */
export function streamDocumentItems<T = XmlObject>(
  registry: RootRegistry,
  input: XmlInput,
  options: ReadOptions = {},
  itemType?: BoundClass,
): AsyncGenerator<T, XmlObject, undefined> {
  return readStream(registry, input, options, { type: itemType }) as AsyncGenerator<T, XmlObject, undefined>;
}

/** Reads a stream chunk by chunk, yielding the items of `items` as they complete. */
async function* readStream(
  registry: RootRegistry,
  input: XmlInput,
  options: ReadOptions,
  items: ItemStream | undefined,
): AsyncGenerator<unknown, XmlObject, undefined> {
  const read = startRead(registry, options, items);
  try {
    for await (const chunk of chunksOf(input)) {
      // Hand out what this chunk completed before reading the next one: the consumer's pace sets the read's.
      yield* read.next(chunk).value as readonly unknown[];
    }
    yield* read.next(END).value as readonly unknown[];
    return read.next().value as XmlObject;
  } catch (error) {
    throw asReadError(error);
  } finally {
    read.return(undefined as never);
  }
}
