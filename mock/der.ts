/** Just enough DER (ASN.1 distinguished encoding) to write an X.509 certificate. */

function encode(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((total, part) => total + part.length, 0);
  const header = length < 0x80 ? [tag, length] : [tag, ...longLength(length)];
  const out = new Uint8Array(header.length + length);
  out.set(header);
  let offset = header.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The long form of a length: 0x80 + the count of bytes, then the bytes, most significant first. */
function longLength(length: number): number[] {
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** An object identifier in dotted form. */
function oid(dotted: string): Uint8Array {
  const [first, second, ...rest] = dotted.split(".").map(Number);
  const bytes = [first! * 40 + second!];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >>> 7; value > 0; value >>>= 7) groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return encode(0x06, Uint8Array.from(bytes));
}

const text = (value: string) => new TextEncoder().encode(value);

export const der = {
  sequence: (...items: Uint8Array[]) => encode(0x30, ...items),
  set: (...items: Uint8Array[]) => encode(0x31, ...items),
  /** A non-negative integer given as big-endian bytes whose top bit is clear. */
  integer: (bytes: Uint8Array) => encode(0x02, bytes),
  boolean: (value: boolean) => encode(0x01, Uint8Array.of(value ? 0xff : 0)),
  oid,
  utf8: (value: string) => encode(0x0c, text(value)),
  octetString: (bytes: Uint8Array) => encode(0x04, bytes),
  bitString: (bytes: Uint8Array, unusedBits = 0) => encode(0x03, Uint8Array.of(unusedBits), bytes),
  /** `[n] EXPLICIT`: a constructed context tag around an encoded value. */
  explicit: (tag: number, value: Uint8Array) => encode(0xa0 | tag, value),
  /** `[n] IMPLICIT` of a primitive: a context tag in place of the value's own. */
  contextPrimitive: (tag: number, bytes: Uint8Array) => encode(0x80 | tag, bytes),
  utcTime: (value: string) => encode(0x17, text(value)),
  generalizedTime: (value: string) => encode(0x18, text(value)),
};

/** A certificate time: UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280). */
export function derTime(date: Date): Uint8Array {
  const stamp = date.toISOString().replace(/[-:T]/g, "").slice(0, 14); // YYYYMMDDHHMMSS
  return date.getUTCFullYear() < 2050 ? der.utcTime(`${stamp.slice(2)}Z`) : der.generalizedTime(`${stamp}Z`);
}
