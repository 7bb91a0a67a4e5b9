/**
 * The mock under load: a mock holding a large session history (in its own process) and many
 * concurrent clients (`createClient`) paging its BackupJobSession query with `queryItems`. Reports
 * pages per second, page latency (request, answer and parse, as a client sees it), the peak memory
 * of the mock and of the clients, and the heap of one client paging through the whole query,
 * sampled page by page: a paging iterator that keeps no pages stays flat.
 *
 *   MOCK_LOAD_SESSIONS=100000  sessions the mock holds
 *   MOCK_LOAD_CLIENTS=50       concurrent clients
 *   MOCK_LOAD_PAGES=10         pages each client but the first reads (the first reads them all)
 *   MOCK_LOAD_PAGE_SIZE=200    sessions per page
 */
import { fork } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "../client.js";

/** What one load run measured. */
export interface MockLoad {
  readonly sessions: number;
  readonly clients: number;
  readonly pages: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  readonly itemsPerSecond: number;
  readonly p50Milliseconds: number;
  readonly p99Milliseconds: number;
  readonly mockPeakRssMB: number;
  readonly clientsPeakRssMB: number;
  /** Heap of the client reading every page: after its tenth page, at its middle page, after its last (MB). */
  readonly heapSamplesMB: readonly [number, number, number];
  readonly wholeQueryItems: number;
}

interface Server {
  readonly url: string;
  readonly ca: string;
  /** The mock's peak RSS so far, in MB. */
  peakRss(): Promise<number>;
  stop(): Promise<void>;
}

function startServer(root: string, sessions: number): Promise<Server> {
  const child = fork(join(root, "build", "bench", "mock-load-server.js"), [String(sessions)], { stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("message", (ready: { url: string; ca: string }) =>
      resolve({
        ...ready,
        peakRss: () =>
          new Promise((answer) => {
            child.once("message", (report: { peakRssMB: number }) => answer(report.peakRssMB));
            child.send({ kind: "report" });
          }),
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.send({ kind: "stop" });
          }),
      }),
    );
  });
}

/** Reads `pages` pages (all when undefined), timing each page as the iterator delivers it. */
async function page(
  url: string,
  ca: string,
  pageSize: number,
  pages: number | undefined,
  latencies: number[],
  heap?: number[],
): Promise<number> {
  const client = createClient({ url, username: "admin", password: "Passw0rd!", ca });
  await client.logon();
  const entities = heap === undefined;
  let count = 0;
  let started = performance.now();
  const query = { type: "BackupJobSession", sortDesc: "CreationTime", pageSize } as const;
  const items: AsyncIterable<unknown> = entities
    ? client.queryItems({ ...query, format: "Entities" })
    : client.queryItems({ ...query, format: "References" });
  for await (const item of items) {
    void item;
    count++;
    if (count % pageSize !== 0) continue;
    latencies.push(performance.now() - started);
    heap?.push(process.memoryUsage().heapUsed / 1048576);
    if (pages !== undefined && count / pageSize >= pages) break;
    started = performance.now();
  }
  await client.close();
  return count;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** Runs the load against a fresh mock and stops it. */
export async function measureMockLoad(root: string): Promise<MockLoad> {
  const sessions = Number(process.env.MOCK_LOAD_SESSIONS ?? "100000");
  const clients = Number(process.env.MOCK_LOAD_CLIENTS ?? "50");
  const pages = Number(process.env.MOCK_LOAD_PAGES ?? "10");
  const pageSize = Number(process.env.MOCK_LOAD_PAGE_SIZE ?? "200");
  const server = await startServer(root, sessions);
  const latencies: number[] = [];
  const started = performance.now();
  // The clients read entities, concurrently, each its first pages of the newest sessions.
  const counts = await Promise.all(
    Array.from({ length: clients }, () => page(server.url, server.ca, pageSize, pages, latencies)),
  );
  const seconds = (performance.now() - started) / 1000;
  // Then one client alone reads the whole query as references, its heap sampled page by page.
  const heap: number[] = [];
  const wholeQueryItems = await page(server.url, server.ca, pageSize * 5, undefined, [], heap);
  const mockPeakRssMB = await server.peakRss();
  await server.stop();
  return {
    sessions,
    clients,
    pages: latencies.length,
    seconds,
    pagesPerSecond: latencies.length / seconds,
    itemsPerSecond: counts.reduce((sum, count) => sum + count, 0) / seconds,
    p50Milliseconds: percentile(latencies, 0.5),
    p99Milliseconds: percentile(latencies, 0.99),
    mockPeakRssMB,
    clientsPeakRssMB: process.resourceUsage().maxRSS / 1024,
    heapSamplesMB: [heap[Math.min(9, heap.length - 1)] ?? 0, heap[Math.floor(heap.length / 2)] ?? 0, heap.at(-1) ?? 0],
    wholeQueryItems,
  };
}

// Run directly (as `npm run bench` does, in a process of its own), it prints its measurement as JSON.
if (process.argv[1]?.endsWith("mock-load.js")) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  console.log(JSON.stringify(await measureMockLoad(root)));
}
