/**
 * The contract between generated code and the runtime, published as `emx/runtime`: what generated
 * modules import (the base class, field declarations, codecs, the registry). Applications import
 * the package entry instead; nothing here is needed to read or write documents.
 */
export {
  XmlObject,
  defineBinding,
  abstractType,
  attribute,
  scalarElement,
  objectElement,
  wrappedElement,
  wrappedScalars,
  TypeTable,
  type Init,
  type BoundClass,
  type ClassBinding,
  type JsonForm,
} from "./xml/binding.js";
export { Registry } from "./xml/registry.js";
export { createBindings, type DocumentBindings } from "./xml/bindings.js";
export type { Codec } from "./codecs/codec.js";
export { stringCodec } from "./codecs/string.js";
export { booleanCodec } from "./codecs/boolean.js";
export { integerCodec, intCodec, longCodec, unsignedShortCodec, unsignedLongCodec } from "./codecs/integer.js";
export { doubleCodec } from "./codecs/double.js";
export { dateTimeCodec, XmlDateTime } from "./codecs/date-time.js";
export { timeCodec, XmlTime } from "./codecs/time.js";
export { durationCodec } from "./codecs/duration.js";
export { enumerationCodec, restrictedCodec } from "./codecs/enumeration.js";
export type {
  AnswerEntry,
  BodyEntry,
  LinkEntry,
  OperationEntry,
  OperationMethod,
  OperationTable,
  QueryFieldEntry,
  QueryFieldKind,
  QueryParameterEntry,
  QueryTypeEntry,
  QueryTypeTable,
  ResourceEntry,
  ResourceTable,
} from "./client/operation-table.js";
