// Generated from schemas/reports.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Summary reports: the report index under /reports/summary and its five report frames (overview, VMs overview, job statistics, processed VMs per day, repositories).

import {
  abstractType,
  attribute,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  type Init,
  intCodec,
  longCodec,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedElement,
  type XmlDateTime,
  XmlObject,
} from "../runtime/index.js";
import type { Link } from "./common.gen.js";
import { types } from "./type-table.gen.js";

const ReportResourceFields = {
  href: attribute("Href", "href", stringCodec),
  type: attribute("Type", "type", stringCodec),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
};

/** Base of the summary report and its frames. Unlike other resources these are answered without an Href, so the address is optional here. */
export abstract class ReportResource extends XmlObject {
  /** Address of the report, when EM sends it. */
  declare href?: string;
  /** Kind of the representation. */
  declare type?: string;
  /**
   * Related resources.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  declare private readonly "emx:ReportResource": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<ReportResource> = defineBinding<ReportResource>({
    typeName: "ReportResourceType",
    className: "ReportResource",
    table: types,
    base: undefined,
    create: abstractType("ReportResourceType"),
    fields: Object.values(ReportResourceFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReportResource>) {
    super(init);
  }
}

/** The report index: links to the report frames. */
export class SummaryReport extends ReportResource {
  declare private readonly "emx:SummaryReport": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SummaryReport> = defineBinding<SummaryReport>({
    typeName: "SummaryReportType",
    className: "SummaryReport",
    table: types,
    base: ReportResource.binding,
    create: () => new SummaryReport(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SummaryReport>) {
    super(init);
  }
}

const OverviewReportFrameFields = {
  backupServers: scalarElement("BackupServers", "backupServers", intCodec),
  proxyServers: scalarElement("ProxyServers", "proxyServers", intCodec),
  repositoryServers: scalarElement("RepositoryServers", "repositoryServers", intCodec),
  runningJobs: scalarElement("RunningJobs", "runningJobs", intCodec),
  scheduledJobs: scalarElement("ScheduledJobs", "scheduledJobs", intCodec),
  successfulVmLastestStates: scalarElement("SuccessfulVmLastestStates", "successfulVmLastestStates", intCodec),
  warningVmLastestStates: scalarElement("WarningVmLastestStates", "warningVmLastestStates", intCodec),
  failedVmLastestStates: scalarElement("FailedVmLastestStates", "failedVmLastestStates", intCodec),
};

/** Counts of backup infrastructure components, jobs and latest VM states. */
export class OverviewReportFrame extends ReportResource {
  /** Connected backup servers. */
  declare backupServers?: number;
  /** Backup proxies. */
  declare proxyServers?: number;
  /** Backup repositories. */
  declare repositoryServers?: number;
  /** Jobs running now. */
  declare runningJobs?: number;
  /** Jobs with a schedule. */
  declare scheduledJobs?: number;
  /** VMs whose last run succeeded (EM's spelling). */
  declare successfulVmLastestStates?: number;
  /** VMs whose last run ended with a warning. */
  declare warningVmLastestStates?: number;
  /** VMs whose last run failed. */
  declare failedVmLastestStates?: number;
  declare private readonly "emx:OverviewReportFrame": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<OverviewReportFrame> = defineBinding<OverviewReportFrame>({
    typeName: "OverviewReportFrameType",
    className: "OverviewReportFrame",
    table: types,
    base: ReportResource.binding,
    create: () => new OverviewReportFrame(),
    fields: Object.values(OverviewReportFrameFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<OverviewReportFrame>) {
    super(init);
  }
}

const VmsOverviewReportFrameFields = {
  protectedVms: scalarElement("ProtectedVms", "protectedVms", intCodec),
  backedUpVms: scalarElement("BackedUpVms", "backedUpVms", intCodec),
  replicatedVms: scalarElement("ReplicatedVms", "replicatedVms", intCodec),
  restorePoints: scalarElement("RestorePoints", "restorePoints", intCodec),
  fullBackupPointsSize: scalarElement("FullBackupPointsSize", "fullBackupPointsSize", longCodec),
  incrementalBackupPointsSize: scalarElement("IncrementalBackupPointsSize", "incrementalBackupPointsSize", longCodec),
  replicaRestorePointsSize: scalarElement("ReplicaRestorePointsSize", "replicaRestorePointsSize", longCodec),
  sourceVmsSize: scalarElement("SourceVmsSize", "sourceVmsSize", longCodec),
  successBackupPercents: scalarElement("SuccessBackupPercents", "successBackupPercents", intCodec),
  protectedVmsReportLink: scalarElement("ProtectedVmsReportLink", "protectedVmsReportLink", stringCodec),
};

/** Protected VMs, restore points and the space they take. */
export class VmsOverviewReportFrame extends ReportResource {
  /** VMs protected by backup or replication. */
  declare protectedVms?: number;
  /** VMs with backups. */
  declare backedUpVms?: number;
  /** VMs with replicas. */
  declare replicatedVms?: number;
  /** Number of restore points. */
  declare restorePoints?: number;
  /** Size of full backup points, in bytes. */
  declare fullBackupPointsSize?: number;
  /** Size of incremental backup points, in bytes. */
  declare incrementalBackupPointsSize?: number;
  /** Size of replica restore points, in bytes. */
  declare replicaRestorePointsSize?: number;
  /** Size of the source VMs, in bytes. */
  declare sourceVmsSize?: number;
  /** Share of successful backups, in percent. */
  declare successBackupPercents?: number;
  /** Relative link to the matching report in the EM web UI. */
  declare protectedVmsReportLink?: string;
  declare private readonly "emx:VmsOverviewReportFrame": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmsOverviewReportFrame> = defineBinding<VmsOverviewReportFrame>({
    typeName: "VmsOverviewReportFrameType",
    className: "VmsOverviewReportFrame",
    table: types,
    base: ReportResource.binding,
    create: () => new VmsOverviewReportFrame(),
    fields: Object.values(VmsOverviewReportFrameFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmsOverviewReportFrame>) {
    super(init);
  }
}

const JobStatisticsReportFrameFields = {
  runningJobs: scalarElement("RunningJobs", "runningJobs", intCodec),
  scheduledJobs: scalarElement("ScheduledJobs", "scheduledJobs", intCodec),
  scheduledBackupJobs: scalarElement("ScheduledBackupJobs", "scheduledBackupJobs", intCodec),
  scheduledReplicaJobs: scalarElement("ScheduledReplicaJobs", "scheduledReplicaJobs", intCodec),
  totalJobRuns: scalarElement("TotalJobRuns", "totalJobRuns", intCodec),
  successfulJobRuns: scalarElement("SuccessfulJobRuns", "successfulJobRuns", intCodec),
  warningsJobRuns: scalarElement("WarningsJobRuns", "warningsJobRuns", intCodec),
  failedJobRuns: scalarElement("FailedJobRuns", "failedJobRuns", intCodec),
  maxJobDuration: scalarElement("MaxJobDuration", "maxJobDuration", intCodec),
  maxBackupJobDuration: scalarElement("MaxBackupJobDuration", "maxBackupJobDuration", intCodec),
  maxReplicaJobDuration: scalarElement("MaxReplicaJobDuration", "maxReplicaJobDuration", intCodec),
  maxDurationBackupJobName: scalarElement("MaxDurationBackupJobName", "maxDurationBackupJobName", stringCodec),
  maxDurationReplicaJobName: scalarElement("MaxDurationReplicaJobName", "maxDurationReplicaJobName", stringCodec),
  backupJobStatusReportLink: scalarElement("BackupJobStatusReportLink", "backupJobStatusReportLink", stringCodec),
};

/** Job runs, their outcomes and the longest durations. */
export class JobStatisticsReportFrame extends ReportResource {
  /** Jobs running now. */
  declare runningJobs?: number;
  /** Jobs with a schedule. */
  declare scheduledJobs?: number;
  /** Backup jobs with a schedule. */
  declare scheduledBackupJobs?: number;
  /** Replication jobs with a schedule. */
  declare scheduledReplicaJobs?: number;
  /** All job runs in the period. */
  declare totalJobRuns?: number;
  /** Runs that succeeded. */
  declare successfulJobRuns?: number;
  /** Runs that ended with a warning. */
  declare warningsJobRuns?: number;
  /** Runs that failed. */
  declare failedJobRuns?: number;
  /** Longest run of any job (EM's TimeSpan, an integer). */
  declare maxJobDuration?: number;
  /** Longest backup job run (EM's TimeSpan, an integer). */
  declare maxBackupJobDuration?: number;
  /** Longest replication job run (EM's TimeSpan, an integer). */
  declare maxReplicaJobDuration?: number;
  /** The backup job with the longest run. */
  declare maxDurationBackupJobName?: string;
  /** The replication job with the longest run. */
  declare maxDurationReplicaJobName?: string;
  /** Relative link to the matching report in the EM web UI. */
  declare backupJobStatusReportLink?: string;
  declare private readonly "emx:JobStatisticsReportFrame": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobStatisticsReportFrame> = defineBinding<JobStatisticsReportFrame>({
    typeName: "JobStatisticsReportFrameType",
    className: "JobStatisticsReportFrame",
    table: types,
    base: ReportResource.binding,
    create: () => new JobStatisticsReportFrame(),
    fields: Object.values(JobStatisticsReportFrameFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobStatisticsReportFrame>) {
    super(init);
  }
}

const RepositoryReportFramePeriodFields = {
  name: scalarElement("Name", "name", stringCodec),
  capacity: scalarElement("Capacity", "capacity", longCodec),
  freeSpace: scalarElement("FreeSpace", "freeSpace", longCodec),
  backupSize: scalarElement("BackupSize", "backupSize", longCodec),
};

/** The RepositoryReportFramePeriodType type. */
export class RepositoryReportFramePeriod extends XmlObject {
  /** What the figures are for. */
  declare name?: string;
  /** Total space, in bytes. */
  declare capacity?: number;
  /** Free space, in bytes. */
  declare freeSpace?: number;
  /** Space taken by backups, in bytes. */
  declare backupSize?: number;
  declare private readonly "emx:RepositoryReportFramePeriod": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<RepositoryReportFramePeriod> = defineBinding<RepositoryReportFramePeriod>({
    typeName: "RepositoryReportFramePeriodType",
    className: "RepositoryReportFramePeriod",
    table: types,
    base: undefined,
    create: () => new RepositoryReportFramePeriod(),
    fields: Object.values(RepositoryReportFramePeriodFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RepositoryReportFramePeriod>) {
    super(init);
  }
}

const RepositoryReportFrameFields = {
  capacityPlanningReportLink: attribute("CapacityPlanningReportLink", "capacityPlanningReportLink", stringCodec),
  periods: objectElement(types, "Period", "periods", "RepositoryReportFramePeriodType", 0, Infinity),
};

/** Capacity, free space and backup size of repositories, per period. */
export class RepositoryReportFrame extends ReportResource {
  /** Relative link to the capacity planning report in the EM web UI. */
  declare capacityPlanningReportLink?: string;
  /** Figures of one repository or period. */
  declare periods?: RepositoryReportFramePeriod[];
  declare private readonly "emx:RepositoryReportFrame": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RepositoryReportFrame> = defineBinding<RepositoryReportFrame>({
    typeName: "RepositoryReportFrameType",
    className: "RepositoryReportFrame",
    table: types,
    base: ReportResource.binding,
    create: () => new RepositoryReportFrame(),
    fields: Object.values(RepositoryReportFrameFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RepositoryReportFrame>) {
    super(init);
  }
}

const ProcessedVmsReportFrameDayFields = {
  timestamp: attribute("Timestamp", "timestamp", dateTimeCodec, true),
  replicatedVms: attribute("ReplicatedVms", "replicatedVms", intCodec, true),
  backupedVms: attribute("BackupedVms", "backupedVms", intCodec, true),
};

/** The ProcessedVmsReportFrameDayType type. */
export class ProcessedVmsReportFrameDay extends XmlObject {
  /**
   * The day.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare timestamp?: XmlDateTime;
  /**
   * VMs replicated that day.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare replicatedVms?: number;
  /**
   * VMs backed up that day (EM's spelling).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupedVms?: number;
  declare private readonly "emx:ProcessedVmsReportFrameDay": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<ProcessedVmsReportFrameDay> = defineBinding<ProcessedVmsReportFrameDay>({
    typeName: "ProcessedVmsReportFrameDayType",
    className: "ProcessedVmsReportFrameDay",
    table: types,
    base: undefined,
    create: () => new ProcessedVmsReportFrameDay(),
    fields: Object.values(ProcessedVmsReportFrameDayFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ProcessedVmsReportFrameDay>) {
    super(init);
  }
}

const ProcessedVmsReportFrameFields = {
  days: objectElement(types, "Day", "days", "ProcessedVmsReportFrameDayType", 0, Infinity),
};

/** Number of VMs backed up and replicated, per day. */
export class ProcessedVmsReportFrame extends ReportResource {
  /** The counts of one day. */
  declare days?: ProcessedVmsReportFrameDay[];
  declare private readonly "emx:ProcessedVmsReportFrame": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ProcessedVmsReportFrame> = defineBinding<ProcessedVmsReportFrame>({
    typeName: "ProcessedVmsReportFrameType",
    className: "ProcessedVmsReportFrame",
    table: types,
    base: ReportResource.binding,
    create: () => new ProcessedVmsReportFrame(),
    fields: Object.values(ProcessedVmsReportFrameFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ProcessedVmsReportFrame>) {
    super(init);
  }
}
