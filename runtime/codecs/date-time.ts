import { CodecError } from "../errors.js";
import { collapseWhitespace, invalid, type Codec } from "./codec.js";

const DATE_TIME =
  /^(-?[0-9]{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-4]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?$/;

/**
 * An `xs:dateTime` that keeps the text it was read from, so `2023-02-13T11:18:16.989527Z` is
 * written back exactly; {@link toDate} gives a `Date` (to the millisecond; no offset means UTC).
 */
export class XmlDateTime {
  /** The lexical form, as read or as made by {@link fromDate}. */
  readonly lexical: string;

  /** Wraps a lexical form; throws {@link CodecError} when it is not a valid `xs:dateTime`. */
  constructor(lexical: string) {
    if (!DATE_TIME.test(lexical))
      throw invalid("dateTime", lexical, "expected YYYY-MM-DDThh:mm:ss[.fraction][Z|±hh:mm]");
    this.lexical = lexical;
  }

  /** The instant in UTC, `Z` suffixed, with milliseconds only when there are some. */
  static fromDate(date: Date): XmlDateTime {
    if (Number.isNaN(date.getTime())) throw new CodecError("dateTime value Invalid Date cannot be written");
    return new XmlDateTime(date.toISOString().replace(".000Z", "Z"));
  }

  /** Whether the value carries a time-zone offset or `Z`. */
  get hasOffset(): boolean {
    return DATE_TIME.exec(this.lexical)![8] !== undefined;
  }

  /** The instant as a `Date`; fractions beyond milliseconds are dropped. */
  toDate(): Date {
    const [, year, month, day, hour, minute, second, fraction, offset] = DATE_TIME.exec(this.lexical)!;
    const millis = fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
    const utc = Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
      millis,
    );
    const date = new Date(utc);
    if (Number(year) < 100 && Number(year) >= 0) date.setUTCFullYear(Number(year));
    return new Date(date.getTime() - offsetMinutes(offset) * 60_000);
  }

  toString(): string {
    return this.lexical;
  }

  toJSON(): string {
    return this.lexical;
  }
}

/** Minutes east of UTC for `Z`, `±hh:mm` or no offset (taken as UTC). */
export function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset === "Z") return 0;
  const sign = offset[0] === "-" ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** `xs:dateTime` as {@link XmlDateTime}. */
export const dateTimeCodec: Codec<XmlDateTime> = {
  name: "dateTime",
  parse: (text) => new XmlDateTime(DATE_TIME.test(text) ? text : collapseWhitespace(text)),
  format(value) {
    if (!(value instanceof XmlDateTime))
      throw new CodecError(`dateTime value ${String(value)} cannot be written: not an XmlDateTime`);
    return value.lexical;
  },
  isCanonical: (text, value) => text === value.lexical,
};
