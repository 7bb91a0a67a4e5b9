/**
 * The audit over the shared reference corpus, read in place: every finding must be decided, either
 * fixed in the schemas or kept with its reason in `schemas/DECISIONS.md`. Kept findings are counted
 * apart, never as passes, and each must still occur, so that the list stays true. Skipped, with a
 * message, when the corpus is not beside the project.
 */
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runAudit, type AuditResult } from "../../scripts/json-audit/audit.js";
import { readKeptFindings } from "../../scripts/json-audit/decisions.js";
import { groupFindings } from "../../scripts/json-audit/findings.js";
import { reconcile } from "../../scripts/json-audit/report.js";
import { corpusPresent, projectRoot } from "../helpers.js";

const shared = resolve(projectRoot, "..", "shared");

if (!corpusPresent()) {
  console.log(`audit-json-examples: skipped, the reference corpus is not in ${shared}`);
} else {
  const audit = suite("audit of the JSON examples and the v1_2 XSD");
  let result: AuditResult;
  const kept = readKeptFindings(join(projectRoot, "schemas", "DECISIONS.md"));

  audit.before(() => {
    result = runAudit({ schemas: join(projectRoot, "schemas"), shared });
  });

  audit("reads every example as a type, saying how", () => {
    assert.is(result.examples.size, 122);
    for (const [file, reading] of result.examples) {
      assert.ok(reading.how.length > 0, `${file} says how its type was found`);
    }
    const byShape = [...result.examples].filter(([, reading]) => reading.how.startsWith("by shape"));
    assert.equal(
      byShape.map(([file, reading]) => `${file}: ${reading.type}`),
      [
        "post_vmreplicapoints_id_mountpoints__1__OsKind.json: RestorePointMountSpecType",
        "post_vmrestorepoints_id_mountpoints__1__OsKind.json: RestorePointMountSpecType",
      ],
    );
  });

  audit("leaves no finding undecided", () => {
    const { undecided } = reconcile(result, kept);
    const findings = groupFindings(result.findings).length;
    console.log(`audit-json-examples: ${findings} findings, ${findings - undecided.length} kept with a reason`);
    assert.equal(
      undecided.map((finding) => `${finding.key} (${finding.sources[0]})`),
      [],
    );
  });

  audit("keeps no decision that matches no finding, and gives each a reason", () => {
    const { stale } = reconcile(result, kept);
    assert.equal(
      stale.map((decision) => `DECISIONS.md:${decision.line} ${decision.key}`),
      [],
    );
    for (const decision of kept) assert.ok(decision.reason.length > 30, `DECISIONS.md:${decision.line} needs a reason`);
  });

  audit.run();
}
