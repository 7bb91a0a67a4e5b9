/**
 * The XML samples of the shared reference corpus as the tests read them: the sample list, the
 * samples known to be broken in the reference, and the classes a namespace-less snippet may bind as.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildModel } from "../generator/build-model.js";
import { loadSchemaFolder } from "../generator/load/load-schemas.js";
import { types } from "../generated/type-table.gen.js";
import type { BoundClass } from "../index.js";
import { corpus, projectRoot } from "./helpers.js";

export interface Sample {
  readonly file: string;
  readonly root: string;
  readonly namespace: string;
}

export interface KnownFailure {
  readonly reason: string;
  /** Which checks the sample fails: strict reading, lenient reading, facet validation. */
  readonly failsOn: readonly ("strict" | "lenient" | "facets")[];
  /**
   * The sample's elements are out of the schema's order: read leniently it is written back in schema
   * order, so its round trip is checked against schema order instead of byte for byte.
   */
  readonly outOfSchemaOrder?: boolean;
}

/** The corpus's XML samples (call only when the corpus is present). */
export function corpusSamples(): Sample[] {
  return (JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as { samples: Sample[] }).samples;
}

/** The samples broken in the reference, by file, with the reason and what they fail. */
export const knownFailures: Readonly<Record<string, KnownFailure>> = JSON.parse(
  readFileSync(join(projectRoot, "test", "conformance-known-failures.json"), "utf8"),
);

let candidates: Map<string, BoundClass[]> | undefined;

/** Classes a snippet may bind as, by element name: the root element of that name, and every type declaring such an element. */
export function candidatesByElement(): Map<string, BoundClass[]> {
  return (candidates ??= findCandidates());
}

function findCandidates(): Map<string, BoundClass[]> {
  const model = buildModel(loadSchemaFolder(join(projectRoot, "schemas")));
  const names = new Map<string, Set<string>>();
  const add = (element: string, type: string) => names.set(element, (names.get(element) ?? new Set()).add(type));
  for (const file of model.files) {
    for (const root of file.roots) add(root.element, root.type);
    for (const type of file.classes)
      for (const element of type.elements)
        if (element.content.kind === "class") add(element.xmlName, element.content.type);
  }
  const abstract = new Set(
    model.files.flatMap((file) => file.classes.filter((type) => type.abstract).map((type) => type.schemaName)),
  );
  const classes = new Map<string, BoundClass[]>();
  for (const [element, typeNames] of names) {
    classes.set(
      element,
      [...typeNames]
        .filter((name) => !abstract.has(name))
        .map((name) => types.get(name).create().constructor as BoundClass),
    );
  }
  return classes;
}
