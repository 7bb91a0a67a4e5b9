/**
 * `npm run bench`: measures each parser on each document in a process of its own, then prints the
 * throughputs and the ratio of our typed parse to saxes tokenizing the same input with no-op
 * handlers (the ceiling). Sizes can be changed with BENCH_MB (default 50).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

interface Measurement {
  readonly parser: string;
  readonly document: string;
  readonly megabytes: number;
  readonly milliseconds: number;
  readonly mbPerSecond: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const megabytes = Number(process.env.BENCH_MB ?? "50");
const documents = ["entity-references", "nas-jobs"];
const parsers = ["saxes-noop", "minimal-tree", "emx-parse"];

function measure(parser: string, document: string): Measurement {
  const output = execFileSync(process.execPath, [join(here, "measure.js"), parser, document, String(megabytes)], {
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").pop()!) as Measurement;
}

console.log(
  `Typed parse against saxes with no-op handlers, ${megabytes} MB documents, best of 5 rounds, one process per cell.`,
);
console.log(
  "minimal-tree: an untyped tree of {name, children, text} built on the same saxes events, the floor of any tree builder.\n",
);
const rows: string[][] = [["document", "parser", "MB", "ms", "MB/s", "ratio to saxes"]];
for (const document of documents) {
  const results = parsers.map((parser) => measure(parser, document));
  const ceiling = results.find((result) => result.parser === "saxes-noop")!;
  for (const result of results) {
    rows.push([
      document,
      result.parser,
      result.megabytes.toFixed(1),
      result.milliseconds.toFixed(0),
      result.mbPerSecond.toFixed(1),
      (result.mbPerSecond / ceiling.mbPerSecond).toFixed(2),
    ]);
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  console.log(
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "),
  );
