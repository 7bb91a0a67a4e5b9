/**
 * Round-trip validation of documents: parse each one, write it back, and compare the two after
 * canonicalisation. A library function; `emx validate` is its shell.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  canonicalize,
  firstDifference,
  XmlReadError,
  type BoundClass,
  type ReadOptions,
  type SerializeOptions,
  type XmlObject,
} from "../runtime/index.js";
import * as ownBindings from "../generated/index.js";

/** What validation needs of a set of generated bindings (its index module). */
export interface Bindings {
  parse(input: string | Uint8Array, options?: ReadOptions): XmlObject;
  serialize(object: XmlObject, options?: SerializeOptions): string;
}

/** The outcome for one file. */
export interface ValidationResult {
  readonly file: string;
  readonly ok: boolean;
  /** The class the root bound to, when the parse succeeded. */
  readonly type?: string;
  /** What went wrong, with its location. */
  readonly problem?: string;
}

export interface ValidateOptions {
  /** Reject unknown elements, attributes and enumeration values. */
  readonly strict?: boolean;
  /** Accept roots with no namespace (snippets). */
  readonly allowNoNamespace?: boolean;
  /** The bindings to validate with; this package's by default. */
  readonly bindings?: Bindings;
  /** Bind the root as this class whatever its name (fragments), and write it back under its own name. */
  readonly as?: BoundClass;
}

/** Expands files and folders (recursively, `*.xml` only) into a sorted list of files. */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory() || name.endsWith(".xml")) visit(child);
      }
    } else files.push(path);
  };
  for (const path of paths) visit(path);
  return files;
}

/** Validates one document held in memory. */
export function validateDocument(file: string, bytes: Uint8Array, options: ValidateOptions = {}): ValidationResult {
  const { parse, serialize } = options.bindings ?? ownBindings;
  let object: XmlObject;
  try {
    object = parse(bytes, {
      strict: options.strict === true,
      allowNoNamespace: options.allowNoNamespace === true,
      as: options.as,
    });
  } catch (error) {
    if (error instanceof XmlReadError) return { file, ok: false, problem: error.message };
    throw error;
  }
  const type = object.constructor.name;
  const input = new TextDecoder().decode(bytes);
  const written = serialize(object, options.as === undefined ? {} : { root: rootName(input) });
  const difference = firstDifference(input, written);
  if (difference !== undefined) {
    return {
      file,
      ok: false,
      type,
      problem: `round trip differs at ${difference.path}: expected ${difference.expected}, wrote ${difference.actual}`,
    };
  }
  return { file, ok: true, type };
}

/** Validates every file under the given paths. */
export function validateDocuments(paths: readonly string[], options: ValidateOptions = {}): ValidationResult[] {
  return expandPaths(paths).map((file) => validateDocument(file, readFileSync(file), options));
}

/** The local name of a document's root element. */
function rootName(xml: string): string {
  const start = canonicalize(xml)[0]!.event;
  return /^start \{[^}]*\}(\S+)/.exec(start)![1]!;
}
