/**
 * How reports for people arrange a diff: breaking kinds first, each kind its own group in the
 * order of the kind table. Kinds whose old and new values say nothing the kind does not are folded,
 * so a new family reads as one line per area (types, roots, simple types) and members as one line
 * per type (added, now optional, now in a choice, enumeration values, link Types).
 */
import { CHANGE_KINDS, kindRank, type ChangeKind, type SchemaChange } from "./change-kinds.js";

/** One kind's changes, listed one by one or folded into lines of names. */
export interface ReportGroup {
  readonly kind: ChangeKind;
  readonly title: string;
  readonly breaking: boolean;
  readonly changes: readonly SchemaChange[];
  /** For folded groups: a heading (an area or a type) and the names under it. */
  readonly folded?: readonly { readonly under: string; readonly names: readonly string[] }[];
  /** What the folded lines are by. */
  readonly foldedBy?: "area" | "type";
}

/** Kinds whose changes fold into one line per area: the name of what was added. */
const FOLD_BY_AREA = new Set<ChangeKind>(["type-added", "simple-type-added", "root-added"]);
/** Kinds whose changes fold into one line per type: the last step of the path. */
const FOLD_BY_TYPE = new Set<ChangeKind>([
  "member-now-optional",
  "member-now-exclusive",
  "member-added",
  "member-no-longer-exclusive",
  "enumeration-value-added",
  "link-type-added",
]);

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
    return group;
  });
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

/** `breaks TypeScript code and XML documents`, or nothing for a change that breaks no one. */
export function audiencesOf(change: Pick<SchemaChange, "breaks">): string {
  const names = change.breaks.map((audience) => (audience === "typescript" ? "TypeScript code" : "XML documents"));
  return names.length === 0 ? "" : `breaks ${names.join(" and ")}`;
}
