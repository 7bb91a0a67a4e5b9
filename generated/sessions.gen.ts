// Generated from schemas/sessions.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Job sessions (backup, replication, restore) and the per-VM task sessions of backup and replication jobs.

import {
  abstractType,
  attribute,
  booleanCodec,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  longCodec,
  objectElement,
  scalarElement,
  stringCodec,
  type XmlDateTime,
} from "../runtime/index.js";
import { Entity, List, uidCodec, urnCodec } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of job a session belongs to: backup sessions use the first seven values, replication sessions `Replica`, restore sessions the last two. Open: other values are kept (strict reading rejects them). */
export type JobSessionJobTypeEnumeration =
  | "Backup"
  | "BackupCopy"
  | "ImmediateBackupCopy"
  | "ImmediateBackupCopyWorker"
  | "AgentBackup"
  | "AgentManagement"
  | "NasBackup"
  | "Replica"
  | "FileLevelRestore"
  | "RestoreVm"
  | "FailoverPlan"
  | (string & {});

/** Codec of {@link JobSessionJobTypeEnumeration}. */
export const jobSessionJobTypeEnumerationCodec = enumerationCodec<JobSessionJobTypeEnumeration>(
  "JobSessionJobTypeEnumeration",
  [
    "Backup",
    "BackupCopy",
    "ImmediateBackupCopy",
    "ImmediateBackupCopyWorker",
    "AgentBackup",
    "AgentManagement",
    "NasBackup",
    "Replica",
    "FileLevelRestore",
    "RestoreVm",
    "FailoverPlan",
  ],
);

/** Lifecycle stage of a job session; restore sessions never pause or resume. Open: other values are kept (strict reading rejects them). */
export type JobSessionStateEnumeration =
  "Starting" | "Stopping" | "Working" | "Pausing" | "Resuming" | "Stopped" | (string & {});

/** Codec of {@link JobSessionStateEnumeration}. */
export const jobSessionStateEnumerationCodec = enumerationCodec<JobSessionStateEnumeration>(
  "JobSessionStateEnumeration",
  ["Starting", "Stopping", "Working", "Pausing", "Resuming", "Stopped"],
);

/** Outcome of a job or task session. Open: other values are kept (strict reading rejects them). */
export type SessionResultEnumeration = "None" | "Success" | "Warning" | "Failed" | (string & {});

/** Codec of {@link SessionResultEnumeration}. */
export const sessionResultEnumerationCodec = enumerationCodec<SessionResultEnumeration>("SessionResultEnumeration", [
  "None",
  "Success",
  "Warning",
  "Failed",
]);

/** Lifecycle stage of the processing of one VM within a job session. Open: other values are kept (strict reading rejects them). */
export type TaskSessionStateEnumeration = "InProgress" | "Pending" | "Completed" | (string & {});

/** Codec of {@link TaskSessionStateEnumeration}. */
export const taskSessionStateEnumerationCodec = enumerationCodec<TaskSessionStateEnumeration>(
  "TaskSessionStateEnumeration",
  ["InProgress", "Pending", "Completed"],
);

const JobSessionEntityFields = {
  jobUid: scalarElement("JobUid", "jobUid", uidCodec),
  jobName: scalarElement("JobName", "jobName", stringCodec),
  jobType: scalarElement("JobType", "jobType", jobSessionJobTypeEnumerationCodec, 1, 1),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", jobSessionStateEnumerationCodec, 1, 1),
  result: scalarElement("Result", "result", sessionResultEnumerationCodec, 1, 1),
  progress: scalarElement("Progress", "progress", intCodec),
  failureMessage: scalarElement("FailureMessage", "failureMessage", stringCodec),
};

/** What every job session reports: the job, timing, state and outcome. */
export abstract class JobSessionEntity extends Entity {
  /** The job that ran; restore sessions leave it out. */
  declare jobUid?: string;
  /** Name of that job. */
  declare jobName?: string;
  /**
   * Kind of job.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobType?: JobSessionJobTypeEnumeration;
  /**
   * Start of the session, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /** End of the session, in UTC; absent while it runs. */
  declare endTimeUTC?: XmlDateTime;
  /**
   * Where the session stands.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare state?: JobSessionStateEnumeration;
  /**
   * How the session ended (or is going).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare result?: SessionResultEnumeration;
  /** Completion, in percent. */
  declare progress?: number;
  /** Why the session failed, when it did. */
  declare failureMessage?: string;
  declare private readonly "emx:JobSessionEntity": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobSessionEntity> = defineBinding<JobSessionEntity>({
    typeName: "JobSessionEntityType",
    className: "JobSessionEntity",
    table: types,
    base: Entity.binding,
    create: abstractType("JobSessionEntityType"),
    fields: Object.values(JobSessionEntityFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobSessionEntity>) {
    super(init);
  }
}

const BackupJobSessionFields = {
  isRetry: scalarElement("IsRetry", "isRetry", booleanCodec, 1, 1),
};

/** One run of a backup, backup copy, agent or file share backup job. */
export class BackupJobSession extends JobSessionEntity {
  /**
   * Whether the run retried a failed one.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare isRetry?: boolean;
  declare private readonly "emx:BackupJobSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupJobSession> = defineBinding<BackupJobSession>({
    typeName: "BackupJobSessionEntityType",
    className: "BackupJobSession",
    table: types,
    base: JobSessionEntity.binding,
    create: () => new BackupJobSession(),
    fields: Object.values(BackupJobSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupJobSession>) {
    super(init);
  }
}

const BackupJobSessionsFields = {
  backupJobSessions: objectElement(
    types,
    "BackupJobSession",
    "backupJobSessions",
    "BackupJobSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of backup job sessions. */
export class BackupJobSessions extends List {
  /** One session. */
  declare backupJobSessions?: BackupJobSession[];
  declare private readonly "emx:BackupJobSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupJobSessions> = defineBinding<BackupJobSessions>({
    typeName: "BackupJobSessionEntityListType",
    className: "BackupJobSessions",
    table: types,
    base: List.binding,
    create: () => new BackupJobSessions(),
    fields: Object.values(BackupJobSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupJobSessions>) {
    super(init);
  }
}

const ReplicaJobSessionFields = {
  isRetry: scalarElement("IsRetry", "isRetry", booleanCodec, 1, 1),
};

/** One run of a replication job. */
export class ReplicaJobSession extends JobSessionEntity {
  /**
   * Whether the run retried a failed one.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare isRetry?: boolean;
  declare private readonly "emx:ReplicaJobSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReplicaJobSession> = defineBinding<ReplicaJobSession>({
    typeName: "ReplicaJobSessionEntityType",
    className: "ReplicaJobSession",
    table: types,
    base: JobSessionEntity.binding,
    create: () => new ReplicaJobSession(),
    fields: Object.values(ReplicaJobSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReplicaJobSession>) {
    super(init);
  }
}

const ReplicaJobSessionsFields = {
  replicaJobSessions: objectElement(
    types,
    "ReplicaJobSession",
    "replicaJobSessions",
    "ReplicaJobSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of replication job sessions. */
export class ReplicaJobSessions extends List {
  /** One session. */
  declare replicaJobSessions?: ReplicaJobSession[];
  declare private readonly "emx:ReplicaJobSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReplicaJobSessions> = defineBinding<ReplicaJobSessions>({
    typeName: "ReplicaJobSessionEntityListType",
    className: "ReplicaJobSessions",
    table: types,
    base: List.binding,
    create: () => new ReplicaJobSessions(),
    fields: Object.values(ReplicaJobSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReplicaJobSessions>) {
    super(init);
  }
}

const RestoreSessionFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  restoredObjRef: scalarElement("RestoredObjRef", "restoredObjRef", urnCodec),
};

/** A full VM restore or a file-level restore. */
export class RestoreSession extends JobSessionEntity {
  /** Name of the VM being restored. */
  declare vmDisplayName?: string;
  /** The object the restore produced. */
  declare restoredObjRef?: string;
  declare private readonly "emx:RestoreSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RestoreSession> = defineBinding<RestoreSession>({
    typeName: "RestoreSessionEntityType",
    className: "RestoreSession",
    table: types,
    base: JobSessionEntity.binding,
    create: () => new RestoreSession(),
    fields: Object.values(RestoreSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RestoreSession>) {
    super(init);
  }
}

const RestoreSessionsFields = {
  restoreSessions: objectElement(types, "RestoreSession", "restoreSessions", "RestoreSessionEntityType", 0, Infinity),
};

/** A list of restore sessions. */
export class RestoreSessions extends List {
  /** One session. */
  declare restoreSessions?: RestoreSession[];
  declare private readonly "emx:RestoreSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RestoreSessions> = defineBinding<RestoreSessions>({
    typeName: "RestoreSessionEntityListType",
    className: "RestoreSessions",
    table: types,
    base: List.binding,
    create: () => new RestoreSessions(),
    fields: Object.values(RestoreSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RestoreSessions>) {
    super(init);
  }
}

const BackupTaskSessionFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  jobSessionUid: scalarElement("JobSessionUid", "jobSessionUid", uidCodec, 1, 1),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", taskSessionStateEnumerationCodec, 1, 1),
  result: scalarElement("Result", "result", sessionResultEnumerationCodec, 1, 1),
  reason: scalarElement("Reason", "reason", stringCodec, 1, 1),
  totalSize: scalarElement("TotalSize", "totalSize", longCodec, 1, 1),
  vmUid: scalarElement("VmUid", "vmUid", urnCodec),
};

/** The processing of one VM or machine within a backup job session. */
export class BackupTaskSession extends Entity {
  /** Name of the processed VM. */
  declare vmDisplayName?: string;
  /**
   * The backup job session this task belongs to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobSessionUid?: string;
  /**
   * Start of the task, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /** End of the task, in UTC; absent while it runs. */
  declare endTimeUTC?: XmlDateTime;
  /**
   * Where the task stands.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare state?: TaskSessionStateEnumeration;
  /**
   * How the task ended.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare result?: SessionResultEnumeration;
  /**
   * Explanation of a warning or failure; empty otherwise.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare reason?: string;
  /**
   * Size of the restore points the task produced, in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare totalSize?: number;
  /** Reference of the processed VM in the virtual infrastructure. */
  declare vmUid?: string;
  declare private readonly "emx:BackupTaskSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupTaskSession> = defineBinding<BackupTaskSession>({
    typeName: "BackupTaskSessionEntityType",
    className: "BackupTaskSession",
    table: types,
    base: Entity.binding,
    create: () => new BackupTaskSession(),
    fields: Object.values(BackupTaskSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupTaskSession>) {
    super(init);
  }
}

const BackupTaskSessionsFields = {
  backupTaskSessions: objectElement(
    types,
    "BackupTaskSession",
    "backupTaskSessions",
    "BackupTaskSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of backup task sessions. */
export class BackupTaskSessions extends List {
  /** One task session. */
  declare backupTaskSessions?: BackupTaskSession[];
  declare private readonly "emx:BackupTaskSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupTaskSessions> = defineBinding<BackupTaskSessions>({
    typeName: "BackupTaskSessionEntityListType",
    className: "BackupTaskSessions",
    table: types,
    base: List.binding,
    create: () => new BackupTaskSessions(),
    fields: Object.values(BackupTaskSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupTaskSessions>) {
    super(init);
  }
}

const ReplicaTaskSessionFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  jobSessionUid: scalarElement("JobSessionUid", "jobSessionUid", uidCodec, 1, 1),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", taskSessionStateEnumerationCodec, 1, 1),
  result: scalarElement("Result", "result", sessionResultEnumerationCodec, 1, 1),
  reason: scalarElement("Reason", "reason", stringCodec, 1, 1),
  totalSize: scalarElement("TotalSize", "totalSize", longCodec, 1, 1),
};

/** The processing of one VM within a replication job session. */
export class ReplicaTaskSession extends Entity {
  /** Name of the processed VM. */
  declare vmDisplayName?: string;
  /**
   * The replication job session this task belongs to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobSessionUid?: string;
  /**
   * Start of the task, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /** End of the task, in UTC; absent while it runs. */
  declare endTimeUTC?: XmlDateTime;
  /**
   * Where the task stands.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare state?: TaskSessionStateEnumeration;
  /**
   * How the task ended.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare result?: SessionResultEnumeration;
  /**
   * Explanation of a warning or failure; empty otherwise.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare reason?: string;
  /**
   * Size of the replica restore points the task produced, in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare totalSize?: number;
  declare private readonly "emx:ReplicaTaskSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReplicaTaskSession> = defineBinding<ReplicaTaskSession>({
    typeName: "ReplicaTaskSessionEntityType",
    className: "ReplicaTaskSession",
    table: types,
    base: Entity.binding,
    create: () => new ReplicaTaskSession(),
    fields: Object.values(ReplicaTaskSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReplicaTaskSession>) {
    super(init);
  }
}

const ReplicaTaskSessionsFields = {
  replicaTaskSessions: objectElement(
    types,
    "ReplicaTaskSession",
    "replicaTaskSessions",
    "ReplicaTaskSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of replication task sessions. */
export class ReplicaTaskSessions extends List {
  /** One task session. */
  declare replicaTaskSessions?: ReplicaTaskSession[];
  declare private readonly "emx:ReplicaTaskSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReplicaTaskSessions> = defineBinding<ReplicaTaskSessions>({
    typeName: "ReplicaTaskSessionEntityListType",
    className: "ReplicaTaskSessions",
    table: types,
    base: List.binding,
    create: () => new ReplicaTaskSessions(),
    fields: Object.values(ReplicaTaskSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReplicaTaskSessions>) {
    super(init);
  }
}
