import { Readable } from "node:stream";
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  EntityRef,
  EntityReferences,
  JobScheduleDailyOptions,
  NASJob,
  NASObject,
  parse,
  parseStream,
  serialize,
  Task,
} from "../../generated/index.js";
import { firstDifference } from "../../index.js";
import { registry } from "../../generated/registry.gen.js";
import { EXTRAS, extrasOf } from "../../runtime/xml/extras.js";
import { fixture, readError } from "../helpers.js";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';

test("binds the root element to its class and fields to members", () => {
  const job = parse(fixture("nas-job-full.xml"), { expect: NASJob });
  assert.instance(job, NASJob);
  assert.is(job.name, 'Finance & Legal <archive> "2026"');
  assert.is(job.uid, "urn:veeam:NasJob:0b6f3a52-1c0e-4c7a-9d2e-5f4a8b1c2d3e");
  assert.is(job.links?.length, 3);
  assert.is(job.links?.[0]?.name, "vbr-münchen.lab.example");
  assert.is(job.includes?.[0]?.fileOrFolder, "\\\\fs01.lab.example\\finance$\\Jahresabschluss 2026\\");
  assert.equal(job.includes?.[0]?.exclusionMask, ["\\\\fs01.lab.example\\finance$\\~snapshot", "*.tmp", "~$*"]);
  assert.equal(job.includes?.[1]?.inclusionMask, []);
  assert.equal(job.includes?.[1]?.exclusionMask, []);
  assert.is(job.storageOptions?.shorttermRetentionPeriod, 12);
  assert.is(job.scheduleEnabled, false);
  assert.is(job.nextRun?.lexical, "2026-12-01T23:30:00.1234567+05:30");
  assert.is(job.nextRun?.toDate().toISOString(), "2026-12-01T18:00:00.123Z");
  const standard = job.jobScheduleOptions?.standart;
  assert.is(standard?.retryOptions?.retryTimes, 9007199254740991);
  assert.is(standard?.backupCompetitionWaitingPeriodMin, -9007199254740991);
  assert.equal(standard?.optionsDaily?.days, ["Monday", "Friday"]);
  assert.is(standard?.optionsMonthly?.time?.lexical, "01:02:03.4-03:00");
  assert.is(standard?.optionsPeriodically?.schedule?.[1]?.name, "Monday");
  assert.is(standard?.optionsPeriodically?.schedule?.[1]?.value, "1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1");
  assert.equal(standard?.optionsContinuous?.schedule, []);
  assert.is(standard?.optionsDaisyChaining?.previousJobUid, "urn:veeam:Job:01234567-89ab-cdef-0123-456789abcdef");
});

test("keeps absent and empty wrappers apart", () => {
  const absent = parse(`<NASObject ${EM} Href="h"/>`, { expect: NASObject });
  const empty = parse(`<NASObject ${EM} Href="h"><Links/></NASObject>`, { expect: NASObject });
  assert.is(absent.links, undefined);
  assert.equal(empty.links, []);
  assert.is(serialize(absent), `<NASObject ${EM} Href="h" />\n`);
  assert.is(serialize(empty), `<NASObject ${EM} Href="h">\n  <Links />\n</NASObject>\n`);
});

test("reads strings, bytes with a byte-order mark, and streams alike", async () => {
  const text = fixture("task-finished.xml");
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  const fromText = parse(text, { expect: Task });
  const fromBytes = parse(bytes, { expect: Task });
  const chunks = [...new TextEncoder().encode(text)].reduce<number[][]>((list, byte, index) => {
    if (index % 7 === 0) list.push([]);
    list[list.length - 1]!.push(byte);
    return list;
  }, []);
  const fromReadable = await parseStream(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { expect: Task });
  const fromWeb = await parseStream(new Blob([bytes]).stream(), { expect: Task });
  for (const task of [fromBytes, fromReadable, fromWeb]) assert.is(serialize(task), serialize(fromText));
  assert.is(
    fromText.result?.message,
    'Job "Finance & Legal" could not start: repository <R1> is full.\nSecond line of the message.',
  );
  assert.is(
    parse(`\uFEFF<Task ${EM} Href="h"><TaskId>t</TaskId><State>Running</State><Operation>o</Operation></Task>`)
      .constructor,
    Task,
  );
});

test("keeps unknown elements and attributes where they were", () => {
  const text = fixture("unknown-content.xml");
  const job = parse(text, { expect: NASJob });
  const extras = extrasOf(job)!;
  assert.equal(extras.attributes, [
    ["xmlns:x", "urn:example:extension"],
    ["ImmutabilityDays", "14"],
    ["x:tag", "kept"],
  ]);
  assert.equal(
    extras.nodes!.map((placed) => [placed.after, placed.kind === "element" ? placed.name : placed.kind]),
    [
      [2, "BackupMode"],
      [4, "x:Audit"],
      [5, "comment"],
      [5, "Trailer"],
    ],
  );
  const wrapperExtras = (job.includes as unknown as { [EXTRAS]: { nodes: { after: number }[] } })[EXTRAS];
  assert.is(wrapperExtras.nodes[0]!.after, 1);
  const written = serialize(job);
  assert.is(firstDifference(text, written), undefined);
  assert.ok(written.indexOf("<BackupMode") > written.indexOf("<Description>"));
  assert.ok(written.indexOf("<BackupMode") < written.indexOf("<Includes>"));
  assert.ok(written.indexOf("<x:Audit") > written.indexOf("<ScheduleConfigured>"));
  assert.ok(written.indexOf("<x:Audit") < written.indexOf("<ScheduleEnabled>"));
  assert.ok(written.includes('<Trailer xmlns="urn:example:other"><Inner /></Trailer>'));
});

test("keeps unknown content after a modification", () => {
  const job = parse(fixture("unknown-content.xml"), { expect: NASJob });
  job.description = "changed";
  job.scheduleEnabled = false;
  const again = parse(serialize(job), { expect: NASJob });
  assert.is(again.description, "changed");
  assert.is(again.scheduleEnabled, false);
  assert.equal(extrasOf(again)!.attributes, extrasOf(job)!.attributes);
  assert.ok(serialize(again).includes('<x:Audit x:by="ops">created</x:Audit>'));
});

test("gives an unprefixed foreign element its namespace back", () => {
  const text = `<Task ${EM} Href="h"><TaskId>1</TaskId><Extra xmlns="">plain</Extra><State>Running</State><Operation>o</Operation></Task>`;
  const task = parse(text);
  assert.is(firstDifference(text, serialize(task)), undefined);
  assert.ok(serialize(task).includes('<Extra xmlns="">plain</Extra>'));
});

test("reads prefixed EM elements", () => {
  const text = `<em:Task xmlns:em="http://www.veeam.com/ent/v1.0" Href="h"><em:TaskId>1</em:TaskId><em:State>Finished</em:State><em:Operation>o</em:Operation></em:Task>`;
  const task = parse(text, { strict: true, expect: Task });
  assert.is(task.state, "Finished");
  assert.is(firstDifference(text, serialize(task)), undefined);
});

test("strict mode rejects an unknown element with its location and path", () => {
  const error = readError(() => parse(fixture("unknown-content.xml"), { strict: true }));
  assert.is(error.reason, "attribute ImmutabilityDays is not part of NASJob (NASJobEntityType)");
  const element = readError(() =>
    parse(`<Task ${EM} Href="h">\n  <TaskId>1</TaskId>\n  <Progress>5</Progress>\n</Task>`, { strict: true }),
  );
  assert.is(element.reason, "element Progress is not part of Task (TaskType)");
  assert.equal(element.location?.line, 3);
  assert.is(element.location?.path, "/Task/Progress");
});

test("strict mode rejects undocumented enumeration values; lenient mode keeps them", () => {
  const text = `<Task ${EM} Href="h"><TaskId>1</TaskId><State>Paused</State><Operation>o</Operation></Task>`;
  assert.is(parse(text, { expect: Task }).state, "Paused");
  const error = readError(() => parse(text, { strict: true }));
  assert.is(
    error.reason,
    'element State has value "Paused", which is not one of the documented TaskStateEnumeration values',
  );
  assert.is(error.location?.path, "/Task/State");
});

test("names repeated elements by index in error paths", () => {
  const text = `<EntityReferences ${EM}><Ref UID="urn:veeam:Job:1" Name="n" Href="h" Type="t"/><Ref UID="urn:veeam:Job:2" Name="n" Href="h" Type="t"><Links><Link Rel="r" Href="h"/><Link Rel="r" Href="h" Bogus="1"/></Links></Ref></EntityReferences>`;
  const error = readError(() => parse(text, { strict: true }));
  assert.is(error.location?.path, "/EntityReferences/Ref[2]/Links/Link[2]");
});

test("reports a bad scalar with the element path", () => {
  const error = readError(() =>
    parse(
      `<NASJob ${EM} Href="h" Name="n" UID="u"><JobScheduleOptions><Standart><RetryOptions><RetryTimes>three</RetryTimes></RetryOptions></Standart></JobScheduleOptions></NASJob>`,
    ),
  );
  assert.is(error.reason, 'element RetryTimes: long value "three" is not valid: expected an integer');
  assert.is(error.location?.path, "/NASJob/JobScheduleOptions/Standart/RetryOptions/RetryTimes");
});

test("rejects malformed and truncated documents with their location", () => {
  const mismatched = readError(() => parse(`<Task ${EM} Href="h">\n<TaskId>1</Taskid>\n</Task>`));
  assert.match(mismatched.reason, /^document is not well-formed: /);
  assert.is(mismatched.location?.line, 2);
  const truncated = readError(() => parse(`<Task ${EM} Href="h">\n<TaskId>1</TaskId>\n<State>Run`));
  assert.match(truncated.reason, /^document is not well-formed: /);
  assert.is(truncated.location?.line, 3);
  const unquoted = readError(() => parse(`<Task ${EM} Href=h/>`));
  assert.match(unquoted.reason, /^document is not well-formed/);
  const duplicate = readError(() => parse(`<Task ${EM} Href="a" Href="b"/>`));
  assert.match(duplicate.reason, /duplicate attribute Href/);
  const empty = readError(() => parse(""));
  assert.match(empty.reason, /root element/);
});

test("rejects a DOCTYPE; strict reading rejects an unknown root and a root outside the EM namespace", () => {
  const doctype = readError(() => parse(`<!DOCTYPE Task [<!ENTITY x "y">]><Task ${EM} Href="h"/>`));
  assert.is(doctype.reason, "a DOCTYPE is not allowed (EM never sends one)");
  assert.is(
    readError(() => parse(`<Jobb ${EM}/>`, { strict: true })).reason,
    "root element Jobb is not an EM resource this library knows",
  );
  assert.is(
    readError(() => parse(`<Task Href="h"/>`, { strict: true })).reason,
    "root element Task has no namespace; expected http://www.veeam.com/ent/v1.0",
  );
  assert.is(
    readError(() => parse(`<Task xmlns="urn:other"/>`, { strict: true })).reason,
    "root element Task is in namespace urn:other; expected http://www.veeam.com/ent/v1.0",
  );
  assert.is(parse(`<Task Href="h"><TaskId>1</TaskId></Task>`, { allowNoNamespace: true, expect: Task }).taskId, "1");
});

test("strict reading rejects a second occurrence of a single element", () => {
  const error = readError(() =>
    parse(`<Task ${EM} Href="h"><TaskId>1</TaskId><TaskId>2</TaskId></Task>`, { strict: true }),
  );
  assert.is(error.reason, "element TaskId occurs more than once in Task");
  const late = readError(() =>
    parse(`<Task ${EM} Href="h"><TaskId>1</TaskId><State>Running</State><TaskId>2</TaskId></Task>`, {
      strict: true,
    }),
  );
  assert.is(late.reason, "element TaskId occurs more than once in Task");
});

test("writes elements that came out of order in schema order, and strict mode rejects them", () => {
  const text = `<Task ${EM} Href="h"><State>Running</State><TaskId>1</TaskId><Operation>o</Operation></Task>`;
  const written = serialize(parse(text));
  assert.ok(written.indexOf("<TaskId>") < written.indexOf("<State>"));
  assert.is(
    readError(() => parse(text, { strict: true })).reason,
    "element TaskId is out of order in Task: it comes after State, but the schema puts it before",
  );
});

test("rejects the wrong class when one is expected", () => {
  const error = readError(() => parse(fixture("task-running.xml"), { expect: NASJob }));
  assert.is(error.reason, "root element Task binds to Task, not to the expected NASJob");
});

test("enforces the limits, and an option raises them", () => {
  const deep = `<EntityReferences ${EM}>${"<x>".repeat(200)}${"</x>".repeat(200)}</EntityReferences>`;
  assert.match(readError(() => parse(deep)).reason, /nested deeper than the limit of 128/);
  assert.instance(parse(deep, { limits: { maxDepth: 300 } }), EntityReferences);
  const attributes = `<Task ${EM} Href="h" ${Array.from({ length: 300 }, (_, index) => `a${index}="1"`).join(" ")}/>`;
  assert.match(readError(() => parse(attributes)).reason, /element Task has more than the limit of 256 attributes/);
  const long = `<Task ${EM} Href="h"><TaskId>${"x".repeat(2000)}</TaskId></Task>`;
  assert.match(
    readError(() => parse(long, { limits: { maxTextLength: 1000 } })).reason,
    /text of TaskId is longer than the limit of 1000/,
  );
  assert.match(
    readError(() => parse(long, { limits: { maxDocumentLength: 100 } })).reason,
    /document is longer than the limit of 100/,
  );
});

test("rejects invalid UTF-8", () => {
  const bytes = new Uint8Array([
    ...new TextEncoder().encode(`<Task ${EM} Href="`),
    0xff,
    0xfe,
    ...new TextEncoder().encode('"/>'),
  ]);
  assert.is(readError(() => parse(bytes)).reason, "input is not valid UTF-8 at byte 50 (0xff)");
});

test("recovers after an error: the next document reads normally", () => {
  readError(() => parse(`<Task ${EM} Href="h"><TaskId>`));
  readError(() => parse(`<Task ${EM} Href="h" Href="x"/>`));
  assert.is(parse(fixture("task-running.xml"), { expect: Task }).taskId, "task-7");
});

test("keeps the lexical form of untouched scalars and writes changed ones canonically", () => {
  const text = fixture("lexical-forms.xml");
  const job = parse(text, { expect: NASJob });
  assert.is(job.scheduleConfigured, true);
  assert.is(job.scheduleEnabled, false);
  assert.is(job.jobScheduleOptions?.standart?.retryOptions?.retryTimes, 3);
  const written = serialize(job);
  assert.is(firstDifference(text, written), undefined);
  assert.ok(written.includes("<RetryTimes>+0003</RetryTimes>"));
  assert.ok(written.includes('<OptionsDaily Enabled="0">'));
  job.jobScheduleOptions!.standart!.retryOptions!.retryTimes = 4;
  job.scheduleConfigured = false;
  const changed = serialize(job);
  assert.ok(changed.includes("<RetryTimes>4</RetryTimes>"));
  assert.ok(changed.includes("<ScheduleConfigured>false</ScheduleConfigured>"));
  assert.ok(changed.includes("<RetryTimeout>007</RetryTimeout>"));
});

test("the registry maps link Types to classes", () => {
  assert.is(registry.classForLinkType("NasJob"), NASJob);
  assert.is(registry.classForLinkType("NASJob"), NASJob);
  assert.is(registry.classForLinkType("Task"), Task);
  assert.is(registry.classForLinkType("NoSuchType"), undefined);
  assert.is(registry.classForLinkType("BackupServerReference"), EntityRef);
  assert.is(registry.classForLinkType("BackupJobSessionReferenceList"), EntityReferences);
});

test("binds a namespace-less snippet as a given class and writes it back without a namespace", () => {
  const snippet =
    '<OptionsDaily Enabled="true"><Kind>Everyday</Kind><Days>Monday</Days><Time>16:00:00.0000000+01:00</Time></OptionsDaily>';
  const daily = parse(snippet, { as: JobScheduleDailyOptions, allowNoNamespace: true, strict: true });
  assert.instance(daily, JobScheduleDailyOptions);
  assert.equal(daily.days, ["Monday"]);
  const written = serialize(daily, { root: "OptionsDaily", indent: "" });
  assert.is(written, snippet);
  assert.is(firstDifference(snippet, written), undefined);
});

test("validation reports a required choice left empty and two alternatives taken together", () => {
  const findings = (text: string) => {
    const found: string[] = [];
    parse(text, {
      findings: (finding) => found.push(`${finding.severity} ${finding.message} @${finding.location.path}`),
    });
    return found;
  };
  assert.equal(findings(`<RebuildScopeJobSpec ${EM}/>`), [
    "error RebuildScopeJobSpec needs one of RebuildAll, RebuildUnprocessed, RebuildForCurrentUser @/RebuildScopeJobSpec",
  ]);
  assert.equal(findings(`<RebuildScopeJobSpec ${EM}><RebuildAll/><RebuildUnprocessed/></RebuildScopeJobSpec>`), [
    "error RebuildAll and RebuildUnprocessed are alternatives in RebuildScopeJobSpec: only one may be present @/RebuildScopeJobSpec",
  ]);
  assert.equal(findings(`<RebuildScopeJobSpec ${EM}><RebuildUnprocessed/></RebuildScopeJobSpec>`), []);
});

test.run();
