/** Enumeration values as the generated codecs hold them, so the mock never keeps its own copy. */
import type { Codec } from "../runtime/index.js";

/** The documented values of an enumeration codec, in their documented order. */
export function valuesOf(codec: Codec<unknown>): string[] {
  return [...(codec.values ?? [])];
}
