/**
 * EM's JSON form of the bound classes, read and written from the same bindings as XML: the
 * functions of the package entry. JSON names no root, so reading is told the class to expect.
 */
import { XmlWriteError } from "../errors.js";
import type { ExpectOptions, StreamItemsOptions } from "../xml/bindings.js";
import type { XmlInput } from "../xml/input.js";
import type { SerializeOptions } from "../xml/registry.js";
import { UnknownRoot } from "../xml/unknown-root.js";
import { XmlObject, type BoundClass } from "../xml/xml-object.js";
import { parseJsonDocument, readJsonStream } from "./json-parse.js";
import { JsonWriter } from "./json-writer.js";

/**
 * Reads EM's JSON (a string or UTF-8 bytes) as an instance of `options.expect`, PascalCase (EM 12)
 * or camelCase (EM 13) alike. Properties the class does not know are kept and written back in
 * place; `null` slots are kept apart from absent ones. Errors are {@link XmlReadError}s located by
 * line, column and property path (`$.Entities.Jobs.Jobs[3].Name`).
 */
export function parseJson<T extends XmlObject>(input: string | Uint8Array, options: ExpectOptions<T>): T {
  return parseJsonDocument(input, options) as T;
}

/**
 * Yields the items of a JSON document's first list (the `Refs` of EntityReferences, the entities
 * of a QueryResult) one at a time, reading a stream only as fast as they are taken; each must be an
 * instance of `item`. Returns the root, an `expect`, without those items.
 */
export function streamJsonItems<T extends XmlObject, R extends XmlObject>(
  input: XmlInput,
  options: StreamItemsOptions<T> & { readonly expect: BoundClass<R> },
): AsyncGenerator<T, R, undefined> {
  const { item, ...readOptions } = options;
  return readJsonStream<T>(input, readOptions, { type: item }) as AsyncGenerator<T, R, undefined>;
}

/**
 * Writes an object as EM's JSON: properties in EM's order, in the case of `options.case` (default:
 * the case it was read in, else PascalCase as EM 12 writes), indented by `options.indent` (default
 * two spaces; `""` for one line).
 */
export function serializeJson(object: XmlObject, options: SerializeOptions = {}): string {
  if (!(object instanceof XmlObject))
    throw new XmlWriteError(
      `${typeof object === "object" ? "a plain object" : `a ${typeof object}`} cannot be written as a document: it is not an instance of a generated class`,
    );
  // An unknown root's content is kept as XML, which has no JSON form: writing `{}` would lose it.
  if (object instanceof UnknownRoot)
    throw new XmlWriteError(`UnknownRoot ${object.name} cannot be written as JSON: its content is kept as XML only`);
  const binding = (object.constructor as BoundClass).binding;
  return new JsonWriter(options).document(object, binding);
}
