/** Item streaming: typed items one at a time, from every input kind, with back-pressure and bounded memory. */
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BackupJobSession, EntityRef, parse, QueryResult, serialize, streamItems } from "../../generated/index.js";
import { detach, XmlReadError } from "../../index.js";
import { fixture } from "../helpers.js";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';

async function collect<T>(generator: AsyncGenerator<T, unknown>): Promise<{ items: T[]; root: unknown }> {
  const items: T[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done === true) return { items, root: step.value };
    items.push(step.value);
  }
}

function chunked(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let index = 0; index < text.length; index += size) chunks.push(text.slice(index, index + size));
  return chunks;
}

test("streams the Refs of EntityReferences from strings, bytes, Readables, web streams and iterables", async () => {
  const text = fixture("entity-references.xml");
  const expected = parse(text) as import("../../generated/index.js").EntityReferences;
  const inputs = [
    text,
    new TextEncoder().encode(text),
    Readable.from(chunked(text, 17).map((chunk) => Buffer.from(chunk))),
    new Blob([text]).stream(),
    chunked(text, 5),
    (async function* () {
      yield* chunked(text, 64);
    })(),
  ];
  for (const input of inputs) {
    const { items, root } = await collect(streamItems(input, { item: EntityRef }));
    assert.equal(items.length, 3);
    items.forEach((item, index) => {
      assert.instance(item, EntityRef);
      assert.equal({ ...item }, { ...expected.refs![index]! });
    });
    assert.equal((root as typeof expected).refs, undefined);
  }
});

test("streams the entities of a QueryResult and returns the paging information", async () => {
  const sessions = Array.from(
    { length: 25 },
    (_, index) =>
      new BackupJobSession({
        href: `https://em/api/backupSessions/${index}`,
        name: `Nightly@${index}`,
        uid: `urn:veeam:BackupJobSession:${index}`,
        result: "Success",
      }),
  );
  const page = new QueryResult({
    entities: { backupJobSessions: sessions },
    pagingInfo: {
      pageNum: 1,
      pageSize: 25,
      pagesCount: 4,
      links: [{ rel: "Next", href: "https://em/api/query?type=BackupJobSession&page=2" }],
    },
  });
  const { items, root } = await collect(streamItems(chunked(serialize(page), 100), { item: BackupJobSession }));
  assert.is(items.length, 25);
  assert.instance(items[24], BackupJobSession);
  assert.is(items[24]!.name, "Nightly@24");
  const rest = root as QueryResult;
  assert.equal(rest.entities?.backupJobSessions, []);
  assert.is(rest.pagingInfo?.pagesCount, 4);
  assert.is(rest.pagingInfo?.links?.[0]?.rel, "Next");
});

test("reads only as fast as the items are taken", async () => {
  const refs = Array.from(
    { length: 2000 },
    (_, index) =>
      `<Ref UID="urn:veeam:Job:${index}" Name="j${index}" Href="https://em/api/jobs/${index}" Type="JobReference"/>`,
  );
  const text = `<EntityReferences ${EM}>${refs.join("")}</EntityReferences>`;
  let pulled = 0;
  const source = (function* () {
    for (const chunk of chunked(text, 1000)) {
      pulled++;
      yield chunk;
    }
  })();
  const stream = streamItems(source, { item: EntityRef });
  for (let index = 0; index < 10; index++) await stream.next();
  assert.ok(pulled <= 2, `read ${pulled} chunks for 10 items`);
  await stream.return(undefined as never);
});

test("keeps memory bounded over a large document", async () => {
  const ref = (index: number) =>
    `<Ref UID="urn:veeam:Job:${index}" Name="job number ${index}" Href="https://em.example.local:9398/api/jobs/${index}" Type="JobReference"><Links><Link Rel="Alternate" Type="Job" Href="https://em.example.local:9398/api/jobs/${index}?format=Entity"/></Links></Ref>`;
  const count = 150_000;
  function* source() {
    yield `<EntityReferences ${EM}>`;
    for (let index = 0; index < count; index += 100)
      yield Array.from({ length: 100 }, (_, offset) => ref(index + offset)).join("");
    yield "</EntityReferences>";
  }
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let seen = 0;
  let peak = 0;
  for await (const item of streamItems(source(), { item: EntityRef })) {
    seen++;
    if (seen % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    if (seen === count) assert.is(item.name, `job number ${count - 1}`);
  }
  assert.is(seen, count);
  // About 30 MB of XML went through; what is alive at any time is a chunk or two and the garbage
  // not yet collected, far below what keeping the items would take (over 60 MB).
  assert.ok(peak < 40 * 1024 * 1024, `heap grew by ${(peak / 1048576).toFixed(1)} MB`);
});

test("detached items keep only themselves, not the chunks they were read from", async () => {
  setFlagsFromString("--expose-gc");
  const collect = runInNewContext("gc") as () => void;
  const ref = (index: number) =>
    `<Ref UID="urn:veeam:Job:${index}" Name="job number ${index} &amp; more" Href="https://em.example.local:9398/api/jobs/${index}" Type="JobReference" Extra="kept-${index}-as-unknown"><Links><Link Rel="Alternate" Type="Job" Href="https://em.example.local:9398/api/jobs/${index}?format=Entity"/></Links><Note>unknown element ${index}</Note></Ref>`;
  const count = 40_000;
  const chunks = (function* () {
    yield `<EntityReferences ${EM}>`;
    // Each chunk a string of its own, as a decoder hands them over.
    for (let index = 0; index < count; index += 200)
      yield Array.from({ length: 200 }, (_, offset) => ref(index + offset)).join("");
    yield "</EntityReferences>";
  })();
  collect();
  const before = process.memoryUsage().heapUsed;
  const kept: EntityRef[] = [];
  let seen = 0;
  for await (const item of streamItems(chunks, { item: EntityRef })) {
    if (seen++ % 100 === 0) {
      const written = serialize(item);
      kept.push(detach(item));
      // Detaching changes no value: the item writes the same, unknown content and all.
      assert.is(serialize(item), written);
    }
  }
  collect();
  const grown = process.memoryUsage().heapUsed - before;
  assert.is(kept.length, count / 100);
  assert.is(kept[1]!.name, "job number 100 & more");
  // About 11 MB of XML went through, in chunks of about 55 KB; every chunk held a kept item. The
  // 400 items themselves take some 0.5 MB.
  assert.ok(grown < 3 * 1024 * 1024, `heap grew by ${(grown / 1048576).toFixed(1)} MB`);
});

test("reports a broken document as an XmlReadError with its location", async () => {
  const text = `<EntityReferences ${EM}>\n<Ref UID="u" Name="n" Href="h" Type="t"/>\n<Ref UID="u" Name="n" Href="h" Type="t">\n</EntityReferences>`;
  const stream = streamItems(chunked(text, 10), { item: EntityRef });
  const first = await stream.next();
  assert.is((first.value as EntityRef).uid, "u");
  try {
    await collect(stream);
    assert.unreachable("the broken document was read");
  } catch (error) {
    assert.instance(error, XmlReadError);
    assert.is((error as XmlReadError).location?.line, 4);
  }
});

test.run();
