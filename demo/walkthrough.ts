/**
 * `npm run demo`: a walk through the client against the mock Enterprise Manager, by links: logon,
 * the jobs, the NAS job with its includes and schedule, starting it and waiting for its task,
 * watching the backup session it started run and finish, a query of failed sessions, logout.
 */
import { createClient } from "../client.js";
import { BackupJobSession, EntityReferences, NASJob, NASService, Task } from "../index.js";
import { DATASET_NOW, DEFAULT_USER, startMockEm } from "../mock/index.js";

const say = (text: string) => console.log(text);

const em = await startMockEm({ taskStepMs: 300, sessionRunMs: 2400 });
say(`Started a mock Enterprise Manager at ${em.url} (self-signed certificate, trusted through the ca option).`);
const client = createClient({
  url: em.url,
  username: DEFAULT_USER.username,
  password: DEFAULT_USER.password,
  ca: em.ca,
});

try {
  const session = await client.logon();
  say(`\n1. Logged on as ${session.userName}; the session id travels in X-RestSvcSessionId.`);

  const jobs = await client.get("jobs", { expect: EntityReferences });
  say(`\n2. GET /api/jobs answered ${jobs.refs?.length ?? 0} job references:`);
  for (const ref of jobs.refs ?? []) say(`   - ${ref.name}  (${ref.uid})`);

  const nas = await client.follow(session, "Down", "NasService", { expect: NASService });
  const nasJobs = await client.follow(nas, "Down", "NasJobReferenceList", { expect: EntityReferences });
  const ref = nasJobs.refs!.find((candidate) => candidate.name === "Shared Files Backup")!;
  const job = await client.follow(ref, "Alternate", undefined, { expect: NASJob });
  describeJob(job);

  const task = await client.follow(job, "Start");
  say(`\n4. Followed the Start link: 202 with task ${task.taskId} (${task.operation}), state ${task.state}.`);
  const finished = await pollWithStates(task);
  say(`   finished: success=${finished.result?.success}, "${finished.result?.message}"`);

  await watchNewestSession(job);

  const since = new Date(DATASET_NOW.getTime() - 24 * 3600 * 1000);
  const sessions = client.where("BackupJobSession");
  const filter = sessions.and(sessions.eq("Result", "Failed"), sessions.ge("CreationTime", since));
  say(`\n6. Query: failed backup sessions of the last 24 hours, newest first, 5 per page.`);
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
  say(`\n7. Logged out (DELETE /api/logonSessions/{id}).`);
} finally {
  await client.close();
  await em.close();
}

/** What the NAS job's entity says: its share, what it keeps and when it runs. */
function describeJob(job: NASJob): void {
  say(`\n3. Followed the NAS service's links to the entity of "${job.name}" (${job.description}):`);
  for (const include of job.includes ?? [])
    say(
      `   - backs up ${include.fileOrFolder}, files ${include.inclusionMask?.join(", ")}, except ${include.exclusionMask?.join(", ")}`,
    );
  const storage = job.storageOptions;
  say(
    `   - keeps ${storage?.shorttermRetentionPeriod} ${storage?.shorttermRetentionType?.toLowerCase()}s, archives for ${storage?.keepFileVersionsHistoryOptions?.longtermRetentionPeriod} ${storage?.keepFileVersionsHistoryOptions?.longtermRetentionType?.toLowerCase()}s`,
  );
  const daily = job.jobScheduleOptions?.standart?.optionsDaily;
  say(
    `   - runs ${daily?.kind} (${daily?.days?.length} days) at ${daily?.time?.lexical}; schedule ${job.scheduleEnabled ? "enabled" : "disabled"}, next run ${job.nextRun?.lexical}`,
  );
}

/** Follows the job's sessions link to its newest session and polls it until it stops. */
async function watchNewestSession(job: NASJob): Promise<void> {
  const list = await client.follow(job, "Down", "BackupJobSessionReferenceList", { format: "Entity" });
  const newest = list.backupJobSessions!.reduce((a, b) =>
    a.creationTimeUTC!.toDate() > b.creationTimeUTC!.toDate() ? a : b,
  );
  say(
    `\n5. The job's sessions link lists ${list.backupJobSessions!.length} sessions; the newest is the run just started:`,
  );
  let current = newest;
  let last = "";
  while (true) {
    const line = `${current.state}, ${current.progress}%`;
    if (line !== last) say(`   ${current.name}: ${line}`);
    last = line;
    if (current.state === "Stopped") break;
    await new Promise((resolve) => setTimeout(resolve, 200));
    current = await client.get(newest.href!, { expect: BackupJobSession });
  }
  say(`   finished ${current.result} at ${current.endTimeUTC?.lexical}`);
}

/** Waits for the task like `waitForTask`, reporting each state seen on the way. */
async function pollWithStates(task: Task): Promise<Task> {
  let current = task;
  let last = task.state;
  while (current.state !== "Finished") {
    await new Promise((resolve) => setTimeout(resolve, 150));
    current = await client.get(task.href!, { expect: Task });
    if (current.state !== last) say(`   task ${task.taskId}: ${last} -> ${current.state}`);
    last = current.state;
  }
  return client.waitForTask(current);
}
