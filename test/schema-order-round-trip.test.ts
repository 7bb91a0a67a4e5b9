/** The check of documents out of schema order, on Task documents of our own. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { schemaOrderProblem } from "./schema-order-round-trip.js";

/** The problem the check finds with a Task of these children. */
const problemOf = (children: string) =>
  schemaOrderProblem(
    "t.xml",
    new TextEncoder().encode(
      `<Task xmlns="http://www.veeam.com/ent/v1.0" Href="https://em/api/tasks/task-1">${children}</Task>`,
    ),
    { allowNoNamespace: false },
  );

const reordered = suite("schemaOrderProblem");

reordered("accepts a document whose siblings only change order when written back", () => {
  assert.is(problemOf("<State>Running</State><TaskId>task-1</TaskId><Operation>o</Operation>"), undefined);
});

reordered("says so when the document is already in schema order", () => {
  assert.is(
    problemOf("<TaskId>task-1</TaskId><State>Running</State><Operation>o</Operation>"),
    "t.xml round-trips unchanged: it is in schema order",
  );
});

reordered("says so when the rewritten document still fails strict reading", () => {
  assert.match(
    problemOf("<State>Running</State><Extra>x</Extra><TaskId>task-1</TaskId><Operation>o</Operation>") ?? "",
    /^t\.xml, rewritten in schema order, still fails: element Extra/,
  );
});

reordered.run();
