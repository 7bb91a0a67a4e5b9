/**
 * The audit's printed report: how each example was read, then the findings per type, one line
 * each, marked kept (decided, with its reason in the decisions file) or undecided.
 */
import type { AuditResult } from "./audit.js";
import type { KeptFinding } from "./decisions.js";
import { groupFindings, type GroupedFinding } from "./findings.js";

/** The findings no kept decision covers, and the kept decisions no finding matches any more. */
export interface Reconciliation {
  readonly undecided: readonly GroupedFinding[];
  readonly stale: readonly KeptFinding[];
}

/** Sets the findings against the kept decisions. */
export function reconcile(result: AuditResult, kept: readonly KeptFinding[]): Reconciliation {
  const findings = groupFindings(result.findings);
  const keys = new Set(kept.map((decision) => decision.key));
  const found = new Set(findings.map((finding) => finding.key));
  return {
    undecided: findings.filter((finding) => !keys.has(finding.key)),
    stale: kept.filter((decision) => !found.has(decision.key)),
  };
}

/** The lines of how each example was read. */
export function exampleLines(result: AuditResult): string[] {
  return [...result.examples].map(([file, reading]) => {
    const count = reading.quotedScalars;
    const quoted = count === 0 ? "" : `; ${count} ${count === 1 ? "number or boolean" : "numbers or booleans"} quoted`;
    return `${file}: ${reading.type} (${reading.how}${quoted})`;
  });
}

/** The findings, grouped under their type, each marked and followed by where it was seen. */
export function findingLines(result: AuditResult, kept: readonly KeptFinding[]): string[] {
  const keys = new Set(kept.map((decision) => decision.key));
  const lines: string[] = [];
  let type: string | undefined;
  for (const finding of groupFindings(result.findings)) {
    if (finding.type !== type) lines.push((type = finding.type));
    const mark = keys.has(finding.key) ? "kept" : "UNDECIDED";
    const detail = finding.key.slice(finding.type.length + 1);
    const more = finding.sources.length > 1 ? ` and ${finding.sources.length - 1} more` : "";
    lines.push(`  ${detail} [${mark}] (${finding.sources[0]}${more})`);
  }
  return lines;
}

/** Counts of findings by kind. */
export function countLines(result: AuditResult): string[] {
  const counts = new Map<string, number>();
  for (const finding of groupFindings(result.findings)) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts].sort().map(([kind, count]) => `${kind}: ${count}`);
}
