/**
 * `emx diff OLD NEW`: the changes between two schema folders (with their operations), XSDs or git
 * revisions, breaking ones named.
 */
import {
  diffSchemas,
  formatDiff,
  loadSchemaSide,
  SchemaSourceError,
  type DiffFormat,
} from "../generator/diff/index.js";
import type { SchemaSide } from "../generator/diff/schema-source.js";
import { SchemaError } from "../runtime/errors.js";
import { UsageError } from "./usage-error.js";

export interface DiffCommandOptions {
  readonly old: string;
  readonly new: string;
  readonly format: DiffFormat;
  /** List documentation edits too. */
  readonly docs: boolean;
  /** Where relative paths resolve and git runs (default: the current folder). */
  readonly cwd?: string;
}

/** Runs the diff and writes the report; returns whether a change is breaking. */
export function diffSides(options: DiffCommandOptions, write: (text: string) => void): boolean {
  const before = loadSide("old", options.old, options.cwd);
  const after = loadSide("new", options.new, options.cwd);
  const operations = { old: before.operations, new: after.operations };
  const diff = diffSchemas(before.schemas, after.schemas, { docs: options.docs, operations });
  write(formatDiff(diff, { old: options.old, new: options.new }, options.format));
  return diff.summary.breaking > 0;
}

/** Loads one side; what is wrong with it is told in one message that names the side. */
function loadSide(which: "old" | "new", spec: string, cwd: string | undefined): SchemaSide {
  try {
    return loadSchemaSide(spec, cwd);
  } catch (error) {
    if (error instanceof SchemaSourceError) throw new UsageError(`${which} side ${error.message}`);
    if (error instanceof SchemaError)
      throw new UsageError(`${which} side "${spec}" is not a sound schema: ${error.message}`);
    throw error;
  }
}
