/**
 * The filter examples of the reference pages, read in place: the parser reads every one, and the
 * mock answers every query example of the pages (the same type, filter, sort, format and paging).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { QueryResult } from "../../generated/index.js";
import { parseFilter } from "../../mock/filter-parser.js";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { emDocs, emDocsPresent } from "../helpers.js";
import { logon, read, send } from "./helpers.js";

/** One example: the page, the query string as the page writes it, and its filter. */
interface Example {
  readonly page: string;
  readonly query: string;
  readonly filter: string;
}

/**
 * The pages' word processor turned some `"` into `”` and `“`; what the examples mean is the ASCII
 * quote, which is what the filter language has.
 */
function plainQuotes(text: string): string {
  return text.replace(/[“”]/g, '"');
}

/** Every query with a filter the pages show: in example requests, and in their prose. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const page of readdirSync(emDocs).filter((name) => name.endsWith(".md"))) {
    const text = plainQuotes(readFileSync(join(emDocs, page), "utf8"));
    // A request runs to the next run of spaces in the example's table cell; values may hold single spaces.
    for (const match of text.matchAll(/GET https?:\/\/[^/\s]+\/api\/query\?(.*?)(?=\s{2,}|\s*\||$)/gm))
      addExample(found, page, match[1]!);
    // Prose writes a query path without the host, ending its sentence with a full stop.
    for (const match of text.matchAll(/(?<!\/api)\/query\?(type=\w+&filter=.*?)(?=\.\s|\.$| \||$)/gm))
      addExample(found, page, match[1]!);
  }
  return found;
}

function addExample(found: Example[], page: string, query: string): void {
  const filter = new URLSearchParams(query).get("filter");
  if (filter !== null && !found.some((example) => example.query === query)) found.push({ page, query, filter });
}

/** Examples the mock answers 400, and why: what the page asks is not what the table says. */
const REFUSED: Readonly<Record<string, RegExp>> = {
  // The table types Platform of CloudHardwarePlan as a boolean (as the page's table does); its example compares it with VMware.
  "get_query_cloudhardwareplan.md": /Platform expects True or False/,
};

const test = suite<{ em: MockEm; token: string }>("filter examples of the pages", {
  em: undefined as unknown as MockEm,
  token: "",
});

test.before(async (context) => {
  if (!emDocsPresent()) return;
  context.em = await startMockEm({ backupSessions: 200 });
  context.token = await logon(context.em);
});

test.after(async (context) => {
  await context.em?.close();
});

test("the parser reads every filter example of the pages", () => {
  if (!emDocsPresent()) return console.log(`  skipped: the reference pages are not at ${emDocs}`);
  const all = examples();
  assert.ok(all.length >= 50, `${all.length} examples found`);
  for (const example of all) {
    try {
      parseFilter(example.filter);
    } catch (error) {
      assert.unreachable(`${example.page}: ${example.filter}: ${(error as Error).message}`);
    }
  }
  console.log(`  ${all.length} filter examples read`);
});

test("the mock answers every query example of the pages", async ({ em, token }) => {
  if (!emDocsPresent()) return console.log(`  skipped: the reference pages are not at ${emDocs}`);
  for (const example of examples()) {
    const search = new URLSearchParams(example.query);
    const response = await send(em, "GET", `query?${search.toString()}`, { token });
    const refused = REFUSED[example.page];
    if (refused !== undefined) {
      assert.is(response.status, 400, example.page);
      assert.match(response.body, refused);
      continue;
    }
    assert.is(response.status, 200, `${example.page}: ${example.query}: ${response.body}`);
    read(response.body, QueryResult);
  }
});

test.run();
