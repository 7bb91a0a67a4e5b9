import { test } from "uvu";
import * as assert from "uvu/assert";
import { Link, NASJob, NASObject, parse, serialize, Task, TaskResultInfo } from "../../generated/index.js";
import { XmlWriteError } from "../../index.js";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';

test("escapes text and attribute values so they read back the same", () => {
  const nasty = `a & b < c > d "quoted" 'single' \t tab\nline\r\ncrlf ]]> end`;
  const object = new NASObject({ href: nasty, fileOrFolder: nasty, links: [new Link({ rel: nasty, href: "h" })] });
  const written = serialize(object);
  assert.ok(written.includes("&amp; b &lt; c &gt; d"));
  assert.ok(written.includes("]]&gt; end"));
  assert.ok(written.includes("&#13;"));
  assert.ok(
    written.includes(
      "Href=\"a &amp; b &lt; c > d &quot;quoted&quot; 'single' &#9; tab&#10;line&#13;&#10;crlf ]]> end\"",
    ),
  );
  const back = parse(written, { expect: NASObject });
  assert.is(back.href, nasty);
  assert.is(back.fileOrFolder, nasty);
  assert.is(back.links?.[0]?.rel, nasty);
});

test("writes pretty by default and compact on request", () => {
  const task = new Task({ href: "h", taskId: "1", state: "Running", operation: "o" });
  assert.is(
    serialize(task),
    `<Task ${EM} Href="h">\n  <TaskId>1</TaskId>\n  <State>Running</State>\n  <Operation>o</Operation>\n</Task>\n`,
  );
  assert.is(
    serialize(task, { indent: "" }),
    `<Task ${EM} Href="h"><TaskId>1</TaskId><State>Running</State><Operation>o</Operation></Task>`,
  );
  assert.is(
    serialize(task, { indent: "", declaration: true }),
    `<?xml version="1.0" encoding="utf-8"?><Task ${EM} Href="h"><TaskId>1</TaskId><State>Running</State><Operation>o</Operation></Task>`,
  );
});

test("writes children in schema order whatever order the members were set in", () => {
  const task = new Task({
    operation: "o",
    result: new TaskResultInfo({ success: true, message: "done" }),
    state: "Finished",
    href: "h",
    taskId: "9",
  });
  assert.is(
    serialize(task, { indent: "" }),
    `<Task ${EM} Href="h"><TaskId>9</TaskId><State>Finished</State><Operation>o</Operation><Result Success="true"><Message>done</Message></Result></Task>`,
  );
});

test("writes empty strings as empty elements and skips undefined members", () => {
  const object = new NASObject({ href: "h", fileOrFolder: "", hierarchyObjRef: undefined });
  assert.is(serialize(object, { indent: "" }), `<NASObject ${EM} Href="h"><FileOrFolder /></NASObject>`);
});

test("streams output in chunks that add up to the document", () => {
  const object = new NASObject({ href: "h", exclusionMask: Array.from({ length: 2000 }, (_, index) => `*.${index}`) });
  const chunks: string[] = [];
  const rest = serialize(object, { chunkSize: 1024, onChunk: (chunk) => chunks.push(chunk) });
  assert.ok(chunks.length > 10);
  assert.is(rest, "");
  assert.is(chunks.join(""), serialize(object));
});

test("says which member is wrong when a value cannot be written", () => {
  const object = new NASObject({ href: "h" });
  (object as unknown as { exclusionMask: unknown }).exclusionMask = "not an array";
  assert.throws(
    () => serialize(object),
    (error: unknown) => error instanceof XmlWriteError && /exclusionMask must be an array/.test(error.message),
  );
});

test("refuses to write an integer outside the safe range", () => {
  const text = `<NASJob ${EM} Href="h" Name="n" UID="u"><JobScheduleOptions><Standart><RetryOptions><RetryTimes>1</RetryTimes></RetryOptions></Standart></JobScheduleOptions></NASJob>`;
  const job = parse(text, { expect: NASJob });
  job.jobScheduleOptions!.standart!.retryOptions!.retryTimes = 2 ** 60;
  assert.throws(
    () => serialize(job),
    (error: unknown) =>
      error instanceof XmlWriteError &&
      /retryTimes: long value 1152921504606847000 cannot be written/.test(error.message),
  );
});

test("refuses characters XML cannot carry, saying which", () => {
  for (const bad of ["bell\u0007", "nul\u0000", "lone \ud800 surrogate", "\uffff"]) {
    assert.throws(
      () => serialize(new NASObject({ href: "h", fileOrFolder: bad })),
      (error: unknown) =>
        error instanceof XmlWriteError && /contains U\+[0-9A-F]{4}, which XML 1.0 cannot carry/.test(error.message),
    );
    assert.throws(
      () => serialize(new NASObject({ href: bad })),
      (error: unknown) => error instanceof XmlWriteError,
    );
  }
  assert.not.throws(() => serialize(new NASObject({ href: "h", fileOrFolder: "emoji 🗂 and tab\t" })));
});

test.run();
