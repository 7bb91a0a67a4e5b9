/**
 * The seeded dataset: the same on every start, and every entity as complete as the example on its
 * page (every element path the page's example of that resource shows, the mock's entities of the
 * family show too). The pages' samples are read in place.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { serialize } from "../../generated/index.js";
import { Families } from "../../mock/family.js";
import { FAMILIES } from "../../mock/families-catalog.js";
import { loadOperationTable } from "../../mock/operation-table.js";
import { Representer } from "../../mock/representation.js";
import { buildDataset } from "../../mock/seed/dataset.js";
import { Store } from "../../mock/store.js";
import { UrlSpace } from "../../mock/url-space.js";
import { corpus, corpusPresent } from "../helpers.js";

const test = suite("mock dataset");
const table = loadOperationTable();

function world(backupSessions = 300) {
  const store = new Store();
  buildDataset(store, { backupSessions, users: [{ username: "admin", password: "x" }] });
  const urls = new UrlSpace(table, "https://em.invalid/api/");
  const families = new Families(FAMILIES, urls);
  return { store, rep: new Representer(table, urls, families, store) };
}

/** The element paths of a document below its root, outside `Links` (`Includes/NASObject/FileOrFolder`). */
function elementPaths(xml: string): Set<string> {
  const found = new Set<string>();
  const open: string[] = [];
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z_][\w.-]*)[^>]*?(\/?)>/g)) {
    if (close === "/") {
      open.pop();
      continue;
    }
    open.push(name!);
    if (open.length > 1 && !open.includes("Links")) found.add(open.slice(1).join("/"));
    if (selfClosing === "/") open.pop();
  }
  return found;
}

interface Sample {
  readonly file: string;
  readonly root: string;
  readonly role: string;
  readonly page: string;
}

test("builds the same dataset on every start", () => {
  const first = world(100).store;
  const second = world(100).store;
  for (const family of FAMILIES)
    assert.equal(
      first.all(family.name).map((record) => record.id),
      second.all(family.name).map((record) => record.id),
      family.name,
    );
});

test("holds every family, and as many backup job sessions as asked", () => {
  const { store } = world(300);
  for (const family of FAMILIES) assert.ok(store.count(family.name) > 0, `${family.name} has records`);
  assert.is(store.count("backupSession"), 300);
});

test("serves every entity with each element path the example of its page shows", () => {
  if (!corpusPresent()) return console.log(`  skipped: the shared corpus is not at ${corpus}`);
  const samples = (JSON.parse(readFileSync(join(corpus, "samples.json"), "utf8")) as { samples: Sample[] }).samples;
  const { store, rep } = world();
  const missing: string[] = [];
  let compared = 0;
  for (const family of FAMILIES) {
    const operation = table.operation(family.item);
    if (operation.method !== "GET") continue;
    const element =
      operation.responses.find((response) => response.format !== undefined)?.element ??
      operation.responses[0]!.element!;
    const pages = [operation.page, operation.page.replace(/^get_/, "")].map((page) => `em-docs/${page}`);
    const own = samples.filter(
      (sample) => sample.role === "response" && sample.root === element && pages.includes(sample.page),
    );
    if (own.length === 0) continue;
    const shown = new Set(own.flatMap((sample) => [...elementPaths(readFileSync(join(corpus, sample.file), "utf8"))]));
    const served = new Set(
      store.all(family.name).flatMap((record) => [...elementPaths(serialize(rep.entity(record), { root: element }))]),
    );
    for (const path of shown) if (!served.has(path)) missing.push(`${element}/${path}`);
    compared++;
  }
  console.log(`  ${compared} entities compared with the examples of their pages`);
  assert.ok(compared >= 45, `${compared} compared`);
  assert.equal(missing, []);
});

test.run();
