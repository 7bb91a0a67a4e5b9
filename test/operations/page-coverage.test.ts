/**
 * Coverage of the reference pages by the operation table: every page titled with an operation
 * (`GET /...`, `POST /...`, `PUT /...`, `DELETE /...`) is the page of an operation or of a query
 * type, or is left out with a reason. Skipped, with a message, when the pages are not there.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readEmPages } from "../../scripts/operations/em-pages.js";
import { emDocs, emDocsPresent } from "../helpers.js";
import { projectOperationFiles } from "./operation-fixtures.js";

/** Operation pages the table leaves out, with the reason. */
const LEFT_OUT: Readonly<Record<string, string>> = {};

const coverage = suite("page coverage");

if (!emDocsPresent()) {
  console.log(`page coverage: skipped, the reference pages are not at ${emDocs}`);
} else {
  const files = projectOperationFiles();
  const covered = new Set(
    files.flatMap(({ operations: file }) => [
      ...(file.operations ?? []).map((operation) => operation.page),
      ...(file.queryTypes ?? []).map((queryType) => queryType.page),
    ]),
  );
  const operationPages = readEmPages(emDocs).filter((page) => /^(GET|POST|PUT|DELETE) \//.test(page.title));

  coverage("finds every operation page in the table or in the list of pages left out", () => {
    const missing = operationPages.filter((page) => !covered.has(page.file) && LEFT_OUT[page.file] === undefined);
    const titled = new Set(operationPages.map((page) => page.file));
    const wronglyLeftOut = Object.keys(LEFT_OUT).filter((file) => !titled.has(file) || covered.has(file));
    assert.equal(wronglyLeftOut, [], "pages left out that are no operation pages or are in the table");
    const byMethod = new Map<string, number>();
    for (const page of operationPages)
      byMethod.set(page.title.split(" ")[0]!, (byMethod.get(page.title.split(" ")[0]!) ?? 0) + 1);
    console.log(
      `page coverage: ${operationPages.length - missing.length}/${operationPages.length} operation pages in the table ` +
        `(${[...byMethod].map(([method, count]) => `${count} ${method}`).join(", ")}), ${Object.keys(LEFT_OUT).length} left out`,
    );
    assert.equal(
      missing.map((page) => `${page.file}: ${page.title}`),
      [],
    );
  });
}

coverage.run();
