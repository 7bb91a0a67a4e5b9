/** The runtime of the EM bindings: reader, writer, codecs, errors and the base of generated classes. */
export * from "./errors.js";
export * from "./codecs/index.js";
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
  bindingOf,
  type Init,
  type BoundClass,
  type ClassBinding,
  type BindingSpec,
  type AttributeField,
  type ElementField,
} from "./xml/binding.js";
export {
  EXTRAS,
  extrasOf,
  type Extras,
  type UnknownNode,
  type UnknownElement,
  type PlacedNode,
  type RawAttribute,
} from "./xml/extras.js";
export { XmlWriter, EM_NAMESPACE, type WriteOptions } from "./xml/writer.js";
export { DocumentReader, type ReadOptions, type RootRegistry, type Finding } from "./xml/reader.js";
export { DEFAULT_LIMITS, type ReadLimits } from "./xml/limits.js";
export { Registry, type RootEntry, type SerializeOptions } from "./xml/registry.js";
export { parseDocument, parseDocumentStream, streamDocumentItems } from "./xml/parse.js";
export { canonicalize, firstDifference, type CanonicalEvent } from "./xml/canonical.js";
export { detach } from "./xml/detach.js";
export type { XmlInput } from "./xml/input.js";
export {
  EmClient,
  type EmClientOptions,
  type EmBindings,
  type LinkLike,
  type TaskLike,
  type EmLogger,
  type GetOptions,
  type WaitOptions,
  type QueryOptions,
  type RequestOptions,
} from "./client/em-client.js";
export { Filter, where, formatValue, type FilterValue } from "./client/filter.js";
