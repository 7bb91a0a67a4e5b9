import { CodecError } from "../errors.js";
import { collapseWhitespace, invalid, type Codec } from "./codec.js";
import { checkMidnight, offsetMinutes, twoDigits } from "./date-time.js";

const TIME = /^([01][0-9]|2[0-4]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$/;

/**
 * An `xs:time` that keeps its text (`16:00:00.0000000+01:00` comes back as it was), with the parts
 * readable as numbers.
 */
export class XmlTime {
  /** The lexical form. */
  readonly lexical: string;

  /** Wraps a lexical form; throws {@link CodecError} when it is not a valid `xs:time`. */
  constructor(lexical: string) {
    if (!TIME.test(lexical)) throw invalid("time", lexical, "expected hh:mm:ss[.fraction][Z|±hh:mm]");
    if (twoDigits(lexical, 0) === 24) {
      const parts = TIME.exec(lexical)!;
      checkMidnight("time", lexical, parts[1]!, parts[2]!, parts[3]!, parts[4]);
    }
    this.lexical = lexical;
  }

  /** Builds a time from its parts; `offsetMinutes` undefined writes no offset. */
  static of(hours: number, minutes: number, seconds = 0, offset?: number): XmlTime {
    const two = (n: number) => String(n).padStart(2, "0");
    let zone = "";
    if (offset !== undefined) {
      const magnitude = Math.abs(offset);
      zone = offset === 0 ? "Z" : `${offset < 0 ? "-" : "+"}${two(Math.floor(magnitude / 60))}:${two(magnitude % 60)}`;
    }
    const whole = Math.floor(seconds);
    const fraction =
      seconds === whole
        ? ""
        : String(seconds - whole)
            .slice(1, 9)
            .replace(/0+$/, "");
    return new XmlTime(`${two(hours)}:${two(minutes)}:${two(whole)}${fraction}${zone}`);
  }

  private get parts(): RegExpExecArray {
    return TIME.exec(this.lexical)!;
  }

  get hours(): number {
    return Number(this.parts[1]);
  }

  get minutes(): number {
    return Number(this.parts[2]);
  }

  /** Seconds with their fraction. */
  get seconds(): number {
    const parts = this.parts;
    return Number(parts[3]) + (parts[4] === undefined ? 0 : Number(`0${parts[4]}`));
  }

  /** Minutes east of UTC, or undefined when the time has no offset. */
  get offsetMinutes(): number | undefined {
    const offset = this.parts[5];
    return offset === undefined ? undefined : offsetMinutes(offset);
  }

  toString(): string {
    return this.lexical;
  }

  toJSON(): string {
    return this.lexical;
  }
}

/** `xs:time` as {@link XmlTime}. */
export const timeCodec: Codec<XmlTime> = {
  name: "time",
  parse: (text) => new XmlTime(TIME.test(text) ? text : collapseWhitespace(text)),
  format(value) {
    if (!(value instanceof XmlTime))
      throw new CodecError(`time value ${String(value)} cannot be written: not an XmlTime`);
    return value.lexical;
  },
  isCanonical: (text, value) => text === value.lexical,
};
