/**
 * Tables of strings met before, by a hash of their length and a few of their characters: the same
 * few dozen names, and many of the same short values (`Down`, `true`, `*.*`, a link's type), make
 * up an EM document. Handing out the string met before spares a string per occurrence, its hashing
 * in lookups, and the memory a large document's tree would otherwise keep of each copy.
 */
import { interned } from "./strings.js";

const SLOTS = 4096;

/** Whether `buffer` holds `text` at `start` (a loop: `startsWith` costs more for strings this short). */
export function holds(buffer: string, start: number, text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (buffer.charCodeAt(start + index) !== text.charCodeAt(index)) return false;
  }
  return true;
}

/** A fixed-size table of strings; a string whose slot is taken replaces the one there. */
export class StringTable {
  private readonly slots: string[] = new Array<string>(SLOTS).fill("");
  /** Whether a string was kept since the last {@link clear} (a stream read in tiny chunks clears often). */
  private filled = false;
  /**
   * Whether the last {@link get} cut a new string rather than handing out one met before (and so
   * looked at before): what is checked once need not be checked again.
   */
  fresh = false;

  /**
   * @param maxLength Longest string kept (longer ones are cut from the buffer as they are): the
   *   table stays small, and comparing with a kept string stays cheap, whatever a document holds.
   * @param interning Whether kept strings are V8's one internalised copy of their text (see
   *   {@link interned}), so that the table, kept from one document to the next, does not keep the
   *   text they were cut from; else {@link clear} it when that text is done with.
   */
  constructor(
    private readonly maxLength: number,
    private readonly interning: boolean,
  ) {}

  /** The text of `buffer` from `start` to `end`: the equal string met before when there is one. */
  get(buffer: string, start: number, end: number): string {
    const length = end - start;
    if (length > this.maxLength) {
      this.fresh = true;
      return buffer.slice(start, end);
    }
    let hash = length * 31 + buffer.charCodeAt(start);
    hash = hash * 31 + buffer.charCodeAt(start + (length >> 1));
    hash = hash * 31 + buffer.charCodeAt(start + (length >> 2));
    hash = (hash * 31 + buffer.charCodeAt(end - 1)) | 0;
    const slot = (hash ^ (hash >>> 10)) & (SLOTS - 1);
    const known = this.slots[slot]!;
    if (known.length === length && holds(buffer, start, known)) {
      this.fresh = false;
      return known;
    }
    this.fresh = true;
    const text = this.interning ? interned(buffer.slice(start, end)) : buffer.slice(start, end);
    this.slots[slot] = text;
    this.filled = true;
    return text;
  }

  /** Forgets every string kept. */
  clear(): void {
    if (!this.filled) return;
    this.slots.fill("");
    this.filled = false;
  }
}
