/** Turns every accepted input into text chunks: strings as they are, bytes decoded as UTF-8. */
import { XmlReadError } from "../errors.js";

/** Anything the reader accepts. */
export type XmlInput =
  | string
  | Uint8Array
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

/** Decodes bytes strictly, so invalid UTF-8 is an error, not a replacement character. */
export class Utf8Chunks {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  decode(chunk: string | Uint8Array, final = false): string {
    if (typeof chunk === "string") return chunk;
    try {
      return this.decoder.decode(chunk, { stream: !final });
    } catch (error) {
      throw new XmlReadError("input is not valid UTF-8", undefined, { cause: error });
    }
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }
}

/** Iterates the chunks of a stream-like input. */
export async function* chunksOf(input: XmlInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (typeof (input as ReadableStream).getReader === "function") {
    const reader = (input as ReadableStream<string | Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* input as AsyncIterable<string | Uint8Array>;
}
