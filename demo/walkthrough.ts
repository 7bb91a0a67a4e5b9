/**
 * `npm run demo`: a walk through the client against the mock Enterprise Manager: logon, list jobs,
 * start one and wait for its task, query recent failed sessions, log out.
 */
import { createClient } from "../client.js";
import { EntityReferences, Job, Task } from "../index.js";
import { DATASET_NOW, DEFAULT_USER, startMockEm } from "../mock/index.js";

const say = (text: string) => console.log(text);

const em = await startMockEm({ taskStepMs: 300 });
say(`Started a mock Enterprise Manager at ${em.url} (self-signed certificate, trusted through the ca option).`);
const client = createClient({
  url: em.url,
  username: DEFAULT_USER.username,
  password: DEFAULT_USER.password,
  ca: em.ca,
});

try {
  const session = await client.logon();
  say(
    `\n1. Logged on as ${(session as { userName?: string }).userName}; the session id travels in X-RestSvcSessionId.`,
  );

  const jobs = await client.get("jobs", { expect: EntityReferences });
  say(`\n2. GET /api/jobs answered ${jobs.refs?.length ?? 0} job references:`);
  for (const ref of jobs.refs ?? []) say(`   - ${ref.name}  (${ref.uid})`);

  const ref = jobs.refs!.find((candidate) => candidate.name === "Exchange Backup")!;
  const job = await client.follow(ref, "Alternate", undefined, { expect: Job });
  say(
    `\n3. Followed the Alternate link to the entity: ${job.name}, schedule ${job.scheduleEnabled ? "enabled" : "disabled"}, next run ${job.nextRun?.lexical ?? "none"}.`,
  );

  const task = await client.follow(job, "Start");
  say(`\n4. Followed the Start link: 202 with task ${task.taskId} (${task.operation}), state ${task.state}.`);
  let last = task.state;
  const finished = await pollWithStates(task, (state) => {
    if (state !== last) say(`   task ${task.taskId}: ${last} -> ${state}`);
    last = state;
  });
  say(`   finished: success=${finished.result?.success}, "${finished.result?.message}"`);

  const since = new Date(DATASET_NOW.getTime() - 24 * 3600 * 1000);
  const sessions = client.where("BackupJobSession");
  const filter = sessions.and(sessions.eq("Result", "Failed"), sessions.ge("CreationTime", since));
  say(`\n5. Query: failed backup sessions of the last 24 hours, newest first, 5 per page.`);
  say(`   filter=${String(filter)}`);
  let count = 0;
  for await (const item of client.queryItems({
    type: "BackupJobSession",
    format: "Entities",
    filter,
    sortDesc: "CreationTime",
    pageSize: 5,
  })) {
    if (count < 5) say(`   - ${item.name}  ${item.creationTimeUTC?.lexical}  ${item.result}`);
    count++;
  }
  say(`   ${count} sessions in all, read page by page through the PagingInfo links.`);

  await client.logout();
  say(`\n6. Logged out (DELETE /api/logonSessions/{id}).`);
} finally {
  await client.close();
  await em.close();
}

/** Waits for the task like `waitForTask`, reporting each state seen on the way. */
async function pollWithStates(task: Task, onState: (state: string | undefined) => void): Promise<Task> {
  let current = task;
  while (current.state !== "Finished") {
    await new Promise((resolve) => setTimeout(resolve, 150));
    current = await client.get(task.href!, { expect: Task });
    onState(current.state);
  }
  return client.waitForTask(current);
}
