/**
 * Turns dataset records into the generated EM classes, with the links EM puts on each
 * representation (reference and entity forms), as the reference pages and their samples show.
 */
import {
  AgentBackupJob,
  BackupJobSession,
  BackupServer,
  EnterpriseManager,
  EntityRef,
  Job,
  JobScheduleOptionsInfo,
  Link,
  LogonSession,
  NASJob,
  Task,
  type DaysOfWeekEnumeration,
} from "../generated/index.js";
import { XmlDateTime, XmlTime } from "../runtime/index.js";
import {
  nextRunOf,
  type BackupServerRecord,
  type BackupSessionRecord,
  type JobFamily,
  type JobRecord,
} from "./dataset.js";

/** API versions a logon can ask for, oldest first; `latest` is the last of them. */
export const SUPPORTED_VERSIONS = ["v1_5", "v1_6", "v1_7"] as const;

/** A job family's place in the URL space and the names its representations carry. */
interface FamilyNames {
  /** Path of the collection under the API root. */
  readonly collection: string;
  /** `Type` of the entity representation. */
  readonly entityType: string;
  /** `Type` of the reference representation. */
  readonly referenceType: string;
  /** `Type` the entity's Alternate link gives its reference form (EM writes JobReference for all). */
  readonly alternateReferenceType: string;
}

const FAMILY_NAMES: Readonly<Record<JobFamily, FamilyNames>> = {
  vm: { collection: "jobs", entityType: "Job", referenceType: "JobReference", alternateReferenceType: "JobReference" },
  nas: {
    collection: "nas/jobs",
    entityType: "NasJob",
    referenceType: "NasJobReference",
    alternateReferenceType: "JobReference",
  },
  agent: {
    collection: "agents/jobs",
    entityType: "AgentBackupJob",
    referenceType: "AgentBackupJobReference",
    alternateReferenceType: "JobReference",
  },
};

const EVERY_DAY: readonly DaysOfWeekEnumeration[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];

/** The path of a job family's collection (`jobs`, `nas/jobs`, `agents/jobs`). */
export function jobCollectionPath(family: JobFamily): string {
  return FAMILY_NAMES[family].collection;
}

/** A task as the mock keeps it. */
export interface TaskSnapshot {
  readonly id: string;
  readonly state: "Running" | "OperationFinished" | "Finished";
  readonly operation: string;
  readonly result?: { readonly success: boolean; readonly message: string };
}

/** A logon session as the mock keeps it. */
export interface LogonSessionSnapshot {
  readonly sessionId: string;
  readonly userName: string;
}

/** Builds representations whose links point at one API root (`https://host:port/api/`). */
export class Representations {
  constructor(private readonly apiRoot: string) {}

  /** An absolute URL under the API root. */
  url(path: string): string {
    return this.apiRoot + path;
  }

  /** The API root: a logon link per supported version and `latest`. */
  enterpriseManager(): EnterpriseManager {
    const names = [...SUPPORTED_VERSIONS, "latest"];
    return new EnterpriseManager({
      href: this.apiRoot,
      type: "EnterpriseManager",
      links: [this.link("Down", "logonSessions", "LogonSessionList")],
      supportedVersions: names.map((name) => ({
        name,
        links: [this.link("Create", `sessionMngr/?v=${name}`, "LogonSession")],
      })),
    });
  }

  /** A logon session with the resource links of the logon answer and its Delete (logout) link. */
  logonSession(session: LogonSessionSnapshot): LogonSession {
    const self = `logonSessions/${session.sessionId}`;
    return new LogonSession({
      href: this.url(self),
      type: "LogonSession",
      links: [
        ...LOGON_SESSION_LINKS.map(([rel, path, type, name]) => this.link(rel, path, type, name)),
        this.link("Delete", self),
      ],
      userName: session.userName,
      sessionId: session.sessionId,
    });
  }

  /** A backup server as an EntityRef (`BackupServerReference`). */
  serverReference(server: BackupServerRecord): EntityRef {
    const self = `backupServers/${server.id}`;
    return new EntityRef({
      uid: server.uid,
      name: server.name,
      href: this.url(self),
      type: "BackupServerReference",
      links: [
        this.link("Down", `${self}/jobs`, "JobReferenceList"),
        this.link("Down", `${self}/repositories`, "RepositoryReferenceList"),
        this.link("Down", `${self}/externalRepositories`, "ExternalRepositoryReferenceList"),
        this.link("Down", `${self}/credentials`, "CredentialsList"),
        this.link("Down", `${self}/passwords`, "PasswordKeyList"),
        this.link("Alternate", `${self}?format=Entity`, "BackupServer", server.name),
        this.link("Down", `${self}/managedServers`, "ManagedServerReferenceList"),
      ],
    });
  }

  /** A backup server entity (`?format=Entity`). */
  serverEntity(server: BackupServerRecord): BackupServer {
    const self = `backupServers/${server.id}`;
    return new BackupServer({
      href: this.url(`${self}?format=Entity`),
      type: "BackupServer",
      name: server.name,
      uid: server.uid,
      links: [
        this.link("Alternate", self, "BackupServerReference", server.name),
        this.link("Edit", self, "BackupServerReference"),
        this.link("Delete", self, "BackupServerReference"),
        this.link("Down", `${self}/jobs`, "JobReferenceList"),
        this.link("Down", `${self}/managedServers`, "ManagedServerReferenceList"),
        this.link("Down", `${self}/repositories`, "RepositoryReferenceList"),
        this.link("Down", `${self}/externalRepositories`, "ExternalRepositoryReferenceList"),
        this.link("Down", `${self}/credentials`, "CredentialsList"),
        this.link("Create", `${self}/credentials?action=create`),
        this.link("Down", `${self}/passwords`, "PasswordKeyList"),
        this.link("Create", `${self}/passwords?action=create`),
        this.link("VeeamZip", `${self}?action=veeamzip`),
        this.link("QuickBackup", `${self}?action=quickbackup`),
        this.link("Start", `${self}?action=collect`),
      ],
      description: server.description,
      port: server.port,
      version: server.version,
      wcfPort: server.wcfPort,
    });
  }

  /** A job as an EntityRef: `JobReference`, `NasJobReference` or `AgentBackupJobReference`. */
  jobReference(job: JobRecord): EntityRef {
    const names = FAMILY_NAMES[job.family];
    const self = `${names.collection}/${job.id}`;
    return new EntityRef({
      uid: job.uid,
      name: job.name,
      href: this.url(self),
      type: names.referenceType,
      links: [
        this.serverUpLink(job.server),
        this.link("Alternate", `${self}?format=Entity`, names.entityType, job.name),
        this.sessionsDownLink(job),
      ],
    });
  }

  /** A job entity of its family: Job, NASJob or AgentBackupJob. */
  jobEntity(job: JobRecord): Job | NASJob | AgentBackupJob {
    const names = FAMILY_NAMES[job.family];
    const common = {
      href: this.url(`${names.collection}/${job.id}?format=Entity`),
      type: names.entityType,
      name: job.name,
      uid: job.uid,
      links: this.jobEntityLinks(job),
      description: job.description,
      scheduleConfigured: job.scheduleConfigured,
      scheduleEnabled: job.scheduleEnabled,
      nextRun: dateTime(nextRunOf(job)),
      jobScheduleOptions: scheduleOf(job),
    };
    switch (job.family) {
      case "vm":
        return new Job({
          ...common,
          jobType: job.jobType,
          platform: job.platform,
          jobInfo:
            job.jobType === "Backup"
              ? {
                  backupJobInfo: {
                    simpleRetentionPolicy: { retainCycles: 7, retainDaysToKeep: 7, retainLimitType: "Cycles" },
                  },
                }
              : undefined,
        });
      case "nas":
        return new NASJob({
          ...common,
          storageOptions: {
            backupRepositoryUid: `urn:veeam:Repository:${job.server.id}`,
            shorttermRetentionType: "Day",
            shorttermRetentionPeriod: 14,
            longtermRetentionEnabled: false,
          },
        });
      case "agent":
        return new AgentBackupJob({ ...common, jobType: job.jobType, platform: job.platform });
    }
  }

  /** A backup job session as an EntityRef (`BackupJobSessionReference`). */
  sessionReference(session: BackupSessionRecord): EntityRef {
    const self = `backupSessions/${session.id}`;
    return new EntityRef({
      uid: session.uid,
      name: session.name,
      href: this.url(self),
      type: "BackupJobSessionReference",
      links: [
        this.serverUpLink(session.job.server),
        this.jobUpLink(session.job),
        this.link("Alternate", `${self}?format=Entity`, "BackupJobSession", session.name),
      ],
    });
  }

  /** A backup job session entity. */
  sessionEntity(session: BackupSessionRecord): BackupJobSession {
    const self = `backupSessions/${session.id}`;
    return new BackupJobSession({
      href: this.url(`${self}?format=Entity`),
      type: "BackupJobSession",
      name: session.name,
      uid: session.uid,
      links: [
        this.serverUpLink(session.job.server),
        this.jobUpLink(session.job),
        this.link("Alternate", self, "BackupJobSessionReference", session.name),
        this.link("Down", `${self}/taskSessions`, "BackupTaskSessionReferenceList"),
        this.link("Stop", `${self}?action=stop`),
      ],
      jobUid: session.job.uid,
      jobName: session.job.name,
      jobType: session.jobType,
      creationTimeUTC: XmlDateTime.fromDate(session.creationTime),
      endTimeUTC: dateTime(session.endTime),
      state: session.state,
      result: session.result,
      progress: session.progress,
      isRetry: session.isRetry,
    });
  }

  /** A task with its Delete link. */
  task(task: TaskSnapshot): Task {
    const self = `tasks/${task.id}`;
    return new Task({
      href: this.url(self),
      type: "Task",
      links: [this.link("Delete", self, "Task")],
      taskId: task.id,
      state: task.state,
      operation: task.operation,
      result: task.result === undefined ? undefined : { success: task.result.success, message: task.result.message },
    });
  }

  private jobEntityLinks(job: JobRecord): Link[] {
    const names = FAMILY_NAMES[job.family];
    const self = `${names.collection}/${job.id}`;
    const alternate = this.link("Alternate", self, names.alternateReferenceType, job.name);
    switch (job.family) {
      case "nas":
        // NAS actions are path segments, not ?action= (see the POST /nas/jobs/{ID}/start page).
        return [
          this.serverUpLink(job.server),
          alternate,
          this.link("Down", `${self}/includes`, "NasObjectList"),
          this.link("ToggleScheduleEnabled", `${self}/toggleScheduleEnabled`),
          this.sessionsDownLink(job),
          this.link("Start", `${self}/start`),
          this.link("Stop", `${self}/stop`),
          this.link("Retry", `${self}/retry`),
        ];
      case "agent":
        return [
          this.serverUpLink(job.server),
          alternate,
          this.link("Down", `${self}/includes`, "ObjectInJobList"),
          this.link("ToggleScheduleEnabled", `${self}?action=toggleScheduleEnabled`),
          this.sessionsDownLink(job),
          this.link("Start", `${self}?action=start`),
          this.link("Stop", `${self}?action=stop`),
          this.link("Retry", `${self}?action=retry`),
        ];
      case "vm":
        if (job.jobType === "BackupCopy") {
          // Backup copy jobs run on their own schedule: EM offers Sync and linked objects instead of Start/Stop/Retry.
          return [
            this.serverUpLink(job.server),
            alternate,
            this.link("Clone", `${self}?action=clone`),
            this.link("ToggleScheduleEnabled", `${self}?action=toggleScheduleEnabled`),
            this.sessionsDownLink(job),
            this.link("Sync", `${self}?action=sync`),
            this.link("Down", `${self}/linkedJobs`, "LinkedJobObjectList"),
            this.link("Down", `${self}/linkedBackupRepositories`, "LinkedBackupRepositoryObjectList"),
            this.link("Create", `${self}/linkedJobs`, "LinkedJobObject"),
            this.link("Create", `${self}/linkedBackupRepositories`, "LinkedBackupRepositoryObject"),
          ];
        }
        return [
          this.serverUpLink(job.server),
          alternate,
          this.link("Edit", self, "JobReference", job.name),
          this.link("Clone", `${self}?action=clone`),
          this.link("ToggleScheduleEnabled", `${self}?action=toggleScheduleEnabled`),
          this.link("Down", `${self}/includes`, "ObjectInJobList"),
          this.sessionsDownLink(job),
          this.link("Create", `${self}/includes`, "ObjectInJob"),
          this.link("Start", `${self}?action=start`),
          this.link("Stop", `${self}?action=stop`),
          this.link("Retry", `${self}?action=retry`),
        ];
    }
  }

  private serverUpLink(server: BackupServerRecord): Link {
    return this.link("Up", `backupServers/${server.id}`, "BackupServerReference", server.name);
  }

  private jobUpLink(job: JobRecord): Link {
    const names = FAMILY_NAMES[job.family];
    return this.link("Up", `${names.collection}/${job.id}`, names.referenceType, job.name);
  }

  private sessionsDownLink(job: JobRecord): Link {
    const self = `${FAMILY_NAMES[job.family].collection}/${job.id}`;
    return job.jobType === "Replica"
      ? this.link("Down", `${self}/replicaSessions`, "ReplicaJobSessionReferenceList")
      : this.link("Down", `${self}/backupSessions`, "BackupJobSessionReferenceList");
  }

  private link(rel: string, path: string, type?: string, name?: string): Link {
    return new Link({ rel, href: this.url(path), type, name });
  }
}

/** The resource links of a logon session, in the order the Perform Logon page shows them. */
const LOGON_SESSION_LINKS: readonly (readonly [rel: string, path: string, type?: string, name?: string])[] = [
  ["Up", "", "EnterpriseManager"],
  ["Down", "backupServers", "BackupServerReferenceList"],
  ["Down", "managedServers", "ManagedServerReferenceList"],
  ["Down", "jobs", "JobReferenceList"],
  ["Down", "failoverPlans", "FailoverPlanReferenceList"],
  ["Down", "hierarchyRoots", "HierarchyRootReferenceList"],
  ["Down", "repositories", "RepositoryReferenceList"],
  ["Down", "backups", "BackupReferenceList"],
  ["Down", "restorePoints", "RestorePointReferenceList"],
  ["Down", "vmRestorePoints", "VmRestorePointReferenceList"],
  ["Down", "vAppRestorePoints", "VAppRestorePointReferenceList"],
  ["Down", "replicas", "ReplicaReferenceList"],
  ["Down", "vmReplicaPoints", "VmReplicaPointReferenceList"],
  ["Down", "catalog/vms", "CatalogVmReferenceList"],
  ["Down", "backupSessions", "BackupJobSessionReferenceList"],
  ["Down", "restoreSessions", "RestoreSessionReferenceList"],
  ["Down", "replicaSessions", "ReplicaJobSessionReferenceList"],
  ["Down", "backupTaskSessions", "BackupTaskSessionReferenceList"],
  ["Down", "replicaTaskSessions", "ReplicaTaskSessionReferenceList"],
  ["Down", "security", "EnterpriseSecuritySettings"],
  ["Down", "wanAccelerators", "WanAcceleratorReferenceList"],
  ["Down", "backupFiles", "BackupFileReferenceList"],
  ["Down", "externalRepositories", "ExternalRepositoryReferenceList"],
  ["Down", "tasks", "TaskList"],
  ["Down", "querySvc", "QueryService"],
  ["Down", "lookupSvc", "LookupService"],
  ["Down", "reports/summary", "Report", "Summary"],
  ["Down", "backupServers?format=Entity", "BackupServerList"],
  ["Down", "managedServers?format=Entity", "ManagedServerList"],
  ["Create", "backupServers?action=create"],
  ["Down", "jobs?format=Entity", "JobList"],
  ["Down", "failoverPlans?format=Entity", "FailoverPlanList"],
  ["Down", "hierarchyRoots?format=Entity", "HierarchyRootList"],
  ["Down", "repositories?format=Entity", "RepositoryList"],
  ["Down", "backups?format=Entity", "BackupList"],
  ["Down", "restorePoints?format=Entity", "RestorePointList"],
  ["Down", "vmRestorePoints?format=Entity", "VmRestorePointList"],
  ["Down", "vAppRestorePoints?format=Entity", "VAppRestorePointList"],
  ["Down", "replicas?format=Entity", "ReplicaList"],
  ["Down", "vmReplicaPoints?format=Entity", "VmReplicaPointList"],
  ["Down", "catalog/vms?format=Entity", "CatalogVmList"],
  ["Down", "backupSessions?format=Entity", "BackupJobSessionList"],
  ["Down", "restoreSessions?format=Entity", "RestoreSessionList"],
  ["Down", "replicaSessions?format=Entity", "ReplicaJobSessionList"],
  ["Down", "backupTaskSessions?format=Entity", "BackupTaskSessionList"],
  ["Down", "replicaTaskSessions?format=Entity", "ReplicaTaskSessionList"],
  ["Down", "wanAccelerators?format=Entity", "WanAcceleratorList"],
  ["Down", "vCloud", "VCloudService"],
  ["Down", "backupFiles?format=Entity", "BackupFileList"],
  ["Down", "agents", "AgentsService"],
  ["Down", "selfService/vSphere", "VSphereSelfService"],
  ["Down", "externalRepositories?format=Entity", "ExternalRepositoryList"],
  ["Down", "nas", "NasService"],
];

function dateTime(date: Date | undefined): XmlDateTime | undefined {
  return date === undefined ? undefined : XmlDateTime.fromDate(date);
}

/** A daily schedule at the job's time, written in EM's seven-digit-fraction form, in UTC. */
function scheduleOf(job: JobRecord): JobScheduleOptionsInfo | undefined {
  if (!job.scheduleConfigured || job.dailyAt === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return new JobScheduleOptionsInfo({
    standart: {
      retryOptions: { retryTimes: 3, retryTimeout: 10, retrySpecified: true },
      waitForBackupCompletion: true,
      backupCompetitionWaitingPeriodMin: 180,
      optionsDaily: {
        enabled: true,
        kind: "Everyday",
        days: [...EVERY_DAY],
        time: new XmlTime(`${two(job.dailyAt.hour)}:${two(job.dailyAt.minute)}:00.0000000+00:00`),
        timeOffsetUtc: 0,
      },
    },
  });
}
