/**
 * Decides which area file each new type goes to, from the types already placed: who refers to it,
 * what it refers to (types everyone uses count little), and whose name it shares a prefix with.
 * The surest decision is taken first, so a new family follows its first member. A placement that
 * would make base types cycle between files is not taken. Root elements go where their type is.
 */
import { baseOf, referencesOf, type Definition } from "./type-references.js";

/** Where a new definition went, and the evidence that decided it. */
export interface Placement {
  readonly name: string;
  readonly kind: Definition["kind"];
  readonly file: string;
  readonly reason: string;
}

export interface PlacementInput {
  /** Every type of the merged set by name, and every root element as `<Name>`. */
  readonly definitions: ReadonlyMap<string, Definition>;
  /** Where the definitions that are already in a file are. */
  readonly placed: ReadonlyMap<string, string>;
  /** The keys of the new definitions, in the order they come in the XSD. */
  readonly added: readonly string[];
  /** The file for types nothing points anywhere for. */
  readonly fallbackFile: string;
}

interface Evidence {
  readonly score: number;
  readonly reason: string;
}

/** Places every new definition; the placements come in the order they were decided. */
export function placeNewDefinitions(input: PlacementInput): Placement[] {
  const graph = referenceGraph(input.definitions);
  const where = new Map(input.placed);
  const placements: Placement[] = [];
  const pending = input.added.filter((key) => !key.startsWith("<"));
  while (pending.length > 0) {
    let best: { index: number; file: string; evidence: Evidence } | undefined;
    pending.forEach((key, index) => {
      const choice = bestFile(key, graph, where, input.definitions);
      if (choice !== undefined && (best === undefined || choice.evidence.score > best.evidence.score))
        best = { index, ...choice };
    });
    const index = best?.index ?? 0;
    const key = pending.splice(index, 1)[0]!;
    const file = best?.file ?? input.fallbackFile;
    const reason = best?.evidence.reason ?? "nothing placed refers to it or shares its name";
    where.set(key, file);
    placements.push({ name: key, kind: input.definitions.get(key)!.kind, file, reason });
  }
  for (const key of input.added.filter((added) => added.startsWith("<"))) {
    const type = referencesOf(input.definitions.get(key)!)[0];
    const file = (type === undefined ? undefined : where.get(type)) ?? input.fallbackFile;
    placements.push({ name: key.slice(1, -1), kind: "elements", file, reason: `its type ${type} is there` });
  }
  return placements;
}

interface ReferenceGraph {
  readonly references: ReadonlyMap<string, readonly string[]>;
  readonly referrers: ReadonlyMap<string, readonly string[]>;
}

function referenceGraph(definitions: ReadonlyMap<string, Definition>): ReferenceGraph {
  const references = new Map<string, string[]>();
  const referrers = new Map<string, string[]>();
  for (const [key, definition] of definitions) {
    const targets = referencesOf(definition).filter((name) => definitions.has(name));
    references.set(key, targets);
    for (const target of targets) referrers.set(target, [...(referrers.get(target) ?? []), key]);
  }
  return { references, referrers };
}

/** The file with the strongest evidence for a type, among those that keep base types acyclic. */
function bestFile(
  key: string,
  graph: ReferenceGraph,
  where: ReadonlyMap<string, string>,
  definitions: ReadonlyMap<string, Definition>,
): { file: string; evidence: Evidence } | undefined {
  const candidates = [...evidenceByFile(key, graph, where)].sort(
    ([fileA, a], [fileB, b]) => b.score - a.score || (fileA < fileB ? -1 : 1),
  );
  for (const [file, evidence] of candidates) {
    if (!basesCycle(key, file, where, definitions)) return { file, evidence };
  }
  return undefined;
}

/** The evidence for each file, with the strongest single reason. */
function evidenceByFile(key: string, graph: ReferenceGraph, where: ReadonlyMap<string, string>): Map<string, Evidence> {
  const found = new Map<string, { score: number; reason: string }[]>();
  const add = (file: string | undefined, score: number, reason: string) => {
    if (file !== undefined && score > 0) found.set(file, [...(found.get(file) ?? []), { score, reason }]);
  };
  for (const referrer of graph.referrers.get(key) ?? [])
    add(
      where.get(referrer),
      2 / Math.sqrt(graph.references.get(referrer)!.length),
      `referred to by ${referrer.replace(/^<(.*)>$/, "root $1")}`,
    );
  for (const target of graph.references.get(key) ?? [])
    add(where.get(target), 1 / (graph.referrers.get(target) ?? []).length, `refers to ${target}`);
  for (const [file, match] of namesharing(key, where))
    add(file, 0.75 * match.words + 0.1 * Math.min(match.count, 5), `named like ${match.name}`);
  // A type that areas refer to from all sides belongs with the types every area shares.
  const areas = new Set((graph.referrers.get(key) ?? []).map((referrer) => where.get(referrer)).filter((file) => file));
  if (areas.size >= SHARED_AREAS) add(sharedFile(graph, where), 2 * areas.size, `used by ${areas.size} areas`);
  const evidence = new Map<string, Evidence>();
  for (const [file, items] of found) {
    const strongest = [...items].sort((a, b) => b.score - a.score).slice(0, 2);
    const score = items.reduce((total, item) => total + item.score, 0);
    evidence.set(file, { score, reason: strongest.map((item) => item.reason).join("; ") });
  }
  return evidence;
}

/** How many areas must refer to a type for it to count as shared by all. */
const SHARED_AREAS = 4;

/** The file whose types the most other files refer to (`common.json`). */
function sharedFile(graph: ReferenceGraph, where: ReadonlyMap<string, string>): string | undefined {
  const referringFiles = new Map<string, Set<string>>();
  for (const [target, referrers] of graph.referrers) {
    const file = where.get(target);
    if (file === undefined) continue;
    const set = referringFiles.get(file) ?? new Set<string>();
    for (const referrer of referrers) {
      const from = where.get(referrer);
      if (from !== undefined && from !== file) set.add(from);
    }
    referringFiles.set(file, set);
  }
  return [...referringFiles].sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : 1))[0]?.[0];
}

/** `NASJobEntityType` → `NAS`, `Job`, `Entity`, `Type`. */
function words(name: string): string[] {
  return name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [name];
}

/**
 * Per file, the placed type sharing the most leading words with `key` (the last word, `Type`, not
 * counted) and how many of its types share that many.
 */
function namesharing(key: string, where: ReadonlyMap<string, string>): Map<string, NameMatch> {
  const own = words(key).slice(0, -1);
  const best = new Map<string, NameMatch>();
  for (const [name, file] of where) {
    if (name.startsWith("<")) continue;
    const other = words(name);
    let shared = 0;
    while (shared < own.length && shared < other.length - 1 && own[shared] === other[shared]) shared++;
    const current = best.get(file);
    if (shared === 0 || shared < (current?.words ?? 0)) continue;
    best.set(
      file,
      shared === current?.words ? { ...current, count: current.count + 1 } : { name, words: shared, count: 1 },
    );
  }
  return best;
}

interface NameMatch {
  readonly name: string;
  readonly words: number;
  readonly count: number;
}

/** Whether putting `key` in `file` would make base types lead from a file back to itself. */
function basesCycle(
  key: string,
  file: string,
  where: ReadonlyMap<string, string>,
  definitions: ReadonlyMap<string, Definition>,
): boolean {
  const fileOf = (name: string) => (name === key ? file : where.get(name));
  const edges = new Map<string, Set<string>>();
  for (const [name, definition] of definitions) {
    const base = baseOf(definition);
    const from = fileOf(name);
    const to = base === undefined ? undefined : fileOf(base);
    if (from === undefined || to === undefined || from === to) continue;
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
  const reaches = (from: string, target: string, seen: Set<string>): boolean =>
    [...(edges.get(from) ?? [])].some(
      (next) => next === target || (!seen.has(next) && reaches(next, target, seen.add(next))),
    );
  return [...edges.keys()].some((start) => reaches(start, start, new Set()));
}
