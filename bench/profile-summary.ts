/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by area (our tokenizer, reader, codecs,
 * ...) and the functions with the most self time.
 *
 *   node --expose-gc --cpu-prof --cpu-prof-dir=prof build/bench/measure.js emx-parse nas-jobs 10
 *   node build/bench/profile-summary.js prof [top]
 *
 * A folder means its newest .cpuprofile. The profile covers the whole process: loading, the
 * warm-up and every round (and generating the document when bench/data/ does not hold it).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a function's code lives, coarsely. */
const AREAS: readonly [string, (url: string, name: string) => boolean][] = [
  ["garbage collector", (_, name) => name === "(garbage collector)"],
  ["saxes (the reference cells)", (url) => url.includes("/node_modules/saxes/")],
  ["emx tokenizer (runtime/xml/tokenizer)", (url) => url.includes("/runtime/xml/tokenizer.")],
  ["emx reader (runtime/xml/reader)", (url) => url.includes("/runtime/xml/reader.")],
  ["emx codecs (runtime/codecs)", (url) => url.includes("/runtime/codecs/")],
  ["emx writer and escaping", (url) => url.includes("/runtime/xml/writer.") || url.includes("/runtime/xml/escape.")],
  ["emx parse, stream and input", (url) => url.includes("/runtime/xml/parse.") || url.includes("/runtime/xml/input.")],
  ["emx bindings (binding, extras, generated)", (url) => url.includes("/runtime/") || url.includes("/generated/")],
  ["bench (document generation, measure)", (url) => url.includes("/bench/")],
  [
    "peers (fast-xml-parser, xml2js, sax, txml)",
    (url) => /node_modules\/(fast-xml-parser|xml2js|sax|txml)\//.test(url),
  ],
  ["node internals", (url) => url.startsWith("node:")],
  ["native and builtins", (url) => url === ""],
];

function newestProfile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const profiles = readdirSync(path)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => join(path, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (profiles.length === 0) throw new Error(`no .cpuprofile in ${path}`);
  return profiles[0]!;
}

const [path = "prof", topText = "20"] = process.argv.slice(2);
const file = newestProfile(path);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfByNode = new Map<number, number>();
let total = 0;
for (let index = 0; index < profile.samples.length; index++) {
  const delta = profile.timeDeltas[index] ?? 0;
  selfByNode.set(profile.samples[index]!, (selfByNode.get(profile.samples[index]!) ?? 0) + delta);
  total += delta;
}

const byFunction = new Map<string, number>();
const byArea = new Map<string, number>();
for (const [id, time] of selfByNode) {
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const where =
    url === ""
      ? ""
      : ` ${url.replace(/^file:\/\/.*?\/(node_modules\/|build\/)/, "").replace(/^file:\/\//, "")}:${lineNumber + 1}`;
  const key = `${functionName || "(anonymous)"}${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  const area = AREAS.find(([, matches]) => matches(url, functionName))?.[0] ?? "other";
  byArea.set(area, (byArea.get(area) ?? 0) + time);
}

const line = (time: number, label: string) =>
  `  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${label}`;
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
console.log("Self time by area:");
for (const [area, time] of [...byArea].sort((a, b) => b[1] - a[1])) console.log(line(time, area));
console.log(`Top ${topText} functions by self time:`);
for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topText)))
  console.log(line(time, name));
