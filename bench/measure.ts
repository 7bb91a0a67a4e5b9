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
  "saxes-noop-namespaces": (input) => {
    const parser = new SaxesParser({ xmlns: true, position: true });
    parser.on("opentag", () => {});
    parser.on("closetag", () => {});
    parser.on("text", () => {});
    parser.write(input).close();
    return parser;
  },
  "emx-parse": (input) => parse(input),
  "minimal-tree": (input) => {
    const parser = new SaxesParser({ xmlns: false, position: true });
    const stack: { children: unknown[]; text: string }[] = [{ children: [], text: "" }];
    parser.on("opentag", (tag) => {
      const node = { name: tag.name, children: [], text: "" };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    });
    parser.on("closetag", () => void stack.pop());
    parser.on("text", (text) => void (stack[stack.length - 1]!.text = text));
    parser.write(input).close();
    return stack[0];
  },
};

const run = parsers[parserName!];
if (run === undefined) throw new Error(`unknown parser ${parserName}; one of ${Object.keys(parsers).join(", ")}`);

// Warm up on the same input, then take the best of several rounds: the machine is shared and noisy.
// Each round starts from a collected heap (run.ts passes --expose-gc), so no round pays for
// collecting the tree the previous round built and dropped.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
run(xml);
const rounds: number[] = [];
for (let round = 0; round < 5; round++) {
  collect();
  const started = performance.now();
  run(xml);
  rounds.push(performance.now() - started);
}
const best = Math.min(...rounds);
const characters = xml.length;
console.log(
  JSON.stringify({
    parser: parserName,
    document: documentName,
    megabytes: characters / 1e6,
    milliseconds: best,
    mbPerSecond: characters / 1e6 / (best / 1000),
  }),
);
