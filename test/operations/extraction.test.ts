/**
 * The operation files are what the extraction script gives from the reference pages, byte for
 * byte (so re-running it changes nothing), and it finds nothing it cannot work out. Skipped, with
 * a message, when the pages are not beside the project.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { extractOperationFiles } from "../../scripts/extract-operations.js";
import { emDocs, emDocsPresent, projectRoot } from "../helpers.js";

const extraction = suite("operation extraction");
const folder = join(projectRoot, "schemas", "operations");

if (!emDocsPresent()) {
  console.log(`operation extraction: skipped, the reference pages are not at ${emDocs}`);
} else {
  extraction("gives the committed operation files byte for byte, and no problems", async () => {
    const { files, problems } = await extractOperationFiles(emDocs, join(projectRoot, "schemas"));
    assert.equal(problems, []);
    const committed = readdirSync(folder).filter((name) => name.endsWith(".json") && name !== "operations.schema.json");
    assert.equal([...files.keys()].sort(), committed.sort());
    for (const [name, text] of files) assert.ok(readFileSync(join(folder, name), "utf8") === text, `${name} is stale`);
  });
}

extraction.run();
