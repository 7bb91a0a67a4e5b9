import { xsdPattern } from "./pattern.js";
import type { Codec } from "./codec.js";
import { stringCodec } from "./string.js";

/** Facets of a restricted simple type, kept on its codec for validation (reading does not enforce them). */
export interface Facets {
  /** The documented values (an enumeration). */
  readonly values?: readonly string[];
  /** XSD patterns a value must all match. */
  readonly patterns?: readonly string[];
}

/**
 * The codec of a simple type restricted by facets: it reads and writes as its base does and keeps the
 * facets as {@link Codec.values} and {@link Codec.patterns} for strict reading and validation.
 */
export function restrictedCodec<T>(name: string, base: Codec<T>, facets: Facets): Codec<T> {
  // The base's functions are taken as they are: no extra call per value on the read path.
  return {
    name,
    parse: base.parse,
    format: base.format,
    isCanonical: base.isCanonical,
    values: facets.values === undefined ? undefined : new Set(facets.values),
    patterns: facets.patterns?.map(xsdPattern),
  };
}

/**
 * An open enumeration: any value of the base type is accepted (EM sends values it does not
 * document); the documented lexical forms are {@link Codec.values}. The base is `xs:string` unless
 * given (EM also enumerates integers).
 */
export function enumerationCodec<T extends string | number>(
  name: string,
  values: readonly string[],
  facets: { readonly base?: Codec<number>; readonly patterns?: readonly string[] } = {},
): Codec<T> {
  if (facets.base !== undefined)
    return restrictedCodec(name, facets.base, { values, patterns: facets.patterns }) as Codec<T>;
  const restricted = restrictedCodec(name, stringCodec, { values, patterns: facets.patterns });
  // Documented values come back as the shared constants, so a large document does not keep a copy
  // of `Sunday` per element (the text the tokenizer hands out is a fresh string each time).
  const constants = new Map<string, string>(values.map((value) => [value, value]));
  return { ...restricted, parse: (text) => (constants.get(text) ?? text) as T } as Codec<T>;
}
