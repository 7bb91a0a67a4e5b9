/** The tables of strings met before (runtime/xml/string-table.ts): equal texts, whatever the table holds. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { holds, StringTable } from "../../runtime/xml/string-table.js";

const table = suite("StringTable");

table("gives the text between the offsets", () => {
  const strings = new StringTable(32, false);
  const buffer = `<a Rel="Down" Type="BackupServerReference">`;
  assert.is(strings.get(buffer, 8, 12), "Down");
  assert.is(strings.get(buffer, 20, 41), "BackupServerReference");
  assert.is(strings.get(buffer, 8, 8), "");
});

table("gives the text again from another place and another buffer", () => {
  const strings = new StringTable(32, true);
  assert.is(strings.get("xx true yy", 3, 7), "true");
  assert.is(strings.get("<b>true</b>", 3, 7), "true");
  assert.is(strings.get("<b>tree</b>", 3, 7), "tree");
  assert.is(strings.get("<b>true</b>", 3, 7), "true");
});

table("cuts a text longer than its limit as it is", () => {
  const strings = new StringTable(4, false);
  assert.is(strings.get("abcdefgh", 1, 7), "bcdefg");
  assert.is(strings.get("abcdefgh", 1, 7), "bcdefg");
});

table("tells texts apart that hash alike", () => {
  const strings = new StringTable(32, false);
  // Same length, first, middle, quarter and last characters: the same slot.
  const texts = ["a1b2c3d4e", "a9b2c7d8e", "a1b2c3d4e"];
  for (const text of texts) assert.is(strings.get(text, 0, text.length), text);
});

table("forgets what it holds when cleared", () => {
  const strings = new StringTable(32, false);
  assert.is(strings.get("Sunday", 0, 6), "Sunday");
  strings.clear();
  assert.is(strings.get("Sunday", 0, 3), "Sun");
  assert.is(strings.get("Sunday", 0, 6), "Sunday");
});

table.run();

const holdsSuite = suite("holds");

holdsSuite("is true where the buffer holds the text", () => {
  assert.ok(holds("<Links></Links>", 9, "Links"));
  assert.not.ok(holds("<Links></Link>", 9, "Links"));
  assert.ok(holds("anything", 3, ""));
});

holdsSuite.run();
