/**
 * A walk through the typed client that knows no URL but the API root: it reads the root and logs
 * on, then reads every link of every answer that names a documented read of a document (a few per
 * operation), noting each href in a {@link SeedIndex} and the first href that names each GET
 * operation (a download's too, which the walk does not read).
 */
import { operations, type EmClient, type EmTypes } from "../../client.js";
import {
  compileTemplate,
  literalCount,
  matchTemplate,
  splitPath,
  type PathTemplate,
} from "../../mock/path-template.js";
import { linksIn, type FoundLink } from "../mock/link-walker.js";
import { entryOf, SeedIndex, type OperationId } from "./seed-index.js";

/** What a walk found. */
export interface ClientWalk {
  readonly seeds: SeedIndex;
  /** The first href that names each GET operation. */
  readonly named: ReadonlyMap<OperationId, URL>;
  /** Hrefs whose read failed, with the error. */
  readonly failures: readonly string[];
  readonly requests: number;
}

/** How many hrefs of one operation the walk reads: enough to see every form, not every session. */
const PER_OPERATION = 3;

interface Readable {
  readonly id: OperationId;
  readonly template: PathTemplate;
  readonly action?: string;
  /** Whether it answers a file rather than a document. */
  readonly file: boolean;
}

/** The GET operations with their compiled paths, most literal segments first. */
function readables(): Readable[] {
  return (Object.keys(operations) as OperationId[])
    .filter((id) => entryOf(id).method === "GET")
    .map((id) => {
      const entry = entryOf(id);
      const template = compileTemplate(entry.path, new Set(entry.spansSegments ?? []));
      const file = entry.answers.some((answer) => answer.mediaType !== undefined);
      return { id, template, action: entry.action, file };
    })
    .sort((a, b) => literalCount(b.template) - literalCount(a.template));
}

/** The GET operation an href names (its path and `action`), if it names one. */
function readableAt(href: string, base: URL, all: readonly Readable[] = READABLES): Readable | undefined {
  const url = new URL(href, base);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
  const segments = splitPath(url.pathname.slice(base.pathname.length));
  const action = url.searchParams.get("action")?.toLowerCase();
  return all.find(
    (readable) => readable.action?.toLowerCase() === action && matchTemplate(readable.template, segments) !== undefined,
  );
}

const READABLES = readables();

/** Walks the mock behind a client from its API root; the client is logged on afterwards. */
export async function walkThroughClient(client: EmClient<EmTypes>): Promise<ClientWalk> {
  const seeds = new SeedIndex(client.baseUrl);
  const named = new Map<OperationId, URL>();
  const failures: string[] = [];
  const queue: FoundLink[] = [...linksIn(await client.call("getApiRoot")), ...linksIn(await client.logon())];
  const seen = new Set<string>();
  const perOperation = new Map<OperationId, number>();
  let requests = 2;
  while (queue.length > 0) {
    const { href, object } = queue.shift()!;
    if (href === undefined) continue;
    seeds.add(href, object);
    const readable = readableAt(href, client.baseUrl);
    if (readable === undefined) continue;
    const id = readable.id;
    if (!named.has(id)) named.set(id, new URL(href));
    if (readable.file || seen.has(href) || (perOperation.get(id) ?? 0) >= PER_OPERATION) continue;
    seen.add(href);
    perOperation.set(id, (perOperation.get(id) ?? 0) + 1);
    requests++;
    try {
      queue.push(...linksIn(await client.get(href)));
    } catch (error) {
      failures.push(`GET ${href} (${id}): ${(error as Error).message}`);
    }
  }
  return { seeds, named, failures, requests };
}
