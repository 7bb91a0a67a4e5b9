/**
 * The XSD built-in types the schemas may use, and what the generator knows of each: the one list
 * of them. The meta-schema's type reference pattern spells the same names for editors and ajv; a
 * test holds the two together (`test/generator/builtin-types.test.ts`).
 */

/** What the generator knows of one built-in. */
interface BuiltinFacts {
  /** The TypeScript type of a value in generated classes. */
  readonly tsType: "string" | "boolean" | "number" | "XmlDateTime" | "XmlTime";
  /** The runtime's codec of the type (exported by `emx/runtime`). */
  readonly codec: string;
  /**
   * The literals an enumeration of this type is spelled with in its open union type; none where
   * TypeScript has no literal for the values (booleans, dates and times, durations).
   */
  readonly literals: "string" | "number" | undefined;
  /** The built-ins whose lexical space holds every value of this one (`xs:int` values are `xs:long` values). */
  readonly widerTypes: readonly string[];
}

const BUILTINS = {
  "xs:string": { tsType: "string", codec: "stringCodec", literals: "string", widerTypes: [] },
  "xs:boolean": { tsType: "boolean", codec: "booleanCodec", literals: undefined, widerTypes: ["xs:string"] },
  "xs:int": {
    tsType: "number",
    codec: "intCodec",
    literals: "number",
    widerTypes: ["xs:long", "xs:double", "xs:string"],
  },
  "xs:long": { tsType: "number", codec: "longCodec", literals: "number", widerTypes: ["xs:double", "xs:string"] },
  "xs:unsignedShort": {
    tsType: "number",
    codec: "unsignedShortCodec",
    literals: "number",
    widerTypes: ["xs:int", "xs:long", "xs:unsignedLong", "xs:double", "xs:string"],
  },
  "xs:unsignedLong": {
    tsType: "number",
    codec: "unsignedLongCodec",
    literals: "number",
    widerTypes: ["xs:double", "xs:string"],
  },
  "xs:double": { tsType: "number", codec: "doubleCodec", literals: "number", widerTypes: ["xs:string"] },
  "xs:dateTime": { tsType: "XmlDateTime", codec: "dateTimeCodec", literals: undefined, widerTypes: ["xs:string"] },
  "xs:time": { tsType: "XmlTime", codec: "timeCodec", literals: undefined, widerTypes: ["xs:string"] },
  "xs:duration": { tsType: "string", codec: "durationCodec", literals: undefined, widerTypes: ["xs:string"] },
} as const satisfies Record<`xs:${string}`, BuiltinFacts>;

/** The name of a built-in, `xs:string`. */
export type BuiltinType = keyof typeof BUILTINS;

/** Every built-in, in the order the meta-schema lists them. */
export const BUILTIN_TYPES = Object.keys(BUILTINS) as readonly BuiltinType[];

/** Whether a type reference names a built-in. */
export function isBuiltin(type: string): type is BuiltinType {
  return Object.hasOwn(BUILTINS, type);
}

/** What the generator knows of a built-in. */
export function builtinFacts(type: BuiltinType): BuiltinFacts {
  return BUILTINS[type];
}
