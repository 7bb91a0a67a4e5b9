import type { Codec } from "./codec.js";

/**
 * An open enumeration over strings: any text is accepted (EM sends values it does not document);
 * the documented ones are in {@link Codec.values} for strict reading and validation.
 */
export function enumerationCodec<T extends string>(name: string, values: readonly T[]): Codec<T> {
  return {
    name,
    parse: (text) => text as T,
    format: (value) => value,
    isCanonical: () => true,
    values: new Set<string>(values),
  };
}
