/** The query filter parser on its own: precedence, grouping, values, and where errors are reported. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { FilterSyntaxError, parseFilter, type FilterNode } from "../../mock/filter-parser.js";

const filterParser = suite("filter parser");

/** A compact form of a tree: `(a , b)` for OR, `(a ; b)` for AND, `Field op value` for comparisons. */
function show(node: FilterNode): string {
  if (node.kind === "comparison")
    return `${node.field}${node.operator}${node.quoted ? JSON.stringify(node.value) : node.value}`;
  return `(${node.operands.map(show).join(node.kind === "and" ? " ; " : " , ")})`;
}

function failure(text: string): FilterSyntaxError {
  try {
    parseFilter(text);
  } catch (error) {
    assert.instance(error, FilterSyntaxError);
    return error as FilterSyntaxError;
  }
  throw new assert.Assertion({
    message: `${text} parsed`,
    operator: "throws",
    generated: true,
    expects: "an error",
    actual: "a tree",
  });
}

filterParser("parses every comparison operator", () => {
  for (const operator of ["==", "!=", "<", ">", "<=", ">="]) {
    assert.is(show(parseFilter(`Progress${operator}50`)), `Progress${operator}50`);
  }
});

filterParser("binds ; (AND) tighter than , (OR)", () => {
  assert.is(show(parseFilter("A==1,B==2;C==3")), "(A==1 , (B==2 ; C==3))");
  assert.is(show(parseFilter("A==1;B==2,C==3;D==4")), "((A==1 ; B==2) , (C==3 ; D==4))");
});

filterParser("groups with parentheses, nested", () => {
  assert.is(show(parseFilter("(A==1,B==2);C==3")), "((A==1 , B==2) ; C==3)");
  assert.is(show(parseFilter("((A==1))")), "A==1");
  assert.is(show(parseFilter("(A==1;(B==2,C==3))")), "(A==1 ; (B==2 , C==3))");
});

filterParser("reads quoted values, a doubled quote standing for one", () => {
  assert.is(show(parseFilter('Name=="say ""hi"""')), 'Name=="say \\"hi\\""');
  assert.is(show(parseFilter('Name==""')), 'Name==""');
  assert.is(show(parseFilter('Name=="a;b,(c)"')), 'Name=="a;b,(c)"');
});

filterParser("reads a doubled quote in a bare value as one quote, as the pages write a name with quotes", () => {
  assert.is(show(parseFilter('Name==""Backup""')), 'Name=="Backup"');
  assert.is(show(parseFilter('Name=="""Backup"""')), 'Name=="\\"Backup\\""');
  assert.is(show(parseFilter('Name==Nightly""Gold""Backup;A==1')), '(Name==Nightly"Gold"Backup ; A==1)');
});

filterParser("drops spaces around tokens and inside bare values", () => {
  assert.is(show(parseFilter("  Result == Failed ; IsRetry==true ")), "(Result==Failed ; IsRetry==true)");
  assert.is(show(parseFilter("Name==Exchange Backup")), "Name==ExchangeBackup");
});

filterParser("keeps date values whole, bare or quoted", () => {
  assert.is(show(parseFilter("CreationTime>=2026-11-01T00:00:00Z")), "CreationTime>=2026-11-01T00:00:00Z");
  assert.is(show(parseFilter('CreationTime>="2026-11-01T00:00:00.123Z"')), 'CreationTime>="2026-11-01T00:00:00.123Z"');
});

filterParser("records where fields and values start", () => {
  const node = parseFilter('A==1; Name == "x"');
  assert.is(node.kind, "and");
  const second = (node as Extract<FilterNode, { kind: "and" | "or" }>).operands[1] as Extract<
    FilterNode,
    { kind: "comparison" }
  >;
  assert.equal([second.fieldPosition, second.valuePosition], [7, 15]);
});

filterParser("reports the 1-based position of the first problem", () => {
  const cases: [text: string, position: number, reason: RegExp][] = [
    ["", 1, /field name but the filter ends/],
    ["Result=Failed", 7, /comparison operator .* after Result but found "="/],
    ["Result", 7, /but found the end of the filter/],
    ["Result==", 9, /expected a value/],
    ["Result==;A==1", 9, /expected a value but found ";"/],
    ["(Result==Failed", 1, /never closed/],
    ['(A=="1" B==2)', 9, /expected "\)" but found "B"/],
    ["A==1)", 5, /unmatched "\)"/],
    ['Name=="open', 7, /quoted value that starts here is never closed/],
    ['Name==a"b', 8, /double quotes/],
    ["Name==f(x)", 8, /"\(" must be written in double quotes/],
    ["A==1,", 6, /field name but the filter ends/],
    ["1A==2", 1, /field name but found "1"/],
    ['Name=="a"b', 10, /expected ";", "," or the end of the filter but found "b"/],
  ];
  for (const [text, position, reason] of cases) {
    const error = failure(text);
    assert.is(error.position, position, text);
    assert.match(error.reason, reason);
    assert.ok(error.message.startsWith(`Invalid filter at position ${position}: `));
  }
});

filterParser.run();
