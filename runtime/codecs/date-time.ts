import { CodecError } from "../errors.js";
import { collapseWhitespace, invalid, type Codec } from "./codec.js";

const DATE_TIME =
  /^(-?(?:[1-9][0-9]{3,}|0[0-9]{3}))-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-4]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two digits at `at` as a number. */
export function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/**
 * The rules of XML Schema 1.0 a pattern cannot say: the day exists, 24:00:00 only, no year 0000.
 * `lexical` matches {@link DATE_TIME}; it is read by position, so the check allocates nothing.
 */
function checkCalendar(lexical: string): void {
  const yearEnd = lexical.indexOf("-", 1);
  // The year modulo 400 is all a leap year depends on, whatever its number of digits.
  let year = 0;
  let zero = true;
  for (let index = lexical.charCodeAt(0) === 45 ? 1 : 0; index < yearEnd; index++) {
    const digit = lexical.charCodeAt(index) - 48;
    if (digit !== 0) zero = false;
    year = (year * 10 + digit) % 400;
  }
  if (zero) throw invalid("dateTime", lexical, "there is no year 0000");
  const month = twoDigits(lexical, yearEnd + 1);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  if (twoDigits(lexical, yearEnd + 4) > days) {
    const monthText = lexical.slice(yearEnd + 1, yearEnd + 3);
    throw invalid("dateTime", lexical, `month ${monthText} of ${lexical.slice(0, yearEnd)} has ${days} days`);
  }
  if (twoDigits(lexical, yearEnd + 7) === 24) {
    const [, , , , hour, minute, second, fraction] = DATE_TIME.exec(lexical)!;
    checkMidnight("dateTime", lexical, hour!, minute!, second!, fraction);
  }
}

/** Hour 24 is allowed only as 24:00:00, the end of a day. */
export function checkMidnight(
  type: string,
  lexical: string,
  hour: string,
  minute: string,
  second: string,
  fraction: string | undefined,
): void {
  if (hour === "24" && (minute !== "00" || second !== "00" || (fraction !== undefined && /[1-9]/.test(fraction)))) {
    throw invalid(type, lexical, "hour 24 is only 24:00:00");
  }
}

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
    checkCalendar(lexical);
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
