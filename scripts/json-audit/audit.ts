/**
 * The audit as a whole: the corpus's JSON examples walked against the schemas, and the v1_2 XSD's
 * types compared with the schemas' types of the same names.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildModel } from "../../generator/build-model.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { readExamples, readPageFacts } from "./corpus.js";
import type { Finding } from "./findings.js";
import { placeExample, type Placement } from "./place-example.js";
import { schemaView, type SchemaView } from "./schema-view.js";
import { walkExample } from "./walk-example.js";
import { compareWithXsd } from "./xsd-comparison.js";

/** Where the audit reads from. */
export interface AuditSources {
  /** The project's schema folder. */
  readonly schemas: string;
  /** The shared reference folder holding `em-docs`, `em-corpus` and `em-reference`. */
  readonly shared: string;
}

/** How one example was read. */
export interface ExampleReading extends Placement {
  /** Numbers and booleans written as strings: a sign of an example converted from XML by hand. */
  readonly quotedScalars: number;
}

/** What the audit found. */
export interface AuditResult {
  /** How each example was read, by example file. */
  readonly examples: ReadonlyMap<string, ExampleReading>;
  readonly findings: readonly Finding[];
}

/** The XSD the schemas are compared with, inside the shared folder. */
export const REFERENCE_XSD = join("em-reference", "RestAPI-v1_2.xsd");

/** Runs the whole audit. */
export function runAudit(sources: AuditSources): AuditResult {
  const view = schemaView(buildModel(loadSchemaFolder(sources.schemas)));
  const { examples, findings } = auditExamples(view, sources.shared);
  const xsd = join(sources.shared, REFERENCE_XSD);
  return { examples, findings: [...findings, ...(existsSync(xsd) ? compareWithXsd(view, xsd) : [])] };
}

/** Places and walks every JSON example of the corpus. */
export function auditExamples(view: SchemaView, shared: string): AuditResult {
  const corpus = join(shared, "em-corpus");
  const examples = readExamples(corpus);
  const pages = readPageFacts(shared, corpus, new Set(examples.map((example) => example.page)));
  const readings = new Map<string, ExampleReading>();
  const findings: Finding[] = [];
  for (const example of examples) {
    const placement = placeExample(view, example, pages.get(example.page)!);
    const walk = walkExample(view, placement.type, example.value, example.file);
    readings.set(example.file, { ...placement, quotedScalars: walk.quotedScalars });
    findings.push(...walk.findings);
  }
  return { examples: readings, findings };
}
