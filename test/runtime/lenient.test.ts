import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  EntityReferences,
  firstDifference,
  JobScheduleImmediateCopyModeOptions,
  NASJob,
  parse,
  parseStream,
  serialize,
  serializeJson,
  streamItems,
  Task,
  UnknownRoot,
  XmlReadError,
  XmlWriteError,
  type Finding,
  type ReadOptions,
  type XmlObject,
} from "../../index.js";
import { describeLocation } from "../../runtime/errors.js";
import { readError } from "../helpers.js";
import { LENIENT_CASES } from "./lenient-cases.js";

const PARSERS = ["emx", "saxes"] as const;

/** A finding as the cases give it: `severity message (where)`. */
function described(finding: Finding): string {
  return `${finding.severity} ${finding.message} (${describeLocation(finding.location)})`;
}

/** Reads leniently with findings. */
function readLeniently(xml: string, options: ReadOptions = {}): { object: XmlObject; findings: string[] } {
  const findings: string[] = [];
  const object = parse(xml, { ...options, findings: (finding) => findings.push(described(finding)) });
  return { object, findings };
}

function located(error: XmlReadError): string {
  return `${error.reason} (${describeLocation(error.location ?? {})})`;
}

const lenient = suite("lenient reading");

lenient("keeps each case, warns of it with its place, and writes it back canonically equal", () => {
  for (const [name, example] of Object.entries(LENIENT_CASES)) {
    for (const xmlParser of PARSERS) {
      const { object, findings } = readLeniently(example.xml, { xmlParser });
      assert.is(object.constructor.name, example.type, `${name} (${xmlParser})`);
      assert.equal(findings, example.findings, `${name} (${xmlParser})`);
      assert.is(
        firstDifference(example.written ?? example.xml, serialize(object)),
        undefined,
        `${name} (${xmlParser})`,
      );
    }
  }
});

lenient("reads the same from a stream in small chunks", async () => {
  for (const [name, example] of Object.entries(LENIENT_CASES)) {
    for (const xmlParser of PARSERS) {
      const findings: string[] = [];
      const chunks = example.xml.match(/[\s\S]{1,5}/g)!;
      const object = await parseStream(chunks, {
        xmlParser,
        findings: (finding) => findings.push(described(finding)),
      });
      assert.equal(findings, example.findings, `${name} (${xmlParser})`);
      assert.is(
        firstDifference(example.written ?? example.xml, serialize(object)),
        undefined,
        `${name} (${xmlParser})`,
      );
    }
  }
});

lenient("keeps the first of a repeated single element in its field and the others in place", () => {
  const task = parse(LENIENT_CASES["a repeated single scalar"]!.xml, { expect: Task });
  assert.is(task.taskId, "task-9");
  assert.is(task.state, "Finished");
  const written = serialize(task);
  assert.ok(written.indexOf("<TaskId>task-9</TaskId>") < written.indexOf("<TaskId>task-9-retry</TaskId>"));
  assert.ok(written.indexOf("<TaskId>task-9-retry</TaskId>") < written.indexOf("<State>"));
  const job = parse(LENIENT_CASES["a repeated single object, nested"]!.xml, { expect: NASJob });
  const mode = job.jobScheduleOptions?.immediateCopyMode;
  assert.instance(mode, JobScheduleImmediateCopyModeOptions);
  assert.is(mode!.optionsContinuous?.enabled, true);
});

lenient("reads elements out of order into their fields, and writes them in schema order", () => {
  const example = LENIENT_CASES["elements out of order"]!;
  const task = parse(example.xml, { expect: Task });
  assert.is(task.state, "Running");
  assert.is(task.links?.length, 1);
  assert.ok(firstDifference(example.xml, serialize(task)) !== undefined);
});

const unknownRoot = suite("UnknownRoot");

unknownRoot("surfaces the name, namespace and attributes of the root as written", () => {
  const legacy = parse(LENIENT_CASES["an unknown root in the EM namespace"]!.xml);
  assert.instance(legacy, UnknownRoot);
  const root = legacy as UnknownRoot;
  assert.is(root.name, "LegacyJobStartSpec");
  assert.is(root.namespace, "http://www.veeam.com/ent/v1.0");
  assert.equal(root.attributes, [
    ["xmlns", "http://www.veeam.com/ent/v1.0"],
    ["Mode", "Full"],
  ]);
  const old = parse(LENIENT_CASES["an unknown root of another namespace, with text"]!.xml) as UnknownRoot;
  assert.is(old.name, "old:Report");
  assert.is(old.namespace, "urn:example:old-em");
  const bare = parse(LENIENT_CASES["a root without a namespace"]!.xml) as UnknownRoot;
  assert.is(bare.namespace, "");
});

unknownRoot("is not made when a class is asked for, or items are streamed", async () => {
  const xml = LENIENT_CASES["an unknown root in the EM namespace"]!.xml;
  assert.is(
    located(readError(() => parse(xml, { expect: Task }))),
    "root element LegacyJobStartSpec is not an EM resource this library knows (1:71)",
  );
  // `as` binds an EM root whatever its name; a root of another namespace stays an error.
  assert.instance(parse(xml, { as: Task }), Task);
  assert.match(
    located(
      readError(() => parse(LENIENT_CASES["an unknown root of another namespace, with text"]!.xml, { as: Task })),
    ),
    /^root element old:Report is in namespace urn:example:old-em; expected/,
  );
  try {
    for await (const item of streamItems([xml], { item: EntityReferences })) assert.unreachable(`read ${item}`);
    assert.unreachable("streamed an unknown root");
  } catch (error) {
    assert.instance(error, XmlReadError);
    assert.is(
      (error as XmlReadError).reason,
      "root element LegacyJobStartSpec is not an EM resource this library knows",
    );
  }
});

unknownRoot("reads a root without a namespace as its class when allowNoNamespace says so", () => {
  const task = parse(LENIENT_CASES["a root without a namespace"]!.xml, { allowNoNamespace: true });
  assert.instance(task, Task);
});

unknownRoot("refuses to be written as JSON, which would lose its content", () => {
  const legacy = parse(LENIENT_CASES["an unknown root in the EM namespace"]!.xml);
  assert.throws(
    () => serializeJson(legacy),
    (error: unknown) =>
      error instanceof XmlWriteError &&
      error.message === "UnknownRoot LegacyJobStartSpec cannot be written as JSON: its content is kept as XML only",
  );
});

const strict = suite("strict reading");

strict("rejects each case with a located XmlReadError", () => {
  for (const [name, example] of Object.entries(LENIENT_CASES)) {
    for (const xmlParser of PARSERS) {
      const error = readError(() => parse(example.xml, { strict: true, xmlParser }));
      assert.is(located(error), example.strictError, `${name} (${xmlParser})`);
    }
  }
});

lenient.run();
unknownRoot.run();
strict.run();
