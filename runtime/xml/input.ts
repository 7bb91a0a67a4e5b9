/** Turns every accepted input into text chunks: strings as they are, bytes decoded as UTF-8. */
import { XmlReadError } from "../errors.js";

/** Anything the reader accepts. */
export type XmlInput =
  | string
  | Uint8Array
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

/**
 * `text` without the byte-order mark it may start with (a document's first chunk): accepted as
 * XML allows, and the one place it is taken off (bytes are decoded with it kept).
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes bytes strictly, so invalid UTF-8 is an error (saying at which byte), not a replacement
 * character. A byte-order mark is kept, for {@link withoutByteOrderMark}.
 */
export class Utf8Chunks {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private offset = 0;

  decode(chunk: string | Uint8Array, final = false): string {
    if (typeof chunk === "string") return chunk;
    try {
      const text = this.decoder.decode(chunk, { stream: !final });
      this.offset += chunk.length;
      return text;
    } catch (error) {
      const at = firstInvalidByte(chunk);
      const where =
        at === undefined ? "" : ` at byte ${this.offset + at} (0x${chunk[at]!.toString(16).padStart(2, "0")})`;
      throw new XmlReadError(`input is not valid UTF-8${where}`, undefined, { cause: error });
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

/** The index of the first byte that cannot start or continue a UTF-8 sequence here, if any. */
function firstInvalidByte(bytes: Uint8Array): number | undefined {
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length) return undefined;
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index + next;
    }
    index += length;
  }
  return undefined;
}
