/**
 * The names a generated index adds beside the classes (`emit-index.ts` writes them): generated
 * classes and enumerations may not take them. Kept apart from the emitter so that naming needs no
 * emit toolchain.
 */
export const INDEX_NAMES = ["EmRoot", "parse", "parseStream", "streamItems", "serialize", "registry", "types"] as const;
