/** The mock's resources: references by default, entities with format=Entity, links, and error answers. */
import * as assert from "uvu/assert";
import {
  AgentBackupJob,
  AgentBackupJobs,
  BackupJobSession,
  BackupJobSessions,
  BackupServer,
  BackupServers,
  CdpPolicies,
  EntityRef,
  EntityReferences,
  Job,
  Jobs,
  NASJob,
  NASJobs,
  ObjectsInJob,
} from "../../generated/index.js";
import { assertError, getOk, mockSuite, read, send } from "./helpers.js";

const test = mockSuite("mock resources", { backupSessions: 200 });

test("lists two backup servers as references, and as entities with format=Entity", async ({ em, token }) => {
  const references = await getOk(em, token, "backupServers", EntityReferences);
  assert.is(references.refs!.length, 2);
  const ref = references.refs![0]!;
  assert.is(ref.type, "BackupServerReference");
  assert.match(ref.uid!, /^urn:veeam:BackupServer:[0-9a-f-]{36}$/);
  const alternate = ref.links!.find((link) => link.rel === "Alternate")!;
  assert.is(alternate.type, "BackupServer");
  assert.is(alternate.href, `${ref.href}?format=Entity`);

  const entities = await getOk(em, token, "backupServers?format=Entity", BackupServers);
  assert.equal(
    entities.backupServers!.map((server) => server.name),
    references.refs!.map((item) => item.name),
  );
  const server = await getOk(em, token, alternate.href!, BackupServer);
  assert.is(server.port, 9392);
  assert.is(server.links!.find((link) => link.rel === "Alternate")!.href, ref.href);
  assert.ok(server.links!.some((link) => link.rel === "Start" && link.href!.endsWith("?action=collect")));
});

test("answers a job as an EntityRef by default and as a Job with format=Entity", async ({ em, token }) => {
  const list = await getOk(em, token, "jobs", EntityReferences);
  const exchange = list.refs!.find((ref) => ref.name === "Exchange Backup")!;
  assert.is(exchange.type, "JobReference");
  const ref = await getOk(em, token, exchange.href!, EntityRef);
  assert.is(ref.uid, exchange.uid);
  assert.equal(
    ref.links!.map((link) => link.rel),
    ["Up", "Alternate", "Down"],
  );

  const job = await getOk(em, token, `${exchange.href}?format=Entity`, Job);
  assert.is(job.type, "Job");
  assert.is(job.jobType, "Backup");
  assert.is(job.platform, "VMware");
  assert.is(job.scheduleEnabled, true);
  assert.ok(job.nextRun !== undefined);
  assert.is(job.jobScheduleOptions!.standart!.optionsDaily!.kind, "Everyday");
  // The links of the job's Links table; their order is the table's (the page's XML orders them otherwise).
  const rels = job.links!.map((link) => link.rel).sort();
  assert.equal(rels, [
    "Alternate",
    "Clone",
    "Create",
    "Down",
    "Down",
    "Edit",
    "Retry",
    "Start",
    "Stop",
    "ToggleScheduleEnabled",
    "Up",
  ]);
  const up = job.links![0]!;
  assert.is(up.type, "BackupServerReference");
  assert.ok(job.links!.some((link) => link.rel === "Start" && link.href === `${exchange.href}?action=start`));
  const sessions = job.links!.find((link) => link.type === "BackupJobSessionReferenceList")!;
  assert.is(sessions.href, `${exchange.href}/backupSessions`);

  const entities = await getOk(em, token, "jobs?format=Entity", Jobs);
  assert.is(entities.jobs!.length, list.refs!.length);
});

test("serves NAS jobs and agent jobs in their own collections with their own link forms", async ({ em, token }) => {
  const nas = await getOk(em, token, "nas/jobs", EntityReferences);
  assert.ok(nas.refs!.every((ref) => ref.type === "NasJobReference" && ref.uid!.startsWith("urn:veeam:NasJob:")));
  const nasJob = await getOk(em, token, `${nas.refs![0]!.href}?format=Entity`, NASJob);
  assert.is(nasJob.type, "NasJob");
  assert.is(nasJob.links!.find((link) => link.rel === "Start")!.href, `${nas.refs![0]!.href}/start`);
  assert.is((await getOk(em, token, "nas/jobs?format=Entity", NASJobs)).nasJobs!.length, nas.refs!.length);

  const agents = await getOk(em, token, "agents/jobs", EntityReferences);
  assert.ok(agents.refs!.every((ref) => ref.type === "AgentBackupJobReference"));
  const agentJob = await getOk(em, token, `${agents.refs![0]!.href}?format=Entity`, AgentBackupJob);
  assert.is(agentJob.jobType, "AgentBackup");
  assert.is(agentJob.links!.find((link) => link.rel === "Start")!.href, `${agents.refs![0]!.href}?action=start`);
  assert.is(
    (await getOk(em, token, "agents/jobs?format=Entity", AgentBackupJobs)).agentBackupJobs!.length,
    agents.refs!.length,
  );
});

test("lists backup job sessions, one by one and per job", async ({ em, token }) => {
  const all = await getOk(em, token, "backupSessions", EntityReferences);
  assert.is(all.refs!.length, 200);
  const entities = await getOk(em, token, "backupSessions?format=Entity", BackupJobSessions);
  assert.is(entities.backupJobSessions!.length, 200);
  const first = entities.backupJobSessions![0]!;
  assert.ok(first.name!.startsWith(`${first.jobName}@`));
  const again = await getOk(em, token, first.links!.find((link) => link.rel === "Alternate")!.href!, EntityRef);
  assert.is(again.uid, first.uid);
  const entity = await getOk(em, token, `${again.href}?format=Entity`, BackupJobSession);
  assert.is(entity.creationTimeUTC!.lexical, first.creationTimeUTC!.lexical);

  const jobUp = first.links!.find((link) => link.rel === "Up" && link.type !== "BackupServerReference")!;
  const ofJob = await getOk(em, token, `${jobUp.href}/backupSessions`, EntityReferences);
  assert.ok(ofJob.refs!.length > 0);
  assert.ok(ofJob.refs!.some((ref) => ref.uid === first.uid));
});

test("lists a CDP policy's includes, though a job's includes are of the same class", async ({ em, token }) => {
  const policies = await getOk(em, token, "cdpPolicies?format=Entity", CdpPolicies);
  const policy = policies.cdpPolicies!.find((candidate) => candidate.name === "CDP Policy")!;
  const named = policy.cdpPolicyInfo!.cdpReplicaPolicyInfo!.includes!.map((include) => include.name);
  const includes = await getOk(em, token, `${policy.href!.split("?")[0]}/includes`, ObjectsInJob);
  assert.equal(
    includes.objectInJobs!.map((include) => include.name),
    named,
  );
  assert.ok(named.length > 0);
});

test("answers 404 with an Error body for unknown ids and paths", async ({ em, token }) => {
  assertError(await send(em, "GET", "jobs/00000000-0000-4000-8000-000000000000", { token }), 404, /Job/);
  assertError(await send(em, "GET", "backupSessions/nope", { token }), 404);
  assertError(await send(em, "GET", "backupServers/nope?format=Entity", { token }), 404);
  assertError(await send(em, "GET", "tasks/task-999", { token }), 500, /no backup task with id \[task-999\]/);
  assertError(await send(em, "GET", "no/such/resource", { token }), 404);
  assertError(await send(em, "GET", "/not-api", { token }), 404);
});

test("answers 406 to a client that asks for a form it does not speak, naming XML and JSON", async ({ em, token }) => {
  const response = await send(em, "GET", "jobs", { token, headers: { Accept: "text/csv" } });
  assertError(response, 406, /application\/xml or application\/json, not text\/csv/);
  assert.is((await send(em, "GET", "jobs", { token, headers: { Accept: "*/*" } })).status, 200);
});

test("answers 405 with Allow to a method the resource does not have", async ({ em, token }) => {
  const response = await send(em, "DELETE", "jobs", { token });
  assertError(response, 405);
  assert.is(response.headers.allow, "GET");
  assertError(await send(em, "GET", "sessionMngr/"), 405);
});

test("answers 400 to an unknown format", async ({ em, token }) => {
  assertError(await send(em, "GET", "jobs?format=Json", { token }), 400, /format/);
});

test("writes every body in the EM namespace with an XML declaration", async ({ em, token }) => {
  const response = await send(em, "GET", "backupServers", { token });
  assert.ok(response.body.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
  assert.match(response.body, /<EntityReferences xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0">/);
  assert.is(response.headers["content-length"], String(Buffer.byteLength(response.body)));
  read(response.body, EntityReferences);
});

test.run();
