/**
 * Values of path parameters found in the hrefs the client was given: every link and every object's
 * own `Href` is matched against the operation table's paths, up to each operation's last
 * parameter, so `/jobs/{ID}?action=start` and `/jobs/{jobID}/includes` both find job ids. What a
 * test created is kept apart and offered first.
 */
import { operations } from "../../client.js";
import type { XmlObject } from "../../index.js";
import { compileTemplate, matchTemplate, splitPath, type PathTemplate } from "../../mock/path-template.js";
import type { OperationEntry } from "../../runtime/client/operation-table.js";

/** An operation id of this package's table. */
export type OperationId = keyof typeof operations & string;

/** Path parameter values by name. */
export type Params = Readonly<Record<string, string>>;

/** The values of one href for a seed key, in path order, with the object whose own Href it was. */
export interface Candidate {
  readonly values: readonly string[];
  readonly href: string;
  readonly object?: XmlObject;
}

const table: Readonly<Record<string, OperationEntry>> = operations;

/** The entry of an operation. */
export function entryOf(id: string): OperationEntry {
  return table[id]!;
}

/** An operation's path up to its last parameter, compiled; undefined for a path without any. */
function seedTemplate(id: string): PathTemplate | undefined {
  const entry = entryOf(id);
  const parameters = entry.parameters ?? [];
  if (parameters.length === 0) return undefined;
  const last = `{${parameters.at(-1)}}`;
  const path = entry.path.slice(0, entry.path.indexOf(last) + last.length);
  return compileTemplate(path, new Set(entry.spansSegments ?? []));
}

/** The key the parameters of an operation are found under (`/jobs/{}` for `startJob` and `getJobIncludes`). */
export function seedKey(id: string): string | undefined {
  return seedTemplate(id)?.key;
}

/** The parameters of an operation from a candidate's values, in the operation's own names. */
export function paramsOf(id: string, values: readonly string[]): Params {
  const names = entryOf(id).parameters ?? [];
  return Object.fromEntries(names.map((name, index) => [name, values[index]!]));
}

/** Candidates by seed key, from the hrefs added. */
export class SeedIndex {
  private readonly templates: PathTemplate[];
  private readonly found = new Map<string, Map<string, Candidate>>();
  private readonly made = new Map<string, Candidate[]>();

  constructor(private readonly base: URL) {
    const byKey = new Map<string, PathTemplate>();
    for (const id of Object.keys(table)) {
      const template = seedTemplate(id);
      if (template !== undefined) byKey.set(template.key, template);
    }
    this.templates = [...byKey.values()];
  }

  /** The key and values of an href below the API root, for each seed template it fits. */
  match(href: string): { key: string; values: string[] }[] {
    const url = new URL(href, this.base);
    if (url.origin !== this.base.origin || !url.pathname.startsWith(this.base.pathname)) return [];
    const segments = splitPath(url.pathname.slice(this.base.pathname.length));
    return this.templates.flatMap((template) => {
      const values = matchTemplate(template, segments);
      return values === undefined ? [] : [{ key: template.key, values }];
    });
  }

  /** Adds an href (and the object it is the own Href of); an object replaces a bare link of the same values. */
  add(href: string, object?: XmlObject): void {
    for (const { key, values } of this.match(href)) {
      const candidates = this.found.get(key) ?? new Map<string, Candidate>();
      this.found.set(key, candidates);
      const id = values.join("\u0000");
      if (!candidates.has(id) || (object !== undefined && candidates.get(id)!.object === undefined))
        candidates.set(id, { values, href, object });
    }
  }

  /** Notes what a test created under a key: offered before anything found. */
  addCreated(key: string, candidate: Candidate): void {
    const id = candidate.values.join("\u0000");
    const others = (this.made.get(key) ?? []).filter((made) => made.values.join("\u0000") !== id);
    this.made.set(key, [candidate, ...others]);
  }

  /** Forgets what a key's values named: it was deleted. */
  remove(key: string, values: readonly string[]): void {
    const id = values.join("\u0000");
    this.found.get(key)?.delete(id);
    const made = this.made.get(key);
    if (made !== undefined)
      this.made.set(
        key,
        made.filter((candidate) => candidate.values.join("\u0000") !== id),
      );
  }

  /** What a test created under a key, newest first. */
  created(key: string | undefined): readonly Candidate[] {
    return key === undefined ? [] : (this.made.get(key) ?? []);
  }

  /** Everything found under a key, in the order found. */
  candidates(key: string | undefined): readonly Candidate[] {
    return key === undefined ? [] : [...(this.found.get(key)?.values() ?? [])];
  }
}

/** The parameters of an operation in an href of its own path (any action), or undefined when it does not fit. */
export function paramsIn(id: string, href: string, base: URL): Params | undefined {
  const entry = entryOf(id);
  const url = new URL(href, base);
  if (!url.pathname.startsWith(base.pathname)) return undefined;
  const template = compileTemplate(entry.path, new Set(entry.spansSegments ?? []));
  const values = matchTemplate(template, splitPath(url.pathname.slice(base.pathname.length)));
  return values === undefined ? undefined : paramsOf(id, values);
}
