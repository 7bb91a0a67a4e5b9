/**
 * A type may extend a type of another file only if no chain of such bases leads back: generated
 * modules import their bases' modules, and modules in a cycle cannot define their classes in order.
 */
import type { SchemaProblem } from "../../runtime/errors.js";

/** A complex type naming its base: where, and which base. */
export interface BaseUse {
  readonly file: string;
  /** The pointer of the `base` property. */
  readonly pointer: string;
  readonly base: string;
}

/** The problem of the first cycle of bases between files, if there is one. */
export function checkFileCycles(uses: readonly BaseUse[], fileOfType: ReadonlyMap<string, string>): SchemaProblem[] {
  const edges = new Map<string, Map<string, BaseUse>>();
  for (const use of uses) {
    const target = fileOfType.get(use.base);
    const targets = edges.get(use.file) ?? new Map<string, BaseUse>();
    edges.set(use.file, targets);
    if (target !== undefined && target !== use.file && !targets.has(target)) targets.set(target, use);
  }
  const done = new Set<string>();
  const visit = (file: string, path: readonly BaseUse[]): SchemaProblem | undefined => {
    const start = path.findIndex((use) => use.file === file);
    if (start >= 0) return cycleProblem(path.slice(start));
    if (done.has(file)) return undefined;
    for (const [target, use] of edges.get(file) ?? []) {
      const problem = visit(target, [...path, use]);
      if (problem !== undefined) return problem;
    }
    done.add(file);
    return undefined;
  };
  for (const file of new Set([...fileOfType.values()])) {
    const problem = visit(file, []);
    if (problem !== undefined) return [problem];
  }
  return [];
}

/** The cycle told at the base that leaves its first file. */
function cycleProblem(cycle: readonly BaseUse[]): SchemaProblem {
  const files = [...cycle.map((use) => use.file), cycle[0]!.file].join(" -> ");
  return {
    file: cycle[0]!.file,
    pointer: cycle[0]!.pointer,
    message: `base types form a cycle between files (${files}); move the bases into one file`,
  };
}
