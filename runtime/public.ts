/**
 * The runtime's part of the package entry `emx`: what applications use besides the generated
 * classes and their `parse`/`serialize`. Kept small on purpose; generated names may not take any
 * name exported here (the generator reads this list).
 */
export { XmlObject, type BoundClass, type Init } from "./xml/xml-object.js";
export { UnknownRoot } from "./xml/unknown-root.js";
export { XmlDateTime } from "./codecs/date-time.js";
export { XmlTime } from "./codecs/time.js";
export type { ReadOptions } from "./xml/read-options.js";
export type { Finding } from "./xml/validator.js";
export type { ExpectOptions, StreamItemsOptions } from "./xml/bindings.js";
export type { ReadLimits } from "./xml/limits.js";
export type { SerializeOptions } from "./xml/registry.js";
export type { XmlInput } from "./xml/input.js";
export { detach } from "./xml/detach.js";
export { parseJson, serializeJson, streamJsonItems } from "./json/json-api.js";
export { canonicalize, firstDifference } from "./xml/canonical.js";
export { BindingError, CodecError, XmlReadError, XmlWriteError, type XmlLocation } from "./errors.js";
