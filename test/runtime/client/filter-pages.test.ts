/**
 * The filter builder against every filter example of the reference pages (read in place): rebuilt
 * from its parts, each must come out as the page writes it, by the builder's own choice of bare or
 * quoted values except where the pages themselves differ (listed below, written with `bare`).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { queryTypes, bare, quoted, where, type FilterValue, type Where } from "../../../client.js";
import { Filter } from "../../../runtime/client/filter.js";
import { queryWhere } from "../../../runtime/client/typed-query.js";
import { emDocs } from "../../helpers.js";
import { pageFilters, parseFilterTree, valueOf, type FilterTree } from "./page-filters.js";

/** Where a page writes bare what other pages quote (a GUID with dashes is quoted elsewhere). */
const WRITTEN_OTHERWISE = ["BackupServerUid==7445e6ce-86f5-4171-b909-dac209c66563"];

const examples = pageFilters(emDocs);
const pages = suite("filter examples of the pages");

/** The value a caller passes for a value as written: numbers and booleans as such, the rest as text. */
function callerValue(written: string): FilterValue {
  const { quoted: isQuoted, text } = valueOf(written);
  if (!isQuoted && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!isQuoted && (text === "true" || text === "false")) return text === "true";
  return text;
}

const OPERATORS = { "==": "eq", "!=": "ne", "<": "lt", ">": "gt", "<=": "le", ">=": "ge" } as const;

/** Rebuilds a filter with a builder; `override` says which comparisons get the page's own quoting. */
function rebuild(tree: FilterTree, builder: Where, override: (comparison: string) => boolean): Filter {
  if (tree.kind !== "comparison") {
    const operands = tree.operands.map((operand) => rebuild(operand, builder, override));
    return tree.kind === "and" ? Filter.and(...operands) : Filter.or(...operands);
  }
  const written = `${tree.field}${tree.operator}${tree.value}`;
  const { quoted: isQuoted, text } = valueOf(tree.value);
  const value = override(written) ? (isQuoted ? quoted(text) : bare(text)) : callerValue(tree.value);
  return builder[OPERATORS[tree.operator as keyof typeof OPERATORS]](tree.field, value);
}

/** The query type of a page's URL, as the table names it, when every field of the filter is one of its fields. */
function typedName(type: string | undefined, tree: FilterTree): string | undefined {
  const name = Object.keys(queryTypes).find((candidate) => candidate.toLowerCase() === type?.toLowerCase());
  if (name === undefined) return undefined;
  const fields: readonly string[] = Object.keys(queryTypes[name as keyof typeof queryTypes].fields);
  const names = (node: FilterTree): string[] =>
    node.kind === "comparison" ? [node.field] : node.operands.flatMap(names);
  return names(tree).every((field) => fields.includes(field)) ? name : undefined;
}

pages("finds the examples, or says why not", () => {
  if (examples.length === 0) {
    console.log(`  skipped: the reference pages are not at ${emDocs}`);
    return;
  }
  assert.ok(examples.length >= 45, `${examples.length} examples`);
});

pages("rebuilds every example as the page writes it", () => {
  const overridden: string[] = [];
  for (const example of examples) {
    const tree = parseFilterTree(example.text);
    const byDefault = String(rebuild(tree, where, () => false));
    if (byDefault === example.text) continue;
    const own = String(
      rebuild(tree, where, (comparison) => WRITTEN_OTHERWISE.includes(comparison) && overridden.push(comparison) > 0),
    );
    assert.is(own, example.text, `${example.page}: ${example.text}`);
  }
  if (examples.length > 0) assert.equal(overridden, WRITTEN_OTHERWISE);
});

pages("rebuilds the examples of query type pages with that type's checked fields", () => {
  let typed = 0;
  for (const example of examples) {
    const tree = parseFilterTree(example.text);
    const name = typedName(example.type, tree);
    if (name === undefined) continue;
    const own = (comparison: string) => WRITTEN_OTHERWISE.includes(comparison);
    assert.is(String(rebuild(tree, queryWhere(queryTypes, name), own)), example.text, example.page);
    typed++;
  }
  if (examples.length > 0) assert.ok(typed >= 40, `${typed} examples rebuilt with checked fields`);
});

pages.run();
