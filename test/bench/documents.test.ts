/** The benchmark's documents: valid for the strict reader, deterministic, and the same whether joined or chunked. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { entityReferences, nasJobs, queryResultSessionChunks, queryResultSessions } from "../../bench/documents.js";
import { BackupJobSession, EntityReferences, NASJobs, parse, QueryResult, streamItems } from "../../generated/index.js";

const benchDocuments = suite("bench documents");

benchDocuments("every document is accepted by the strict reader", () => {
  assert.instance(parse(entityReferences(20_000), { strict: true }), EntityReferences);
  assert.instance(parse(nasJobs(40_000), { strict: true }), NASJobs);
  const result = parse(queryResultSessions(200_000), { strict: true, expect: QueryResult });
  const sessions = result.entities!.backupJobSessions!;
  assert.ok(sessions.length > 100);
  assert.is(result.pagingInfo!.pageSize, sessions.length);
  assert.is(result.pagingInfo!.pagesCount, 1);
  assert.is(result.pagingInfo!.links!.length, 2);
});

benchDocuments("sessions carry every field, with fractions of a second of 0 to 7 digits", () => {
  const result = parse(queryResultSessions(300_000), { strict: true, expect: QueryResult });
  const digits = new Set<number>();
  for (const session of result.entities!.backupJobSessions!) {
    assert.is(session.links!.length, 4);
    assert.ok(session.jobUid!.startsWith("urn:veeam:Job:"));
    assert.ok(session.jobName !== undefined && session.progress !== undefined && session.endTimeUTC !== undefined);
    assert.ok(["Backup", "BackupCopy"].includes(session.jobType!));
    assert.type(session.isRetry, "boolean");
    for (const time of [session.creationTimeUTC, session.endTimeUTC]) {
      const fraction = /\.(\d+)Z$/.exec(time!.lexical);
      digits.add(fraction === null ? 0 : fraction[1]!.length);
    }
  }
  assert.equal([...digits].sort(), [0, 1, 2, 3, 4, 5, 6, 7]);
});

benchDocuments("documents are the same for the same seed", () => {
  assert.is(queryResultSessions(50_000), queryResultSessions(50_000));
  assert.is.not(queryResultSessions(50_000, 4), queryResultSessions(50_000));
  assert.is(entityReferences(30_000), entityReferences(30_000));
});

benchDocuments("the chunked QueryResult is the joined one's UTF-8 bytes, in 64 KiB chunks", async () => {
  for (const size of [1_000, 70_000, 700_000]) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of queryResultSessionChunks(size)) chunks.push(chunk);
    chunks.slice(0, -1).forEach((chunk) => assert.is(chunk.length, 65_536));
    assert.ok(Buffer.concat(chunks).equals(Buffer.from(queryResultSessions(size), "utf8")));
  }
});

benchDocuments("streamItems over the chunks yields every session and the paging information", async () => {
  const stream = streamItems(queryResultSessionChunks(400_000), { item: BackupJobSession });
  let count = 0;
  for (;;) {
    const step = await stream.next();
    if (step.done === true) {
      assert.is((step.value as QueryResult).pagingInfo!.pageSize, count);
      break;
    }
    assert.is(step.value.constructor.name, "BackupJobSession");
    count++;
  }
  assert.ok(count > 200);
});

benchDocuments.run();
