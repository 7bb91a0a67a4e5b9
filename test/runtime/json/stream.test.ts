/** The JSON item stream: items of the first list one at a time, from chunks cut anywhere. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  BackupJobSession,
  EntityRef,
  EntityReferences,
  parseJson,
  QueryResult,
  serializeJson,
  streamJsonItems,
  XmlObject,
  XmlReadError,
  type XmlInput,
} from "../../../index.js";
import { fixtures } from "../../helpers.js";

const text = readFileSync(join(fixtures, "json", "query-result.json"), "utf8");

async function drain<T extends XmlObject, R extends XmlObject>(
  generator: AsyncGenerator<T, R, undefined>,
): Promise<{ items: T[]; root: R }> {
  const items: T[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done === true) return { items, root: step.value };
    items.push(step.value);
  }
}

const stream = suite("json item stream");

stream("yields the items of the first list and returns the root without them", async () => {
  const { items, root } = await drain(streamJsonItems(text, { expect: QueryResult, item: BackupJobSession }));
  const whole = parseJson(text, { expect: QueryResult });
  assert.equal(items, whole.entities!.backupJobSessions);
  assert.instance(root, QueryResult);
  assert.equal(root.entities!.backupJobSessions, []);
  assert.is(root.pagingInfo!.pageNum, 1);
});

stream("gives the same items and root however the input is cut, in text or in bytes", async () => {
  const expected = await drain(streamJsonItems(text, { expect: QueryResult, item: BackupJobSession }));
  const withAccents = text.replace("Nightly@", "Nächtlich 🗂@");
  const accented = await drain(streamJsonItems(withAccents, { expect: QueryResult, item: BackupJobSession }));
  const bytes = new TextEncoder().encode(withAccents);
  for (let cut = 0; cut <= text.length; cut++) {
    const pieces: XmlInput = [text.slice(0, cut), text.slice(cut)];
    assert.equal(
      await drain(streamJsonItems(pieces, { expect: QueryResult, item: BackupJobSession })),
      expected,
      `cut ${cut}`,
    );
  }
  for (let cut = 0; cut <= bytes.length; cut += 7) {
    const pieces: XmlInput = [bytes.slice(0, cut), bytes.slice(cut, cut + 3), bytes.slice(cut + 3)];
    assert.equal(
      await drain(streamJsonItems(pieces, { expect: QueryResult, item: BackupJobSession })),
      accented,
      `byte cut ${cut}`,
    );
  }
  const ones = (function* () {
    for (const char of text) yield char;
  })();
  assert.equal(await drain(streamJsonItems(ones, { expect: QueryResult, item: BackupJobSession })), expected);
});

stream("reads from a web ReadableStream and from an async iterable", async () => {
  const web = new ReadableStream<string>({
    start(controller) {
      for (let at = 0; at < text.length; at += 100) controller.enqueue(text.slice(at, at + 100));
      controller.close();
    },
  });
  const { items } = await drain(streamJsonItems(web, { expect: QueryResult, item: BackupJobSession }));
  assert.is(items.length, 2);
  async function* slow() {
    for (let at = 0; at < text.length; at += 50) yield text.slice(at, at + 50);
  }
  assert.is((await drain(streamJsonItems(slow(), { expect: QueryResult, item: BackupJobSession }))).items.length, 2);
});

stream("refuses a first list of another class at its first item", async () => {
  let failure: unknown;
  try {
    await drain(streamJsonItems(text, { expect: QueryResult, item: EntityRef }));
  } catch (error) {
    failure = error;
  }
  assert.instance(failure, XmlReadError);
  assert.match(
    (failure as XmlReadError).message,
    /the items of property BackupJobSessions are of type BackupJobSessionEntityType, not EntityRef \(7:28 at \$\.Entities\.BackupJobSessions\.BackupJobSessions\)/,
  );
});

stream("stops reading when the consumer stops, and the next read works", async () => {
  const references = new EntityReferences({ refs: Array.from({ length: 50 }, (_, index) => ({ uid: `u${index}` })) });
  const json = serializeJson(references);
  const chunks = json.match(/[\s\S]{1,40}/g)!;
  let pulled = 0;
  const counted = (function* () {
    for (const chunk of chunks) {
      pulled++;
      yield chunk;
    }
  })();
  for await (const item of streamJsonItems(counted, { expect: EntityReferences, item: EntityRef })) {
    assert.is(item.uid, "u0");
    break;
  }
  assert.ok(pulled < chunks.length / 2, `read ${pulled} of ${chunks.length} chunks`);
  assert.is(parseJson(json, { expect: EntityReferences }).refs!.length, 50);
});

stream.run();
