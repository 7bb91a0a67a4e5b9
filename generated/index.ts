// Generated from schemas/*.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.

import {
  Registry,
  type BoundClass,
  type ReadOptions,
  type SerializeOptions,
  type XmlObject,
} from "../runtime/index.js";
import { EntityRef, EntityReferences, ErrorType, Task } from "./common.gen.js";
import { NASJob, NASJobs, NASObject, NASObjects } from "./nas.gen.js";

export * from "./common.gen.js";
export * from "./job-schedule.gen.js";
export * from "./nas.gen.js";
export { types } from "./type-table.gen.js";

/** Every class a document root binds to. */
export type EmRoot = EntityRef | EntityReferences | ErrorType | NASJob | NASJobs | NASObject | NASObjects | Task;

/** Root elements and link Types of the EM namespace, and the classes they bind to. */
export const registry = new Registry([
  { element: "EntityRef", type: () => EntityRef, linkTypes: ["EntityReference", "*Reference"] },
  { element: "EntityReferences", type: () => EntityReferences, linkTypes: ["EntityReferenceList", "*ReferenceList"] },
  { element: "Task", type: () => Task, linkTypes: ["Task"] },
  { element: "Error", type: () => ErrorType, linkTypes: [] },
  { element: "NASJob", type: () => NASJob, linkTypes: ["NASJob", "NasJob"] },
  { element: "NASJobs", type: () => NASJobs, linkTypes: ["NASJobList"] },
  { element: "NASObject", type: () => NASObject, linkTypes: ["NASObject", "NasObject"] },
  { element: "NASObjects", type: () => NASObjects, linkTypes: ["NASObjectList", "NasObjectList"] },
]);

/**
 * Reads an EM document (string or UTF-8 bytes) into the class its root element names.
 * With `expect`, only that class is accepted and the result is typed as it.
 */
export function parse<T extends XmlObject = EmRoot>(
  input: string | Uint8Array,
  options?: ReadOptions & { readonly expect?: BoundClass<T> },
): T {
  return registry.parse(input, options) as T;
}

/** Reads an EM document from a Node Readable, a web ReadableStream or an async iterable of chunks. */
export async function parseStream<T extends XmlObject = EmRoot>(
  input: Parameters<Registry["parseStream"]>[0],
  options?: ReadOptions & { readonly expect?: BoundClass<T> },
): Promise<T> {
  return (await registry.parseStream(input, options)) as T;
}

/** Writes an object as an EM document, under the root element its class is registered for. */
export function serialize(object: XmlObject, options?: SerializeOptions): string {
  return registry.serialize(object, options);
}
