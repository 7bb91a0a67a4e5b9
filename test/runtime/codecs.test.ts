import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  booleanCodec,
  dateTimeCodec,
  doubleCodec,
  durationCodec,
  enumerationCodec,
  intCodec,
  longCodec,
  stringCodec,
  timeCodec,
  unsignedLongCodec,
  unsignedShortCodec,
  XmlDateTime,
  XmlTime,
  type Codec,
} from "../../runtime/codecs/index.js";
import { CodecError } from "../../runtime/errors.js";

/** Runs `action` and returns the CodecError it throws; fails when it throws nothing or something else. */
function codecError(action: () => unknown): CodecError {
  try {
    action();
  } catch (error) {
    assert.instance(error, CodecError, `expected a CodecError, got ${String(error)}`);
    return error as CodecError;
  }
  assert.unreachable("expected a CodecError, nothing was thrown");
  throw new Error("unreachable");
}

/** Asserts that `codec.parse(text)` fails with a CodecError quoting the text and containing `fragment`. */
function rejects<T>(codec: Codec<T>, text: string, fragment: string): void {
  const error = codecError(() => codec.parse(text));
  assert.ok(
    error.message.includes(JSON.stringify(text)),
    `message ${JSON.stringify(error.message)} does not quote ${JSON.stringify(text)}`,
  );
  assert.ok(
    error.message.includes(fragment),
    `message ${JSON.stringify(error.message)} does not contain ${JSON.stringify(fragment)}`,
  );
  assert.ok(
    error.message.startsWith(`${codec.name} value `),
    `message ${JSON.stringify(error.message)} does not name ${codec.name} first`,
  );
}

// ---------------------------------------------------------------------------------------------
// string

const strings = suite("string codec");

strings("string keeps the text as it is, whitespace included", () => {
  assert.is(stringCodec.name, "string");
  assert.is(stringCodec.parse("  two  words \n"), "  two  words \n");
  assert.is(stringCodec.parse(""), "");
  assert.is(stringCodec.format("a < b & c"), "a < b & c");
  assert.is(stringCodec.isCanonical(" padded ", " padded "), true);
});

strings.run();

// ---------------------------------------------------------------------------------------------
// boolean

const booleans = suite("boolean codec");

booleans("boolean reads true, false, 1 and 0", () => {
  assert.is(booleanCodec.parse("true"), true);
  assert.is(booleanCodec.parse("false"), false);
  assert.is(booleanCodec.parse("1"), true);
  assert.is(booleanCodec.parse("0"), false);
});

booleans("boolean collapses surrounding whitespace", () => {
  assert.is(booleanCodec.parse(" true "), true);
  assert.is(booleanCodec.parse("\n\t0\r\n"), false);
});

booleans("boolean formats as true or false", () => {
  assert.is(booleanCodec.format(true), "true");
  assert.is(booleanCodec.format(false), "false");
});

booleans("boolean isCanonical is true only for true and false", () => {
  assert.is(booleanCodec.isCanonical("true", true), true);
  assert.is(booleanCodec.isCanonical("false", false), true);
  assert.is(booleanCodec.isCanonical("1", true), false);
  assert.is(booleanCodec.isCanonical("0", false), false);
  assert.is(booleanCodec.isCanonical(" true ", true), false);
});

booleans("boolean rejects other words with a CodecError quoting the value", () => {
  rejects(booleanCodec, "yes", "expected true, false, 1 or 0");
  rejects(booleanCodec, "TRUE", "expected true, false, 1 or 0");
  rejects(booleanCodec, "", "expected true, false, 1 or 0");
  rejects(booleanCodec, "t rue", "expected true, false, 1 or 0");
});

booleans.run();

// ---------------------------------------------------------------------------------------------
// integers

const integers = suite("integer codecs");

integers("int reads signed, zero-padded and whitespace-padded forms", () => {
  assert.is(intCodec.parse("42"), 42);
  assert.is(intCodec.parse("-42"), -42);
  assert.is(intCodec.parse("+3"), 3);
  assert.is(intCodec.parse("007"), 7);
  assert.is(intCodec.parse(" 12 "), 12);
  assert.is(intCodec.parse("0"), 0);
  assert.is(intCodec.parse("-0"), -0);
});

integers("int accepts its bounds and rejects values outside 32 bits", () => {
  assert.is(intCodec.parse("2147483647"), 2147483647);
  assert.is(intCodec.parse("-2147483648"), -2147483648);
  rejects(intCodec, "2147483648", "outside -2147483648 to 2147483647");
  rejects(intCodec, "-2147483649", "outside -2147483648 to 2147483647");
});

integers("int rejects text that is not an integer", () => {
  rejects(intCodec, "1.0", "expected an integer");
  rejects(intCodec, "1e3", "expected an integer");
  rejects(intCodec, "abc", "expected an integer");
  rejects(intCodec, "", "expected an integer");
  rejects(intCodec, "1 2", "expected an integer");
  rejects(intCodec, "--1", "expected an integer");
});

integers("int formats as the plain decimal form", () => {
  assert.is(intCodec.format(0), "0");
  assert.is(intCodec.format(-17), "-17");
  assert.is(intCodec.format(2147483647), "2147483647");
});

integers("int refuses to format a fraction or a value out of range", () => {
  const fraction = codecError(() => intCodec.format(1.5));
  assert.match(fraction.message, "int value 1.5 cannot be written");
  const tooBig = codecError(() => intCodec.format(2147483648));
  assert.match(tooBig.message, "expected an integer from -2147483648 to 2147483647");
});

integers("integer isCanonical is false for a plus sign, leading zeros, -0 and whitespace", () => {
  for (const codec of [intCodec, longCodec, unsignedShortCodec, unsignedLongCodec]) {
    assert.is(codec.isCanonical("3", 3), true, `${codec.name} 3`);
    assert.is(codec.isCanonical("0", 0), true, `${codec.name} 0`);
    assert.is(codec.isCanonical("120", 120), true, `${codec.name} 120`);
    assert.is(codec.isCanonical("+3", 3), false, `${codec.name} +3`);
    assert.is(codec.isCanonical("007", 7), false, `${codec.name} 007`);
    assert.is(codec.isCanonical("00", 0), false, `${codec.name} 00`);
    assert.is(codec.isCanonical("-0", -0), false, `${codec.name} -0`);
    assert.is(codec.isCanonical(" 3 ", 3), false, `${codec.name} " 3 "`);
  }
  assert.is(intCodec.isCanonical("-3", -3), true);
});

integers("long reads values beyond 32 bits up to the safe-integer range", () => {
  assert.is(longCodec.parse("2147483648"), 2147483648);
  assert.is(longCodec.parse("9007199254740991"), Number.MAX_SAFE_INTEGER);
  assert.is(longCodec.parse("-9007199254740991"), Number.MIN_SAFE_INTEGER);
  assert.is(longCodec.format(Number.MAX_SAFE_INTEGER), "9007199254740991");
});

integers("long rejects values outside the safe-integer range", () => {
  rejects(longCodec, "9007199254740992", "outside -9007199254740991 to 9007199254740991 (the safe-integer range)");
  rejects(longCodec, "-9007199254740992", "the safe-integer range");
  rejects(longCodec, "9223372036854775807", "the safe-integer range");
  const error = codecError(() => longCodec.format(2 ** 53));
  assert.match(error.message, "long value 9007199254740992 cannot be written");
});

integers("unsignedShort reads 0 to 65535 and rejects 65536 and negatives", () => {
  assert.is(unsignedShortCodec.parse("0"), 0);
  assert.is(unsignedShortCodec.parse("65535"), 65535);
  assert.is(unsignedShortCodec.parse("+443"), 443);
  rejects(unsignedShortCodec, "65536", "outside 0 to 65535");
  rejects(unsignedShortCodec, "-1", "outside 0 to 65535");
  assert.is(unsignedShortCodec.format(65535), "65535");
  assert.throws(
    () => unsignedShortCodec.format(65536),
    (error: unknown) => error instanceof CodecError,
  );
  assert.throws(
    () => unsignedShortCodec.format(-1),
    (error: unknown) => error instanceof CodecError,
  );
});

integers("unsignedLong reads up to the safe-integer range and rejects negatives", () => {
  assert.is(unsignedLongCodec.parse("18446744"), 18446744);
  assert.is(unsignedLongCodec.parse("9007199254740991"), Number.MAX_SAFE_INTEGER);
  rejects(unsignedLongCodec, "-1", "outside 0 to 9007199254740991 (the safe-integer range)");
  rejects(unsignedLongCodec, "18446744073709551615", "the safe-integer range");
  rejects(unsignedLongCodec, "1.5", "expected an integer");
  assert.throws(
    () => unsignedLongCodec.format(-5),
    (error: unknown) => error instanceof CodecError,
  );
});

integers("integer codecs carry their XML Schema names", () => {
  assert.equal(
    [intCodec.name, longCodec.name, unsignedShortCodec.name, unsignedLongCodec.name],
    ["int", "long", "unsignedShort", "unsignedLong"],
  );
});

integers.run();

// ---------------------------------------------------------------------------------------------
// double

const doubles = suite("double codec");

doubles("double reads decimal and exponent forms", () => {
  assert.is(doubleCodec.parse("1.5"), 1.5);
  assert.is(doubleCodec.parse("-0.25"), -0.25);
  assert.is(doubleCodec.parse("+2"), 2);
  assert.is(doubleCodec.parse(".5"), 0.5);
  assert.is(doubleCodec.parse("5."), 5);
  assert.is(doubleCodec.parse("1e3"), 1000);
  assert.is(doubleCodec.parse("1.5E-2"), 0.015);
  assert.is(doubleCodec.parse("-2.5e+2"), -250);
  assert.is(doubleCodec.parse(" 2.5 "), 2.5);
  assert.is(doubleCodec.parse("-0"), -0);
});

doubles("double reads INF, -INF and NaN", () => {
  assert.is(doubleCodec.parse("INF"), Infinity);
  assert.is(doubleCodec.parse("-INF"), -Infinity);
  assert.ok(Number.isNaN(doubleCodec.parse("NaN")));
});

doubles("double rejects other spellings with a CodecError quoting the value", () => {
  rejects(doubleCodec, "inf", "expected a number, INF, -INF or NaN");
  rejects(doubleCodec, "Infinity", "expected a number, INF, -INF or NaN");
  rejects(doubleCodec, "nan", "expected a number, INF, -INF or NaN");
  rejects(doubleCodec, "1e", "expected a number, INF, -INF or NaN");
  rejects(doubleCodec, "0x10", "expected a number, INF, -INF or NaN");
  rejects(doubleCodec, "1,5", "expected a number, INF, -INF or NaN");
  rejects(doubleCodec, "", "expected a number, INF, -INF or NaN");
});

doubles("double formats numbers, infinities and NaN", () => {
  assert.is(doubleCodec.format(1.5), "1.5");
  assert.is(doubleCodec.format(1000), "1000");
  assert.is(doubleCodec.format(0.1), "0.1");
  assert.is(doubleCodec.format(1e21), "1e+21");
  assert.is(doubleCodec.format(Infinity), "INF");
  assert.is(doubleCodec.format(-Infinity), "-INF");
  assert.is(doubleCodec.format(NaN), "NaN");
  // What format writes must read back to the same number.
  for (const value of [1.5, 1e21, 1e-7, -123.456]) assert.is(doubleCodec.parse(doubleCodec.format(value)), value);
});

doubles("double isCanonical is true only for the form format gives", () => {
  assert.is(doubleCodec.isCanonical("1.5", 1.5), true);
  assert.is(doubleCodec.isCanonical("INF", Infinity), true);
  assert.is(doubleCodec.isCanonical("-INF", -Infinity), true);
  assert.is(doubleCodec.isCanonical("NaN", NaN), true);
  assert.is(doubleCodec.isCanonical("1e3", 1000), false);
  assert.is(doubleCodec.isCanonical("+1.5", 1.5), false);
  assert.is(doubleCodec.isCanonical("1.50", 1.5), false);
  assert.is(doubleCodec.isCanonical("+INF", Infinity), false);
  assert.is(doubleCodec.isCanonical("-0", -0), false);
  assert.is(doubleCodec.isCanonical(" 1.5 ", 1.5), false);
});

doubles("double refuses to format something that is not a number", () => {
  const error = codecError(() => doubleCodec.format("1.5" as unknown as number));
  assert.match(error.message, "double value 1.5 cannot be written: not a number");
});

doubles.run();

// ---------------------------------------------------------------------------------------------
// dateTime

const dateTimes = suite("dateTime codec and XmlDateTime");

dateTimes("XmlDateTime keeps fractions of 0 to 7 digits and every offset form byte for byte", () => {
  const forms = [
    "2023-02-13T11:18:16",
    "2023-02-13T11:18:16Z",
    "2023-02-13T11:18:16.9Z",
    "2023-02-13T11:18:16.98+05:30",
    "2023-02-13T11:18:16.989-12:00",
    "2023-02-13T11:18:16.9895",
    "2023-02-13T11:18:16.98952Z",
    "2023-02-13T11:18:16.989527Z",
    "2023-02-13T11:18:16.9895270+01:00",
    "2023-02-13T11:18:16.0000000Z",
  ];
  for (const text of forms) {
    const value = dateTimeCodec.parse(text);
    assert.instance(value, XmlDateTime);
    assert.is(value.lexical, text);
    assert.is(dateTimeCodec.format(value), text);
    assert.is(value.toString(), text);
    assert.is(JSON.stringify({ at: value }), `{"at":${JSON.stringify(text)}}`);
    assert.is(dateTimeCodec.isCanonical(text, value), true, text);
  }
});

dateTimes("XmlDateTime tells whether it has an offset", () => {
  assert.is(new XmlDateTime("2023-02-13T11:18:16Z").hasOffset, true);
  assert.is(new XmlDateTime("2023-02-13T11:18:16+05:30").hasOffset, true);
  assert.is(new XmlDateTime("2023-02-13T11:18:16.5").hasOffset, false);
});

dateTimes("XmlDateTime toDate gives the instant in UTC", () => {
  const cases: [string, number][] = [
    ["2023-02-13T11:18:16Z", Date.UTC(2023, 1, 13, 11, 18, 16, 0)],
    ["2023-02-13T11:18:16", Date.UTC(2023, 1, 13, 11, 18, 16, 0)],
    ["2023-02-13T11:18:16.5Z", Date.UTC(2023, 1, 13, 11, 18, 16, 500)],
    ["2023-02-13T11:18:16.009Z", Date.UTC(2023, 1, 13, 11, 18, 16, 9)],
    ["2023-02-13T11:18:16.9895279Z", Date.UTC(2023, 1, 13, 11, 18, 16, 989)],
    ["2023-02-13T11:18:16.9999999Z", Date.UTC(2023, 1, 13, 11, 18, 16, 999)],
    ["2023-02-13T11:18:16+05:30", Date.UTC(2023, 1, 13, 5, 48, 16, 0)],
    ["2023-02-13T11:18:16.1234567-12:00", Date.UTC(2023, 1, 13, 23, 18, 16, 123)],
    ["2023-01-01T01:00:00+02:00", Date.UTC(2022, 11, 31, 23, 0, 0, 0)],
    ["2023-12-31T24:00:00Z", Date.UTC(2024, 0, 1, 0, 0, 0, 0)],
  ];
  for (const [text, instant] of cases) {
    const date = new XmlDateTime(text).toDate();
    assert.is(date.getTime(), instant, `${text} gave ${date.toISOString()}`);
  }
});

dateTimes("XmlDateTime toDate keeps a two-digit year as it is", () => {
  assert.is(new XmlDateTime("0099-03-04T05:06:07Z").toDate().toISOString(), "0099-03-04T05:06:07.000Z");
});

dateTimes("XmlDateTime.fromDate writes UTC with Z and milliseconds only when there are some", () => {
  assert.is(XmlDateTime.fromDate(new Date(Date.UTC(2023, 1, 13, 11, 18, 16, 0))).lexical, "2023-02-13T11:18:16Z");
  assert.is(XmlDateTime.fromDate(new Date(Date.UTC(2023, 1, 13, 11, 18, 16, 5))).lexical, "2023-02-13T11:18:16.005Z");
  const instant = Date.UTC(2024, 6, 1, 23, 59, 59, 989);
  assert.is(XmlDateTime.fromDate(new Date(instant)).toDate().getTime(), instant);
  const error = codecError(() => XmlDateTime.fromDate(new Date(Number.NaN)));
  assert.match(error.message, "Invalid Date");
});

dateTimes("dateTime collapses whitespace and then isCanonical is false", () => {
  const value = dateTimeCodec.parse(" 2023-02-13T11:18:16Z\n");
  assert.is(value.lexical, "2023-02-13T11:18:16Z");
  assert.is(dateTimeCodec.isCanonical(" 2023-02-13T11:18:16Z\n", value), false);
});

dateTimes("dateTime rejects invalid text with a CodecError quoting the value", () => {
  rejects(dateTimeCodec, "2023-02-13", "expected YYYY-MM-DDThh:mm:ss");
  rejects(dateTimeCodec, "2023-02-13 11:18:16Z", "expected YYYY-MM-DDThh:mm:ss");
  rejects(dateTimeCodec, "2023-13-01T00:00:00Z", "expected YYYY-MM-DDThh:mm:ss");
  rejects(dateTimeCodec, "2023-02-13T11:60:00Z", "expected YYYY-MM-DDThh:mm:ss");
  rejects(dateTimeCodec, "2023-02-13T11:18:16+5:30", "expected YYYY-MM-DDThh:mm:ss");
  rejects(dateTimeCodec, "2023-02-13T11:18:16.Z", "expected YYYY-MM-DDThh:mm:ss");
  assert.throws(
    () => new XmlDateTime("yesterday"),
    (error: unknown) => error instanceof CodecError && error.message.includes('"yesterday"'),
  );
});

dateTimes("dateTime refuses to format something that is not an XmlDateTime", () => {
  const error = codecError(() => dateTimeCodec.format("2023-02-13T11:18:16Z" as unknown as XmlDateTime));
  assert.match(error.message, "not an XmlDateTime");
});

dateTimes("dateTime and time follow the calendar rules XML Schema 1.0 adds to the lexical form", () => {
  for (const bad of [
    "2026-02-31T00:00:00",
    "2023-02-29T00:00:00",
    "2026-01-01T24:30:00",
    "2026-01-01T00:00:00+14:30",
    "0000-01-01T00:00:00",
    "02026-01-01T00:00:00",
    "1900-02-29T00:00:00",
    "2100-02-29T00:00:00",
    "-0000-01-01T00:00:00",
    "2026-04-31T00:00:00",
    "2026-01-01T24:00:00.5Z",
    "1200000000000000000001-02-29T00:00:00",
  ]) {
    assert.throws(
      () => new XmlDateTime(bad),
      (error: unknown) => error instanceof CodecError,
      bad,
    );
  }
  for (const good of [
    "2024-02-29T00:00:00",
    "2000-02-29T24:00:00Z",
    "2026-01-01T00:00:00-14:00",
    "12026-01-01T00:00:00",
    "2400-02-29T00:00:00",
    "-0001-12-31T00:00:00",
    "-0004-02-29T00:00:00",
    "2026-01-01T24:00:00.000Z",
    "1200000000000000000000-02-29T00:00:00",
  ]) {
    assert.is(new XmlDateTime(good).lexical, good);
  }
  assert.throws(
    () => new XmlTime("24:00:01"),
    (error: unknown) => error instanceof CodecError,
  );
  assert.is(new XmlTime("24:00:00").lexical, "24:00:00");
  assert.is(new XmlTime("24:00:00.000+01:00").lexical, "24:00:00.000+01:00");
  assert.throws(
    () => new XmlTime("24:00:00.01"),
    (error: unknown) => error instanceof CodecError,
  );
  assert.throws(
    () => new XmlDateTime("2023-02-29T00:00:00"),
    (error: unknown) => error instanceof CodecError && /month 02 of 2023 has 28 days/.test(error.message),
  );
  assert.throws(
    () => doubleCodec.parse("+INF"),
    (error: unknown) => error instanceof CodecError,
  );
});

dateTimes.run();

// ---------------------------------------------------------------------------------------------
// time

const times = suite("time codec and XmlTime");

times("XmlTime keeps its text and reads its parts", () => {
  const time = timeCodec.parse("16:00:00.0000000+01:00");
  assert.instance(time, XmlTime);
  assert.is(time.lexical, "16:00:00.0000000+01:00");
  assert.is(timeCodec.format(time), "16:00:00.0000000+01:00");
  assert.is(timeCodec.isCanonical("16:00:00.0000000+01:00", time), true);
  assert.is(time.hours, 16);
  assert.is(time.minutes, 0);
  assert.is(time.seconds, 0);
  assert.is(time.offsetMinutes, 60);
  assert.is(JSON.stringify([time]), '["16:00:00.0000000+01:00"]');
});

times("XmlTime seconds include the fraction and offsetMinutes follow the zone", () => {
  const cases: [string, number, number, number, number | undefined][] = [
    ["16:30:05.250-05:30", 16, 30, 5.25, -330],
    ["08:15:59.5Z", 8, 15, 59.5, 0],
    ["23:59:59", 23, 59, 59, undefined],
    ["00:00:01+14:00", 0, 0, 1, 840],
  ];
  for (const [text, hours, minutes, seconds, offset] of cases) {
    const time = new XmlTime(text);
    assert.equal([time.hours, time.minutes, time.seconds, time.offsetMinutes], [hours, minutes, seconds, offset], text);
  }
});

times("XmlTime.of builds the lexical form from parts", () => {
  assert.is(XmlTime.of(9, 5).lexical, "09:05:00");
  assert.is(XmlTime.of(16, 0, 0, 60).lexical, "16:00:00+01:00");
  assert.is(XmlTime.of(0, 0, 0, 0).lexical, "00:00:00Z");
  assert.is(XmlTime.of(23, 59, 59, -330).lexical, "23:59:59-05:30");
  const time = XmlTime.of(7, 45, 30, -120);
  assert.equal([time.hours, time.minutes, time.seconds, time.offsetMinutes], [7, 45, 30, -120]);
  assert.throws(
    () => XmlTime.of(25, 0),
    (error: unknown) => error instanceof CodecError,
  );
});

times("time collapses whitespace and then isCanonical is false", () => {
  const time = timeCodec.parse("  10:00:00 ");
  assert.is(time.lexical, "10:00:00");
  assert.is(timeCodec.isCanonical("  10:00:00 ", time), false);
});

times("time rejects invalid text with a CodecError quoting the value", () => {
  rejects(timeCodec, "25:00:00", "expected hh:mm:ss");
  rejects(timeCodec, "10:00", "expected hh:mm:ss");
  rejects(timeCodec, "10:61:00", "expected hh:mm:ss");
  rejects(timeCodec, "1:00:00", "expected hh:mm:ss");
  rejects(timeCodec, "10:00:00+1:00", "expected hh:mm:ss");
  const error = codecError(() => timeCodec.format("10:00:00" as unknown as XmlTime));
  assert.match(error.message, "not an XmlTime");
});

times("XmlTime.of writes fractional seconds", () => {
  assert.is(XmlTime.of(1, 2, 3.5).lexical, "01:02:03.5");
  assert.is(XmlTime.of(23, 59, 59.25, -90).lexical, "23:59:59.25-01:30");
  assert.is(XmlTime.of(1, 2, 3.1).seconds, 3.1);
});

times.run();

// ---------------------------------------------------------------------------------------------
// duration

const durations = suite("duration codec");

durations("duration reads and keeps valid forms", () => {
  for (const text of ["P1D", "PT2H", "P1DT2H", "P1Y2M3DT4H5M6S", "PT0.5S", "-P3M", "PT90M", "P0D"]) {
    assert.is(durationCodec.parse(text), text);
    assert.is(durationCodec.format(text), text);
    assert.is(durationCodec.isCanonical(text, text), true);
  }
});

durations("duration collapses whitespace and then isCanonical is false", () => {
  assert.is(durationCodec.parse(" P1D\n"), "P1D");
  assert.is(durationCodec.isCanonical(" P1D\n", "P1D"), false);
});

durations("duration rejects invalid text with a CodecError quoting the value", () => {
  for (const text of ["P", "PT", "P1DT", "1D", "P1H", "PT1D", "P-1D", "P1.5D", "p1d"])
    rejects(durationCodec, text, "expected PnYnMnDTnHnMnS");
  const error = codecError(() => durationCodec.format("one day"));
  assert.match(error.message, '"one day" cannot be written');
});

durations.run();

// ---------------------------------------------------------------------------------------------
// enumeration

const enumerations = suite("enumeration codec");

enumerations("enumeration gives documented values back as the same string", () => {
  const days = enumerationCodec("DayOfWeekEnumeration", ["Sunday", "Monday", "Tuesday"]);
  assert.is(days.name, "DayOfWeekEnumeration");
  // A fresh string with the same characters, as the XML parser hands out.
  const text = ["Mon", "day"].join("");
  assert.is(days.parse(text), "Monday");
  assert.is(days.format("Tuesday"), "Tuesday");
  assert.is(days.isCanonical("Sunday", "Sunday"), true);
});

enumerations("enumeration accepts undocumented values as they are", () => {
  const days = enumerationCodec("DayOfWeekEnumeration", ["Sunday", "Monday"]);
  assert.is(days.parse("Funday"), "Funday");
  assert.is(days.parse(" Sunday "), " Sunday ");
  assert.is(days.parse(""), "");
  assert.is(days.format("Funday" as "Sunday"), "Funday");
  assert.is(days.isCanonical("Funday", "Funday" as "Sunday"), true);
});

enumerations("enumeration lists the documented values", () => {
  const states = enumerationCodec("TaskStateEnumeration", ["Running", "Finished"]);
  assert.ok(states.values !== undefined);
  assert.equal([...states.values], ["Running", "Finished"]);
  assert.is(states.values.has("Running"), true);
  assert.is(states.values.has("Funday"), false);
  assert.is(enumerationCodec("Empty", []).values?.size, 0);
});

enumerations("codecs that are not enumerations list no values", () => {
  for (const codec of [stringCodec, booleanCodec, intCodec, doubleCodec, durationCodec] as Codec<unknown>[]) {
    assert.is(codec.values, undefined, codec.name);
  }
});

enumerations.run();
