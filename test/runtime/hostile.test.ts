/**
 * Hostile documents: each one must end in a typed error, quickly and in bounded memory, without
 * crashing or hanging the process. Each case runs in a process of its own so its peak memory can be
 * told apart; the suite prints every case with its time and its memory above an idle process.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { projectRoot } from "../helpers.js";

interface Outcome {
  readonly name: string;
  readonly error: string | null;
  readonly message?: string;
  readonly milliseconds: number;
  readonly maxRssMb: number;
  readonly polluted: boolean;
}

const script = join(projectRoot, "test", "runtime", "hostile-case.ts");

function run(name: string): Outcome {
  const output = execFileSync(process.execPath, ["--import", "tsx", script, name], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(output.trim().split("\n").pop()!) as Outcome;
}

const EXPECTED: Record<string, RegExp> = {
  "billion laughs": /a DOCTYPE is not allowed/,
  "external entity (XXE)": /a DOCTYPE is not allowed/,
  "a million levels of nesting": /nested deeper than the limit of 128/,
  "a 100 MB attribute": /longer than the limit of 16777216 characters/,
  "a 100 MB attribute of >": /longer than the limit of 16777216 characters/,
  "a value cut by every chunk": /element Task has more than the limit of 256 attributes/,
  "a 100 MB text": /longer than the limit of 16777216 characters/,
  "a million attributes": /element Task has more than the limit of 256 attributes/,
  "a 2 GB document": /document is longer than the limit of 4194304 characters/,
  "invalid UTF-8": /input is not valid UTF-8/,
  "a NUL byte": /not well-formed: .*disallowed character/,
  "a truncated stream": /not well-formed: .*(unclosed tag|unexpected end)/,
  "a wrong namespace (strict)": /root element Task is in namespace http:\/\/www\.veeam\.com\/ent\/v0\.9/,
  "an unknown root (strict)": /root element Backdoor is not an EM resource/,
  "a duplicated single element (strict)": /element TaskId occurs more than once in Task/,
  "elements out of order (strict)": /element TaskId is out of order in Task/,
  "an unbound prefix": /namespace prefix x of x:TaskId is not declared/,
  "text after the root": /not well-formed: .*text data outside of root node/,
  "json: a million levels of nesting": /objects and arrays are nested deeper than the limit of 128/,
  "json: a 100 MB string": /a string is longer than the limit of 16777216 characters/,
  "json: a 100 MB string of escapes": /a string is longer than the limit of 16777216 characters/,
  "json: a 100 MB number": /a string is longer than the limit of 16777216 characters/,
  "json: a million properties": /an object has more than the limit of 256 properties/,
  "json: a 2 GB document": /document is longer than the limit of 4194304 characters/,
  "json: invalid UTF-8": /input is not valid UTF-8/,
  "json: a NUL in a string": /not valid JSON: control character U\+0000 inside a string/,
  "json: a truncated stream": /not valid JSON: unexpected end of the document/,
  "json: text after the document":
    /not valid JSON: unexpected "t" where nothing more \(the document has ended\) should be/,
  "json: a duplicated property": /property TaskId occurs more than once in TaskType/,
  "json: __proto__ (strict)": /property __proto__ is not part of TaskType/,
  "json: constructor.prototype (strict)": /property constructor is not part of TaskType/,
  "json: an array for the root": /the document is an array, not an object of Task/,
};

test("every hostile document ends in a typed error, within one second and 100 MB above an idle process", () => {
  // The baseline: the same process reading a tiny valid document.
  const idle = run("a duplicated single element (strict)").maxRssMb;
  const rows: string[] = [];
  let worstTime = 0;
  let worstMemory = 0;
  for (const [name, expected] of Object.entries(EXPECTED)) {
    const outcome = run(name);
    assert.is(outcome.error, "XmlReadError", `${name}: ${outcome.error} ${outcome.message ?? ""}`);
    assert.not.ok(outcome.polluted, `${name}: a document reached Object.prototype`);
    assert.match(outcome.message!, expected, name);
    const memory = Math.max(0, outcome.maxRssMb - idle);
    worstTime = Math.max(worstTime, outcome.milliseconds);
    worstMemory = Math.max(worstMemory, memory);
    rows.push(
      `${name.padEnd(32)} ${outcome.milliseconds.toFixed(0).padStart(6)} ms ${memory.toFixed(1).padStart(7)} MB  ${outcome.message}`,
    );
  }
  console.log(
    `hostile documents (time to the error; peak RSS above an idle process of ${idle.toFixed(0)} MB):\n${rows.join("\n")}`,
  );
  assert.ok(worstTime < 1000, `worst time ${worstTime.toFixed(0)} ms`);
  assert.ok(worstMemory < 100, `worst memory ${worstMemory.toFixed(1)} MB`);
});

test("a 256 MB JSON answer streams item by item in bounded memory", () => {
  const idle = run("a duplicated single element (strict)").maxRssMb;
  const outcome = run("json: a 256 MB answer, streamed");
  assert.is(outcome.error, null, outcome.message);
  const memory = Math.max(0, outcome.maxRssMb - idle);
  console.log(
    `json: a 256 MB answer streamed in ${(outcome.milliseconds / 1000).toFixed(1)} s ` +
      `(${(256 / (outcome.milliseconds / 1000)).toFixed(0)} MB/s), peak RSS ${outcome.maxRssMb.toFixed(0)} MB: ` +
      `${memory.toFixed(1)} MB above an idle process (${idle.toFixed(0)} MB)`,
  );
  assert.ok(memory < 100, `memory ${memory.toFixed(1)} MB`);
});

test.run();
