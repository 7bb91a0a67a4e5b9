import type { Codec } from "./codec.js";
import { stringCodec } from "./string.js";

/**
 * An open enumeration: any value of the base type is accepted (EM sends values it does not
 * document); the documented lexical forms are in {@link Codec.values} for strict reading and
 * validation. The base is `xs:string` unless given (EM also enumerates integers).
 */
export function enumerationCodec<T extends string | number>(
  name: string,
  values: readonly string[],
  base?: Codec<number>,
): Codec<T> {
  if (base !== undefined) {
    return {
      name,
      parse: (text) => base.parse(text) as T,
      format: (value) => base.format(value as number),
      isCanonical: (text, value) => base.isCanonical(text, value as number),
      values: new Set(values),
    };
  }
  // Documented values come back as the shared constants, so a large document does not keep a copy
  // of `Sunday` per element (the text saxes hands out is a fresh string each time).
  const constants = new Map<string, string>(values.map((value) => [value, value]));
  return {
    name,
    parse: (text) => (constants.get(text) ?? text) as T,
    format: (value) => stringCodec.format(value as string),
    isCanonical: () => true,
    values: new Set<string>(values),
  };
}
