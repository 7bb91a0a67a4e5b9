/**
 * `diffSchemas` over operation files: one edit of small operation files per row and the exact
 * changes it gives (the rows are in `diff-operation-cases.ts`); a side without operations is a note.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { diffSchemas, type DiffOptions } from "../../generator/diff/diff-schemas.js";
import { formatText } from "../../generator/diff/format-text.js";
import { checkOperations, type LoadedOperationFile } from "../../generator/load/load-operations.js";
import { checkSchemas } from "../../generator/load/load-schemas.js";
import { OPERATION_CASES, OPERATION_FILES, OPERATION_TYPES, type OperationFiles } from "./diff-operation-cases.js";

const TYPES = checkSchemas([{ file: "jobs.json", text: JSON.stringify(OPERATION_TYPES) }]);

/** Checks the files of a side as the loader does. */
function load(files: OperationFiles): LoadedOperationFile[] {
  const sources = Object.entries(files).map(([name, file]) => ({
    file: `operations/${name}.json`,
    text: JSON.stringify(file),
  }));
  return checkOperations(sources, TYPES);
}

function diff(before: OperationFiles | undefined, after: OperationFiles | undefined, options: DiffOptions = {}) {
  const operations = { old: before && load(before), new: after && load(after) };
  return diffSchemas(TYPES, TYPES, { ...options, operations });
}

/** A deep copy that shares nothing (the fixtures reuse parameter objects, which a structured clone keeps shared). */
function copy(files: OperationFiles): unknown {
  return JSON.parse(JSON.stringify(files));
}

const kinds = suite("diff operation kinds");

for (const [name, edit, expected, options] of OPERATION_CASES) {
  kinds(name, () => {
    const edited = copy(OPERATION_FILES) as Parameters<typeof edit>[0];
    edit(edited);
    const [before, after] = options?.reverse ? [edited, OPERATION_FILES] : [OPERATION_FILES, edited];
    const { changes } = diff(before as OperationFiles, after as OperationFiles, options);
    const actual = changes.map((change) => [change.kind, change.path, change.breaking]);
    const sort = (list: unknown[][]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    assert.equal(sort(actual), sort(expected));
    for (const change of changes) assert.is(change.group, "operations", change.path);
  });
}

kinds("a side without operations is a note, not every operation removed", () => {
  for (const [before, after, side] of [
    [undefined, OPERATION_FILES, "old"],
    [OPERATION_FILES, undefined, "new"],
  ] as const) {
    const { changes, notes } = diff(before, after);
    assert.equal(changes, []);
    assert.equal(notes, [`operations are not compared: the ${side} side has none (an XSD carries none)`]);
  }
  assert.equal(diff(undefined, undefined).notes, []);
});

kinds("changes carry their operation file, and the summary counts the operations apart", () => {
  const edited = copy(OPERATION_FILES) as { query: { operations: { query: unknown[] }[] } };
  edited.query.operations[0]!.query.pop();
  const { changes, summary } = diff(OPERATION_FILES, edited as unknown as OperationFiles);
  assert.equal(
    changes.map((change) => [change.kind, change.area, change.old, change.new]),
    [["query-parameter-removed", "operations/query.json", "xs:int, optional", undefined]],
  );
  assert.equal(summary.byGroup, {
    schemas: { changes: 0, breaking: 0, breakingFor: { typescript: 0, wire: 0 } },
    operations: { changes: 1, breaking: 1, breakingFor: { typescript: 1, wire: 0 } },
  });
});

kinds("the text report shows the operations in their own sections, wire breaks as requests", () => {
  const edited = copy(OPERATION_FILES) as { jobs: { operations: { id: string; method: string }[] } };
  edited.jobs.operations.find((operation) => operation.id === "deleteJob")!.method = "POST";
  edited.jobs.operations.push({
    ...edited.jobs.operations[0]!,
    id: "getJobsAgain",
    method: "GET",
    path: "/jobs2",
  } as never);
  const text = formatText(diff(OPERATION_FILES, edited as unknown as OperationFiles), { old: "a", new: "b" });
  assert.equal(text.split("\n"), [
    "a -> b: 2 changes, 1 breaking (0 break TypeScript code, 1 breaks requests)",
    "",
    "Operations, breaking (1)",
    "",
    "  operation-method-changed (1): HTTP method changed; breaks requests",
    "    deleteJob  DELETE -> POST",
    "",
    "Operations, not breaking (1)",
    "",
    "  operation-added (1): operation added",
    "    operations/jobs.json (1): getJobsAgain",
    "",
  ]);
});

kinds.run();
