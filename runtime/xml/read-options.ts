/** What a reader is asked to do with a document. */
import type { BoundClass } from "./xml-object.js";
import type { ReadLimits } from "./limits.js";
import type { Finding } from "./validator.js";

/** Options of the reader. */
export interface ReadOptions {
  /**
   * Reject what the schema does not know (roots, elements, attributes, enumeration values), a single
   * element given twice, elements out of order, and any error-level finding. Default false: those
   * are read without loss, each with a warning finding.
   */
  readonly strict?: boolean;
  /** Raise or lower the {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<ReadLimits>;
  /** Accept a root element with no namespace (snippets as the reference pages show them). Default false. */
  readonly allowNoNamespace?: boolean;
  /** Only accept this class (or a subclass) as the root. */
  readonly expect?: BoundClass;
  /**
   * Bind the root element as this class whatever its name: for fragments such as the snippets of
   * the reference pages (`<OptionsDaily>` on its own), which are not root elements of the API.
   */
  readonly as?: BoundClass;
  /**
   * Validation: called with every finding against the schema's facets (required attributes and
   * elements, occurrences, order, enumerations, patterns, unknown content), each located. Errors
   * break the schema; warnings are what EM itself does or accepts (undocumented enumeration values,
   * elements out of order) or content that is kept but not described (unknown elements, attributes
   * and roots, a single element given twice). Reading goes on after a finding.
   */
  readonly findings?: (finding: Finding) => void;
  /**
   * Which XML parser reads the text under the binder: `emx`, this toolkit's own tokenizer (the
   * default, and the faster), or `saxes`. Both give the same objects, findings and errors; errors
   * of well-formedness are worded by the parser that finds them.
   */
  readonly xmlParser?: "emx" | "saxes";
}

/** Maps root element names to the classes they bind to. */
export interface RootRegistry {
  /** The class for a root element's local name in the EM namespace, if any. */
  rootClass(localName: string): BoundClass | undefined;
  /** The root element name a class is written as by default. */
  rootNameOf(type: BoundClass): string | undefined;
}
