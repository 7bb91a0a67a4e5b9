/**
 * The diff of two sets of loaded schemas: every change with its kind, path, old and new value and
 * verdict, breaking changes first, then by path; and a summary by kind and by audience.
 */
import type { LoadedSchema } from "../load/load-schemas.js";
import { CHANGE_KINDS, kindRank, type Audience, type ChangeKind, type SchemaChange } from "./change-kinds.js";
import { compareRoots, hasLinkTypes } from "./compare-roots.js";
import { compareSimpleTypes } from "./compare-simple-types.js";
import { compareTypes } from "./compare-types.js";
import { schemaView } from "./schema-view.js";

export interface DiffOptions {
  /** List documentation edits too (kind `doc-changed`, never breaking). */
  readonly docs?: boolean;
}

export interface DiffSummary {
  readonly changes: number;
  readonly breaking: number;
  /** Breaking changes by audience. */
  readonly breakingFor: Readonly<Record<Audience, number>>;
  /** Changes by kind, in the order of the kind table; kinds that did not occur are left out. */
  readonly byKind: Readonly<Partial<Record<ChangeKind, number>>>;
}

export interface SchemaDiff {
  readonly changes: readonly SchemaChange[];
  readonly summary: DiffSummary;
  /** What was not compared, and why. */
  readonly notes: readonly string[];
}

/** Compares two sets of loaded schemas. */
export function diffSchemas(
  before: readonly LoadedSchema[],
  after: readonly LoadedSchema[],
  options: DiffOptions = {},
): SchemaDiff {
  const old = schemaView(before);
  const now = schemaView(after);
  const docs = options.docs === true;
  const changes = [
    ...compareTypes(old, now, docs),
    ...compareSimpleTypes(old, now, docs),
    ...compareRoots(old, now, docs),
  ].sort(byVerdictThenPath);
  const notes: string[] = [];
  if (hasLinkTypes(old) !== hasLinkTypes(now)) {
    const side = hasLinkTypes(old) ? "new" : "old";
    notes.push(`link Types are not compared: the ${side} side names none (an XSD carries none)`);
  }
  return { changes, summary: summarize(changes), notes };
}

function byVerdictThenPath(a: SchemaChange, b: SchemaChange): number {
  if (a.breaking !== b.breaking) return a.breaking ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return kindRank(a.kind) - kindRank(b.kind);
}

/** Counts changes by verdict, audience and kind. */
export function summarize(changes: readonly SchemaChange[]): DiffSummary {
  const byKind: Partial<Record<ChangeKind, number>> = {};
  for (const kind of Object.keys(CHANGE_KINDS) as ChangeKind[]) {
    const count = changes.filter((change) => change.kind === kind).length;
    if (count > 0) byKind[kind] = count;
  }
  const breakingFor = (audience: Audience) => changes.filter((change) => change.breaks.includes(audience)).length;
  return {
    changes: changes.length,
    breaking: changes.filter((change) => change.breaking).length,
    breakingFor: { typescript: breakingFor("typescript"), wire: breakingFor("wire") },
    byKind,
  };
}
