/**
 * How reports for people arrange a diff: breaking kinds first, each kind its own group in the
 * order of the kind table. Kinds whose old and new values say nothing the kind does not are folded,
 * so a new family reads as one line per area (types, roots, simple types, operations, query types)
 * and members as one line per type (added, now optional, now in a choice, enumeration values, link
 * Types), additions to an operation or query type as one line per operation, parameter or type.
 */
import {
  CHANGE_GROUPS,
  CHANGE_KINDS,
  groupOfKind,
  kindRank,
  type ChangeGroup,
  type ChangeKind,
  type SchemaChange,
} from "./change-kinds.js";

/** One kind's changes, listed one by one or folded into lines of names. */
export interface ReportGroup {
  readonly kind: ChangeKind;
  readonly title: string;
  readonly breaking: boolean;
  readonly changes: readonly SchemaChange[];
  /** For folded groups: a heading (an area or a type) and the names under it. */
  readonly folded?: readonly { readonly under: string; readonly names: readonly string[] }[];
  /** What the folded lines are by. */
  readonly foldedBy?: "area" | "type" | "parent";
}

/** Kinds whose changes fold into one line per area: the name of what was added. */
const FOLD_BY_AREA = new Set<ChangeKind>([
  "type-added",
  "simple-type-added",
  "root-added",
  "operation-added",
  "query-type-added",
]);
/**
 * Kinds whose changes fold under the path before the last separator given: `getJobs?filter` under
 * `getJobs`, `getJobs?format=Full` under `getJobs?format`, `getJob/links/Down` under `getJob/links`.
 */
const FOLD_BY_PARENT: Partial<Record<ChangeKind, string>> = {
  "query-parameter-added": "?",
  "allowed-value-added": "=",
  "answer-added": "/",
  "query-field-added": "/",
  "link-added": "/",
};
/** Kinds whose changes fold into one line per type: the last step of the path. */
const FOLD_BY_TYPE = new Set<ChangeKind>([
  "member-now-optional",
  "member-now-exclusive",
  "member-added",
  "member-no-longer-exclusive",
  "enumeration-value-added",
  "link-type-added",
]);

/** The changes of one group with one verdict, by kind: a section of a report. */
export interface ReportSection {
  readonly group: ChangeGroup;
  readonly breaking: boolean;
  readonly kinds: readonly ReportGroup[];
  readonly count: number;
}

/** The sections of a report: the schemas' breaking and other changes, then the operations'; empty ones left out. */
export function reportSections(changes: readonly SchemaChange[]): ReportSection[] {
  return CHANGE_GROUPS.flatMap((group) => {
    const kinds = reportGroups(changes.filter((change) => change.group === group));
    return [true, false].map((breaking) => {
      const chosen = kinds.filter((kind) => kind.breaking === breaking);
      return { group, breaking, kinds: chosen, count: chosen.reduce((total, kind) => total + kind.changes.length, 0) };
    });
  }).filter((section) => section.count > 0);
}

/** The groups of a diff, breaking ones first. */
export function reportGroups(changes: readonly SchemaChange[]): ReportGroup[] {
  const kinds = [...new Set(changes.map((change) => change.kind))].sort((a, b) => {
    const breaking = Number(CHANGE_KINDS[b].breaks.length > 0) - Number(CHANGE_KINDS[a].breaks.length > 0);
    return breaking !== 0 ? breaking : kindRank(a) - kindRank(b);
  });
  return kinds.map((kind) => {
    const ofKind = changes.filter((change) => change.kind === kind);
    const group = { kind, title: CHANGE_KINDS[kind].title, breaking: ofKind[0]!.breaking, changes: ofKind };
    if (FOLD_BY_AREA.has(kind)) return { ...group, folded: fold(ofKind, byArea), foldedBy: "area" as const };
    if (FOLD_BY_TYPE.has(kind)) return { ...group, folded: fold(ofKind, byType), foldedBy: "type" as const };
    const separator = FOLD_BY_PARENT[kind];
    if (separator !== undefined)
      return { ...group, folded: fold(ofKind, byParent(separator)), foldedBy: "parent" as const };
    return group;
  });
}

function byParent(separator: string): (change: SchemaChange) => [string, string] {
  return (change) => {
    const at = change.path.lastIndexOf(separator);
    return [change.path.slice(0, at), change.path.slice(at + separator.length)];
  };
}

function byArea(change: SchemaChange): [string, string] {
  return [change.area, change.path.replace(/^<(.*)>$/, "$1")];
}

/**
 * `Type/Member` folds under `Type` (with its class when TypeScript code breaks); a link Type (path
 * `<Root>`) under its root.
 */
function byType(change: SchemaChange): [string, string] {
  const slash = change.path.indexOf("/");
  if (slash < 0) return [change.path, change.new ?? ""];
  const tsClass = change.breaks.includes("typescript") ? change.typescript?.split(".")[0] : undefined;
  const type = change.path.slice(0, slash);
  return [tsClass === undefined ? type : `${type} [${tsClass}]`, change.path.slice(slash + 1)];
}

function fold(changes: readonly SchemaChange[], key: (change: SchemaChange) => [string, string]) {
  const lines = new Map<string, string[]>();
  for (const change of changes) {
    const [under, name] = key(change);
    lines.set(under, [...(lines.get(under) ?? []), name]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([under, names]) => ({ under, names }));
}

/**
 * `breaks TypeScript code and XML documents` (`requests` for the operations' wire), or nothing for a
 * kind that breaks no one.
 */
export function audiencesOf(kind: ChangeKind): string {
  const names = CHANGE_KINDS[kind].breaks.map((audience) =>
    audience === "typescript" ? "TypeScript code" : WIRE_NAMES[groupOfKind(kind)],
  );
  return names.length === 0 ? "" : `breaks ${names.join(" and ")}`;
}

/** What the wire is for each group. */
export const WIRE_NAMES = { schemas: "XML documents", operations: "requests" } as const;
