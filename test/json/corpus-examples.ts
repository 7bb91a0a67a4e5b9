/**
 * The JSON examples of the shared corpus, read in place, and the class each is read as. The page
 * and method in an example's name pick the operation: its request body's root (or an answer's); a
 * page no operation has offers the roots of its XML examples. An example that is a fragment (one
 * property of a body, `{ "OptionsDaily": {...} }`) is read as the type declaring that property
 * within the body. Where several classes could hold it, the one it fits best (fewest findings) wins.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { registry } from "../../generated/registry.gen.js";
import { types } from "../../generated/type-table.gen.js";
import { parseJson, type BoundClass, type Finding, type XmlObject } from "../../index.js";
import { readJsonValue } from "../../runtime/json/json-canonical.js";
import { inferJsonClass } from "../../runtime/json/json-fit.js";
import { jsonLayout } from "../../runtime/json/json-layout.js";
import type { ClassBinding } from "../../runtime/xml/class-binding.js";
import { model } from "../property/arbitrary.js";
import { corpus, projectRoot } from "../helpers.js";

/** One example and how it reads. */
export interface PlacedExample {
  readonly file: string;
  readonly text: string;
  /** The class it is read as, and how that was found. */
  readonly type: BoundClass;
  readonly how: string;
  /** The findings of a lenient read as that class. */
  readonly findings: readonly Finding[];
  /** Why no class reads it, when none does. */
  readonly problem?: string;
}

interface OperationRoots {
  readonly page: string;
  readonly method: string;
  readonly roots: readonly string[];
}

const EXAMPLE_NAME = /^((get|post|put|delete)?_?.+?)__(\d+)__[^_].*\.json$/;

/** Every example of the corpus, placed. */
export function placedExamples(): PlacedExample[] {
  const operations = readOperations();
  const samples = readSampleRoots();
  return readdirSync(join(corpus, "json"))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const [, page, method, pair] = EXAMPLE_NAME.exec(file)!;
      const fromOperations = operations.filter(
        (operation) => operation.page === `${page}.md` && operation.method === (method ?? "").toUpperCase(),
      );
      const roots =
        fromOperations.length > 0
          ? fromOperations.flatMap((operation) => operation.roots)
          : (samples.get(`${page}.md`)?.get(Number(pair)) ?? []);
      return place(file, readFileSync(join(corpus, "json", file), "utf8"), [...new Set(roots)]);
    });
}

interface Attempt {
  readonly type: BoundClass;
  readonly how: string;
}

function place(file: string, text: string, roots: readonly string[]): PlacedExample {
  const [only, ...others] = Object.keys(JSON.parse(text) as object);
  const fragment = others.length === 0 ? only : undefined;
  const attempts: Attempt[] = [];
  for (const root of roots) {
    const type = registry.rootClass(root);
    if (type === undefined) continue;
    attempts.push({ type, how: `as ${root}` });
    if (fragment === undefined || propertyOf(type.binding, fragment)) continue;
    for (const holder of declaring(type.binding, fragment))
      attempts.push({ type: holder, how: `fragment of ${root}: ${fragment} of ${holder.binding.typeName}` });
  }
  let best = bestOf(file, text, attempts);
  // Roots that do not hold it (or none): a fragment is read as any type declaring its property, a whole document by shape.
  if (best === undefined || misfits(best.findings) > 0) {
    const more: Attempt[] = [];
    if (fragment !== undefined)
      for (const holder of declaringAnywhere(fragment))
        more.push({ type: holder, how: `fragment: ${fragment} of ${holder.binding.typeName}` });
    const inferred = inferJsonClass(readJsonValue(text), registry);
    if (inferred.type !== undefined) more.push({ type: inferred.type, how: `${inferred.type.name}, ${inferred.how}` });
    const other = bestOf(file, text, more);
    if (other !== undefined && (best === undefined || misfits(other.findings) < misfits(best.findings))) best = other;
  }
  if (best !== undefined) return best;
  const problem = `no class of ${roots.join(", ") || "no root"} reads it${attempts.length === 0 ? "" : `: ${failure(text, attempts[0]!)}`}`;
  return { file, text, type: attempts[0]?.type ?? registryClasses()[0]!, how: "", findings: [], problem };
}

/** The attempt the example reads as with the fewest misfits (the first of equals), if any reads it. */
function bestOf(file: string, text: string, attempts: readonly Attempt[]): PlacedExample | undefined {
  let best: PlacedExample | undefined;
  for (const attempt of attempts) {
    const findings: Finding[] = [];
    try {
      parseJson(text, { expect: attempt.type, findings: (finding) => findings.push(finding) });
    } catch {
      continue;
    }
    if (best === undefined || misfits(findings) < misfits(best.findings)) best = { file, text, ...attempt, findings };
  }
  return best;
}

function failure(text: string, attempt: Attempt): string {
  try {
    parseJson(text, { expect: attempt.type });
    return "";
  } catch (error) {
    return `${attempt.how}: ${(error as Error).message}`;
  }
}

/** Findings that say the example does not fit the class (not those a fragment has, such as missing required items). */
function misfits(findings: readonly Finding[]): number {
  return findings.filter((finding) => / is not part of |; it is kept as it is$/.test(finding.message)).length;
}

function propertyOf(binding: ClassBinding, name: string): boolean {
  const layout = jsonLayout(binding);
  return layout.byName.has(name) || layout.byFoldedName.has(name.toLowerCase());
}

/** Concrete classes reachable from `binding` (through elements and derivation) with a property `name`. */
function declaring(binding: ClassBinding, name: string): BoundClass[] {
  const seen = new Set<ClassBinding>([binding]);
  const queue = [binding];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const targets = [
      ...next.elements.flatMap((slot) =>
        slot.kind === "object" || slot.kind === "wrappedObjects" ? [slot.binding] : [],
      ),
      ...allBindings().filter((candidate) => candidate.base === next),
    ];
    for (const target of targets) if (!seen.has(target)) (seen.add(target), queue.push(target));
  }
  return [...seen]
    .filter((candidate) => !candidate.abstract && propertyOf(candidate, name))
    .map((candidate) => candidate.create().constructor as BoundClass);
}

/** Concrete classes with a property `name`, over all classes. */
function declaringAnywhere(name: string): BoundClass[] {
  return allBindings()
    .filter((candidate) => !candidate.abstract && candidate.elements.some((slot) => slot.name === name))
    .map((candidate) => candidate.create().constructor as BoundClass);
}

/** The classes of every root element. */
function registryClasses(): BoundClass[] {
  return registry.entries.map((entry) => entry.type());
}

let bindings: ClassBinding[] | undefined;

function allBindings(): ClassBinding[] {
  return (bindings ??= model.files.flatMap((file) => file.classes.map((type) => types.get(type.schemaName))));
}

function readOperations(): OperationRoots[] {
  const folder = join(projectRoot, "schemas", "operations");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json") && name !== "operations.schema.json")
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(folder, name), "utf8")) as {
        operations: { page: string; method: string; body?: { element: string }; responses?: { element?: string }[] }[];
      };
      return file.operations.map((operation) => ({
        page: operation.page,
        method: operation.method,
        roots: [
          ...(operation.body === undefined ? [] : [operation.body.element]),
          ...(operation.responses ?? []).flatMap((answer) => (answer.element === undefined ? [] : [answer.element])),
        ],
      }));
    });
}

/** The roots of each page's XML examples, by page file name and the example's number on the page. */
function readSampleRoots(): Map<string, Map<number, string[]>> {
  const { samples } = JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as {
    samples: { file: string; page: string; root: string }[];
  };
  const roots = new Map<string, Map<number, string[]>>();
  for (const sample of samples) {
    const page = sample.page.replace(/^em-docs\//, "");
    const pair = Number(/__(\d+)__/.exec(sample.file)![1]);
    const byPair = roots.get(page) ?? new Map<number, string[]>();
    byPair.set(pair, [...(byPair.get(pair) ?? []), sample.root]);
    roots.set(page, byPair);
  }
  return roots;
}

/** The example with every property name re-cased as EM 13 writes (camelCase), unknown ones too. */
export function recased(value: unknown, recase: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => recased(item, recase));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([name, inner]) => [recase(name), recased(inner, recase)]));
}

export type { XmlObject };
