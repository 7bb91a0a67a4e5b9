/** Property names of EM's JSON: .NET's camelCase and the plural of arrays. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { arrayName, camelName } from "../../../runtime/json/json-names.js";

const names = suite("json names");

names("lower the leading capitals as .NET's camel case does", () => {
  const cases: [string, string][] = [
    ["Href", "href"],
    ["UID", "uid"],
    ["CPUCount", "cpuCount"],
    ["VAppNewName", "vAppNewName"],
    ["vAppNewName", "vAppNewName"],
    ["FSFileExcludeOptions", "fsFileExcludeOptions"],
    ["RetrySpecified1", "retrySpecified1"],
    ["ID", "id"],
    ["A", "a"],
    ["", ""],
  ];
  for (const [pascal, camel] of cases) assert.is(camelName(pascal), camel, pascal);
});

names("name an array by the plural of its items", () => {
  assert.is(arrayName("Ref"), "Refs");
  assert.is(arrayName("BackupJobSession"), "BackupJobSessions");
  assert.is(arrayName("Days"), "Days");
  assert.is(arrayName("Day"), "Days");
  assert.is(arrayName("CdpPolicy"), "CdpPolicies");
  assert.is(arrayName("Repository"), "Repositories");
  assert.is(arrayName("Box"), "Boxes");
});

names.run();
