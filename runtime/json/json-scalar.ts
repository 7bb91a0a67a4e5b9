/**
 * Scalars of EM's JSON: a token read into its field's value with the field's codec, and back. The
 * JSON type a value is written as follows from the value (numbers and booleans bare, the rest
 * strings); a token of another type (a quoted number, as hand-converted examples have) is accepted
 * unless strict, and remembered so that it is written back as it came.
 */
import { CodecError } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import { booleanCodec } from "../codecs/boolean.js";
import { timeCodec } from "../codecs/time.js";
import { keepLexical } from "../xml/lexical.js";
import type { Validator } from "../xml/validator.js";
import { ensureJsonExtras } from "./json-extras.js";

/** The JSON type of a scalar token. */
export type ScalarToken = "string" | "number" | "boolean";

/** What decoding needs of the reader. */
export interface ScalarContext {
  readonly strict: boolean;
  readonly validator: Validator | undefined;
  /** Stops the read with a located error. */
  fail(reason: string): never;
  /** Reports a located warning. */
  warn(message: string): void;
}

/**
 * Where a scalar goes: its owner (an object, or a wrapper's array), its lexical key, and for messages
 * its property name and item index (-1 for a single value). The reader reuses one, so reading a
 * scalar allocates nothing for it.
 */
export interface ScalarPlace {
  owner: object;
  key: string;
  name: string;
  index: number;
  kind: "attribute" | "element";
}

/** The name of a scalar in messages: `Progress`, or `Days[2]` for an item. */
function nameOf(place: ScalarPlace): string {
  return place.index < 0 ? place.name : `${place.name}[${place.index}]`;
}

/**
 * The codec a field's scalars are read and written with in JSON: its own, adapted where EM's JSON
 * differs from XML. `xs:time` comes as a .NET date and time (`2019-10-23T14:00:00`): the time is
 * read from it. `xs:boolean` may come as .NET writes it in a string (`"True"`). The text read is
 * kept when it is not the canonical form, so it is written back as it came. Made once per codec.
 */
export function jsonCodec(codec: Codec<unknown>): Codec<unknown> {
  const adapt =
    codec.parse === timeCodec.parse ? timeOfDateTime : codec.parse === booleanCodec.parse ? dotNetBoolean : undefined;
  if (adapt === undefined) return codec;
  let adapted = adaptedCodecs.get(codec);
  if (adapted === undefined) {
    adapted = { ...codec, parse: (text) => codec.parse(adapt(text)) };
    adaptedCodecs.set(codec, adapted);
  }
  return adapted;
}

const adaptedCodecs = new WeakMap<Codec<unknown>, Codec<unknown>>();
const DATE_AND_TIME = /^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T/;

/** The time of a date and time (`2019-10-23T14:00:00+02:00` → `14:00:00+02:00`); other text as it is. */
function timeOfDateTime(text: string): string {
  const match = DATE_AND_TIME.exec(text);
  return match === null ? text : text.slice(match[0].length);
}

/** `True` and `False` as .NET writes them, in XML's form; other text as it is. */
function dotNetBoolean(text: string): string {
  return text === "True" ? "true" : text === "False" ? "false" : text;
}

const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/** Reads a token's text (`raw` for a number, the string, `true`/`false`) into the codec's value. */
export function decodeScalar(
  context: ScalarContext,
  codec: Codec<unknown>,
  token: ScalarToken,
  text: string,
  place: ScalarPlace,
): unknown {
  let value: unknown;
  codec = jsonCodec(codec);
  try {
    value = codec.parse(text);
  } catch (error) {
    if (error instanceof CodecError) context.fail(`property ${nameOf(place)}: ${error.message}`);
    throw error;
  }
  const natural = naturalToken(value);
  // A string is the only JSON form of a number or boolean JSON cannot write bare (NaN, +3, True): no mismatch.
  const onlyForm = token === "string" && !canBeBare(natural, text);
  if (natural !== token && !onlyForm) {
    const shown = token === "string" ? `the string ${JSON.stringify(text)}` : `the ${token} ${text}`;
    const message = `property ${nameOf(place)} holds ${shown} where a JSON ${natural} is expected`;
    if (context.strict) context.fail(message);
    context.warn(`${message}; it is read as ${codec.name} ${JSON.stringify(text)} and written back as it came`);
    (ensureJsonExtras(place.owner).tokens ??= new Map()).set(place.key, token === "string" ? "string" : "bare");
  }
  if (!codec.isCanonical(text, value)) keepLexical(place.owner, place.key, text);
  context.validator?.value(codec, text, place.kind, nameOf(place));
  return value;
}

/** The JSON type a value is written as: numbers and booleans bare, everything else (dates too) a string. */
export function naturalToken(value: unknown): ScalarToken {
  return typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "string";
}

/**
 * The JSON text of a scalar whose lexical form is `text`: bare where the value is a number or a
 * boolean and the form is one JSON can write bare (else a string, which EM's reader also takes),
 * unless the token it was read as says otherwise.
 */
export function scalarJson(value: unknown, text: string, readAs: "string" | "bare" | undefined): string {
  if (readAs === "string") return JSON.stringify(text);
  const bare =
    readAs === "bare" ? canBeBare("number", text) || canBeBare("boolean", text) : canBeBare(naturalToken(value), text);
  return bare ? text : JSON.stringify(text);
}

/** Whether a value of the given JSON type can be written bare in the form `text`. */
function canBeBare(token: ScalarToken, text: string): boolean {
  return token === "number" ? JSON_NUMBER.test(text) : token === "boolean" && (text === "true" || text === "false");
}
