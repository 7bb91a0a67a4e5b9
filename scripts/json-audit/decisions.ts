/**
 * The decided exceptions: findings the audit still reports because the schemas are right, each with
 * its reason, kept in one place, the "Kept" section of `schemas/DECISIONS.md`. A line there reads
 * ``- `<finding key>` — <reason>``.
 */
import { readFileSync } from "node:fs";

/** A finding left standing on purpose, and why. */
export interface KeptFinding {
  readonly key: string;
  readonly reason: string;
  /** 1-based line in the decisions file. */
  readonly line: number;
}

/** The heading of the section listing kept findings. */
const KEPT_HEADING = "## Kept";

const KEPT_LINE = /^- `([^`]+)` — (.+)$/;

/** Reads the kept findings of a decisions file; a malformed line in that section is an error. */
export function readKeptFindings(path: string): KeptFinding[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const start = lines.findIndex((line) => line.startsWith(KEPT_HEADING));
  if (start < 0) throw new Error(`decisions file has no "${KEPT_HEADING}" section (in ${path})`);
  const kept: KeptFinding[] = [];
  for (let index = start + 1; index < lines.length && !lines[index]!.startsWith("## "); index++) {
    const line = lines[index]!;
    if (!line.startsWith("- ")) continue;
    const match = KEPT_LINE.exec(line);
    if (match === null)
      throw new Error(`kept finding "${line}" is not "- \`<finding>\` — <reason>" (${path}:${index + 1})`);
    kept.push({ key: match[1]!, reason: match[2]!, line: index + 1 });
  }
  return kept;
}
