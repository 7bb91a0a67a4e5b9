/**
 * Compile-time checks of the typed client, run by `npm run typecheck` (never executed): each wrong
 * call is marked `@ts-expect-error`, so a wrong call that starts compiling fails the build; each
 * right call is checked for the type it answers.
 */
import {
  AgentBackupJob,
  BackupJobSession,
  BackupJobSessions,
  CloudFailoverPlan,
  CloudFailoverPlanManagementSpec,
  CloudReplica,
  CreateObjectInJobSpec,
  EnterpriseRole,
  FailoverPlanManagementSpec,
  FileSystemEntries,
  FileSystemEntry,
  LogonSession,
  QueryResult,
  type EmRoot,
  EntityRef,
  EntityReferences,
  Job,
  JobCloneSpec,
  NASJob,
  NASJobs,
  Replica,
  ReplicaJobSession,
  Task,
  XmlDateTime,
} from "../../index.js";
import { where, createClient } from "../../client.js";

const em = createClient({ url: "https://em.example:9398/api/", username: "u", password: "p" });

/** Fails to compile unless `Actual` and `Expected` are the same type. */
function expectType<Expected>() {
  return <Actual>(
    value: Actual & ([Actual] extends [Expected] ? ([Expected] extends [Actual] ? unknown : never) : never),
  ) => value;
}

export async function requests(job: NASJob, spec: JobCloneSpec) {
  expectType<EntityRef>()(await em.request("GET /nas/jobs/{ID}", { params: { ID: "1" } }));
  expectType<NASJob>()(await em.request("GET /nas/jobs/{ID}", { params: { ID: "1" }, query: { format: "Entity" } }));
  expectType<EntityReferences>()(await em.request("GET /nas/jobs"));
  expectType<NASJobs>()(await em.request("GET /nas/jobs", { query: { format: "Entity" } }));
  expectType<Task>()(await em.request("POST /nas/jobs/{ID}/start", { params: { ID: "1" } }));
  expectType<Task>()(await em.request("POST /jobs/{ID}?action=start", { params: { ID: "1" } }));
  expectType<Task>()(await em.request("POST /jobs/{ID}?action=clone", { params: { ID: "1" }, body: spec }));
  expectType<Task>()(
    await em.call("cloneJob", { params: { ID: "1" }, body: { backupJobCloneInfo: { jobName: "Copy" } } }),
  );
  expectType<undefined>()(await em.request("DELETE /logonSessions/{ID}", { params: { ID: "1" } }));
  expectType<NASJob>()(await em.call("getNasJob", { params: { ID: "1" }, query: { format: "Entity" } }));
  await em.waitForTask(await em.call("startNasJob", { params: { ID: "1" } }));

  // @ts-expect-error a misspelled path
  await em.request("GET /nas/job/{ID}", { params: { ID: "1" } });
  // @ts-expect-error a missing path parameter
  await em.request("GET /nas/jobs/{ID}");
  // @ts-expect-error a misspelled path parameter
  await em.request("GET /nas/jobs/{ID}", { params: { Id: "1" } });
  // @ts-expect-error an action the resource does not have
  await em.request("POST /nas/jobs/{ID}?action=start", { params: { ID: "1" } });
  // @ts-expect-error a format the operation does not take
  await em.request("GET /nas/jobs/{ID}", { params: { ID: "1" }, query: { format: "Entities" } });
  // @ts-expect-error a body of the wrong class
  await em.request("POST /jobs/{ID}?action=clone", { params: { ID: "1" }, body: job });
  // @ts-expect-error a body the operation does not take
  await em.request("POST /nas/jobs/{ID}/start", { params: { ID: "1" }, body: spec });
  // @ts-expect-error plain data with a member the body class does not have
  await em.call("cloneJob", { params: { ID: "1" }, body: { backupJobCloneInfo: {}, cloneName: "x" } });
  // @ts-expect-error a missing required body
  await em.call("cloneJob", { params: { ID: "1" } });
  // @ts-expect-error an unknown operation id
  await em.call("startNasJobs", { params: { ID: "1" } });
  void new CreateObjectInJobSpec();
}

export async function queryParameters() {
  expectType<QueryResult>()(await em.call("getQuery", { query: { type: "Job", pageSize: 5 } }));
  expectType<LogonSession>()(await em.call("createLogonSession", { query: { v: "latest" } }));
  expectType<Uint8Array>()(
    await em.call("downloadVmRestorePointMountPath", {
      params: { vmRestorePointID: "p", ID: "m", filepath: "C/a.txt" },
    }),
  );
  const entry = await em.call("getVmRestorePointMountPath", {
    params: { vmRestorePointID: "p", ID: "m", filepath: "C" },
  });
  expectType<FileSystemEntry | FileSystemEntries>()(entry);
  // @ts-expect-error the query service needs its type
  await em.call("getQuery");
  // @ts-expect-error a query type that is not one
  await em.call("getQuery", { query: { type: "Jobs" } });
  // @ts-expect-error an API version the logon does not list
  await em.call("createLogonSession", { query: { v: "v1_9" } });
  // @ts-expect-error path parameters for an operation without any
  await em.request("GET /nas/jobs", { params: { ID: "1" } });
  // @ts-expect-error a query parameter the operation does not take
  await em.request("GET /nas/jobs", { query: { pageSize: 5 } });
}

export async function follows(job: Job, nasJob: NASJob, ref: EntityRef, session: BackupJobSession) {
  expectType<Task>()(await em.follow(nasJob, "Start"));
  expectType<Task>()(await em.follow(job, "Start"));
  expectType<EntityRef>()(await em.follow(job, "Up", "BackupServerReference"));
  expectType<EntityRef>()(await em.follow(session, "Up", "JobReference"));
  expectType<Job>()(await em.follow(ref, "Alternate", undefined, { expect: Job }));
  await em.waitForTask(await em.follow(job, "Clone", undefined, { body: new JobCloneSpec() }));
  // @ts-expect-error a Rel the resource does not have
  await em.follow(nasJob, "Frobnicate");
  // @ts-expect-error a Type no link with that Rel has
  await em.follow(nasJob, "Down", "JobReference");
  // @ts-expect-error an edit needs its body
  await em.follow(job, "Edit");
  // @ts-expect-error a body of the wrong class for the edit
  await em.follow(job, "Edit", undefined, { body: new JobCloneSpec() });
  // @ts-expect-error a format the target does not take
  await em.follow(nasJob, "Start", undefined, { format: "Entity" });
  expectType<EntityReferences>()(await em.follow(nasJob, "Down", "BackupJobSessionReferenceList"));
  expectType<BackupJobSessions>()(
    await em.follow(nasJob, "Down", "BackupJobSessionReferenceList", { format: "Entity" }),
  );
  // A class the table does not know is followed untyped, with any Rel.
  expectType<EmRoot>()(await em.follow(ref, "Anything"));
}

export async function queries() {
  for await (const item of em.queryItems({ type: "BackupJobSession", format: "Entities" }))
    expectType<BackupJobSession>()(item);
  for await (const item of em.queryItems({ type: "BackupJobSession" })) expectType<EntityRef>()(item);
  for await (const item of em.queryItems({ type: "Job", format: "References" })) expectType<EntityRef>()(item);
  await em.query({ type: "BackupJobSession", filter: (where) => where.eq("JobType", "NasBackup") });
  await em.query({ type: "BackupJobSession", filter: 'Result==Failed;JobName=="Nightly"' });
  // @ts-expect-error a number for a date field
  await em.query({ type: "BackupJobSession", filter: (where) => where.eq("CreationTime", 5) });
  const sessions = em.where("BackupJobSession");
  const jobs = em.where("Job");
  const mixed = sessions.eq("Result", "Failed").and(jobs.eq("Platform", "VMware"));
  // @ts-expect-error a filter joined with another type's field
  await em.query({ type: "BackupJobSession", filter: mixed });
  // @ts-expect-error an untyped filter for a typed query (its fields are not checked)
  await em.query({ type: "BackupJobSession", filter: where.eq("Result", "Failed") });
  await em.query({ type: "SomethingNew", filter: where.eq("Anything", 1) });
  for await (const item of em.queryItems({ type: "SomethingNew", item: Job })) expectType<Job>()(item);
  await em.query({ type: "BackupJobSession", filter: (where) => where.eq("Result", "Failed") });
  await em.query({
    type: "BackupJobSession",
    filter: (where) => where.and(where.eq("Result", "Failed"), where.ge("CreationTime", new Date())),
    sortDesc: "CreationTime",
  });
  await em.query({ type: "BackupJobSession", filter: (where) => where.ge("CreationTime", "2021-06-15") });
  await em.query({
    type: "BackupJobSession",
    filter: (where) => where.ge("CreationTime", new XmlDateTime("2021-06-15T00:00:00Z")),
  });
  await em.query({ type: "BackupJobSession", filter: em.where("BackupJobSession").eq("IsRetry", true) });
  // @ts-expect-error a field the query type does not have
  await em.query({ type: "BackupJobSession", filter: (where) => where.eq("Platform", "VMware") });
  // @ts-expect-error a value of the wrong type
  await em.query({ type: "BackupJobSession", filter: (where) => where.eq("IsRetry", "yes") });
  // @ts-expect-error a date that is not one
  await em.query({ type: "BackupJobSession", filter: (where) => where.ge("CreationTime", "yesterday") });
  // @ts-expect-error a sort field the query type does not have
  await em.query({ type: "BackupJobSession", sortAsc: "Platform" });
  // @ts-expect-error a filter of another query type's fields
  await em.query({ type: "BackupJobSession", filter: em.where("Job").eq("Platform", "VMware") });
  // @ts-expect-error an untyped query needs the class of its items
  em.queryItems({ type: "SomethingNew" });
}

export async function lookAlikes(
  agentJob: AgentBackupJob,
  replicaSession: ReplicaJobSession,
  cloudReplica: CloudReplica,
  cloudPlan: CloudFailoverPlan,
  role: EnterpriseRole,
) {
  const params = { params: { ID: "1" } };
  await em.call("startFailoverPlan", { ...params, body: new FailoverPlanManagementSpec({ startNow: true }) });
  await em.call("startCloudCloudFailoverPlan", { ...params, body: new CloudFailoverPlanManagementSpec() });
  // @ts-expect-error a body of a look-alike class (the same members, another class)
  await em.call("startFailoverPlan", { ...params, body: new CloudFailoverPlanManagementSpec({ startNow: true }) });
  // @ts-expect-error a body of a look-alike class, the other way round
  await em.call("startCloudCloudFailoverPlan", { ...params, body: new FailoverPlanManagementSpec() });
  // @ts-expect-error a body of a look-alike class for a followed link
  await em.follow(cloudPlan, "Start", undefined, { body: new FailoverPlanManagementSpec() });
  expectType<Task>()(await em.follow(cloudPlan, "Start", undefined, { body: new CloudFailoverPlanManagementSpec() }));
  expectType<Task>()(await em.follow(agentJob, "Start"));
  // @ts-expect-error a Rel of Job, which an agent job (a look-alike) does not have
  await em.follow(agentJob, "Clone");
  expectType<EntityReferences>()(await em.follow(replicaSession, "Down"));
  // @ts-expect-error a Rel of BackupJobSession, which a replica job session does not have
  await em.follow(replicaSession, "Stop");
  // @ts-expect-error a link Type of Replica's Down link, which a cloud replica's Down link does not have
  await em.follow(cloudReplica, "Down", "VmReplicaPointReferenceList");
  expectType<EntityRef>()(await em.follow(role, "Alternate"));
  // @ts-expect-error a Rel the role does not have
  await em.follow(role, "Edit");
  // @ts-expect-error an agent job is no Job, though their members have the same names
  const job: Job = await em.call("getAgentsJob", { ...params, query: { format: "Entity" } });
  // @ts-expect-error a cloud replica is no Replica
  const replica: Replica = cloudReplica;
  void [job, replica];
}
