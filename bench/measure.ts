/**
 * Runs one measurement in this process and prints it as one JSON line:
 *
 *   node --expose-gc build/bench/measure.js <cell> <document> <megabytes>
 *
 * Each cell runs in a process of its own (see run.ts) so that one parser does not tune the JIT or
 * grow the heap for another, and so that peak RSS is the cell's own; a cell imports only the
 * libraries it uses. The document is read from bench/data/ when run.ts has written it there
 * (`BENCH_KEEP_DATA=1 npm run bench` keeps the files) and generated in this process otherwise. For
 * a profile: `node --expose-gc --cpu-prof --cpu-prof-dir=prof build/bench/measure.js emx-parse nas-jobs 10`,
 * then `node build/bench/profile-summary.js prof`.
 *
 * Cells: parsers (`saxes-noop`, `emx-parse`, `emx-parse-saxes` (saxes under the binder), `emx-stream`,
 * `fxp`, `xml2js`, `txml`, and for
 * reference `minimal-tree`: an untyped tree built on saxes' events), serializers (`serialize-emx`,
 * `serialize-fxp`), EM's JSON (`json-parse`, `json-peer-parse`, `json-stream`, `json-serialize`,
 * `json-peer-serialize`: see json-cells.ts), `regenerate` (no document), and streaming a
 * QueryResult too big for a string (`gb-saxes`, `gb-emx-stream`, `gb-source`; the size in MB, 1000 for 1 GB).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import type { SaxesParser } from "saxes";
import { DOCUMENTS, documentFile, queryResultSessionChunks } from "./documents.js";
import { jsonCell } from "./json-cells.js";
import type { BoundClass, XmlObject } from "../index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const [cell = "", documentName = "", megabytesText = "10"] = process.argv.slice(2);
const megabytes = Number(megabytesText);
const MB = 1e6;
/** The chunk size of the streaming cells: 64 KiB (characters for strings, bytes for bytes). */
const CHUNK = 64 * 1024;
/**
 * Documents above this size warm up on the document of this size: the JIT settles within it, and
 * a warm-up on 100 MB would be one more long pass of no use. They also get fewer rounds, except
 * the cells the targets are ratios of (saxes, our parse and stream), whose rounds at 100 MB vary
 * by a third within one process here.
 */
const WARM_UP_MEGABYTES = 10;
const RATIO_CELLS = new Set(["saxes-noop", "emx-parse", "emx-parse-saxes", "emx-stream"]);
const rounds = Number(process.env.BENCH_ROUNDS ?? (megabytes > WARM_UP_MEGABYTES && !RATIO_CELLS.has(cell) ? 3 : 5));

// ---------------------------------------------------------------------------------------------
// Memory: peak RSS from getrusage (reset once the input is in memory), peak V8 heap sampled.

const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error("run with node --expose-gc: every round starts from a collected heap");

let peakHeap = 0;
function sampleHeap(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used > peakHeap) peakHeap = used;
}

/**
 * Collects garbage and restarts the kernel's high-water mark of the resident set (Linux
 * /proc/self/clear_refs, value 5), so that peak RSS reports this cell's work, not the loading of
 * its input. Returns the resident set and heap at that point, the baseline.
 */
function resetPeaks(): { rss: number; heap: number; reset: boolean } {
  collect!();
  collect!();
  let reset = true;
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    reset = false;
  }
  peakHeap = 0;
  sampleHeap();
  return { rss: process.memoryUsage.rss(), heap: peakHeap, reset };
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

function memory(baseline: { rss: number; heap: number; reset: boolean }) {
  return {
    baselineRssMB: baseline.rss / MB,
    peakRssMB: peakRss() / MB,
    baselineHeapMB: baseline.heap / MB,
    peakHeapMB: peakHeap / MB,
    peakRssReset: baseline.reset,
  };
}

// ---------------------------------------------------------------------------------------------
// Time: wall clock, and how long the main thread waited for a CPU (Linux schedstat), which says
// whether other work on the machine got in the way of a round.

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

function waitingNanoseconds(): number {
  try {
    return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[1]);
  } catch {
    return Number.NaN;
  }
}

interface Round {
  readonly milliseconds: number;
  /** Milliseconds the main thread was runnable but not running. */
  readonly waited: number;
}

async function timed<T>(run: () => T | Promise<T>): Promise<{ round: Round; result: T }> {
  const waitedBefore = waitingNanoseconds();
  const started = performance.now();
  const result = await run();
  const milliseconds = performance.now() - started;
  return { round: { milliseconds, waited: (waitingNanoseconds() - waitedBefore) / 1e6 }, result };
}

/**
 * Warms up (unless a smaller document did), then times the rounds and keeps the best: the machine
 * may be shared and noisy. Each round starts from a collected heap, so no round pays for the tree
 * the previous one dropped.
 */
async function timeRounds(
  run: () => unknown,
  warmedUp: boolean,
): Promise<{ best: Round; all: Round[]; result: unknown }> {
  let result: unknown;
  if (!warmedUp) {
    result = await run();
    sampleHeap();
  }
  const all: Round[] = [];
  for (let index = 0; index < rounds; index++) {
    result = undefined;
    collect!();
    const measured = await timed(run);
    result = measured.result;
    all.push(measured.round);
    // Sampled while the result is alive: for a synchronous parse, the end is where its heap peaks.
    sampleHeap();
  }
  const best = all.reduce((best, round) => (round.milliseconds < best.milliseconds ? round : best));
  return { best, all, result };
}

function timing(characters: number, best: Round, all: readonly Round[]) {
  return {
    megabytes: characters / MB,
    rounds: all.map((round) => Math.round(round.milliseconds)),
    milliseconds: best.milliseconds,
    mbPerSecond: characters / MB / (best.milliseconds / 1000),
    waitedMilliseconds: best.waited,
  };
}

function print(result: object): void {
  console.log(JSON.stringify({ cell, document: documentName, ...result }));
}

// ---------------------------------------------------------------------------------------------
// Inputs.

/** The document at a size: read from bench/data/ when run.ts wrote it there, generated here otherwise. */
function loadDocument(size = megabytes): string {
  const document = DOCUMENTS[documentName];
  if (document === undefined)
    throw new Error(`unknown document ${documentName}; one of ${Object.keys(DOCUMENTS).join(", ")}`);
  const file = documentFile(root, documentName, size);
  if (existsSync(file)) return readFileSync(file, "utf8");
  process.stderr.write(`${file} not found; generating the document in this process\n`);
  return document.make(size * MB);
}

/**
 * The text as the 64 KiB strings a stream hands over: each one a flat string of its own (copied
 * through JSON), as a TextDecoder makes them from a socket's bytes. Slices of the one string would
 * be V8 sliced strings, which saxes reads more slowly than the flat strings a real stream gives.
 */
function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CHUNK, text.length);
    // Keep a surrogate pair together, as a decoder would.
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    chunks.push(JSON.parse(JSON.stringify(text.slice(start, end))) as string);
    start = end;
  }
  return chunks;
}

/** Hands the chunks over one by one, sampling the heap every 16 (1 MB). */
function* feed(chunks: readonly string[]): Generator<string> {
  for (let index = 0; index < chunks.length; index++) {
    if ((index & 15) === 0) sampleHeap();
    yield chunks[index]!;
  }
}

// ---------------------------------------------------------------------------------------------
// Cells. Each parser cell prepares its input outside the timing, then parses it whole and returns
// what it built (the item count for streams).

/**
 * saxes with position tracking and no-op handlers for open tags, close tags and text: the reference
 * rate the ratios are taken against.
 */
function saxesNoop(Parser: typeof SaxesParser): SaxesParser<{}> {
  const parser = new Parser({ xmlns: false, position: true });
  parser.on("opentag", () => {});
  parser.on("closetag", () => {});
  parser.on("text", () => {});
  return parser;
}

const fxpOptions = { ignoreAttributes: false } as const;

interface ParserCell<T> {
  readonly prepare: (xml: string) => T;
  readonly run: (input: T) => unknown;
  /** The characters the MB/s are of, when not the XML document's (a JSON cell's JSON text). */
  readonly size?: (input: T) => number;
  /** For a writer: whether its output, read and written again, is the same text. */
  readonly roundTrip?: (output: string, input: T) => boolean;
}

const whole = (xml: string) => xml;

/** The parser cells by name; each imports its parser only when it is measured. */
const PARSER_CELLS: Readonly<Record<string, () => Promise<ParserCell<any>>>> = {
  "saxes-noop": async () => {
    // One parser for every round (saxes resets itself on close), as our parse reuses its reader.
    // A fresh parser per round would fall off a cliff: saxes' on() stores handlers under computed
    // keys, and from about the seventh parser in a process on V8 reads them ~6x slower.
    const { SaxesParser } = await import("saxes");
    const parser = saxesNoop(SaxesParser);
    return { prepare: whole, run: (xml: string) => parser.write(xml).close() };
  },
  "emx-parse": async () => {
    const { parse } = await import("../generated/index.js");
    return { prepare: whole, run: (xml: string) => parse(xml) };
  },
  "emx-parse-saxes": async () => {
    // The same typed parse with saxes as the token source under the binder.
    const { parse } = await import("../generated/index.js");
    return { prepare: whole, run: (xml: string) => parse(xml, { xmlParser: "saxes" }) };
  },
  "emx-stream": emxStreamCell,
  fxp: async () => {
    const { XMLParser } = await import("fast-xml-parser");
    return { prepare: whole, run: (xml: string) => new XMLParser(fxpOptions).parse(xml) };
  },
  xml2js: async () => {
    const { default: xml2js } = await import("xml2js");
    return { prepare: whole, run: (xml: string) => xml2js.parseStringPromise(xml) };
  },
  txml: async () => {
    // txml's type declarations re-export `./tXml` without an extension, which NodeNext resolution
    // does not follow, so the module looks empty to the compiler; it is not at run time.
    const txml = (await import("txml")) as unknown as { parse(xml: string): unknown };
    return { prepare: whole, run: (xml: string) => txml.parse(xml) };
  },
  "minimal-tree": minimalTreeCell,
};

async function parserCell(name: string): Promise<ParserCell<any> | undefined> {
  return Object.hasOwn(PARSER_CELLS, name) ? PARSER_CELLS[name]!() : undefined;
}

/** Our streamItems over the document's chunks, counting the items of the document's list. */
async function emxStreamCell(): Promise<ParserCell<string[]>> {
  const bindings = await import("../index.js");
  const item = bindings[DOCUMENTS[documentName]!.item as keyof typeof bindings] as BoundClass<XmlObject>;
  return {
    prepare: chunksOf,
    run: async (chunks: string[]) => {
      let items = 0;
      for await (const _item of bindings.streamItems(feed(chunks), { item })) items++;
      return items;
    },
  };
}

/** The smallest useful tree (names, children, last text) built from saxes events. */
async function minimalTreeCell(): Promise<ParserCell<string>> {
  // A reused parser, as for saxes-noop; the handlers reach the current tree through `stack`.
  const { SaxesParser } = await import("saxes");
  const parser = new SaxesParser({ xmlns: false, position: true });
  let stack: { children: unknown[]; text: string }[] = [];
  parser.on("opentag", (tag) => {
    const node = { name: tag.name, children: [], text: "" };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (text) => void (stack[stack.length - 1]!.text = text));
  return {
    prepare: whole,
    run: (xml: string) => {
      stack = [{ children: [], text: "" }];
      parser.write(xml).close();
      return stack[0];
    },
  };
}

/**
 * Serializers: each gets its own parser's tree of the document (built before timing) and writes
 * it compact. Ours writes the typed root; fast-xml-parser's builder its parser's object.
 */
async function serializerCell(name: string): Promise<ParserCell<() => string> | undefined> {
  switch (name) {
    case "serialize-emx": {
      const { parse, serialize } = await import("../generated/index.js");
      return {
        prepare: (xml) => {
          const object = parse(xml);
          return () => serialize(object, { indent: "" });
        },
        run: (write) => write(),
      };
    }
    case "serialize-fxp": {
      const { XMLBuilder, XMLParser } = await import("fast-xml-parser");
      return {
        prepare: (xml) => {
          const object: unknown = new XMLParser(fxpOptions).parse(xml);
          const builder = new XMLBuilder(fxpOptions);
          return () => builder.build(object);
        },
        run: (write) => write(),
      };
    }
  }
  return undefined;
}

/** Measures a parser or serializer cell: warm-up, then best of the rounds, with memory. */
async function measure(measured: ParserCell<any>): Promise<void> {
  let warmedUp = false;
  if (megabytes > WARM_UP_MEGABYTES) {
    await measured.run(measured.prepare(loadDocument(WARM_UP_MEGABYTES)));
    warmedUp = true;
  }
  let xml: string | undefined = loadDocument();
  const input = measured.prepare(xml);
  const characters = measured.size?.(input) ?? xml.length;
  xml = undefined; // what stays in memory is the prepared input (the text, the chunks, or a tree)
  const baseline = resetPeaks();
  const { best, all, result } = await timeRounds(() => measured.run(input), warmedUp);
  const facts: Record<string, unknown> = {
    ...timing(characters, best, all),
    warmUp: warmedUp ? `${WARM_UP_MEGABYTES} MB` : "same document",
    ...memory(baseline),
  };
  if (typeof result === "number") facts.items = result;
  if (typeof result === "string") {
    facts.outputMegabytes = result.length / MB;
    if (measured.roundTrip !== undefined) facts.roundTripIdentical = measured.roundTrip(result, input);
    else if (cell === "serialize-emx") {
      // Ours must be stable: its output, parsed again and written again, is the same bytes.
      const { parse, serialize } = await import("../generated/index.js");
      facts.roundTripIdentical = serialize(parse(result), { indent: "" }) === result;
    }
  }
  print(facts);
}

/** Times the generator in-process as `emx generate --check` runs it: load and check the schemas, generate every file. */
async function measureRegeneration(): Promise<void> {
  const importStarted = performance.now();
  const { generateFiles } = await import("../generator/generate.js");
  const { loadSchemaFolder } = await import("../generator/load/load-schemas.js");
  const importMilliseconds = performance.now() - importStarted;
  const schemas = join(root, "schemas");
  const times: number[] = [];
  let files = new Map<string, string>();
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    files = await generateFiles(loadSchemaFolder(schemas));
    times.push(performance.now() - started);
  }
  const stale = [...files].filter(([name, text]) => {
    const path = join(root, "generated", name);
    return !existsSync(path) || readFileSync(path, "utf8") !== text;
  });
  print({
    importMilliseconds,
    coldMilliseconds: times[0],
    warmMilliseconds: times[1],
    files: files.size,
    stale: stale.map(([name]) => name),
  });
}

/**
 * Streams a QueryResult of `megabytes` million characters from {@link queryResultSessionChunks}:
 * UTF-8 chunks of 64 KiB made as they are read. saxes gets them through a fatal streaming
 * TextDecoder, as our reader decodes them; `gb-source` is that decoding of the chunks alone, the
 * cost the other two share. One pass: the JIT settles in the first megabytes of a gigabyte.
 */
async function measureGigabyteStream(): Promise<void> {
  // Each cell loads only what it runs: the bindings' code is part of our stream's memory, not saxes'.
  const streamItems = cell === "gb-emx-stream" ? (await import("../index.js")).streamItems : undefined;
  const saxes = cell === "gb-saxes" ? saxesNoop((await import("saxes")).SaxesParser) : undefined;
  const baseline = resetPeaks();
  let bytes = 0;
  // Every cell takes the chunks through the same step, which counts them and samples the heap.
  const chunks = (async function* () {
    let count = 0;
    for await (const chunk of queryResultSessionChunks(megabytes * MB)) {
      bytes += chunk.length;
      if ((++count & 15) === 0) sampleHeap();
      yield chunk;
    }
  })();
  const facts: Record<string, unknown> = {};
  const { round } = await timed(async () => {
    if (streamItems !== undefined) {
      const { BackupJobSession } = await import("../index.js");
      const limits = { maxDocumentLength: Number.POSITIVE_INFINITY };
      const stream = streamItems(chunks, { limits, item: BackupJobSession });
      let items = 0;
      for (;;) {
        const step = await stream.next();
        if (step.done === true) {
          // The trailer's PageSize is the number of sessions the generator wrote.
          facts.itemsCheck = (step.value as { pagingInfo?: { pageSize?: number } }).pagingInfo?.pageSize === items;
          break;
        }
        items++;
      }
      facts.items = items;
      return;
    }
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let characters = 0;
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true });
      if (saxes !== undefined) saxes.write(text);
      else characters += text.length;
    }
    const rest = decoder.decode();
    if (saxes !== undefined) saxes.write(rest).close();
    else facts.characters = characters + rest.length;
  });
  sampleHeap();
  print({
    megabytes: bytes / MB,
    milliseconds: round.milliseconds,
    mbPerSecond: bytes / MB / (round.milliseconds / 1000),
    waitedMilliseconds: round.waited,
    ...facts,
    ...memory(baseline),
  });
}

const measured =
  (await parserCell(cell)) ?? (await serializerCell(cell)) ?? (await jsonCell(cell, documentName, chunksOf, feed));
if (measured !== undefined) await measure(measured);
else if (cell === "regenerate") await measureRegeneration();
else if (cell.startsWith("gb-")) await measureGigabyteStream();
else {
  const cells =
    "saxes-noop, emx-parse, emx-parse-saxes, emx-stream, fxp, xml2js, txml, minimal-tree, serialize-emx, serialize-fxp, json-parse, json-peer-parse, json-stream, json-serialize, json-peer-serialize, regenerate, gb-source, gb-saxes, gb-emx-stream";
  throw new Error(`unknown cell ${cell}; one of ${cells}`);
}
