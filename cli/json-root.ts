/**
 * The class of a JSON document on the command line: JSON names no root, so `--type` names the root
 * element; without it, the class its shape (and its `Type`) makes certain, said as such.
 */
import { registry } from "../generated/registry.gen.js";
import { XmlReadError, type BoundClass } from "../index.js";
import { readJsonValue } from "../runtime/json/json-canonical.js";
import { inferJsonClass } from "../runtime/json/json-fit.js";
import { UsageError } from "./usage-error.js";

/** The class a JSON document is read as, its root element name (for XML), and how it was found. */
export interface JsonRoot {
  readonly type: BoundClass;
  readonly root: string;
  /** Undefined when `--type` named it; else how it was inferred (`inferred by its shape`). */
  readonly inferred: string | undefined;
}

/** The root of a JSON document: the element `type` names, or the one its shape makes certain. */
export function jsonRootOf(text: string, type: string | undefined): JsonRoot {
  if (type !== undefined) {
    const named = registry.rootClass(type);
    if (named === undefined) throw new UsageError(`--type ${type} is not a root element of the EM namespace`);
    return { type: named, root: type, inferred: undefined };
  }
  const inference = inferJsonClass(readJsonValue(text), registry);
  if (inference.type === undefined) {
    const roots = inference.candidates.slice(0, 6).map((candidate) => registry.rootNameOf(candidate));
    const more = inference.candidates.length > 6 ? ", ..." : "";
    // A document-level failure: other documents of the same run may well be certain.
    throw new XmlReadError(
      `JSON names no root and ${inference.how}${roots.length === 0 ? "" : ` (${roots.join(", ")}${more})`}: name it with --type`,
    );
  }
  return { type: inference.type, root: registry.rootNameOf(inference.type)!, inferred: `inferred ${inference.how}` };
}
