/** The forms of generated names: camelCase members, PascalCase types, plural arrays. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { camelCase, pascalCase, plural } from "../../generator/passes/name-forms.js";

const forms = suite("name forms");

const CAMEL: [string, string][] = [
  ["UID", "uid"],
  ["ACLEntries", "aclEntries"],
  ["HierarchyObjRef", "hierarchyObjRef"],
  ["NASJob", "nasJob"],
  ["Name", "name"],
  ["name", "name"],
  ["X", "x"],
  ["Foo-Bar", "foo_Bar"],
  ["3D", "_3D"],
];

forms("camelCase lowers the first word, acronyms included", () => {
  for (const [given, want] of CAMEL) assert.is(camelCase(given), want, given);
});

const PASCAL: [string, string][] = [
  ["NASJob", "NASJob"],
  ["nasJob", "NasJob"],
  ["job-schedule", "JobSchedule"],
  ["my.type", "MyType"],
  ["Link", "Link"],
  ["3D", "_3D"],
];

forms("pascalCase raises the first letter and drops non-identifier characters", () => {
  for (const [given, want] of PASCAL) assert.is(pascalCase(given), want, given);
});

const PLURAL: [string, string][] = [
  ["link", "links"],
  ["days", "days"],
  ["entry", "entries"],
  ["key", "keys"],
  ["status", "status"],
  ["aclEntries", "aclEntries"],
  ["nasObject", "nasObjects"],
];

forms("plural adds s, turns a consonant y into ies and keeps words already ending in s", () => {
  for (const [given, want] of PLURAL) assert.is(plural(given), want, given);
});

forms.run();
