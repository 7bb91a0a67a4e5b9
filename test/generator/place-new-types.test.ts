/**
 * Placement of new definitions, measured on the project's own area files: each type taken out and
 * placed again as if new, then half of every file at once. It must find the file it came from for
 * nearly all of them; a lower score fails and lists the misplaced.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { definitionKey, SECTIONS, UNSORTED_FILE } from "../../generator/import-xsd/merge-schemas.js";
import { placeNewDefinitions } from "../../generator/import-xsd/place-new-types.js";
import type { Definition } from "../../generator/import-xsd/type-references.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { projectRoot } from "../helpers.js";
import { join } from "node:path";

const definitions = new Map<string, Definition>();
const home = new Map<string, string>();
for (const { file, schema } of loadSchemaFolder(join(projectRoot, "schemas"))) {
  for (const kind of SECTIONS) {
    for (const item of schema[kind] ?? []) {
      const key = definitionKey(kind, item.name);
      definitions.set(key, { kind, item } as Definition);
      home.set(key, file);
    }
  }
}

/** Places `keys` as new, the others staying where they are; the misplaced, as `key: home -> placed`. */
function misplaced(keys: readonly string[]): string[] {
  const placed = new Map([...home].filter(([key]) => !keys.includes(key)));
  return placeNewDefinitions({ definitions, placed, added: keys, fallbackFile: UNSORTED_FILE })
    .map((placement) => ({ ...placement, key: definitionKey(placement.kind, placement.name) }))
    .filter((placement) => placement.file !== home.get(placement.key))
    .map((placement) => `${placement.key}: ${home.get(placement.key)} -> ${placement.file} (${placement.reason})`);
}

const placement = suite("placement of new definitions");

placement("puts 95% of the types back in their file when each is new on its own", () => {
  const types = [...definitions.keys()].filter((key) => !key.startsWith("<"));
  const wrong = types.flatMap((key) => misplaced([key]));
  assert.ok(wrong.length <= types.length * 0.05, `${wrong.length} of ${types.length} misplaced:\n${wrong.join("\n")}`);
});

placement("puts 90% back when half of every file is new at once", () => {
  const files = [...new Set(home.values())];
  const halves = files.map((file) =>
    [...home]
      .filter(([, home]) => home === file)
      .map(([key]) => key)
      .filter((_, index) => index % 2 === 0),
  );
  const wrong = halves.flatMap((keys) => misplaced(keys));
  const total = halves.reduce((count, keys) => count + keys.length, 0);
  assert.ok(wrong.length <= total * 0.1, `${wrong.length} of ${total} misplaced:\n${wrong.join("\n")}`);
});

placement("a root element goes where its type went, and a type with no evidence to the fallback file", () => {
  const lonely: Definition = { kind: "complexTypes", item: { name: "QqqType" } };
  const root: Definition = { kind: "elements", item: { name: "Qqq", type: "QqqType" } };
  const all = new Map([...definitions, ["QqqType", lonely], ["<Qqq>", root]]);
  const placements = placeNewDefinitions({
    definitions: all,
    placed: home,
    added: ["<Qqq>", "QqqType"],
    fallbackFile: UNSORTED_FILE,
  });
  assert.equal(
    placements.map(({ name, file }) => [name, file]),
    [
      ["QqqType", UNSORTED_FILE],
      ["Qqq", UNSORTED_FILE],
    ],
  );
});

placement("never makes base types cycle between files", () => {
  // b.json extends a.json already; BetaXType looks like b.json's, but a.json's AlphaType extends it.
  const complex = (name: string, base?: string, elementType?: string): [string, Definition] => [
    name,
    {
      kind: "complexTypes",
      item: {
        name,
        ...(base === undefined ? {} : { base }),
        ...(elementType === undefined ? {} : { content: { sequence: [{ element: "X", type: elementType }] } }),
      },
    },
  ];
  const all = new Map([
    complex("AlphaType", "BetaXType"),
    complex("AlphaOtherType"),
    complex("BetaType", "AlphaOtherType"),
    complex("BetaHolderType", undefined, "BetaXType"),
    complex("BetaOtherHolderType", undefined, "BetaXType"),
    complex("BetaXType"),
  ]);
  const placed = new Map([
    ["AlphaType", "a.json"],
    ["AlphaOtherType", "a.json"],
    ["BetaType", "b.json"],
    ["BetaHolderType", "b.json"],
    ["BetaOtherHolderType", "b.json"],
  ]);
  const [only] = placeNewDefinitions({ definitions: all, placed, added: ["BetaXType"], fallbackFile: UNSORTED_FILE });
  assert.equal([only!.file, only!.reason], ["a.json", "referred to by AlphaType"]);
  const acyclic = new Map(all).set("BetaType", complex("BetaType")[1]);
  const [free] = placeNewDefinitions({
    definitions: acyclic,
    placed,
    added: ["BetaXType"],
    fallbackFile: UNSORTED_FILE,
  });
  assert.is(free!.file, "b.json");
});

placement.run();
