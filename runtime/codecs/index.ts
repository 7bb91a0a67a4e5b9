export type { Codec } from "./codec.js";
export { stringCodec } from "./string.js";
export { booleanCodec } from "./boolean.js";
export { integerCodec, intCodec, longCodec, unsignedShortCodec, unsignedLongCodec } from "./integer.js";
export { doubleCodec } from "./double.js";
export { dateTimeCodec, XmlDateTime } from "./date-time.js";
export { timeCodec, XmlTime } from "./time.js";
export { durationCodec } from "./duration.js";
export { enumerationCodec } from "./enumeration.js";
