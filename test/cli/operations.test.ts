/** `emx operations` end to end: the real command, its output and exit codes. */
import { spawnSync } from "node:child_process";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { operations } from "../../client.js";
import type { OperationListing } from "../../cli/list-operations.js";
import { emxCommand, projectRoot } from "../helpers.js";

function emx(...args: string[]) {
  const result = spawnSync(...emxCommand(...args), { encoding: "utf8", cwd: projectRoot });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const command = suite("emx operations");

command("lists every operation of the table, one aligned line each", () => {
  const { code, out } = emx("operations");
  assert.is(code, 0);
  const lines = out.trimEnd().split("\n");
  assert.is(lines.length, Object.keys(operations).length);
  assert.ok(lines.some((line) => /^POST +\/jobs\/\{ID\}\?action=start +startJob -> 202 Task$/.test(line)));
  // The ids start in one column.
  const columns = new Set(lines.map((line) => line.search(/ {2}[a-z]\w* (body|->)/)));
  assert.is(columns.size, 1, [...columns].join(", "));
  assert.ok(
    lines.some((line) =>
      /^GET +\/nas\/jobs\/\{ID\} +getNasJob -> 200 EntityRef, 200 NASJob \(format=Entity\)$/.test(line),
    ),
  );
  assert.ok(
    lines.some((line) => /^POST +\/jobs\/\{ID\}\?action=clone +cloneJob body JobCloneSpec -> 202 Task$/.test(line)),
  );
});

command("writes JSON for scripts, and keeps only the operations that match", () => {
  const { code, out } = emx("operations", "nas/jobs/{ID}/st", "--format", "json");
  assert.is(code, 0);
  const items = JSON.parse(out) as OperationListing[];
  assert.equal(
    items.map((item) => `${item.method} ${item.request} ${item.id}`),
    ["POST /nas/jobs/{ID}/start startNasJob", "POST /nas/jobs/{ID}/stop stopNasJob"],
  );
  assert.equal(items[0]!.parameters, ["ID"]);
  assert.equal(items[0]!.answers, [{ status: 202, element: "Task" }]);
  assert.is(items[0]!.authentication, "session");
});

command("exits 1 when no operation matches", () => {
  const { code, out, err } = emx("operations", "no-such-thing");
  assert.is(code, 1);
  assert.is(out, "");
  assert.match(err, /no operation matches "no-such-thing"/);
});

command.run();
