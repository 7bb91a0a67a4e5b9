/**
 * Audits the schemas against EM's own output: the reference pages' JSON examples (EM's serializer
 * writes properties under the element and attribute names, in the classes' element order) and the
 * real v1_2 `RestAPI.xsd`. Prints how each example was read and every finding per type; exits 1 while
 * a finding is neither fixed nor kept with a reason in `schemas/DECISIONS.md`.
 *
 *   npx tsx scripts/audit-json-examples.ts [--shared ../shared] [--examples]
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runAudit } from "./json-audit/audit.js";
import { readKeptFindings } from "./json-audit/decisions.js";
import { countLines, exampleLines, findingLines, reconcile } from "./json-audit/report.js";

const projectRoot = resolve(import.meta.dirname, "..");

function main(): number {
  const { values } = parseArgs({
    options: {
      shared: { type: "string", default: resolve(projectRoot, "..", "shared") },
      examples: { type: "boolean" },
    },
  });
  const result = runAudit({ schemas: resolve(projectRoot, "schemas"), shared: resolve(values.shared) });
  const kept = readKeptFindings(resolve(projectRoot, "schemas", "DECISIONS.md"));
  const { undecided, stale } = reconcile(result, kept);
  if (values.examples === true) console.log(["Examples", ...exampleLines(result), ""].join("\n"));
  console.log(["Findings", ...findingLines(result, kept), ""].join("\n"));
  console.log(`${result.examples.size} examples; findings by kind: ${countLines(result).join(", ")}`);
  console.log(`${undecided.length} undecided; ${kept.length - stale.length} kept with a reason`);
  for (const decision of stale)
    console.log(`kept decision matches no finding any more: ${decision.key} (DECISIONS.md:${decision.line})`);
  return undecided.length > 0 || stale.length > 0 ? 1 : 0;
}

process.exitCode = main();
