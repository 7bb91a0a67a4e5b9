/**
 * Runs one measurement in this process: `tsx bench/measure.ts <parser> <document> <megabytes>`.
 * Prints one JSON line with the throughput. Each parser runs in its own process (see run.ts) so
 * that one does not tune the JIT for another.
 */
import { SaxesParser } from "saxes";
import { parse } from "../generated/index.js";
import { entityReferences, nasJobs } from "./documents.js";

const [parserName, documentName, megabytesText] = process.argv.slice(2);
const megabytes = Number(megabytesText ?? "50");
const xml = documentName === "nas-jobs" ? nasJobs(megabytes * 1_000_000) : entityReferences(megabytes * 1_000_000);

const parsers: Record<string, (input: string) => unknown> = {
  "saxes-noop": (input) => {
    const parser = new SaxesParser({ xmlns: false, position: true });
    parser.on("opentag", () => {});
    parser.on("closetag", () => {});
    parser.on("text", () => {});
    parser.write(input).close();
    return parser;
  },
  "saxes-noop-xmlns": (input) => {
    const parser = new SaxesParser({ xmlns: true, position: true });
    parser.on("opentag", () => {});
    parser.on("closetag", () => {});
    parser.on("text", () => {});
    parser.write(input).close();
    return parser;
  },
  "emx-parse": (input) => parse(input),
};

const run = parsers[parserName!];
if (run === undefined) throw new Error(`unknown parser ${parserName}; one of ${Object.keys(parsers).join(", ")}`);

// Warm up on the same input, then take the best of several rounds: the machine is shared and noisy.
run(xml);
const rounds: number[] = [];
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  run(xml);
  rounds.push(performance.now() - started);
}
const best = Math.min(...rounds);
const characters = xml.length;
console.log(JSON.stringify({ parser: parserName, document: documentName, megabytes: characters / 1e6, milliseconds: best, mbPerSecond: characters / 1e6 / (best / 1000) }));
