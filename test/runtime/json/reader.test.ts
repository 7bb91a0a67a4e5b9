/** The JSON reader: EM's JSON into the bound classes, both cases, what is kept, strict reading, errors. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  EntityReferences,
  ErrorType,
  Job,
  Link,
  parseJson,
  QueryResult,
  serializeJson,
  Task,
  XmlTime,
  type Finding,
} from "../../../index.js";
import { canonicalJson } from "../../../runtime/json/json-canonical.js";
import { fixtures, readError } from "../../helpers.js";

const json = (name: string) => readFileSync(join(fixtures, "json", name), "utf8");

const reader = suite("json reader");

reader("reads EM 12's PascalCase into the typed members, with null slots apart from absent ones", () => {
  const task = parseJson(json("task-running.json"), { expect: Task });
  assert.instance(task, Task);
  assert.is(task.taskId, "task-7");
  assert.is(task.state, "Running");
  assert.is(task.href, "https://em/api/tasks/task-7");
  assert.is(task.result, undefined);
  assert.instance(task.links![0], Link);
  assert.is(task.links![0]!.rel, "Delete");
  assert.is(task.links![0]!.name, undefined);
  // The nulls are kept beside the fields, not in them, and written back.
  assert.is(serializeJson(task), json("task-running.json"));
});

reader("reads EM 13's camelCase the same, and writes it back in the case it came in", () => {
  const text = json("entity-references.json");
  const references = parseJson(text, { expect: EntityReferences });
  assert.is(references.refs!.length, 2);
  assert.is(references.refs![0]!.uid, "urn:veeam:Job:1");
  assert.is(references.refs![0]!.links![0]!.type, "BackupServerReference");
  assert.equal(references.refs![1]!.links, []);
  assert.is(serializeJson(references), text);
  const pascal = serializeJson(references, { case: "pascal" });
  assert.match(pascal, /"Refs": \[/);
  assert.match(pascal, /"UID": "urn:veeam:Job:1"/);
  assert.equal(parseJson(pascal, { expect: EntityReferences }), references);
});

reader("keeps properties the bindings do not know, and scalars as written, and puts them back in place", () => {
  const text = json("unknown-content.json");
  const findings: Finding[] = [];
  const task = parseJson(text, { expect: Task, findings: (finding) => findings.push(finding) });
  assert.is(task.state, "Finished");
  assert.is(task.result!.success, true);
  assert.equal(
    findings.map((finding) => `${finding.location.path}: ${finding.message}`),
    [
      "$.Progress: property Progress is not part of TaskType; it is kept",
      '$.Result.Success: property Success holds the string "true" where a JSON boolean is expected; it is read as boolean "true" and written back as it came',
      "$.Result.Detail: property Detail is not part of TaskResultInfoType; it is kept",
      "$.AddedIn13: property AddedIn13 is not part of TaskType; it is kept",
    ],
  );
  const written = serializeJson(task, { indent: "" });
  assert.is(canonicalJson(written), canonicalJson(text));
  assert.match(
    written,
    /^\{"TaskId":"task-9","Progress":\{"Percent":40\.0,"Steps":\[1,2\.50,"three",null,true\]\},"State"/,
  );
  assert.match(written, /"Success":"true"/);
  assert.match(written, /"Type":"Task","AddedIn13":"x"\}$/);
});

reader("reads a QueryResult with every empty slot of its choice null", () => {
  const text = json("query-result.json");
  const page = parseJson(text, { expect: QueryResult });
  assert.is(page.refs, undefined);
  const sessions = page.entities!.backupJobSessions!;
  assert.is(sessions.length, 2);
  assert.is(String(sessions[0]!.creationTimeUTC), "2024-01-02T22:00:05.1234567Z");
  assert.is(sessions[1]!.endTimeUTC, undefined);
  assert.is(page.pagingInfo!.pagesCount, 1);
  assert.is(serializeJson(page), text);
});

reader("reads a time of day that EM writes as a date and time, and writes it back as it came", () => {
  const text = '{"JobScheduleOptions":{"OptionsDaily":{"Kind":"Everyday","Time":"2019-10-23T14:00:00+02:00"}}}';
  const job = parseJson(text, { expect: Job });
  const time = job.jobScheduleOptions!.optionsDaily!.time!;
  assert.instance(time, XmlTime);
  assert.is(time.hours, 14);
  assert.is(time.offsetMinutes, 120);
  assert.is(serializeJson(job, { indent: "" }), text);
});

reader("reads EM's error body", () => {
  const text =
    '{"FirstChanceExceptionMessage":null,"Message":"Node [root] does not exist.","StackTrace":null,"Status":null,"StatusCode":400}';
  const error = parseJson(text, { expect: ErrorType, strict: true });
  assert.is(error.message, "Node [root] does not exist.");
  assert.is(error.statusCode, 400);
  assert.is(canonicalJson(serializeJson(error)), canonicalJson(text));
});

reader("fails when strict on what the bindings do not describe, and on JSON of the wrong type", () => {
  const cases: [string, RegExp, string][] = [
    ['{"TaskId":"1","State":"Running","Extra":1}', /property Extra is not part of TaskType/, "$.Extra"],
    [
      '{"TaskId":"1","State":"Paused"}',
      /value "Paused", which is not one of the documented TaskStateEnumeration values/,
      "$.State",
    ],
    [
      '{"TaskId":1,"State":"Running"}',
      /property TaskId holds the number 1 where a JSON string is expected/,
      "$.TaskId",
    ],
    [
      '{"TaskId":"1","State":"Running","Result":{"Success":"true","Message":"m"}}',
      /holds the string "true" where a JSON boolean/,
      "$.Result.Success",
    ],
    ['{"TaskId":"1","State":["Running"]}', /property State holds an array where a scalar is expected/, "$.State"],
    ['{"TaskId":"1","Href":"h"}', /property State is missing \(the schema requires it\)/, "$"],
    [
      '{"TaskId":"1","State":"Running","Links":{"Link":[]}}',
      /property Links holds an object where an array is expected/,
      "$.Links",
    ],
  ];
  for (const [text, expected, path] of cases) {
    const error = readError(() => parseJson(text, { expect: Task, strict: true }));
    assert.match(error.reason, expected, text);
    assert.is(error.location?.path, path, text);
    // Not strict, it reads, and what it could not bind comes back as it was.
    const lenient = parseJson(text, { expect: Task });
    assert.is(canonicalJson(serializeJson(lenient)), canonicalJson(text), text);
  }
});

reader("locates errors by line, column and property path", () => {
  const text = json("query-result.json").replace("2024-01-03T01:00:00Z", "2024-13-03T01:00:00Z");
  const error = readError(() => parseJson(text, { expect: QueryResult }));
  assert.match(error.reason, /property CreationTimeUTC: dateTime value "2024-13-03T01:00:00Z" is not valid/);
  assert.equal(error.location, {
    line: 29,
    column: 30,
    path: "$.Entities.BackupJobSessions.BackupJobSessions[1].CreationTimeUTC",
  });
  assert.match(error.message, /\(29:30 at \$\.Entities\.BackupJobSessions\.BackupJobSessions\[1\]\.CreationTimeUTC\)$/);
});

reader("refuses a property twice, in any case, but keeps repeated unknown ones when not strict", () => {
  assert.match(
    readError(() => parseJson('{"TaskId":"1","taskId":"2"}', { expect: Task })).reason,
    /property taskId occurs more than once in TaskType/,
  );
  const text = '{"TaskId":"1","State":"Running","Extra":1,"Extra":2}';
  assert.is(serializeJson(parseJson(text, { expect: Task }), { indent: "" }), text);
  assert.match(readError(() => parseJson(text, { expect: Task, strict: true })).reason, /property Extra is not part/);
});

reader("never lets a property name reach a prototype", () => {
  const text =
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1,"TaskId":"1","State":"Running","Result":{"__proto__":{"x":1},"Message":"m"}}';
  const task = parseJson(text, { expect: Task });
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(Object.getPrototypeOf(task), Task.prototype);
  assert.is((task as unknown as Record<string, unknown>).polluted, undefined);
  assert.is(Object.getPrototypeOf(task.result), Object.getPrototypeOf(new Task({ result: {} }).result));
  assert.is(serializeJson(task, { indent: "" }), text);
});

reader("needs the class to expect, and an object for it", () => {
  const expectNothing = { expect: undefined } as unknown as { expect: typeof Task };
  assert.match(
    readError(() => parseJson("{}", expectNothing)).reason,
    /names no root: the class to read it as must be given/,
  );
  assert.match(
    readError(() => parseJson("[]", { expect: Task })).reason,
    /the document is an array, not an object of Task/,
  );
  assert.match(
    readError(() => parseJson(" ", { expect: Task })).reason,
    /document is not valid JSON: the document is empty/,
  );
});

reader.run();
