// A strict TypeScript program as a user of the installed package writes it: the entry, the
// client against the mock, and calls the types must refuse.
import {
  EntityRef,
  EntityReferences,
  Job,
  NASJob,
  parse,
  serialize,
  streamItems,
  Task,
  type UnknownRoot,
  XmlReadError,
  type EmRoot,
} from "emx";
import { createClient } from "emx/client";
import { DEFAULT_USER, startMockEm } from "emx/mock";

const EM = 'xmlns="http://www.veeam.com/ent/v1.0"';
const taskXml = `<Task ${EM} Href="https://em/api/tasks/task-1"><TaskId>task-1</TaskId><State>Running</State><Operation>StartJob</Operation></Task>`;

// The result type comes from the class passed as expect.
const task: Task = parse(taskXml, { expect: Task });
// Without expect, a root no class binds to is read (leniently) as an UnknownRoot.
const any: EmRoot | UnknownRoot = parse(taskXml);
// @ts-expect-error a bare type argument does not choose the result type
parse<NASJob>(taskXml);
// @ts-expect-error each class is a type of its own: a Task is not a NASJob, though they share every member of Entity
const wrong: NASJob = parse(taskXml, { expect: Task });
void wrong;

let refused = "";
try {
  parse(taskXml, { expect: NASJob });
} catch (error) {
  if (error instanceof XmlReadError) refused = error.reason;
}

const job = new NASJob({ name: "Nightly", description: "copy of \\\\fs01\\finance$", scheduleEnabled: true });
const written = serialize(job, { root: "NASJob" });

async function* chunks(): AsyncGenerator<string> {
  yield `<EntityReferences ${EM}><Ref UID="urn:veeam:Job:1" Name="a" Href="h" Type="JobReference"/>`;
  yield `<Ref UID="urn:veeam:Job:2" Name="b" Href="h" Type="JobReference"/></EntityReferences>`;
}
const names: string[] = [];
for await (const ref of streamItems(chunks(), { item: EntityRef })) names.push(ref.name ?? "");

const em = await startMockEm({ taskStepMs: 20 });
const client = createClient({
  url: em.url,
  username: DEFAULT_USER.username,
  password: DEFAULT_USER.password,
  ca: em.ca,
});
try {
  const session = await client.logon();
  const jobs: EntityReferences = await client.request("GET /jobs");
  const first = await client.follow(jobs.refs![0]!, "Alternate", undefined, { expect: Job });
  const started: Task = await client.follow(first, "Start");
  const finished: Task = await client.waitForTask(started, { pollMs: 10 });
  let failed = 0;
  for await (const item of client.queryItems({
    type: "BackupJobSession",
    filter: (where) => where.eq("Result", "Failed"),
    pageSize: 50,
  }))
    if (item.uid !== undefined) failed++;
  console.log(
    JSON.stringify({
      task: task.taskId,
      any: any.constructor.name,
      refused,
      written: written.includes("<Description>copy of \\\\fs01\\finance$</Description>"),
      streamed: names,
      user: session.userName,
      jobs: jobs.refs!.length,
      finished: finished.state,
      failed: failed > 0,
    }),
  );
} finally {
  await client.close();
  await em.close();
}
