/**
 * The values of scalar fields as the reader reads them: text through the field's codec (a string
 * field's text is its value, with no codec called), checked by the validator when there is one, and
 * a codec's refusal reported as an error at the place it was read.
 */
import type { Codec } from "../codecs/codec.js";
import { CodecError } from "../errors.js";
import type { AttributeSlot, ScalarSlot, WrappedScalarsSlot } from "./class-binding.js";

/** A field with a scalar value. */
export type ValueSlot = AttributeSlot | ScalarSlot | WrappedScalarsSlot;

/** What a value belongs to, for messages. */
type ValueKind = "attribute" | "element";

export class ScalarValues {
  /**
   * @param fail stops the read with a located error
   * @param check the validator's look at a value read, when validating
   */
  constructor(
    private readonly fail: (reason: string) => never,
    private readonly check: (codec: Codec<unknown>, text: string, kind: ValueKind, name: string) => void,
  ) {}

  /** The value of a field's text; `kind` and `name` say what it belongs to, for messages only. */
  of(field: ValueSlot, text: string, kind: ValueKind, name: string): unknown {
    if (!field.asText) return this.parse(field.codec, text, kind, name);
    this.check(field.codec, text, kind, name);
    return text;
  }

  /** Parses a scalar with `codec`. */
  parse(codec: Codec<unknown>, text: string, kind: ValueKind, name: string): unknown {
    let value: unknown;
    try {
      value = codec.parse(text);
    } catch (error) {
      if (error instanceof CodecError) this.fail(`${kind} ${name}: ${error.message}`);
      throw error;
    }
    this.check(codec, text, kind, name);
    return value;
  }
}

/** Whether `text`, read as `value`, is the form the field's codec writes (a string field's always is). */
export function isCanonical(field: ValueSlot, text: string, value: unknown): boolean {
  return field.asText || field.codec.isCanonical(text, value);
}
