/** The mock walked by links alone, from the API root: every documented GET is reached, with no error. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { loadOperationTable } from "../../mock/operation-table.js";
import { walkByLinks, type WalkResult } from "./link-walker.js";

const test = suite<{ em: MockEm; walk: WalkResult }>("mock link walk", {
  em: undefined as unknown as MockEm,
  walk: undefined as unknown as WalkResult,
});

test.before(async (context) => {
  context.em = await startMockEm({ backupSessions: 60 });
  context.walk = await walkByLinks(context.em);
});

test.after(async (context) => {
  await context.em.close();
});

test("follows every link without a 4xx or 5xx answer or a body that does not read strictly", ({ walk }) => {
  assert.equal(walk.failures, []);
});

/** GET operations a walk that only reads cannot reach, and why. */
const UNREACHABLE: Readonly<Record<string, string>> = {
  getTask: "a task exists only once an action has run, and the walk only reads",
};

test("reaches every GET operation of the table but those that need a change first", ({ walk }) => {
  const gets = loadOperationTable().operations.filter((operation) => operation.method === "GET");
  const unreached = gets.filter((operation) => !walk.reached.has(operation.id)).map((operation) => operation.id);
  const reasons = unreached.map((id) => `${id}: ${UNREACHABLE[id] ?? "no reason"}`);
  console.log(
    `  link walk: ${walk.reached.size} of ${gets.length} GET operations reached in ${walk.requests} requests`,
  );
  for (const reason of reasons) console.log(`  not reached: ${reason}`);
  assert.equal(unreached, Object.keys(UNREACHABLE));
});

test.run();
