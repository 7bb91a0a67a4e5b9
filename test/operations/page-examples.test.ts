/**
 * Conformance of the operation table with the examples of the reference pages, read in place:
 * every example request maps to exactly one operation, with declared query parameters, a
 * documented status, and bodies that parse as the declared roots. Examples the pages get wrong are
 * listed with the reason; they must still fail (so the list stays true) and are not counted as
 * passing. Skipped, with a message, when the pages are not beside the project.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { OperationSchema } from "../../generator/operation-types.js";
import { readEmPages, type EmPage } from "../../scripts/operations/em-pages.js";
import { pageExamples } from "../../scripts/operations/page-examples.js";
import { parseTitle } from "../../scripts/operations/path-templates.js";
import { emDocs, emDocsPresent } from "../helpers.js";
import { projectOperationFiles } from "./operation-fixtures.js";
import { checkExample, type ExampleContext, type ExampleOutcome } from "./example-checks.js";
import { KNOWN_EXAMPLE_FAILURES } from "./known-example-failures.js";

const examples = suite("page examples");

if (!emDocsPresent()) {
  console.log(`page examples: skipped, the reference pages are not at ${emDocs}`);
} else {
  const files = projectOperationFiles();
  const operations = files.flatMap((file) => file.operations.operations ?? []);
  const pages = readEmPages(emDocs);
  const context: ExampleContext = {
    operations,
    queryTypes: files.flatMap((file) => (file.operations.queryTypes ?? []).map((queryType) => queryType.name)),
    ownOperations: ownOperations(pages, operations),
  };
  const outcomes = pages.flatMap((page) =>
    pageExamples(page).map((example, index) => ({
      key: `${page.file}#${index + 1}`,
      outcome: checkExample(example, context),
    })),
  );

  examples("map to one operation each and parse as its declared bodies, but for the known failures", () => {
    const unexpected = outcomes.filter(({ key, outcome }) => !outcome.ok && KNOWN_EXAMPLE_FAILURES[key] === undefined);
    printCoverage(outcomes, operations);
    assert.equal(
      unexpected.map(({ key, outcome }) => `${key}: ${(outcome as { reason: string }).reason}`),
      [],
    );
  });

  examples("still fail where the known failures say the page is wrong", () => {
    const keys = new Set(outcomes.map(({ key }) => key));
    const stale = Object.keys(KNOWN_EXAMPLE_FAILURES).filter(
      (key) => !keys.has(key) || outcomes.find((entry) => entry.key === key)!.outcome.ok,
    );
    assert.equal(stale, [], "known failures that pass now or are gone");
  });
}

examples.run();

/** The operations each page documents as its own request: those with the method of its title. */
function ownOperations(
  pages: readonly EmPage[],
  operations: readonly OperationSchema[],
): Map<string, OperationSchema[]> {
  const titleMethod = new Map(pages.map((page) => [page.file, parseTitle(page.title)?.method]));
  const own = new Map<string, OperationSchema[]>();
  for (const operation of operations) {
    if (titleMethod.get(operation.page) !== operation.method) continue;
    own.set(operation.page, [...(own.get(operation.page) ?? []), operation]);
  }
  return own;
}

function printCoverage(outcomes: readonly { outcome: ExampleOutcome }[], operations: readonly OperationSchema[]): void {
  const passed = outcomes.flatMap(({ outcome }) => (outcome.ok ? [outcome] : []));
  const covered = new Set(passed.map((outcome) => outcome.operation));
  const count = (role: "request" | "response", shown: string) =>
    passed.filter((outcome) => outcome[role] === shown).length;
  console.log(
    `page examples: ${passed.length}/${outcomes.length} map to one operation and pass, ` +
      `${outcomes.length - passed.length} fail; ${covered.size}/${operations.length} operations have a passing example; ` +
      `response bodies parsed whole ${count("response", "complete")}, by their opening tag ${count("response", "opening tag")}, ` +
      `not shown ${count("response", "none")}; request bodies parsed whole ${count("request", "complete")}`,
  );
}
