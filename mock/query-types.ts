/**
 * The query types the mock serves and, per type, the fields a filter or sort may name: the
 * Optional Parameters tables of the GET /query?type=... pages, with their value kinds.
 */
import { Entities, type EntityRef } from "../generated/index.js";
import type { BackupServerRecord, BackupSessionRecord, Dataset, JobFamily, JobRecord } from "./dataset.js";
import { nextRunOf } from "./dataset.js";
import type { Representations } from "./representations.js";

/** How a field's values are read from a filter and compared. */
export type FieldKind = "string" | "uid" | "dateTime" | "boolean" | "integer" | "enumeration";

/** A raw field value of a record; `undefined` when the record has none (EndTime of a running session). */
export type FieldValue = string | number | boolean | Date | undefined;

/** A filterable and sortable field. */
export interface QueryField<T> {
  /** The name as the reference pages write it; filters match it without regard to case. */
  readonly name: string;
  readonly kind: FieldKind;
  /** For enumerations: the documented values in their documented order, which is the comparison order. */
  readonly values?: readonly string[];
  readonly read: (record: T) => FieldValue;
}

/** A `type=` of the query service. */
export interface QueryType<T> {
  /** The name as the reference pages write it. */
  readonly name: string;
  readonly fields: readonly QueryField<T>[];
  records(dataset: Dataset): readonly T[];
  reference(representations: Representations, record: T): EntityRef;
  /** The `Entities` element holding these records in the type's collection element. */
  entities(representations: Representations, records: readonly T[]): Entities;
}

const SESSION_JOB_TYPES = [
  "Backup",
  "BackupCopy",
  "ImmediateBackupCopy",
  "ImmediateBackupCopyWorker",
  "AgentBackup",
  "AgentManagement",
  "NasBackup",
];
const SESSION_STATES = ["Starting", "Stopping", "Working", "Pausing", "Resuming", "Stopped"];
// EM's result enumeration starts with None (a session still running) before the documented Success < Warning < Failed.
const SESSION_RESULTS = ["None", "Success", "Warning", "Failed"];
const JOB_TYPES = ["Backup", "BackupCopy", "ImmediateBackupCopy", "Replica"];
const JOB_PLATFORMS = ["VMware", "Hyperv", "vCloud", "CustomPlatform"];
const AGENT_JOB_TYPES = ["AgentBackup"];
const AGENT_PLATFORMS = ["AgentForLinux", "AgentForWindows"];

function serverFields<T>(serverOf: (record: T) => BackupServerRecord): QueryField<T>[] {
  return [
    { name: "BackupServerUid", kind: "uid", read: (record) => serverOf(record).uid },
    { name: "BackupServerName", kind: "string", read: (record) => serverOf(record).name },
  ];
}

function scheduleFields(): QueryField<JobRecord>[] {
  return [
    { name: "ScheduleConfigured", kind: "boolean", read: (job) => job.scheduleConfigured },
    { name: "ScheduleEnabled", kind: "boolean", read: (job) => job.scheduleEnabled },
  ];
}

const backupJobSession: QueryType<BackupSessionRecord> = {
  name: "BackupJobSession",
  fields: [
    { name: "UID", kind: "uid", read: (session) => session.uid },
    { name: "Name", kind: "string", read: (session) => session.name },
    { name: "JobType", kind: "enumeration", values: SESSION_JOB_TYPES, read: (session) => session.jobType },
    { name: "JobUid", kind: "uid", read: (session) => session.job.uid },
    { name: "JobName", kind: "string", read: (session) => session.job.name },
    { name: "CreationTime", kind: "dateTime", read: (session) => session.creationTime },
    { name: "EndTime", kind: "dateTime", read: (session) => session.endTime },
    { name: "State", kind: "enumeration", values: SESSION_STATES, read: (session) => session.state },
    { name: "Result", kind: "enumeration", values: SESSION_RESULTS, read: (session) => session.result },
    { name: "IsRetry", kind: "boolean", read: (session) => session.isRetry },
    ...serverFields<BackupSessionRecord>((session) => session.job.server),
  ],
  records: (dataset) => dataset.sessions,
  reference: (representations, session) => representations.sessionReference(session),
  entities: (representations, sessions) =>
    new Entities({ backupJobSessions: sessions.map((session) => representations.sessionEntity(session)) }),
};

function jobType(name: string, family: JobFamily, fields: QueryField<JobRecord>[]): QueryType<JobRecord> {
  return {
    name,
    fields,
    records: (dataset) => dataset.jobs.filter((job) => job.family === family),
    reference: (representations, job) => representations.jobReference(job),
    entities: (representations, jobs) => {
      const items = jobs.map((job) => representations.jobEntity(job));
      // Each family has its own collection element inside Entities.
      if (family === "vm") return new Entities({ jobs: items as Entities["jobs"] });
      if (family === "nas") return new Entities({ nasJobs: items as Entities["nasJobs"] });
      return new Entities({ agentBackupJobs: items as Entities["agentBackupJobs"] });
    },
  };
}

const commonJobFields: QueryField<JobRecord>[] = [
  { name: "UID", kind: "uid", read: (job) => job.uid },
  { name: "Name", kind: "string", read: (job) => job.name },
  { name: "Description", kind: "string", read: (job) => job.description },
];

const vmJob = jobType("Job", "vm", [
  ...commonJobFields,
  { name: "NextRun", kind: "dateTime", read: (job) => nextRunOf(job) },
  { name: "JobType", kind: "enumeration", values: JOB_TYPES, read: (job) => job.jobType },
  { name: "Platform", kind: "enumeration", values: JOB_PLATFORMS, read: (job) => job.platform },
  ...scheduleFields(),
  ...serverFields<JobRecord>((job) => job.server),
]);

const nasJob = jobType("NasJob", "nas", [
  ...commonJobFields,
  { name: "NextRun", kind: "dateTime", read: (job) => nextRunOf(job) },
  ...scheduleFields(),
  ...serverFields<JobRecord>((job) => job.server),
]);

const agentBackupJob = jobType("AgentBackupJob", "agent", [
  ...commonJobFields,
  { name: "JobType", kind: "enumeration", values: AGENT_JOB_TYPES, read: (job) => job.jobType },
  { name: "Platform", kind: "enumeration", values: AGENT_PLATFORMS, read: (job) => job.platform },
  ...scheduleFields(),
  ...serverFields<JobRecord>((job) => job.server),
]);

const backupServer: QueryType<BackupServerRecord> = {
  name: "BackupServer",
  fields: [
    { name: "UID", kind: "uid", read: (server) => server.uid },
    { name: "Name", kind: "string", read: (server) => server.name },
    { name: "Description", kind: "string", read: (server) => server.description },
    // The mock adds servers by DNS name, so the name is also what was used to connect.
    { name: "IpOrDnsName", kind: "string", read: (server) => server.name },
    { name: "Port", kind: "integer", read: (server) => server.port },
    { name: "Version", kind: "string", read: (server) => server.version },
  ],
  records: (dataset) => dataset.servers,
  reference: (representations, server) => representations.serverReference(server),
  entities: (representations, servers) =>
    new Entities({ backupServers: servers.map((server) => representations.serverEntity(server)) }),
};

/** Any of the served query types (the record type differs per query type). */
export type AnyQueryType = QueryType<any>;

/** The query types the mock answers. */
export const QUERY_TYPES: readonly AnyQueryType[] = [backupJobSession, vmJob, backupServer, nasJob, agentBackupJob];

/** Query types EM documents that the mock does not model; asking for one is answered 501, not 400. */
export const UNMODELLED_QUERY_TYPES: readonly string[] = [
  "AgentProtectionGroup",
  "AgentRestorePoint",
  "Backup",
  "BackupFile",
  "BackupTaskSession",
  "CdpPolicy",
  "CdpReplica",
  "CdpReplicaSession",
  "CdpReplicaTaskSession",
  "CloudGateway",
  "CloudGatewayPool",
  "CloudTenant",
  "CloudFailoverPlan",
  "CloudFailoverSession",
  "CloudHardwarePlan",
  "CloudPublicIpAddress",
  "CloudReplica",
  "CloudSubtenant",
  "CloudVmReplicaPoint",
  "Credentials",
  "DiscoveredComputer",
  "FailoverPlan",
  "FileServer",
  "HierarchyRoot",
  "ManagedServer",
  "NasObject",
  "ObjectInJob",
  "Passwords",
  "Replica",
  "ReplicaJobSession",
  "ReplicaTaskSession",
  "Repository",
  "RestorePoint",
  "RestoreSession",
  "Task",
  "vAppReplicaPoint",
  "vAppRestorePoint",
  "VCloudOrganizationConfig",
  "VlanConfiguration",
  "VmReplicaPoint",
  "VmRestorePoint",
  "VsphereSelfServiceConfig",
  "WanAccelerator",
];

/** A served query type by name, without regard to case. */
export function findQueryType(name: string): AnyQueryType | undefined {
  const lower = name.toLowerCase();
  return QUERY_TYPES.find((type) => type.name.toLowerCase() === lower);
}
