/**
 * The round trip of a document whose elements are out of the schema's order: read leniently, it is
 * written back in schema order (the writer's order is the schema's), so it cannot come back as it
 * was. What must hold instead: the rewrite differs only in the order of siblings, and the rewritten
 * document reads strictly and round-trips as it is.
 */
import { validateDocument } from "../cli/validate.js";
import { parse, serialize } from "../generated/index.js";
import { canonicalize, firstDifference, type BoundClass } from "../index.js";

/** How to read the document: a snippet needs the class to bind it as. */
export interface ReadAs {
  readonly allowNoNamespace: boolean;
  readonly as?: BoundClass;
}

/** What is wrong with the reordering round trip of a document, or undefined when it holds. */
export function schemaOrderProblem(file: string, bytes: Uint8Array, read: ReadAs): string | undefined {
  const input = new TextDecoder().decode(bytes);
  const written = serialize(parse(bytes, { allowNoNamespace: read.allowNoNamespace, as: read.as }));
  if (firstDifference(input, written) === undefined) return `${file} round-trips unchanged: it is in schema order`;
  if (sortedEvents(input).join("\n") !== sortedEvents(written).join("\n")) {
    return `${file} changes more than the order of siblings when rewritten in schema order`;
  }
  const again = validateDocument(file, new TextEncoder().encode(written), { strict: true, ...read });
  return again.ok ? undefined : `${file}, rewritten in schema order, still fails: ${again.problem}`;
}

/**
 * The canonical events of a document, each with its element path, sorted: equal for two documents
 * that differ only in the order of sibling elements of different names.
 */
function sortedEvents(xml: string): string[] {
  return canonicalize(xml)
    .map(({ path, event }) => `${path} ${event}`)
    .sort();
}
