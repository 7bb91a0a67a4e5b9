/** The JSON writer: EM's order and names, both cases, kept forms, layout, and what it refuses. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  CloudTenants,
  ComputeResourceStatsInfo,
  EntityReferences,
  Job,
  NASJob,
  parse,
  parseJson,
  QueryResult,
  serialize,
  serializeJson,
  TimePeriods,
  XmlObject,
  XmlWriteError,
} from "../../../index.js";
import { documents } from "../../helpers.js";

const writer = suite("json writer");

writer("writes a class's own properties before its base's: elements, then attributes", () => {
  const job = new Job({ name: "n", uid: "urn:veeam:Job:1", href: "h", type: "Job", links: [{ rel: "Up", href: "u" }] });
  job.jobType = "Backup";
  job.description = "d";
  assert.is(
    serializeJson(job, { indent: "" }),
    '{"JobType":"Backup","Description":"d","Name":"n","UID":"urn:veeam:Job:1","Links":[{"Rel":"Up","Href":"u"}],"Href":"h","Type":"Job"}',
  );
});

writer("names properties in camelCase as .NET does for EM 13", () => {
  const stats = new ComputeResourceStatsInfo({ cpuCount: 4 });
  assert.is(serializeJson(stats, { indent: "" }), '{"CPUCount":4}');
  assert.is(serializeJson(stats, { indent: "", case: "camel" }), '{"cpuCount":4}');
  const job = new Job({ uid: "u", links: [] });
  assert.is(serializeJson(job, { indent: "", case: "camel" }), '{"uid":"u","links":[]}');
});

writer("nests lists as EM does: a wrapper object holding the plural, or a bare array", () => {
  const page = new QueryResult({ entities: { backupJobSessions: [{ name: "s" }] } });
  assert.is(
    serializeJson(page, { indent: "" }),
    '{"Entities":{"BackupJobSessions":{"BackupJobSessions":[{"Name":"s"}]}}}',
  );
  assert.is(serializeJson(new EntityReferences({ refs: [{ uid: "u" }] }), { indent: "" }), '{"Refs":[{"UID":"u"}]}');
  assert.is(
    serializeJson(new CloudTenants({ cloudTenants: [{ name: "t" }] }), { indent: "" }),
    '{"CloudTenants":[{"Name":"t"}]}',
  );
  const schedule = new TimePeriods({ days: [{ name: "Sunday", value: "1,1" }] });
  assert.is(serializeJson(schedule, { indent: "" }), '{"Days":[{"Name":"Sunday","Value":"1,1"}]}');
});

writer("writes forms XML kept that JSON cannot write bare as strings, so they come back", () => {
  const xml = readFileSync(join(documents, "lexical-forms.xml"), "utf8");
  const job = parse(xml);
  const text = serializeJson(job, { indent: "" });
  assert.match(text, /"ScheduleConfigured":"1","ScheduleEnabled":" false "/);
  assert.match(text, /"RetryTimes":"\+0003","RetryTimeout":"007"/);
  assert.match(text, /"TimeOffsetUtc":-0,"Enabled":"0"/);
  assert.is(serialize(parseJson(text, { expect: NASJob })), serialize(job));
  // A changed value is written in its canonical form.
  (job as NASJob).jobScheduleOptions!.standart!.retryOptions!.retryTimes = 4;
  assert.match(serializeJson(job, { indent: "" }), /"RetryTimes":4,/);
});

writer("indents by the option, and hands out the same text in chunks", () => {
  const page = parseJson(readFileSync(join(documents, "..", "json", "query-result.json"), "utf8"), {
    expect: QueryResult,
  });
  const pretty = serializeJson(page, { indent: "    " });
  assert.match(pretty, /^\{\n {4}"Refs": null,\n {4}"Entities": \{\n {8}"Jobs": null,/);
  assert.ok(pretty.endsWith("\n}\n"));
  const chunks: string[] = [];
  const rest = serializeJson(page, { chunkSize: 64, onChunk: (chunk) => chunks.push(chunk) });
  assert.is(rest, "");
  assert.ok(chunks.length > 3, `${chunks.length} chunks`);
  assert.is(chunks.join(""), serializeJson(page));
});

writer("refuses what is not a bound object, and members of the wrong shape", () => {
  assert.throws(
    () => serializeJson({ name: "x" } as unknown as XmlObject),
    (error: unknown) =>
      error instanceof XmlWriteError && /a plain object cannot be written/.test((error as Error).message),
  );
  const job = new Job({ links: "not a list" as never });
  assert.throws(() => serializeJson(job), /links must be an array to write Links/);
  const bad = new ComputeResourceStatsInfo({ cpuCount: 1.5 });
  assert.throws(() => serializeJson(bad), /cpuCount: int value 1.5 cannot be written/);
});

writer.run();
