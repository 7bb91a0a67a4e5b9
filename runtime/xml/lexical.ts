/**
 * Kept lexical forms: a scalar read in a form other than its codec's canonical one (`+0003`, `1`
 * for true) keeps that text in its owner's extras, so an untouched value is written back byte for
 * byte. The keys and owners are decided here for the reader and the writer alike.
 */
import type { Codec } from "../codecs/codec.js";
import type { ScalarSlot, WrappedScalarsSlot } from "./class-binding.js";
import { ensureExtras, extrasOf } from "./extras.js";

/** The member the text of a simple-content type is read into, and its key. */
export const TEXT_MEMBER = "value";

/**
 * The key of a scalar's form: its member (`retryTimes`), with `[index]` for an item of a list
 * (`days[2]`); `index` is -1 for a single value.
 */
export function lexicalKey(member: string, index: number): string {
  return index < 0 ? member : `${member}[${index}]`;
}

/**
 * The key of an occurrence of a scalar element field. The items of a wrapper are kept on the
 * wrapper's array itself, which has no member: `[2]`.
 */
export function elementLexicalKey(slot: ScalarSlot | WrappedScalarsSlot, index: number): string {
  return lexicalKey(slot.kind === "wrappedScalars" ? "" : slot.member, index);
}

/** Keeps `text` as the form of the scalar under `key` of `owner` (an object, or a wrapper's array). */
export function keepLexical(owner: object, key: string, text: string): void {
  (ensureExtras(owner).lexical ??= new Map()).set(key, text);
}

/** The kept forms of an object or a wrapper's array, if any. */
export function lexicalForms(owner: object): ReadonlyMap<string, string> | undefined {
  return extrasOf(owner)?.lexical;
}

/** Whether a kept form `text` still reads as `value`: the value is untouched, and the form is written back. */
export function keptFormHolds(codec: Codec<unknown>, text: string, value: unknown): boolean {
  try {
    const parsed = codec.parse(text);
    return (
      Object.is(parsed, value) || (typeof parsed === "object" && parsed !== null && String(parsed) === String(value))
    );
  } catch {
    return false;
  }
}
