/**
 * The typed client against the mock Enterprise Manager over loopback HTTPS: operations by path and
 * by id, links followed by Rel, actions and their tasks, the query service typed per query type.
 * Every operation of the table is called in `every-operation.test.ts`.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  AgentBackupJob,
  BackupJobSession,
  BackupJobSessions,
  EnterpriseManager,
  EntityRef,
  EntityReferences,
  Job,
  Link,
  NASJob,
  Task,
} from "../../index.js";
import { EmArgumentError, EmLinkError, createClient, type EmClient, type EmTypes } from "../../client.js";
import { DEFAULT_USER, startMockEm, type MockEm } from "../../mock/index.js";
import { rejection } from "../helpers.js";

let em: MockEm;
let client: EmClient<EmTypes>;
/** Ids of what the mock holds, by the path up to the parameter. */
let seeds: Readonly<Record<string, string>>;
/** A VM job no other test starts: a job that runs cannot start again, and a run outlasts its task. */
let idleJob: string;

/** The last path segment of an href: the id of what it names. */
const idOf = (href: string | undefined) => new URL(href!).pathname.split("/").pop()!;

/** Ids of what the mock holds, found through the client, by the path up to the parameter. */
async function seedsFrom(c: EmClient<EmTypes>): Promise<Readonly<Record<string, string>>> {
  const jobs = await c.request("GET /jobs", { query: { format: "Entity" } });
  const job = jobs.jobs!.find((candidate) => candidate.name === "Exchange Backup")!;
  idleJob = idOf(jobs.jobs!.find((candidate) => candidate.name === "SQL Backup")!.href);
  const nas = (await c.request("GET /nas/jobs")).refs!.find((ref) => !ref.name!.startsWith("Broken"))!;
  const agent = (await c.request("GET /agents/jobs")).refs![0]!;
  return { "/jobs/{ID}": idOf(job.href), "/nas/jobs/{ID}": idOf(nas.href), "/agents/jobs/{ID}": idOf(agent.href) };
}

const typed = suite("typed client against the mock");

typed.before(async () => {
  em = await startMockEm({ taskStepMs: 20, backupSessions: 300 });
  const options = { url: em.url, username: DEFAULT_USER.username, password: DEFAULT_USER.password, ca: em.ca };
  client = createClient({ ...options, timeoutMs: 5000 });
  seeds = await seedsFrom(client);
});

typed.after(async () => {
  // Either is missing when starting failed: that failure, not this one, is what uvu should report.
  await client?.close();
  await em?.close();
});

typed("reads a reference by default and the entity with format Entity, by path and by id", async () => {
  const ID = seeds["/nas/jobs/{ID}"]!;
  const ref = await client.request("GET /nas/jobs/{ID}", { params: { ID } });
  assert.instance(ref, EntityRef);
  assert.is(ref.type, "NasJobReference");
  const entity = await client.request("GET /nas/jobs/{ID}", { params: { ID }, query: { format: "Entity" } });
  assert.instance(entity, NASJob);
  const agent = await client.call("getAgentsJob", {
    params: { ID: seeds["/agents/jobs/{ID}"]! },
    query: { format: "Entity" },
  });
  assert.instance(agent, AgentBackupJob);
  assert.match(em.requests[em.requests.length - 1]!.path, /\/agents\/jobs\/[^/?]+\?format=Entity$/);
  assert.instance(await client.call("getApiRoot"), EnterpriseManager);
});

typed("runs actions of the three families, each answering a Task to wait for", async () => {
  const vm = await client.request("POST /jobs/{ID}?action=start", { params: { ID: seeds["/jobs/{ID}"]! } });
  const nas = await client.request("POST /nas/jobs/{ID}/start", { params: { ID: seeds["/nas/jobs/{ID}"]! } });
  const agent = await client.call("startAgentsJob", { params: { ID: seeds["/agents/jobs/{ID}"]! } });
  for (const task of [vm, nas, agent]) {
    assert.instance(task, Task);
    const finished = await client.waitForTask(task, { pollMs: 10 });
    assert.is(finished.state, "Finished");
  }
  assert.ok(
    em.requests.some((request) => request.method === "POST" && /\/jobs\/[^/]+\?action=start$/.test(request.path)),
  );
  assert.ok(
    em.requests.some((request) => request.method === "POST" && /\/nas\/jobs\/[^/]+\/start$/.test(request.path)),
  );
});

typed("follows links by Rel to the operation the table names: actions, references, lists with format", async () => {
  const job = await client.request("GET /jobs/{ID}", { params: { ID: idleJob }, query: { format: "Entity" } });
  assert.instance(job, Job);
  const task = await client.follow(job, "Start");
  assert.instance(task, Task);
  assert.is((await client.waitForTask(task, { pollMs: 10 })).state, "Finished");
  const server = await client.follow(job, "Up", "BackupServerReference");
  assert.instance(server, EntityRef);
  const sessions = await client.follow(job, "Down", "BackupJobSessionReferenceList");
  assert.instance(sessions, EntityReferences);
  const entities = await client.follow(job, "Down", "BackupJobSessionReferenceList", { format: "Entity" });
  assert.instance(entities, BackupJobSessions);
  const nas = await client.call("getNasJob", { params: { ID: seeds["/nas/jobs/{ID}"]! }, query: { format: "Entity" } });
  assert.instance(await client.follow(nas, "Stop"), Task);
});

typed("a missing link and a link to another host are EmLinkErrors", async () => {
  const jobs = await client.request("GET /jobs", { query: { format: "Entity" } });
  const copy = jobs.jobs!.find((candidate) => candidate.jobType === "BackupCopy")!;
  const missing = await rejection(client.follow(copy, "Start"));
  assert.instance(missing, EmLinkError);
  assert.is((missing as EmLinkError).kind, "missing");
  assert.match((missing as Error).message, /link with Rel Start is missing on Job; it has .*Sync/);
  const elsewhere = new Job({
    links: [new Link({ rel: "Start", href: "https://elsewhere.example/api/jobs/1?action=start" })],
  });
  const foreign = await rejection(client.follow(elsewhere, "Start"));
  assert.instance(foreign, EmLinkError);
  assert.is((foreign as EmLinkError).kind, "foreign-host");
});

typed("a call the types would refuse is an EmArgumentError at run time", async () => {
  const call = client.call as (id: string, input?: object) => Promise<unknown>;
  assert.instance(await rejection(call.call(client, "getNasJob")), EmArgumentError);
  assert.instance(await rejection(call.call(client, "noSuchOperation")), EmArgumentError);
  const request = client.request as (key: string, input?: object) => Promise<unknown>;
  assert.instance(await rejection(request.call(client, "GET /nas/job/{ID}", { params: { ID: "x" } })), EmArgumentError);
});

typed("queries a query type typed: the filter's fields checked, entities of the type's class", async () => {
  let count = 0;
  for await (const session of client.queryItems({
    type: "BackupJobSession",
    format: "Entities",
    filter: (where) => where.and(where.eq("Result", "Failed"), where.eq("IsRetry", false)),
    sortDesc: "CreationTime",
    pageSize: 20,
  })) {
    assert.instance(session, BackupJobSession);
    assert.is(session.result, "Failed");
    count++;
  }
  assert.ok(count > 0, `${count} failed sessions`);
  const last = em.requests.filter((request) => /\/query\?/.test(request.path)).pop()!;
  assert.match(decodeURIComponent(last.path.replace(/\+/g, " ")), /filter=Result==Failed;IsRetry==false/);
  for await (const ref of client.queryItems({ type: "BackupJobSession", pageSize: 100 }))
    assert.instance(ref, EntityRef);
  const unknownField = rejection(
    client
      .queryItems({ type: "BackupJobSession", filter: (where) => where.eq("Platform" as never, "x" as never) })
      .next(),
  );
  assert.instance(await unknownField, EmArgumentError);
});

typed.run();
