/**
 * `npm run bench`: measures every cell in a process of its own (bench/measure.ts) and prints, for
 * each document and size, throughput and peak memory of saxes with no-op handlers (the reference
 * rate), our typed parse and item stream, and the peers; then the serializers, EM's JSON (our reader,
 * stream and writer against JSON.parse/JSON.stringify with a hand-written mapping), the regeneration time,
 * the CLI's cold start and, when asked, streaming of a 1 GB QueryResult.
 *
 *   BENCH_SIZES=10,100   document sizes in MB (default "10,100"; empty: none; BENCH_MB=n is read as one size)
 *   BENCH_GB=1           also stream a QueryResult of that many GB (default off: about a minute per GB)
 *   BENCH_ROUNDS=n       timed rounds per cell (default 5, and 3 above 10 MB)
 *   BENCH_KEEP_DATA=1    keep the documents in bench/data/ (for profiling measure.js on them)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { measureColdStart } from "./cold-start.js";
import { DOCUMENTS, documentFile } from "./documents.js";
import type { MockLoad } from "./mock-load.js";

/** The mock under load (bench/mock-load.ts), in a process of its own; its line of the report. */
function printMockLoad(): void {
  let load: MockLoad;
  try {
    const output = execFileSync(process.execPath, [join(here, "mock-load.js")], {
      encoding: "utf8",
      timeout: 1_200_000,
    });
    load = JSON.parse(output.trim().split("\n").at(-1)!) as MockLoad;
  } catch (error) {
    console.log(`\nMock under load: failed: ${(error as Error).message.split("\n")[0]}`);
    return;
  }
  const [early, middle, last] = load.heapSamplesMB.map((value) => value.toFixed(0));
  console.log(
    `\nMock under load: ${load.clients} clients (createClient, queryItems) paging ${load.sessions} sessions, ${load.pages} pages of entities in ${load.seconds.toFixed(1)} s: ` +
      `${load.pagesPerSecond.toFixed(1)} pages/s (${load.itemsPerSecond.toFixed(0)} sessions/s), page latency p50 ${load.p50Milliseconds.toFixed(0)} ms, p99 ${load.p99Milliseconds.toFixed(0)} ms; ` +
      `peak RSS mock ${load.mockPeakRssMB.toFixed(0)} MB, clients ${load.clientsPeakRssMB.toFixed(0)} MB. ` +
      `One client then paged all ${load.wholeQueryItems} as references: heap ${early} MB after page 10, ${middle} MB at the middle, ${last} MB at the end.`,
  );
}

/** What measure.js prints; which fields are present depends on the cell. */
interface Measurement {
  readonly cell: string;
  readonly megabytes: number;
  readonly milliseconds: number;
  readonly mbPerSecond: number;
  readonly rounds?: readonly number[];
  readonly items?: number;
  readonly itemsCheck?: boolean;
  readonly baselineRssMB: number;
  readonly peakRssMB: number;
  readonly peakHeapMB: number;
  readonly peakRssReset: boolean;
  /** Milliseconds of the best round the main thread waited for a CPU (other work on the machine). */
  readonly waitedMilliseconds?: number;
  readonly outputMegabytes?: number;
  readonly roundTripIdentical?: boolean;
  readonly importMilliseconds?: number;
  readonly coldMilliseconds?: number;
  readonly warmMilliseconds?: number;
  readonly files?: number;
  readonly stale?: readonly string[];
  readonly error?: undefined;
}

/** A cell whose process failed (out of memory, an exception), with the line that says why. */
interface Failure {
  readonly cell: string;
  readonly error: string;
}

type Outcome = Measurement | Failure;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const sizes = (process.env.BENCH_SIZES ?? process.env.BENCH_MB ?? "10,100")
  .split(",")
  .map((size) => Number(size.trim()))
  .filter((size) => size > 0);
const gigabytes = Number(process.env.BENCH_GB ?? "0");
/** Node options of every measuring process: gc() between rounds; room for xml2js's tree of 100 MB (over 3 GB). */
const NODE_OPTIONS = ["--expose-gc", "--max-old-space-size=8192"];
/** Seconds after which a cell is stopped and reported as timed out, so one pathological cell cannot hold the run. */
const CELL_TIMEOUT = Number(process.env.BENCH_CELL_TIMEOUT ?? "300");

const PARSERS: readonly { readonly cell: string; readonly label: string; readonly short: string }[] = [
  { cell: "saxes-noop", label: "saxes, no-op handlers", short: "saxes" },
  { cell: "emx-parse", label: "emx parse", short: "emx" },
  { cell: "emx-parse-saxes", label: "emx parse, xmlParser saxes", short: "emx on saxes" },
  { cell: "emx-stream", label: "emx streamItems, 64 KiB", short: "stream" },
  { cell: "fxp", label: "fast-xml-parser", short: "fxp" },
  { cell: "xml2js", label: "xml2js", short: "xml2js" },
  { cell: "txml", label: "txml", short: "txml" },
];
/** EM's JSON cells (bench/json-cells.ts), each beside the XML cell of the same work. */
const JSON_CELLS: readonly { readonly cell: string; readonly label: string; readonly versus?: string }[] = [
  { cell: "json-parse", label: "emx parseJson" },
  { cell: "json-peer-parse", label: "JSON.parse + mapping", versus: "json-parse" },
  { cell: "json-stream", label: "emx streamJsonItems, 64 KiB" },
  { cell: "json-serialize", label: "emx serializeJson" },
  { cell: "json-peer-serialize", label: "mapping + JSON.stringify", versus: "json-serialize" },
];
const SERIALIZERS = [
  { cell: "serialize-emx", label: "emx serialize" },
  { cell: "serialize-fxp", label: "fxp XMLBuilder" },
];

function measure(cell: string, document = "-", megabytes = 0): Outcome {
  try {
    const output = execFileSync(
      process.execPath,
      [...NODE_OPTIONS, join(here, "measure.js"), cell, document, String(megabytes)],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 16 * 1024 * 1024,
        timeout: CELL_TIMEOUT * 1000,
      },
    );
    return JSON.parse(output.trim().split("\n").pop()!) as Measurement;
  } catch (error) {
    if ((error as { signal?: string }).signal === "SIGTERM")
      return { cell, error: `timed out after ${CELL_TIMEOUT} s` };
    const stderr = String((error as { stderr?: string }).stderr ?? "").trim();
    const reason = stderr.split("\n").find((line) => /Error|FATAL|heap/.test(line)) ?? (error as Error).message;
    return { cell, error: reason.trim().slice(0, 160) };
  }
}

const failed = (outcome: Outcome): outcome is Failure => outcome.error !== undefined;
/** Whether the main thread waited for a CPU more than 5% of the best round (a busy machine). */
const busy = (outcome: Measurement) => (outcome.waitedMilliseconds ?? 0) > 0.05 * outcome.milliseconds;
/** Extra runs of a cell whose best round was slowed by a busy machine. */
const RETRIES = 2;

/**
 * Measures a document cell, again (up to {@link RETRIES} times) while its best round was slowed by
 * a busy machine, keeping the fastest: a reference slowed by a neighbour would flatter the ratios
 * against it as much as a slowed cell of ours would hurt them.
 */
function measureSteadily(cell: string, document: string, megabytes: number): Outcome {
  let outcome = measure(cell, document, megabytes);
  for (let retry = 0; retry < RETRIES && !failed(outcome) && busy(outcome); retry++) {
    const again = measure(cell, document, megabytes);
    if (!failed(again) && again.mbPerSecond > outcome.mbPerSecond) outcome = again;
  }
  return outcome;
}

/** Prints rows as columns: the first `left` columns left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[], left = 1): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  for (const row of rows) {
    const cells = row.map((cell, column) =>
      column < left ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
    );
    console.log(`  ${cells.join("  ").trimEnd()}`);
  }
}

const mb = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
/** MB/s, starred when the main thread waited for a CPU more than 5% of the round (a busy machine). */
const throughput = (outcome: Measurement) => `${outcome.mbPerSecond.toFixed(1)}${busy(outcome) ? "*" : ""}`;
const ratio = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)}x`;
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

const started = performance.now();
const cpu = cpus();
console.log(
  `emx benchmark: node ${process.version}, ${cpu[0]?.model.trim() ?? "unknown cpu"} (${cpu.length} logical CPUs), ` +
    `${(totalmem() / 1e9).toFixed(0)} GB RAM, Linux ${release()}; load average ${load()}`,
);
const roundsNote = process.env.BENCH_ROUNDS ?? "5";
const largeRoundsNote = process.env.BENCH_ROUNDS ?? "3";
for (const line of [
  `Each cell in its own process: node ${NODE_OPTIONS.join(" ")} build/bench/measure.js <cell> <document> <MB>`,
  `MB/s: best of ${roundsNote} rounds after a warm-up (above 10 MB: warmed up on the 10 MB document, and best of ${largeRoundsNote} but for saxes, emx parse and emx streamItems); MB = 10^6 characters.`,
  "  A * after MB/s: in that round the process waited for a CPU over 5% of the time (the machine was busy);",
  `  such a cell is measured again (${RETRIES} more times at most) and the fastest run kept.`,
  'Peak RSS: getrusage maxRSS, its high-water mark reset once the input is in memory ("RSS at start"); peak heap: V8 used',
  "  heap, sampled at the end of every round (result alive) and every 16 chunks of a stream; memory MB = 10^6 bytes.",
  "emx streamItems: the document handed over as 64 KiB strings, items counted and dropped. emx/<peer>: our typed parse's",
  "  MB/s over the peer's (above 1: ours is faster).",
])
  console.log(line);

// The documents, written once for every process to read (generating them in each would leave the
// generator's garbage in the heap and blur the memory figures). The 10 MB ones are the warm-ups.
const dataSizes = [...new Set([...sizes, ...(sizes.some((size) => size > 10) ? [10] : [])])];
mkdirSync(join(root, "bench", "data"), { recursive: true });
const written: string[] = [];
for (const [name, document] of Object.entries(DOCUMENTS)) {
  for (const size of dataSizes) {
    const file = documentFile(root, name, size);
    writeFileSync(file, document.make(size * 1e6));
    written.push(file);
  }
}

const jsonRows: string[][] = [
  ["document", "JSON MB", "cell", "ms", "MB/s", "peak RSS MB", "emx vs it", "JSON vs XML", "round trip"],
];

/**
 * The JSON rows of one document: each cell with its time and memory; the peers with our time over
 * theirs; ours with the time of the XML cell doing the same work (our parse, our serialize) over ours.
 */
function addJsonRows(title: string, name: string, size: number, xml: Record<string, Outcome | undefined>): void {
  const outcomes = new Map(JSON_CELLS.map(({ cell }) => [cell, measureSteadily(cell, name, size)] as const));
  const xmlOf: Record<string, string> = { "json-parse": "emx-parse", "json-serialize": "serialize-emx" };
  JSON_CELLS.forEach(({ cell, label, versus }, index) => {
    const outcome = outcomes.get(cell)!;
    const head = index === 0 ? [title, failed(outcome) ? "" : mb(outcome.megabytes)] : ["", ""];
    if (failed(outcome)) return jsonRows.push([...head, label, "failed", outcome.error]);
    const ours = versus === undefined ? undefined : outcomes.get(versus);
    const emxVs = ours !== undefined && !failed(ours) ? ratio(outcome.milliseconds / ours.milliseconds) : "";
    const reference = xml[xmlOf[cell] ?? ""];
    const xmlVs =
      reference !== undefined && !failed(reference) ? ratio(reference.milliseconds / outcome.milliseconds) : "";
    const roundTrip =
      outcome.roundTripIdentical === undefined ? "" : outcome.roundTripIdentical ? "byte-identical" : "DIFFERS";
    jsonRows.push([
      ...head,
      label,
      outcome.milliseconds.toFixed(0),
      throughput(outcome),
      mb(outcome.peakRssMB),
      emxVs,
      xmlVs,
      roundTrip,
    ]);
  });
}

const serializerRows: string[][] = [
  ["document", "size", "serializer", "ms", "MB/s", "out MB", "peak RSS MB", "emx vs fxp", "round trip"],
];

for (const size of sizes) {
  for (const [name, document] of Object.entries(DOCUMENTS)) {
    const results = PARSERS.map((parser) => ({ ...parser, outcome: measureSteadily(parser.cell, name, size) }));
    const get = (cell: string) => results.find((result) => result.cell === cell)?.outcome;
    const saxes = get("saxes-noop");
    const ours = get("emx-parse");
    const stream = get("emx-stream");
    const any = results.map((result) => result.outcome).find((outcome) => !failed(outcome)) as Measurement | undefined;
    const items =
      stream !== undefined && !failed(stream) && stream.items !== undefined ? `, ${stream.items} items` : "";
    console.log(`\n${document.title}, ${any === undefined ? size : any.megabytes.toFixed(1)} MB${items}`);
    const rows: string[][] = [
      ["parser", "MB/s", "peak RSS MB", "RSS at start", "peak heap MB", "vs saxes", "emx parse vs it"],
    ];
    for (const { label, short, cell, outcome } of results) {
      if (failed(outcome)) {
        rows.push([label, "failed", outcome.error]);
        continue;
      }
      const toSaxes =
        saxes !== undefined && !failed(saxes) ? (outcome.mbPerSecond / saxes.mbPerSecond).toFixed(2) : "-";
      const emxVs =
        cell === "emx-parse" || ours === undefined || failed(ours)
          ? ""
          : `emx/${short} ${ratio(ours.mbPerSecond / outcome.mbPerSecond)}`;
      rows.push([
        label,
        throughput(outcome),
        mb(outcome.peakRssMB),
        mb(outcome.baselineRssMB),
        mb(outcome.peakHeapMB),
        toSaxes,
        emxVs,
      ]);
    }
    table(rows);

    const serialized = SERIALIZERS.map((serializer) => ({
      ...serializer,
      outcome: measureSteadily(serializer.cell, name, size),
    }));
    const emx = serialized[0]!.outcome;
    const fxp = serialized[1]!.outcome;
    for (const { label, outcome } of serialized) {
      const first = label === serialized[0]!.label;
      if (failed(outcome)) {
        serializerRows.push([first ? document.title : "", first ? `${size} MB` : "", label, "failed", outcome.error]);
        continue;
      }
      const versus = first && !failed(emx) && !failed(fxp) ? ratio(fxp.milliseconds / emx.milliseconds) : "";
      const roundTrip =
        outcome.roundTripIdentical === undefined ? "" : outcome.roundTripIdentical ? "byte-identical" : "DIFFERS";
      serializerRows.push([
        first ? document.title : "",
        first ? `${size} MB` : "",
        label,
        outcome.milliseconds.toFixed(0),
        throughput(outcome),
        mb(outcome.outputMegabytes ?? 0),
        mb(outcome.peakRssMB),
        versus,
        roundTrip,
      ]);
    }
    addJsonRows(document.title, name, size, { "emx-parse": ours, "serialize-emx": emx });
  }
}

if (sizes.length > 0) {
  console.log(
    '\nSerializers: our serialize of our parsed root, compact (indent ""), against fast-xml-parser\'s XMLBuilder',
  );
  console.log(
    "on fast-xml-parser's parse of the same document (attributes on). MB/s of the source document; round trip:",
  );
  console.log("our output parsed and serialized again.");
  table(serializerRows, 3);
  console.log(
    "\nEM's JSON: the documents converted to compact JSON (PascalCase) before timing; MB/s of the JSON text. emx vs it:",
  );
  console.log(
    "the peer's time over ours (above 1: ours is faster). JSON vs XML: the time of our XML parse or serialize of the same",
  );
  console.log("document over our JSON one's (above 1: JSON is faster). Round trip: our output read and written again.");
  table(jsonRows, 3);
}

const regeneration = measure("regenerate");
if (failed(regeneration)) console.log(`\nRegeneration: failed: ${regeneration.error}`);
else {
  const sync =
    regeneration.stale!.length === 0 ? "identical to generated/" : `STALE: ${regeneration.stale!.join(", ")}`;
  console.log(
    `\nRegeneration, generateFiles(loadSchemaFolder("schemas")) in its own process: ${seconds(regeneration.coldMilliseconds!)} ` +
      `(again in the same process: ${seconds(regeneration.warmMilliseconds!)}; importing the generator: ${seconds(regeneration.importMilliseconds!)}); ` +
      `${regeneration.files} files, ${sync}.`,
  );
}

const coldStart = measureColdStart(root);
console.log(
  `\nCold start, median of ${coldStart.runs} taken in turn: \`emx validate\` on one small file ${coldStart.emxMilliseconds.toFixed(0)} ms, ` +
    `bare \`node -e 0\` ${coldStart.nodeMilliseconds.toFixed(0)} ms: ${ratio(coldStart.ratio)} (target: within 5x).`,
);

if (gigabytes > 0) {
  const megabytes = gigabytes * 1000;
  console.log(
    `\nStreaming a ${gigabytes} GB QueryResult of BackupJobSessions: 64 KiB UTF-8 chunks made as they are read (nothing on disk),` +
      " decoded by a streaming TextDecoder; one pass each.",
  );
  const source = measure("gb-source", "query-result-sessions", megabytes);
  const saxes = measure("gb-saxes", "query-result-sessions", megabytes);
  const ours = measure("gb-emx-stream", "query-result-sessions", megabytes);
  const rows: string[][] = [
    ["cell", "MB/s", "s", "peak RSS MB", "RSS at start", "peak heap MB", "vs saxes", "net of source"],
  ];
  const net = (outcome: Measurement) =>
    !failed(source) ? outcome.megabytes / ((outcome.milliseconds - source.milliseconds) / 1000) : Number.NaN;
  for (const [label, outcome] of [
    ["source only (generate + decode)", source],
    ["saxes, no-op handlers", saxes],
    ["emx streamItems", ours],
  ] as const) {
    if (failed(outcome)) {
      rows.push([label, "failed", outcome.error]);
      continue;
    }
    const isSource = outcome === source;
    const versus = !failed(saxes) && !isSource ? (outcome.mbPerSecond / saxes.mbPerSecond).toFixed(2) : "";
    const netVersus = !failed(saxes) && !isSource && !failed(source) ? (net(outcome) / net(saxes)).toFixed(2) : "";
    rows.push([
      label,
      throughput(outcome),
      seconds(outcome.milliseconds).replace(" s", ""),
      mb(outcome.peakRssMB),
      mb(outcome.baselineRssMB),
      mb(outcome.peakHeapMB),
      versus,
      netVersus,
    ]);
  }
  table(rows);
  if (!failed(ours)) {
    const target = !failed(saxes) && ours.peakRssMB < 150 && ours.mbPerSecond / saxes.mbPerSecond >= 0.8;
    console.log(
      `  ${ours.items} sessions streamed (${ours.itemsCheck ? "= the PageSize the generator wrote" : "MISMATCH with PageSize"}); ` +
        `target (emx under 150 MB RSS and at least 0.8 of saxes): ${target ? "met" : "not met"}. ` +
        '"net of source": the ratio with the source-only time taken off both.',
    );
  }
} else {
  console.log(
    "\nStreaming a 1 GB QueryResult (saxes against streamItems, MB/s and peak RSS) is off by default: BENCH_GB=1 npm run bench",
  );
}

printMockLoad();

if (process.env.BENCH_KEEP_DATA !== "1") for (const file of written) rmSync(file, { force: true });
console.log(`\nTotal ${seconds(performance.now() - started)}; load average ${load()}.`);
