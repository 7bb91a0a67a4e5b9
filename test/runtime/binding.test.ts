/**
 * The binding contract on its own: field descriptors as immutable tagged data, class bindings as
 * the runtime builds them (one schema order, resolved types), the type table, and validation as a
 * unit apart from reading.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { NASJob, parse, serialize, Task } from "../../generated/index.js";
import { types } from "../../generated/type-table.gen.js";
import { BindingError, type Finding } from "../../index.js";
import { stringCodec } from "../../runtime/codecs/string.js";
import { restrictedCodec } from "../../runtime/codecs/enumeration.js";
import {
  attribute,
  objectElement,
  scalarElement,
  TypeTable,
  wrappedElement,
  wrappedScalars,
} from "../../runtime/xml/binding.js";
import { fixture } from "../helpers.js";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';

const fields = suite("field descriptors");

fields("are tagged by kind and carry only what their kind needs", () => {
  const table = new TypeTable();
  assert.equal(Object.keys(attribute("Href", "href", stringCodec, true)).sort(), [
    "codec",
    "kind",
    "member",
    "name",
    "required",
  ]);
  assert.equal(Object.keys(scalarElement("Name", "name", stringCodec)).sort(), [
    "codec",
    "kind",
    "max",
    "member",
    "min",
    "name",
  ]);
  assert.is(objectElement(table, "Job", "job", "JobType", 0, Infinity).kind, "object");
  assert.equal(Object.keys(wrappedElement(table, "Links", "links", "Link", "LinkType")).sort(), [
    "item",
    "kind",
    "member",
    "min",
    "name",
    "table",
    "type",
  ]);
  assert.is(wrappedScalars("Days", "days", "Day", stringCodec).kind, "wrappedScalars");
});

fields("are frozen: the runtime cannot write to what generated code made", () => {
  for (const field of NASJob.binding.fields) assert.ok(Object.isFrozen(field), field.name);
});

fields.run();

const classBinding = suite("ClassBinding");

classBinding("lists the elements of bases first, each at its index in that one schema order", () => {
  const elements = NASJob.binding.elements;
  elements.forEach((slot, index) => assert.is(slot.position, index, slot.name));
  const baseElements = NASJob.binding.base!.elements;
  assert.equal(
    elements.slice(0, baseElements.length).map((slot) => slot.name),
    baseElements.map((slot) => slot.name),
  );
  assert.is(NASJob.binding.element("Description")?.kind, "scalar");
  assert.is(NASJob.binding.element("Links")?.kind, "wrappedObjects");
});

classBinding("resolves the types fields name to their bindings", () => {
  const links = NASJob.binding.element("Links");
  assert.ok(links?.kind === "wrappedObjects");
  assert.is(links.binding, types.get(links.type));
});

classBinding("leaves the generated descriptors as they were after reading and writing", () => {
  const before = NASJob.binding.fields.map((field) => JSON.stringify(Object.entries(field)));
  serialize(parse(fixture("nas-job-full.xml"), { expect: NASJob }));
  assert.equal(
    NASJob.binding.fields.map((field) => JSON.stringify(Object.entries(field))),
    before,
  );
});

classBinding("tells abstract types, and refuses to make one", () => {
  const list = types.get("ListType");
  assert.ok(list.abstract);
  assert.not.ok(Task.binding.abstract);
  assert.throws(
    () => list.create(),
    (error: unknown) => error instanceof BindingError,
  );
});

classBinding.run();

const typeTable = suite("TypeTable");

typeTable("throws a BindingError naming a type whose module was not loaded", () => {
  const table = new TypeTable();
  assert.throws(
    () => table.get("NoSuchType"),
    (error: unknown) => error instanceof BindingError && /^type NoSuchType is not loaded/.test(error.message),
  );
});

typeTable.run();

const validator = suite("Validator");

function findings(xml: string): string[] {
  const found: Finding[] = [];
  parse(xml, { findings: (finding) => found.push(finding) });
  return found.map((finding) => `${finding.severity} ${finding.message} @${finding.location.path}`);
}

validator("reports missing required items, order and occurrences only when findings are asked for", () => {
  const xml = `<Task ${EM}><State>Running</State><TaskId>1</TaskId></Task>`;
  assert.equal(findings(xml), [
    "error attribute Href of Task is missing (the schema requires it) @/Task",
    "warning element TaskId is out of order in Task: it comes after State, but the schema puts it before; writing puts it there @/Task/TaskId",
    "error element Operation is missing in Task (the schema requires it) @/Task",
  ]);
  assert.is(parse(xml, { expect: Task }).taskId, "1");
});

validator("names a pattern by its XSD text", () => {
  const codec = restrictedCodec("UidType", stringCodec, { patterns: ["urn:[a-z]+:\\S+"] });
  assert.equal(
    codec.patterns?.map((pattern) => pattern.xsd),
    ["urn:[a-z]+:\\S+"],
  );
  const job = `<NASJob ${EM} Href="h" Name="n" UID="not-a-urn"/>`;
  assert.ok(
    findings(job).includes(
      'error attribute UID has value "not-a-urn", which does not match the pattern urn:veeam:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+ of UidType @/NASJob',
    ),
  );
});

validator("stops strict reading at the first error-level finding, a missing required element included", () => {
  assert.throws(
    () => parse(`<Task ${EM} Href="h"><TaskId>1</TaskId><State>Running</State></Task>`, { strict: true }),
    /element Operation is missing in Task/,
  );
});

validator.run();
