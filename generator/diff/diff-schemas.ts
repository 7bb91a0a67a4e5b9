/**
 * The diff of two sets of loaded schemas and, when given, their operation files: every change with
 * its kind, path, old and new value and verdict, the schemas' before the operations', breaking
 * changes first, then by path; and a summary by kind, audience and group.
 */
import type { LoadedSchema } from "../load/load-schemas.js";
import {
  CHANGE_GROUPS,
  CHANGE_KINDS,
  kindRank,
  type Audience,
  type ChangeGroup,
  type ChangeKind,
  type SchemaChange,
} from "./change-kinds.js";
import { compareRoots, hasLinkTypes } from "./compare-roots.js";
import { compareSimpleTypes } from "./compare-simple-types.js";
import { compareTypes } from "./compare-types.js";
import { diffOperations, type OperationSides } from "./diff-operations.js";
import { schemaView } from "./schema-view.js";

export interface DiffOptions {
  /** List documentation edits too (kind `doc-changed`, never breaking). */
  readonly docs?: boolean;
  /** The operation files of the sides; operations are compared only when given. */
  readonly operations?: OperationSides;
}

/** How many changes, how many of them break, and whom. */
export interface ChangeCount {
  readonly changes: number;
  readonly breaking: number;
  /** Breaking changes by audience. */
  readonly breakingFor: Readonly<Record<Audience, number>>;
}

export interface DiffSummary extends ChangeCount {
  /** Changes by kind, in the order of the kind table; kinds that did not occur are left out. */
  readonly byKind: Readonly<Partial<Record<ChangeKind, number>>>;
  /** The counts of the schemas' changes and of the operations'. */
  readonly byGroup: Readonly<Record<ChangeGroup, ChangeCount>>;
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
  const operations = diffOperations(options.operations ?? { old: undefined, new: undefined }, docs);
  const changes = [
    ...compareTypes(old, now, docs),
    ...compareSimpleTypes(old, now, docs),
    ...compareRoots(old, now, docs),
    ...operations.changes,
  ].sort(byGroupVerdictThenPath);
  const notes: string[] = [];
  if (hasLinkTypes(old) !== hasLinkTypes(now)) {
    const side = hasLinkTypes(old) ? "new" : "old";
    notes.push(`link Types are not compared: the ${side} side names none (an XSD carries none)`);
  }
  notes.push(...operations.notes);
  return { changes, summary: summarize(changes), notes };
}

function byGroupVerdictThenPath(a: SchemaChange, b: SchemaChange): number {
  if (a.group !== b.group) return CHANGE_GROUPS.indexOf(a.group) - CHANGE_GROUPS.indexOf(b.group);
  if (a.breaking !== b.breaking) return a.breaking ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return kindRank(a.kind) - kindRank(b.kind);
}

/** Counts changes by verdict, audience, kind and group. */
export function summarize(changes: readonly SchemaChange[]): DiffSummary {
  const byKind: Partial<Record<ChangeKind, number>> = {};
  for (const kind of Object.keys(CHANGE_KINDS) as ChangeKind[]) {
    const count = changes.filter((change) => change.kind === kind).length;
    if (count > 0) byKind[kind] = count;
  }
  const inGroup = (group: ChangeGroup) => countOf(changes.filter((change) => change.group === group));
  return { ...countOf(changes), byKind, byGroup: { schemas: inGroup("schemas"), operations: inGroup("operations") } };
}

function countOf(changes: readonly SchemaChange[]): ChangeCount {
  const breakingFor = (audience: Audience) => changes.filter((change) => change.breaks.includes(audience)).length;
  return {
    changes: changes.length,
    breaking: changes.filter((change) => change.breaking).length,
    breakingFor: { typescript: breakingFor("typescript"), wire: breakingFor("wire") },
  };
}
