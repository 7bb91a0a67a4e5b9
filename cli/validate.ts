/**
 * Validation of documents: parse each one (checking the schema's facets as it goes), write it back,
 * and compare the two after canonicalisation. XML, and EM's JSON (`*.json`, read as the root
 * `type` names or its shape makes certain). A library function; `emx validate` is its shell.
 */
import { classNameOf } from "../runtime/xml/xml-object.js";
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describeLocation } from "../runtime/errors.js";
import {
  canonicalize,
  firstDifference,
  parseJson,
  serializeJson,
  XmlReadError,
  type BoundClass,
  type Finding,
  type ReadOptions,
  type SerializeOptions,
  type XmlInput,
  type XmlObject,
} from "../index.js";
import * as ownBindings from "../generated/index.js";
import { firstJsonDifference } from "../runtime/json/json-canonical.js";
import { jsonRootOf } from "./json-root.js";

/** What validation needs of a set of generated bindings (its index module). */
export interface Bindings {
  parse(input: string | Uint8Array, options?: ReadOptions): XmlObject;
  parseStream(input: XmlInput, options?: ReadOptions): Promise<XmlObject>;
  serialize(object: XmlObject, options?: SerializeOptions): string;
}

/** One finding, flattened for reports. */
export interface ReportedFinding {
  readonly severity: "error" | "warning";
  /** What kind of check found it: `read` (not readable at all), `facet`, `round-trip`. */
  readonly check: "read" | "facet" | "round-trip";
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

/** The outcome for one file: it passes when nothing was found at error level. */
export interface ValidationResult {
  readonly file: string;
  readonly ok: boolean;
  /** The class the root bound to, when the parse succeeded. */
  readonly type?: string;
  /** JSON: how the class was found when no root was named (`inferred by its shape`). */
  readonly inferred?: string;
  readonly findings: readonly ReportedFinding[];
  /** The first error, in one line with its location. */
  readonly problem?: string;
}

export interface ValidateOptions {
  /** Read strictly: the first unknown element or attribute, undocumented value or misplaced element stops the read. */
  readonly strict?: boolean;
  /** Check facets (required, occurs, order, enumerations, patterns); on by default. */
  readonly facets?: boolean;
  /** Accept roots with no namespace (snippets). */
  readonly allowNoNamespace?: boolean;
  /** The bindings to validate with; this package's by default. */
  readonly bindings?: Bindings;
  /** Bind the root as this class whatever its name (fragments); it is written back under its own name. */
  readonly as?: BoundClass;
  /** The XML parser under the binder: this toolkit's tokenizer (`emx`, the default) or `saxes`. */
  readonly xmlParser?: ReadOptions["xmlParser"];
  /** JSON: the root element the documents are (JSON names none); inferred from the shape when absent. */
  readonly type?: string;
}

/** Expands files and folders (recursively, `*.xml` and `*.json` only) into a sorted list of files. */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory() || name.endsWith(".xml") || name.endsWith(".json")) visit(child);
      }
    } else files.push(path);
  };
  for (const path of paths) visit(path);
  return files;
}

function located(finding: Finding, check: ReportedFinding["check"]): ReportedFinding {
  const { line, column, path } = finding.location;
  return { severity: finding.severity, check, message: finding.message, line, column, path };
}

function describe(finding: ReportedFinding): string {
  const where = describeLocation(finding);
  return where === "" ? finding.message : `${finding.message} (${where})`;
}

/** Validates one document held in memory. */
export function validateDocument(file: string, bytes: Uint8Array, options: ValidateOptions = {}): ValidationResult {
  const { parse, serialize } = options.bindings ?? ownBindings;
  const findings: ReportedFinding[] = [];
  try {
    const object = parse(bytes, readOptions(options, findings));
    return roundTrip(file, object, new TextDecoder().decode(bytes), serialize, findings);
  } catch (error) {
    return unreadable(file, error, findings);
  }
}

/**
 * Validates one file, reading it as a stream: a hostile file (a huge attribute, deep nesting) stops
 * at the reader's limits without being held in memory whole. Only a document that reads is loaded
 * again as text, for the round trip.
 */
export async function validateFile(file: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  if (file.endsWith(".json")) return validateJsonDocument(file, readFileSync(file, "utf8"), options);
  const { parseStream, serialize } = options.bindings ?? ownBindings;
  const findings: ReportedFinding[] = [];
  try {
    const object = await parseStream(createReadStream(file), readOptions(options, findings));
    return roundTrip(file, object, readFileSync(file, "utf8"), serialize, findings);
  } catch (error) {
    return unreadable(file, error, findings);
  }
}

/**
 * Validates one document in EM's JSON: read as the class of `options.type` (or the one its shape
 * makes certain), written back in the case it came in, and compared canonically.
 */
export function validateJsonDocument(file: string, text: string, options: ValidateOptions = {}): ValidationResult {
  const findings: ReportedFinding[] = [];
  try {
    const { type, inferred } = jsonRootOf(text, options.type);
    const object = parseJson(text, { ...readOptions(options, findings), expect: type });
    addRoundTrip(findings, firstJsonDifference(text, serializeJson(object)));
    return { ...result(file, object.constructor.name, findings), ...(inferred === undefined ? {} : { inferred }) };
  } catch (error) {
    return unreadable(file, error, findings);
  }
}

function readOptions(options: ValidateOptions, findings: ReportedFinding[]): ReadOptions {
  return {
    strict: options.strict === true,
    allowNoNamespace: options.allowNoNamespace === true,
    as: options.as,
    xmlParser: options.xmlParser,
    findings: options.facets === false ? undefined : (finding) => findings.push(located(finding, "facet")),
  };
}

function unreadable(file: string, error: unknown, findings: ReportedFinding[]): ValidationResult {
  if (!(error instanceof XmlReadError)) throw error;
  const { line, column, path } = error.location ?? {};
  findings.push({ severity: "error", check: "read", message: error.reason, line, column, path });
  return result(file, undefined, findings);
}

/** Writes the object back and compares it with the input after canonicalisation. */
function roundTrip(
  file: string,
  object: XmlObject,
  input: string,
  serialize: Bindings["serialize"],
  findings: ReportedFinding[],
): ValidationResult {
  const output = serialize(object);
  const difference = firstDifference(input, output);
  if (difference !== undefined && sameButForOrder(input, output)) {
    // The writer puts elements in schema order: a document read with elements out of order (a
    // warning of its read) comes back reordered, and only that may differ.
    findings.push({
      severity: "warning",
      check: "round-trip",
      message: `round trip writes the elements in schema order and differs in nothing else: expected ${difference.expected}, wrote ${difference.actual}`,
      path: difference.path,
    });
  } else addRoundTrip(findings, difference);
  return result(file, classNameOf(object), findings);
}

/**
 * Whether two documents are canonically equal but for the order of sibling elements: the same
 * events, each under the same path (a step counts its siblings of the same name only, so moving a
 * sibling of another name changes no path).
 */
function sameButForOrder(expected: string, actual: string): boolean {
  const events = (xml: string) =>
    canonicalize(xml)
      .map(({ path, event }) => `${path} ${event}`)
      .sort();
  const left = events(expected);
  const right = events(actual);
  return left.length === right.length && left.every((event, index) => event === right[index]);
}

/** The finding of a round trip that changed the document, if it did. */
function addRoundTrip(
  findings: ReportedFinding[],
  difference: { path: string; expected: string; actual: string } | undefined,
): void {
  if (difference === undefined) return;
  findings.push({
    severity: "error",
    check: "round-trip",
    message: `round trip differs: expected ${difference.expected}, wrote ${difference.actual}`,
    path: difference.path,
  });
}

function result(file: string, type: string | undefined, findings: ReportedFinding[]): ValidationResult {
  const firstError = findings.find((finding) => finding.severity === "error");
  return {
    file,
    ok: firstError === undefined,
    ...(type === undefined ? {} : { type }),
    findings,
    ...(firstError === undefined ? {} : { problem: describe(firstError) }),
  };
}

/** Validates every file under the given paths, one after the other; `progress` hears about each file as it is done. */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateOptions = {},
  progress?: (done: number, total: number) => void,
): Promise<ValidationResult[]> {
  const files = expandPaths(paths);
  const results: ValidationResult[] = [];
  for (const file of files) {
    results.push(await validateFile(file, options));
    progress?.(results.length, files.length);
  }
  return results;
}

/** Counts for the summary of a run. */
export interface ValidationSummary {
  readonly files: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly warnings: number;
  /** Findings by check and severity, e.g. `facet error`. */
  readonly byKind: Readonly<Record<string, number>>;
}

export function summarize(results: readonly ValidationResult[]): ValidationSummary {
  const byKind: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  for (const outcome of results) {
    for (const finding of outcome.findings) {
      if (finding.severity === "error") errors++;
      else warnings++;
      const kind = `${finding.check} ${finding.severity}`;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
  }
  const passed = results.filter((outcome) => outcome.ok).length;
  return { files: results.length, passed, failed: results.length - passed, errors, warnings, byKind };
}

/** The text report: a line per file, its findings indented, a summary table, and `N passed, M failed`. */
export function textReport(results: readonly ValidationResult[], options: { showWarnings: boolean }): string {
  const lines: string[] = [];
  for (const outcome of results) {
    lines.push(
      outcome.ok
        ? `ok    ${outcome.file}${outcome.type ? ` (${outcome.type}${outcome.inferred ? `, ${outcome.inferred}` : ""})` : ""}`
        : `FAIL  ${outcome.file}: ${outcome.problem}`,
    );
    for (const finding of outcome.findings) {
      if (finding.severity === "warning" && !options.showWarnings) continue;
      if (!outcome.ok && describe(finding) === outcome.problem && finding.severity === "error") continue;
      lines.push(`      ${finding.severity.padEnd(7)} ${describe(finding)}`);
    }
  }
  const summary = summarize(results);
  lines.push(
    "",
    "files  passed  failed  errors  warnings",
    [summary.files, summary.passed, summary.failed, summary.errors, summary.warnings]
      .map((count, index) => String(count).padStart([5, 7, 7, 7, 9][index]!))
      .join(" "),
  );
  for (const [kind, count] of Object.entries(summary.byKind).sort()) lines.push(`  ${kind}: ${count}`);
  lines.push("", `${summary.passed} passed, ${summary.failed} failed`);
  return `${lines.join("\n")}\n`;
}

/** The JSON report, for CI: the summary and every file with its findings. */
export function jsonReport(results: readonly ValidationResult[]): string {
  return `${JSON.stringify({ summary: summarize(results), files: results }, null, 2)}\n`;
}
