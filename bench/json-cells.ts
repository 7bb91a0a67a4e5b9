/**
 * The benchmark cells of EM's JSON: the bench's documents converted to JSON (compact, as EM sends
 * it) and read by our reader, by `JSON.parse` with a hand-written mapping (bench/json-peer.ts), and
 * by our item stream; objects written by our writer and by the mapping with `JSON.stringify`.
 * The conversion is made before timing; each cell's MB/s are of the JSON text.
 */
import type { BoundClass, XmlObject } from "../index.js";
import { DOCUMENTS } from "./documents.js";

/** A document in both forms: its JSON text, and the object our XML parse made of it. */
export interface JsonInput {
  readonly json: string;
  readonly object: XmlObject;
  /** The 64 KiB chunks of the JSON, for the stream. */
  readonly chunks: readonly string[];
}

/** A JSON cell: how to prepare its input from the XML document, and what to time. */
export interface JsonCell {
  readonly prepare: (xml: string) => JsonInput;
  readonly run: (input: JsonInput) => unknown;
  /** The characters the cell's MB/s are of: the JSON text. */
  readonly size: (input: JsonInput) => number;
  /** For a writer: whether its output, read and written again, is the same text. */
  readonly roundTrip?: (output: string, input: JsonInput) => boolean;
}

/** The JSON cells by name, for `documentName`; `chunksOf` and `feed` are the stream cells' own. */
export async function jsonCell(
  name: string,
  documentName: string,
  chunksOf: (text: string) => string[],
  feed: (chunks: readonly string[]) => Iterable<string>,
): Promise<JsonCell | undefined> {
  if (!name.startsWith("json-")) return undefined;
  const emx = await import("../index.js");
  const { readByHand, writeByHand } = await import("./json-peer.js");
  const document = DOCUMENTS[documentName]!;
  const prepare = (xml: string): JsonInput => {
    const object = emx.parse(xml);
    const json = emx.serializeJson(object, { indent: "" });
    return { json, object, chunks: name === "json-stream" ? chunksOf(json) : [] };
  };
  const size = (input: JsonInput) => input.json.length;
  const expect = (input: JsonInput) => input.object.constructor as BoundClass;
  switch (name) {
    case "json-parse":
      return { prepare, size, run: (input) => emx.parseJson(input.json, { expect: expect(input) }) };
    case "json-peer-parse":
      return { prepare, size, run: (input) => readByHand[documentName]!(input.json) };
    case "json-stream": {
      const item = emx[document.item as keyof typeof emx] as BoundClass<XmlObject>;
      return {
        prepare,
        size,
        run: async (input) => {
          let items = 0;
          for await (const _item of emx.streamJsonItems(feed(input.chunks), { expect: expect(input), item })) items++;
          return items;
        },
      };
    }
    case "json-serialize":
      return {
        prepare,
        size,
        run: (input) => emx.serializeJson(input.object, { indent: "" }),
        roundTrip: (output, input) =>
          emx.serializeJson(emx.parseJson(output, { expect: expect(input) }), { indent: "" }) === output,
      };
    case "json-peer-serialize":
      return { prepare, size, run: (input) => writeByHand[documentName]!(input.object) };
  }
  return undefined;
}
