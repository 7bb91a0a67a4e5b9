import type { Codec } from "./codec.js";

/**
 * An open enumeration over strings: any text is accepted (EM sends values it does not document);
 * the documented ones are in {@link Codec.values} for strict reading and validation.
 */
export function enumerationCodec<T extends string>(name: string, values: readonly T[]): Codec<T> {
  // Documented values come back as the shared constants, so a large document does not keep a copy
  // of `Sunday` per element (the text saxes hands out is a fresh string each time).
  const constants = new Map<string, T>(values.map((value) => [value, value]));
  return {
    name,
    parse: (text) => constants.get(text) ?? (text as T),
    format: (value) => value,
    isCanonical: () => true,
    values: new Set<string>(values),
  };
}
