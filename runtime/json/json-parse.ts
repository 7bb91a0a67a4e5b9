/** Entry points of the JSON reader: a document held in memory, or the items of a streamed one. */
import { XmlReadError } from "../errors.js";
import { chunksOf, Utf8Chunks, type XmlInput } from "../xml/input.js";
import type { ReadOptions } from "../xml/read-options.js";
import type { BoundClass, XmlObject } from "../xml/xml-object.js";
import { JsonDocumentReader } from "./json-reader.js";

/** One idle reader is kept and reused, with its frames and its table of property names. */
let idle: JsonDocumentReader | undefined;

function takeReader(options: ReadOptions): JsonDocumentReader {
  const reader = idle ?? new JsonDocumentReader();
  idle = undefined;
  reader.configure(options);
  return reader;
}

function release(reader: JsonDocumentReader): void {
  reader.streamItems(undefined);
  reader.reset();
  idle = reader;
}

/** A failure as the read error it is, or wrapped in one (a fault of a consumer's callback stays itself). */
function asReadError(error: unknown): unknown {
  if (error instanceof XmlReadError || !(error instanceof Error)) return error;
  return new XmlReadError(`document could not be read: ${error.message}`, undefined, { cause: error });
}

/** Reads a whole JSON document held in memory as an instance of `options.expect`. */
export function parseJsonDocument(input: string | Uint8Array, options: ReadOptions): XmlObject {
  const reader = takeReader(options);
  try {
    const decoder = new Utf8Chunks();
    reader.write(decoder.decode(input));
    const rest = decoder.end();
    if (rest !== "") reader.write(rest);
    return reader.finish();
  } catch (error) {
    throw asReadError(error);
  } finally {
    release(reader);
  }
}

/**
 * Reads a JSON document from any input chunk by chunk. With `items`, the items of its first list
 * are yielded as each one ends, read only as fast as they are taken and not kept (memory stays
 * bounded whatever the size); `items.type`, when given, is the class they must be. Returns the root
 * (without the streamed items).
 */
export async function* readJsonStream<T = XmlObject>(
  input: XmlInput,
  options: ReadOptions,
  items?: { readonly type: BoundClass | undefined },
): AsyncGenerator<T, XmlObject, undefined> {
  const reader = takeReader(options);
  const ready: unknown[] = [];
  if (items !== undefined) reader.streamItems((item) => ready.push(item), items.type);
  try {
    const decoder = new Utf8Chunks();
    for await (const chunk of chunksOf(input)) {
      const text = decoder.decode(chunk);
      if (text !== "") reader.write(text);
      for (let index = 0; index < ready.length; index++) yield ready[index] as T;
      ready.length = 0;
    }
    const rest = decoder.end();
    if (rest !== "") reader.write(rest);
    const root = reader.finish();
    for (const item of ready) yield item as T;
    return root;
  } catch (error) {
    throw asReadError(error);
  } finally {
    release(reader);
  }
}
