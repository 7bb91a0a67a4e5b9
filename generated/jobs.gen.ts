// Generated from schemas/jobs.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Backup, replication and backup copy jobs: the job entity with its per-kind settings (objects, storage, GFS and short-term retention, linked jobs, backups and repositories), the objects a job processes, clone, quick backup and VeeamZIP requests, and failover plans with the VMs they fail over.

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
  wrappedElement,
  type XmlDateTime,
  XmlObject,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, Spec, uidCodec, urnCodec, type Link } from "./common.gen.js";
import type { GuestProcessingOptions } from "./guest-processing.gen.js";
import {
  daysOfWeekEnumerationCodec,
  jobScheduleMonthEnumerationCodec,
  type DaysOfWeekEnumeration,
  type JobScheduleMonthEnumeration,
  type JobScheduleOptionsInfo,
  type TimePeriodDay,
} from "./job-schedule.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of a job: backup, periodic backup copy, immediate backup copy or replication. Open: other values are kept (strict reading rejects them). */
export type JobTypeEnumeration = "Backup" | "BackupCopy" | "ImmediateBackupCopy" | "Replica" | (string & {});

/** Codec of {@link JobTypeEnumeration}. */
export const jobTypeEnumerationCodec = enumerationCodec<JobTypeEnumeration>("JobTypeEnumeration", [
  "Backup",
  "BackupCopy",
  "ImmediateBackupCopy",
  "Replica",
]);

/** Virtualization platform a job was made for. The server writes both `Hyperv` and `HyperV`; backup copy jobs report `CustomPlatform`. Open: other values are kept (strict reading rejects them). */
export type JobPlatformEnumeration = "VMware" | "Hyperv" | "HyperV" | "vCloud" | "CustomPlatform" | (string & {});

/** Codec of {@link JobPlatformEnumeration}. */
export const jobPlatformEnumerationCodec = enumerationCodec<JobPlatformEnumeration>("JobPlatformEnumeration", [
  "VMware",
  "Hyperv",
  "HyperV",
  "vCloud",
  "CustomPlatform",
]);

/** Whether short-term retention counts restore points or days. Open: other values are kept (strict reading rejects them). */
export type RetainLimitTypeEnumeration = "Cycles" | "Days" | (string & {});

/** Codec of {@link RetainLimitTypeEnumeration}. */
export const retainLimitTypeEnumerationCodec = enumerationCodec<RetainLimitTypeEnumeration>(
  "RetainLimitTypeEnumeration",
  ["Cycles", "Days"],
);

/** Week of the month whose full backup is kept as the monthly GFS point. Open: other values are kept (strict reading rejects them). */
export type GfsSelectedWeekEnumeration = "First" | "Last" | (string & {});

/** Codec of {@link GfsSelectedWeekEnumeration}. */
export const gfsSelectedWeekEnumerationCodec = enumerationCodec<GfsSelectedWeekEnumeration>(
  "GfsSelectedWeekEnumeration",
  ["First", "Last"],
);

/** When a VeeamZIP file is removed from the repository (`Never` keeps it). Open: other values are kept (strict reading rejects them). */
export type FreeBackupRetentionEnum =
  | "Never"
  | "Tonight"
  | "TomorrowNight"
  | "In3days"
  | "In1Week"
  | "In2Weeks"
  | "In1Month"
  | "In3Months"
  | "In6Months"
  | "In1Year"
  | "In2Years"
  | "In3Years"
  | "In5Years"
  | "In7Years"
  | (string & {});

/** Codec of {@link FreeBackupRetentionEnum}. */
export const freeBackupRetentionEnumCodec = enumerationCodec<FreeBackupRetentionEnum>("FreeBackupRetentionEnumType", [
  "Never",
  "Tonight",
  "TomorrowNight",
  "In3days",
  "In1Week",
  "In2Weeks",
  "In1Month",
  "In3Months",
  "In6Months",
  "In1Year",
  "In2Years",
  "In3Years",
  "In5Years",
  "In7Years",
]);

/** Compression of a VeeamZIP file: 1 none, 2 dedupe-friendly, 3 optimal, 4 high, 5 extreme. Open: other values are kept (strict reading rejects them). */
export type VeeamZipCompressionLevelEnumeration = 1 | 2 | 3 | 4 | 5 | (number & {});

/** Codec of {@link VeeamZipCompressionLevelEnumeration}. */
export const veeamZipCompressionLevelEnumerationCodec = enumerationCodec<VeeamZipCompressionLevelEnumeration>(
  "VeeamZipCompressionLevelEnumeration",
  ["1", "2", "3", "4", "5"],
  { base: intCodec },
);

const JobEntityJobInfoFields = {
  backupJobInfo: objectElement(types, "BackupJobInfo", "backupJobInfo", "BackupJobInfoType"),
  fileCopyJobInfo: objectElement(types, "FileCopyJobInfo", "fileCopyJobInfo", "FileCopyJobInfoType"),
  replicaJobInfo: objectElement(types, "ReplicaJobInfo", "replicaJobInfo", "ReplicaJobInfoType"),
  backupCopyJobInfo: objectElement(types, "BackupCopyJobInfo", "backupCopyJobInfo", "BackupCopyJobInfoType"),
  immediateBackupCopyJobInfo: objectElement(
    types,
    "ImmediateBackupCopyJobInfo",
    "immediateBackupCopyJobInfo",
    "ImmediateBackupCopyJobInfoType",
  ),
};

/** The kind-specific settings of a job: exactly one block, or none. */
export class JobEntityJobInfo extends XmlObject {
  /** Settings of a backup job. */
  declare backupJobInfo?: BackupJobInfo;
  /** Settings of a file copy job (no content is defined for it). */
  declare fileCopyJobInfo?: FileCopyJobInfo;
  /** Settings of a replication job. */
  declare replicaJobInfo?: ReplicaJobInfo;
  /** Settings of a periodic backup copy job made by Veeam Backup & Replication 11a or earlier. */
  declare backupCopyJobInfo?: BackupCopyJobInfo;
  /** Settings of an immediate backup copy job, or of a periodic one made by version 12 or later. */
  declare immediateBackupCopyJobInfo?: ImmediateBackupCopyJobInfo;
  declare private readonly "emx:JobEntityJobInfo": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<JobEntityJobInfo> = defineBinding<JobEntityJobInfo>({
    typeName: "JobEntityJobInfoType",
    className: "JobEntityJobInfo",
    table: types,
    base: undefined,
    create: () => new JobEntityJobInfo(),
    choices: [
      {
        required: false,
        branches: [
          ["BackupJobInfo"],
          ["FileCopyJobInfo"],
          ["ReplicaJobInfo"],
          ["BackupCopyJobInfo"],
          ["ImmediateBackupCopyJobInfo"],
        ],
      },
    ],
    fields: Object.values(JobEntityJobInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobEntityJobInfo>) {
    super(init);
  }
}

const JobFields = {
  jobType: scalarElement("JobType", "jobType", jobTypeEnumerationCodec),
  platform: scalarElement("Platform", "platform", jobPlatformEnumerationCodec),
  description: scalarElement("Description", "description", stringCodec),
  scheduleConfigured: scalarElement("ScheduleConfigured", "scheduleConfigured", booleanCodec),
  scheduleEnabled: scalarElement("ScheduleEnabled", "scheduleEnabled", booleanCodec),
  nextRun: scalarElement("NextRun", "nextRun", dateTimeCodec),
  jobScheduleOptions: objectElement(types, "JobScheduleOptions", "jobScheduleOptions", "JobScheduleOptionsInfoType"),
  jobInfo: objectElement(types, "JobInfo", "jobInfo", "JobEntityJobInfoType"),
};

/** A backup, replication or backup copy job on a backup server. */
export class Job extends Entity {
  /** Kind of the job. */
  declare jobType?: JobTypeEnumeration;
  /** Platform the job works on. */
  declare platform?: JobPlatformEnumeration;
  /** Free text about the job. */
  declare description?: string;
  /** Whether a schedule has been set up. */
  declare scheduleConfigured?: boolean;
  /** Whether the schedule is switched on. */
  declare scheduleEnabled?: boolean;
  /** Next scheduled start, in UTC; only for scheduled jobs. */
  declare nextRun?: XmlDateTime;
  /** When the job runs. */
  declare jobScheduleOptions?: JobScheduleOptionsInfo;
  /** Settings that depend on the kind of job; holds one of the blocks below. */
  declare jobInfo?: JobEntityJobInfo;
  declare private readonly "emx:Job": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Job> = defineBinding<Job>({
    typeName: "JobEntityType",
    className: "Job",
    table: types,
    base: Entity.binding,
    create: () => new Job(),
    fields: Object.values(JobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Job>) {
    super(init);
  }
}

const JobsFields = {
  jobs: objectElement(types, "Job", "jobs", "JobEntityType", 0, Infinity),
};

/** A list of jobs, as entities. */
export class Jobs extends List {
  /** One job. */
  declare jobs?: Job[];
  declare private readonly "emx:Jobs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Jobs> = defineBinding<Jobs>({
    typeName: "JobEntityListType",
    className: "Jobs",
    table: types,
    base: List.binding,
    create: () => new Jobs(),
    fields: Object.values(JobsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Jobs>) {
    super(init);
  }
}

const BackupJobInfoFields = {
  includes: wrappedElement(types, "Includes", "includes", "ObjectInJob", "ObjectInJobType", 0, {
    item: "ObjectInJobs",
  }),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
  ),
  advancedStorageOptions: objectElement(
    types,
    "AdvancedStorageOptions",
    "advancedStorageOptions",
    "AdvancedStorageOptionsType",
  ),
  gfsRetentionPolicy: objectElement(
    types,
    "GfsRetentionPolicy",
    "gfsRetentionPolicy",
    "GfsRetentionPolicyOptionsInfoType",
  ),
  simpleRetentionPolicy: objectElement(
    types,
    "SimpleRetentionPolicy",
    "simpleRetentionPolicy",
    "SimpleRetentionPolicyInfoType",
  ),
};

/** What a backup job processes, how and for how long it keeps restore points. */
export class BackupJobInfo extends Info {
  /**
   * VMs and containers the job processes.
   *
   * Written as `<Includes>` around one `<ObjectInJob>` per item; absent and empty stay distinct.
   */
  declare includes?: ObjectInJob[];
  /** Job-wide guest OS processing settings. */
  declare guestProcessingOptions?: GuestProcessingOptions;
  /** Encryption settings of the backup files. */
  declare advancedStorageOptions?: AdvancedStorageOptions;
  /** Long-term (GFS) retention. */
  declare gfsRetentionPolicy?: GfsRetentionPolicyOptionsInfo;
  /** Short-term retention. */
  declare simpleRetentionPolicy?: SimpleRetentionPolicyInfo;
  declare private readonly "emx:BackupJobInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupJobInfo> = defineBinding<BackupJobInfo>({
    typeName: "BackupJobInfoType",
    className: "BackupJobInfo",
    table: types,
    base: Info.binding,
    create: () => new BackupJobInfo(),
    fields: Object.values(BackupJobInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupJobInfo>) {
    super(init);
  }
}

/** Settings block of file copy jobs; the server defines no content for it. */
export class FileCopyJobInfo extends Info {
  declare private readonly "emx:FileCopyJobInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileCopyJobInfo> = defineBinding<FileCopyJobInfo>({
    typeName: "FileCopyJobInfoType",
    className: "FileCopyJobInfo",
    table: types,
    base: Info.binding,
    create: () => new FileCopyJobInfo(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileCopyJobInfo>) {
    super(init);
  }
}

const ReplicaJobInfoFields = {
  includes: wrappedElement(types, "Includes", "includes", "ObjectInJob", "ObjectInJobType", 0, {
    item: "ObjectInJobs",
  }),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
  ),
};

/** What a replication job processes and how. */
export class ReplicaJobInfo extends Info {
  /**
   * VMs and containers the job replicates.
   *
   * Written as `<Includes>` around one `<ObjectInJob>` per item; absent and empty stay distinct.
   */
  declare includes?: ObjectInJob[];
  /** Job-wide guest OS processing settings. */
  declare guestProcessingOptions?: GuestProcessingOptions;
  declare private readonly "emx:ReplicaJobInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReplicaJobInfo> = defineBinding<ReplicaJobInfo>({
    typeName: "ReplicaJobInfoType",
    className: "ReplicaJobInfo",
    table: types,
    base: Info.binding,
    create: () => new ReplicaJobInfo(),
    fields: Object.values(ReplicaJobInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReplicaJobInfo>) {
    super(init);
  }
}

const BackupCopyJobInfoFields = {
  includes: wrappedElement(types, "Includes", "includes", "ObjectInJob", "ObjectInJobType", 0, {
    item: "ObjectInJobs",
  }),
  linkedJobIncludes: wrappedElement(
    types,
    "LinkedJobIncludes",
    "linkedJobIncludes",
    "LinkedJobObject",
    "LinkedJobObjectType",
  ),
  advancedStorageOptions: objectElement(
    types,
    "AdvancedStorageOptions",
    "advancedStorageOptions",
    "AdvancedStorageOptionsType",
  ),
  linkedBackupIncludes: wrappedElement(
    types,
    "LinkedBackupIncludes",
    "linkedBackupIncludes",
    "LinkedBackup",
    "LinkedBackupObjectType",
  ),
};

/** Settings of a periodic backup copy job made by Veeam Backup & Replication 11a or earlier. */
export class BackupCopyJobInfo extends Info {
  /**
   * VMs and containers the job copies.
   *
   * Written as `<Includes>` around one `<ObjectInJob>` per item; absent and empty stay distinct.
   */
  declare includes?: ObjectInJob[];
  /**
   * Backup jobs whose restore points are copied.
   *
   * Written as `<LinkedJobIncludes>` around one `<LinkedJobObject>` per item; absent and empty stay distinct.
   */
  declare linkedJobIncludes?: LinkedJobObject[];
  /** Encryption settings of the copies. */
  declare advancedStorageOptions?: AdvancedStorageOptions;
  /**
   * Backups whose restore points are copied.
   *
   * Written as `<LinkedBackupIncludes>` around one `<LinkedBackup>` per item; absent and empty stay distinct.
   */
  declare linkedBackupIncludes?: LinkedBackupObject[];
  declare private readonly "emx:BackupCopyJobInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupCopyJobInfo> = defineBinding<BackupCopyJobInfo>({
    typeName: "BackupCopyJobInfoType",
    className: "BackupCopyJobInfo",
    table: types,
    base: Info.binding,
    create: () => new BackupCopyJobInfo(),
    fields: Object.values(BackupCopyJobInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupCopyJobInfo>) {
    super(init);
  }
}

const ImmediateBackupCopyJobInfoFields = {
  linkedJobIncludes: wrappedElement(
    types,
    "LinkedJobIncludes",
    "linkedJobIncludes",
    "LinkedJobObject",
    "LinkedJobObjectType",
  ),
  linkedBackupIncludes: wrappedElement(
    types,
    "LinkedBackupIncludes",
    "linkedBackupIncludes",
    "LinkedBackup",
    "LinkedBackupObjectType",
  ),
  linkedBackupRepositoryIncludes: wrappedElement(
    types,
    "LinkedBackupRepositoryIncludes",
    "linkedBackupRepositoryIncludes",
    "LinkedBackupRepository",
    "LinkedBackupRepositoryObjectType",
  ),
};

/** Sources of an immediate backup copy job, or of a periodic one made by Veeam Backup & Replication 12 or later. */
export class ImmediateBackupCopyJobInfo extends Info {
  /**
   * Backup jobs whose restore points are copied.
   *
   * Written as `<LinkedJobIncludes>` around one `<LinkedJobObject>` per item; absent and empty stay distinct.
   */
  declare linkedJobIncludes?: LinkedJobObject[];
  /**
   * Backups whose restore points are copied.
   *
   * Written as `<LinkedBackupIncludes>` around one `<LinkedBackup>` per item; absent and empty stay distinct.
   */
  declare linkedBackupIncludes?: LinkedBackupObject[];
  /**
   * Repositories whose backups are copied.
   *
   * Written as `<LinkedBackupRepositoryIncludes>` around one `<LinkedBackupRepository>` per item; absent and empty stay distinct.
   */
  declare linkedBackupRepositoryIncludes?: LinkedBackupRepositoryObject[];
  declare private readonly "emx:ImmediateBackupCopyJobInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ImmediateBackupCopyJobInfo> =
    defineBinding<ImmediateBackupCopyJobInfo>({
      typeName: "ImmediateBackupCopyJobInfoType",
      className: "ImmediateBackupCopyJobInfo",
      table: types,
      base: Info.binding,
      create: () => new ImmediateBackupCopyJobInfo(),
      fields: Object.values(ImmediateBackupCopyJobInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ImmediateBackupCopyJobInfo>) {
    super(init);
  }
}

const AdvancedStorageOptionsFields = {
  passwordKeyId: scalarElement("PasswordKeyId", "passwordKeyId", stringCodec),
};

/** Advanced storage settings of a job. */
export class AdvancedStorageOptions extends Info {
  /** Identifier of the password that encrypts the backup files; empty when encryption is off. */
  declare passwordKeyId?: string;
  declare private readonly "emx:AdvancedStorageOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AdvancedStorageOptions> = defineBinding<AdvancedStorageOptions>({
    typeName: "AdvancedStorageOptionsType",
    className: "AdvancedStorageOptions",
    table: types,
    base: Info.binding,
    create: () => new AdvancedStorageOptions(),
    fields: Object.values(AdvancedStorageOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AdvancedStorageOptions>) {
    super(init);
  }
}

const GfsRetentionPolicyOptionsInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  weekly: objectElement(types, "Weekly", "weekly", "WeeklyOptionsInfoType"),
  monthly: objectElement(types, "Monthly", "monthly", "MonthlyOptionsInfoType"),
  yearly: objectElement(types, "Yearly", "yearly", "YearlyOptionsInfoType"),
};

/** Long-term (grandfather-father-son) retention of full backups. */
export class GfsRetentionPolicyOptionsInfo extends Info {
  /** Whether GFS retention is on. */
  declare enabled?: boolean;
  /** Weekly full backups to keep. */
  declare weekly?: WeeklyOptionsInfo;
  /** Monthly full backups to keep. */
  declare monthly?: MonthlyOptionsInfo;
  /** Yearly full backups to keep. */
  declare yearly?: YearlyOptionsInfo;
  declare private readonly "emx:GfsRetentionPolicyOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<GfsRetentionPolicyOptionsInfo> =
    defineBinding<GfsRetentionPolicyOptionsInfo>({
      typeName: "GfsRetentionPolicyOptionsInfoType",
      className: "GfsRetentionPolicyOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new GfsRetentionPolicyOptionsInfo(),
      fields: Object.values(GfsRetentionPolicyOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<GfsRetentionPolicyOptionsInfo>) {
    super(init);
  }
}

const WeeklyOptionsInfoFields = {
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  retentionPeriod: scalarElement("RetentionPeriod", "retentionPeriod", longCodec),
  selectedDay: scalarElement("SelectedDay", "selectedDay", daysOfWeekEnumerationCodec),
};

/** Weekly GFS retention. */
export class WeeklyOptionsInfo extends Info {
  /** Whether weekly points are kept. */
  declare enabled?: boolean;
  /** How many weeks to keep them. */
  declare retentionPeriod?: number;
  /** Weekday whose full backup becomes the weekly point. */
  declare selectedDay?: DaysOfWeekEnumeration;
  declare private readonly "emx:WeeklyOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<WeeklyOptionsInfo> = defineBinding<WeeklyOptionsInfo>({
    typeName: "WeeklyOptionsInfoType",
    className: "WeeklyOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new WeeklyOptionsInfo(),
    fields: Object.values(WeeklyOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<WeeklyOptionsInfo>) {
    super(init);
  }
}

const MonthlyOptionsInfoFields = {
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  retentionPeriod: scalarElement("RetentionPeriod", "retentionPeriod", longCodec),
  selectedWeek: scalarElement("SelectedWeek", "selectedWeek", gfsSelectedWeekEnumerationCodec),
};

/** Monthly GFS retention. */
export class MonthlyOptionsInfo extends Info {
  /** Whether monthly points are kept. */
  declare enabled?: boolean;
  /** How many months to keep them. */
  declare retentionPeriod?: number;
  /** Week whose full backup becomes the monthly point. */
  declare selectedWeek?: GfsSelectedWeekEnumeration;
  declare private readonly "emx:MonthlyOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<MonthlyOptionsInfo> = defineBinding<MonthlyOptionsInfo>({
    typeName: "MonthlyOptionsInfoType",
    className: "MonthlyOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new MonthlyOptionsInfo(),
    fields: Object.values(MonthlyOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<MonthlyOptionsInfo>) {
    super(init);
  }
}

const YearlyOptionsInfoFields = {
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  retentionPeriod: scalarElement("RetentionPeriod", "retentionPeriod", longCodec),
  selectedMonth: scalarElement("SelectedMonth", "selectedMonth", jobScheduleMonthEnumerationCodec),
};

/** Yearly GFS retention. */
export class YearlyOptionsInfo extends Info {
  /** Whether yearly points are kept. */
  declare enabled?: boolean;
  /** How many years to keep them. */
  declare retentionPeriod?: number;
  /** Month whose full backup becomes the yearly point. */
  declare selectedMonth?: JobScheduleMonthEnumeration;
  declare private readonly "emx:YearlyOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<YearlyOptionsInfo> = defineBinding<YearlyOptionsInfo>({
    typeName: "YearlyOptionsInfoType",
    className: "YearlyOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new YearlyOptionsInfo(),
    fields: Object.values(YearlyOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<YearlyOptionsInfo>) {
    super(init);
  }
}

const SimpleRetentionPolicyInfoFields = {
  retainCycles: scalarElement("RetainCycles", "retainCycles", longCodec),
  retainDaysToKeep: scalarElement("RetainDaysToKeep", "retainDaysToKeep", longCodec),
  retainLimitType: scalarElement("RetainLimitType", "retainLimitType", retainLimitTypeEnumerationCodec),
};

/** Short-term retention: how many restore points, or how many days of them, a job keeps. */
export class SimpleRetentionPolicyInfo extends Info {
  /** Number of restore points to keep (with `Cycles`). */
  declare retainCycles?: number;
  /** Number of days of restore points to keep (with `Days`). */
  declare retainDaysToKeep?: number;
  /** Which of the two limits applies. */
  declare retainLimitType?: RetainLimitTypeEnumeration;
  declare private readonly "emx:SimpleRetentionPolicyInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SimpleRetentionPolicyInfo> = defineBinding<SimpleRetentionPolicyInfo>({
    typeName: "SimpleRetentionPolicyInfoType",
    className: "SimpleRetentionPolicyInfo",
    table: types,
    base: Info.binding,
    create: () => new SimpleRetentionPolicyInfo(),
    fields: Object.values(SimpleRetentionPolicyInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SimpleRetentionPolicyInfo>) {
    super(init);
  }
}

const LongTermRetentionScheduleFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  timePeriods: wrappedElement(types, "TimePeriods", "timePeriods", "Day", "TimePeriodDayType", 0, { item: "Days" }),
};

/** When a CDP policy makes its long-term restore points: an hourly grid where 1 stands for a crash-consistent and 2 for an application-consistent point. */
export class LongTermRetentionSchedule extends Info {
  /** Whether the grid applies. */
  declare enabled?: boolean;
  /**
   * The hourly grid of the week.
   *
   * Written as `<TimePeriods>` around one `<Day>` per item; absent and empty stay distinct.
   */
  declare timePeriods?: TimePeriodDay[];
  declare private readonly "emx:LongTermRetentionSchedule": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LongTermRetentionSchedule> = defineBinding<LongTermRetentionSchedule>({
    typeName: "LongTermRetentionScheduleType",
    className: "LongTermRetentionSchedule",
    table: types,
    base: Info.binding,
    create: () => new LongTermRetentionSchedule(),
    fields: Object.values(LongTermRetentionScheduleFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LongTermRetentionSchedule>) {
    super(init);
  }
}

const LinkedObjectInJobFields = {
  href: attribute("Href", "href", stringCodec),
  type: attribute("Type", "type", stringCodec),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
  objectInJobId: scalarElement("ObjectInJobId", "objectInJobId", stringCodec),
};

/** A source linked to a backup copy job. Inside a job entity it carries only its identifiers; listed on its own it also has an address and links. */
export abstract class LinkedObjectInJob extends Info {
  /** Address of the link between job and source; absent inside a job entity. */
  declare href?: string;
  /** Kind of the representation, such as `LinkedJobObject`. */
  declare type?: string;
  /**
   * Links to the job and to the delete action.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  /** Identifier of the source within the job. */
  declare objectInJobId?: string;
  declare private readonly "emx:LinkedObjectInJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedObjectInJob> = defineBinding<LinkedObjectInJob>({
    typeName: "LinkedObjectInJobType",
    className: "LinkedObjectInJob",
    table: types,
    base: Info.binding,
    create: abstractType("LinkedObjectInJobType"),
    fields: Object.values(LinkedObjectInJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedObjectInJob>) {
    super(init);
  }
}

const LinkedJobObjectFields = {
  linkedJobUid: scalarElement("LinkedJobUid", "linkedJobUid", stringCodec),
};

/** A backup job linked to a backup copy job. */
export class LinkedJobObject extends LinkedObjectInJob {
  /** UID of the linked backup job, `urn:veeam:Job:<id>`. */
  declare linkedJobUid?: string;
  declare private readonly "emx:LinkedJobObject": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedJobObject> = defineBinding<LinkedJobObject>({
    typeName: "LinkedJobObjectType",
    className: "LinkedJobObject",
    table: types,
    base: LinkedObjectInJob.binding,
    create: () => new LinkedJobObject(),
    fields: Object.values(LinkedJobObjectFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedJobObject>) {
    super(init);
  }
}

const LinkedBackupObjectFields = {
  linkedBackupUid: scalarElement("LinkedBackupUid", "linkedBackupUid", stringCodec),
};

/** A backup linked to a backup copy job. */
export class LinkedBackupObject extends LinkedObjectInJob {
  /** UID of the linked backup, `urn:veeam:Backup:<id>`. */
  declare linkedBackupUid?: string;
  declare private readonly "emx:LinkedBackupObject": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedBackupObject> = defineBinding<LinkedBackupObject>({
    typeName: "LinkedBackupObjectType",
    className: "LinkedBackupObject",
    table: types,
    base: LinkedObjectInJob.binding,
    create: () => new LinkedBackupObject(),
    fields: Object.values(LinkedBackupObjectFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedBackupObject>) {
    super(init);
  }
}

const LinkedBackupRepositoryObjectFields = {
  linkedBackupRepositoryUid: scalarElement("LinkedBackupRepositoryUid", "linkedBackupRepositoryUid", stringCodec),
};

/** A backup repository linked to a backup copy job. */
export class LinkedBackupRepositoryObject extends LinkedObjectInJob {
  /** UID of the linked repository, `urn:veeam:Repository:<id>`. */
  declare linkedBackupRepositoryUid?: string;
  declare private readonly "emx:LinkedBackupRepositoryObject": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedBackupRepositoryObject> =
    defineBinding<LinkedBackupRepositoryObject>({
      typeName: "LinkedBackupRepositoryObjectType",
      className: "LinkedBackupRepositoryObject",
      table: types,
      base: LinkedObjectInJob.binding,
      create: () => new LinkedBackupRepositoryObject(),
      fields: Object.values(LinkedBackupRepositoryObjectFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedBackupRepositoryObject>) {
    super(init);
  }
}

const LinkedJobResourceObjectsFields = {
  linkedJobObjects: objectElement(types, "LinkedJobObject", "linkedJobObjects", "LinkedJobObjectType", 0, Infinity),
};

/** Backup jobs linked to a backup copy job. */
export class LinkedJobResourceObjects extends List {
  /** One linked job. */
  declare linkedJobObjects?: LinkedJobObject[];
  declare private readonly "emx:LinkedJobResourceObjects": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedJobResourceObjects> = defineBinding<LinkedJobResourceObjects>({
    typeName: "LinkedJobListType",
    className: "LinkedJobResourceObjects",
    table: types,
    base: List.binding,
    create: () => new LinkedJobResourceObjects(),
    fields: Object.values(LinkedJobResourceObjectsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedJobResourceObjects>) {
    super(init);
  }
}

const LinkedBackupListFields = {
  linkedBackups: objectElement(types, "LinkedBackup", "linkedBackups", "LinkedBackupObjectType", 0, Infinity),
};

/** Backups linked to a backup copy job. */
export class LinkedBackupList extends List {
  /** One linked backup. */
  declare linkedBackups?: LinkedBackupObject[];
  declare private readonly "emx:LinkedBackupList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedBackupList> = defineBinding<LinkedBackupList>({
    typeName: "LinkedBackupListType",
    className: "LinkedBackupList",
    table: types,
    base: List.binding,
    create: () => new LinkedBackupList(),
    fields: Object.values(LinkedBackupListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedBackupList>) {
    super(init);
  }
}

const LinkedBackupRepositoryResourceObjectsFields = {
  linkedBackupRepositories: objectElement(
    types,
    "LinkedBackupRepository",
    "linkedBackupRepositories",
    "LinkedBackupRepositoryObjectType",
    0,
    Infinity,
  ),
};

/** Backup repositories linked to a backup copy job. */
export class LinkedBackupRepositoryResourceObjects extends List {
  /** One linked repository. */
  declare linkedBackupRepositories?: LinkedBackupRepositoryObject[];
  declare private readonly "emx:LinkedBackupRepositoryResourceObjects": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinkedBackupRepositoryResourceObjects> =
    defineBinding<LinkedBackupRepositoryResourceObjects>({
      typeName: "LinkedBackupRepositoryListType",
      className: "LinkedBackupRepositoryResourceObjects",
      table: types,
      base: List.binding,
      create: () => new LinkedBackupRepositoryResourceObjects(),
      fields: Object.values(LinkedBackupRepositoryResourceObjectsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkedBackupRepositoryResourceObjects>) {
    super(init);
  }
}

const ObjectInJobFields = {
  objectInJobId: scalarElement("ObjectInJobId", "objectInJobId", stringCodec, 1, 1),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec, 1, 1),
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  displayName: scalarElement("DisplayName", "displayName", stringCodec, 1, 1),
  order: scalarElement("Order", "order", intCodec),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
    1,
    1,
  ),
};

/** A VM or VM container processed by a job, with its own guest processing settings. */
export class ObjectInJob extends Resource {
  /**
   * Identifier of the object within the job.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare objectInJobId?: string;
  /**
   * The object in the virtual infrastructure.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyObjRef?: string;
  /**
   * Name of the object.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * Name shown for the object.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare displayName?: string;
  /** Position of the object in the processing order. */
  declare order?: number;
  /**
   * Guest OS processing settings of this object.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare guestProcessingOptions?: GuestProcessingOptions;
  declare private readonly "emx:ObjectInJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ObjectInJob> = defineBinding<ObjectInJob>({
    typeName: "ObjectInJobType",
    className: "ObjectInJob",
    table: types,
    base: Resource.binding,
    create: () => new ObjectInJob(),
    fields: Object.values(ObjectInJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ObjectInJob>) {
    super(init);
  }
}

const ObjectsInJobFields = {
  objectInJobs: objectElement(types, "ObjectInJob", "objectInJobs", "ObjectInJobType", 0, Infinity, {
    name: "ObjectInJobs",
  }),
};

/** The VMs and VM containers a job processes. */
export class ObjectsInJob extends List {
  /** One object. */
  declare objectInJobs?: ObjectInJob[];
  declare private readonly "emx:ObjectsInJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ObjectsInJob> = defineBinding<ObjectsInJob>({
    typeName: "ObjectInJobListType",
    className: "ObjectsInJob",
    table: types,
    base: List.binding,
    create: () => new ObjectsInJob(),
    fields: Object.values(ObjectsInJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ObjectsInJob>) {
    super(init);
  }
}

const CreateObjectInJobSpecFields = {
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec, 1, 1),
  hierarchyObjName: scalarElement("HierarchyObjName", "hierarchyObjName", stringCodec, 1, 1),
  order: scalarElement("Order", "order", intCodec),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
  ),
};

/** Request body that adds a VM or VM container to a job or CDP policy. */
export class CreateObjectInJobSpec extends Spec {
  /**
   * The object to add, as a hierarchy reference.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyObjRef?: string;
  /**
   * Name of the object to add.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyObjName?: string;
  /** Position of the object in the processing order. */
  declare order?: number;
  /** Guest OS processing settings for the object. */
  declare guestProcessingOptions?: GuestProcessingOptions;
  declare private readonly "emx:CreateObjectInJobSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CreateObjectInJobSpec> = defineBinding<CreateObjectInJobSpec>({
    typeName: "CreateObjectInJobSpecType",
    className: "CreateObjectInJobSpec",
    table: types,
    base: Spec.binding,
    create: () => new CreateObjectInJobSpec(),
    fields: Object.values(CreateObjectInJobSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CreateObjectInJobSpec>) {
    super(init);
  }
}

const JobCloneSpecFields = {
  backupJobCloneInfo: objectElement(types, "BackupJobCloneInfo", "backupJobCloneInfo", "BackupJobCloneInfoType"),
  replicaJobCloneInfo: objectElement(types, "ReplicaJobCloneInfo", "replicaJobCloneInfo", "ReplicaJobCloneInfoType"),
  backupCopyJobCloneInfo: objectElement(
    types,
    "BackupCopyJobCloneInfo",
    "backupCopyJobCloneInfo",
    "BackupCopyJobCloneInfoType",
  ),
  immediateBackupCopyJobCloneInfo: objectElement(
    types,
    "ImmediateBackupCopyJobCloneInfo",
    "immediateBackupCopyJobCloneInfo",
    "ImmediateBackupCopyJobCloneInfoType",
  ),
};

/** Request body that clones a job; the block matches the kind of the job cloned. */
export class JobCloneSpec extends Spec {
  /** Clone of a backup job. */
  declare backupJobCloneInfo?: BackupJobCloneInfo;
  /** Clone of a replication job. */
  declare replicaJobCloneInfo?: ReplicaJobCloneInfo;
  /** Clone of a periodic backup copy job. */
  declare backupCopyJobCloneInfo?: BackupCopyJobCloneInfo;
  /** Clone of an immediate backup copy job. */
  declare immediateBackupCopyJobCloneInfo?: ImmediateBackupCopyJobCloneInfo;
  declare private readonly "emx:JobCloneSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<JobCloneSpec> = defineBinding<JobCloneSpec>({
    typeName: "JobCloneSpecType",
    className: "JobCloneSpec",
    table: types,
    base: Spec.binding,
    create: () => new JobCloneSpec(),
    choices: [
      {
        required: false,
        branches: [
          ["BackupJobCloneInfo"],
          ["ReplicaJobCloneInfo"],
          ["BackupCopyJobCloneInfo"],
          ["ImmediateBackupCopyJobCloneInfo"],
        ],
      },
    ],
    fields: Object.values(JobCloneSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<JobCloneSpec>) {
    super(init);
  }
}

const BackupJobCloneInfoFields = {
  jobName: scalarElement("JobName", "jobName", stringCodec, 1, 1),
  folderName: scalarElement("FolderName", "folderName", stringCodec, 1, 1),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", uidCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
};

/** Settings of the copy of a backup job. */
export class BackupJobCloneInfo extends Info {
  /**
   * Name of the new job, at most 50 characters.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobName?: string;
  /**
   * Name for the backup files of the new job.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare folderName?: string;
  /**
   * Repository the new job writes to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /** Description of the new job. */
  declare description?: string;
  declare private readonly "emx:BackupJobCloneInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupJobCloneInfo> = defineBinding<BackupJobCloneInfo>({
    typeName: "BackupJobCloneInfoType",
    className: "BackupJobCloneInfo",
    table: types,
    base: Info.binding,
    create: () => new BackupJobCloneInfo(),
    fields: Object.values(BackupJobCloneInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupJobCloneInfo>) {
    super(init);
  }
}

const ReplicaJobCloneInfoFields = {
  jobName: scalarElement("JobName", "jobName", stringCodec, 1, 1),
  vmSuffix: scalarElement("VmSuffix", "vmSuffix", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
};

/** Settings of the copy of a replication job. */
export class ReplicaJobCloneInfo extends Info {
  /**
   * Name of the new job, at most 50 characters.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobName?: string;
  /**
   * Suffix added to the names of the replicas the new job makes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vmSuffix?: string;
  /** Description of the new job. */
  declare description?: string;
  declare private readonly "emx:ReplicaJobCloneInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReplicaJobCloneInfo> = defineBinding<ReplicaJobCloneInfo>({
    typeName: "ReplicaJobCloneInfoType",
    className: "ReplicaJobCloneInfo",
    table: types,
    base: Info.binding,
    create: () => new ReplicaJobCloneInfo(),
    fields: Object.values(ReplicaJobCloneInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReplicaJobCloneInfo>) {
    super(init);
  }
}

const BackupCopyJobCloneInfoFields = {
  jobName: scalarElement("JobName", "jobName", stringCodec, 1, 1),
  jobFileName: scalarElement("JobFileName", "jobFileName", stringCodec, 1, 1),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", uidCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
};

/** Settings of the copy of a periodic backup copy job. */
export class BackupCopyJobCloneInfo extends Info {
  /**
   * Name of the new job, at most 50 characters.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobName?: string;
  /**
   * Name for the backup files of the new job.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobFileName?: string;
  /**
   * Repository the new job writes to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /** Description of the new job. */
  declare description?: string;
  declare private readonly "emx:BackupCopyJobCloneInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupCopyJobCloneInfo> = defineBinding<BackupCopyJobCloneInfo>({
    typeName: "BackupCopyJobCloneInfoType",
    className: "BackupCopyJobCloneInfo",
    table: types,
    base: Info.binding,
    create: () => new BackupCopyJobCloneInfo(),
    fields: Object.values(BackupCopyJobCloneInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupCopyJobCloneInfo>) {
    super(init);
  }
}

const ImmediateBackupCopyJobCloneInfoFields = {
  jobName: scalarElement("JobName", "jobName", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", uidCodec, 1, 1),
  jobFileName: scalarElement("JobFileName", "jobFileName", stringCodec, 1, 1),
};

/** Settings of the copy of an immediate backup copy job, in the order the reference example sends them. */
export class ImmediateBackupCopyJobCloneInfo extends Info {
  /**
   * Name of the new job, at most 50 characters.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobName?: string;
  /** Description of the new job. */
  declare description?: string;
  /**
   * Repository the new job writes to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /**
   * Name for the backup files of the new job.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobFileName?: string;
  declare private readonly "emx:ImmediateBackupCopyJobCloneInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ImmediateBackupCopyJobCloneInfo> =
    defineBinding<ImmediateBackupCopyJobCloneInfo>({
      typeName: "ImmediateBackupCopyJobCloneInfoType",
      className: "ImmediateBackupCopyJobCloneInfo",
      table: types,
      base: Info.binding,
      create: () => new ImmediateBackupCopyJobCloneInfo(),
      fields: Object.values(ImmediateBackupCopyJobCloneInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ImmediateBackupCopyJobCloneInfo>) {
    super(init);
  }
}

/** Rebuild the scopes of every account. */
export class RebuildScopeJobSpecRebuildAll extends XmlObject {
  declare private readonly "emx:RebuildScopeJobSpecRebuildAll": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<RebuildScopeJobSpecRebuildAll> = defineBinding<RebuildScopeJobSpecRebuildAll>({
    typeName: "RebuildScopeJobSpecRebuildAllType",
    className: "RebuildScopeJobSpecRebuildAll",
    table: types,
    base: undefined,
    create: () => new RebuildScopeJobSpecRebuildAll(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RebuildScopeJobSpecRebuildAll>) {
    super(init);
  }
}

/** Rebuild only scopes changed since the last rebuild. */
export class RebuildScopeJobSpecRebuildUnprocessed extends XmlObject {
  declare private readonly "emx:RebuildScopeJobSpecRebuildUnprocessed": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<RebuildScopeJobSpecRebuildUnprocessed> =
    defineBinding<RebuildScopeJobSpecRebuildUnprocessed>({
      typeName: "RebuildScopeJobSpecRebuildUnprocessedType",
      className: "RebuildScopeJobSpecRebuildUnprocessed",
      table: types,
      base: undefined,
      create: () => new RebuildScopeJobSpecRebuildUnprocessed(),
      fields: [],
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RebuildScopeJobSpecRebuildUnprocessed>) {
    super(init);
  }
}

/** Rebuild the scope of the account that is logged on. */
export class RebuildScopeJobSpecRebuildForCurrentUser extends XmlObject {
  declare private readonly "emx:RebuildScopeJobSpecRebuildForCurrentUser": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<RebuildScopeJobSpecRebuildForCurrentUser> =
    defineBinding<RebuildScopeJobSpecRebuildForCurrentUser>({
      typeName: "RebuildScopeJobSpecRebuildForCurrentUserType",
      className: "RebuildScopeJobSpecRebuildForCurrentUser",
      table: types,
      base: undefined,
      create: () => new RebuildScopeJobSpecRebuildForCurrentUser(),
      fields: [],
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RebuildScopeJobSpecRebuildForCurrentUser>) {
    super(init);
  }
}

const RebuildScopeJobSpecFields = {
  rebuildAll: objectElement(types, "RebuildAll", "rebuildAll", "RebuildScopeJobSpecRebuildAllType"),
  rebuildUnprocessed: objectElement(
    types,
    "RebuildUnprocessed",
    "rebuildUnprocessed",
    "RebuildScopeJobSpecRebuildUnprocessedType",
  ),
  rebuildForCurrentUser: objectElement(
    types,
    "RebuildForCurrentUser",
    "rebuildForCurrentUser",
    "RebuildScopeJobSpecRebuildForCurrentUserType",
  ),
};

/** Request body that rebuilds restore scopes of Enterprise Manager accounts; names one of three empty elements. */
export class RebuildScopeJobSpec extends Spec {
  /** Rebuild the scopes of every account. */
  declare rebuildAll?: RebuildScopeJobSpecRebuildAll;
  /** Rebuild only scopes changed since the last rebuild. */
  declare rebuildUnprocessed?: RebuildScopeJobSpecRebuildUnprocessed;
  /** Rebuild the scope of the account that is logged on. */
  declare rebuildForCurrentUser?: RebuildScopeJobSpecRebuildForCurrentUser;
  declare private readonly "emx:RebuildScopeJobSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RebuildScopeJobSpec> = defineBinding<RebuildScopeJobSpec>({
    typeName: "RebuildScopeJobSpecType",
    className: "RebuildScopeJobSpec",
    table: types,
    base: Spec.binding,
    create: () => new RebuildScopeJobSpec(),
    choices: [{ required: true, branches: [["RebuildAll"], ["RebuildUnprocessed"], ["RebuildForCurrentUser"]] }],
    fields: Object.values(RebuildScopeJobSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RebuildScopeJobSpec>) {
    super(init);
  }
}

const QuickBackupStartupSpecFields = {
  vmRef: scalarElement("VmRef", "vmRef", urnCodec, 1, 1),
};

/** Request body that starts a quick (incremental) backup of one VM. */
export class QuickBackupStartupSpec extends Spec {
  /**
   * The VM to back up.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vmRef?: string;
  declare private readonly "emx:QuickBackupStartupSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<QuickBackupStartupSpec> = defineBinding<QuickBackupStartupSpec>({
    typeName: "QuickBackupStartupSpecType",
    className: "QuickBackupStartupSpec",
    table: types,
    base: Spec.binding,
    create: () => new QuickBackupStartupSpec(),
    fields: Object.values(QuickBackupStartupSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<QuickBackupStartupSpec>) {
    super(init);
  }
}

const VeeamZipStartupSpecFields = {
  vmRefs: scalarElement("VmRef", "vmRefs", urnCodec, 1, Infinity),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", uidCodec, 1, 1),
  passwordKeyId: scalarElement("PasswordKeyId", "passwordKeyId", stringCodec),
  compressionLevel: scalarElement(
    "CompressionLevel",
    "compressionLevel",
    veeamZipCompressionLevelEnumerationCodec,
    1,
    1,
  ),
  disableGuestQuiescence: scalarElement("DisableGuestQuiescence", "disableGuestQuiescence", booleanCodec),
  backupRetention: scalarElement("BackupRetention", "backupRetention", freeBackupRetentionEnumCodec, 1, 1),
};

/** Request body that makes a VeeamZIP (ad-hoc full backup) of VMs. */
export class VeeamZipStartupSpec extends Spec {
  /**
   * The VM or VMs to back up.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vmRefs?: string[];
  /**
   * Repository that receives the file.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /** Identifier of the password that encrypts the file. */
  declare passwordKeyId?: string;
  /**
   * Compression of the file.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare compressionLevel?: VeeamZipCompressionLevelEnumeration;
  /** Whether to skip application-aware quiescence of the guest. */
  declare disableGuestQuiescence?: boolean;
  /**
   * When the file is deleted.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupRetention?: FreeBackupRetentionEnum;
  declare private readonly "emx:VeeamZipStartupSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VeeamZipStartupSpec> = defineBinding<VeeamZipStartupSpec>({
    typeName: "VeeamZipStartupSpecType",
    className: "VeeamZipStartupSpec",
    table: types,
    base: Spec.binding,
    create: () => new VeeamZipStartupSpec(),
    fields: Object.values(VeeamZipStartupSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VeeamZipStartupSpec>) {
    super(init);
  }
}

const FailoverPlanFields = {
  description: scalarElement("Description", "description", stringCodec),
  failoverPlanInfo: objectElement(types, "FailoverPlanInfo", "failoverPlanInfo", "FailoverPlanInfoType"),
};

/** A failover plan: replicas to fail over together, in order. */
export class FailoverPlan extends Entity {
  /** Free text about the plan. */
  declare description?: string;
  /** The VMs in the plan; left out of edit requests. */
  declare failoverPlanInfo?: FailoverPlanInfo;
  declare private readonly "emx:FailoverPlan": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FailoverPlan> = defineBinding<FailoverPlan>({
    typeName: "FailoverPlanEntityType",
    className: "FailoverPlan",
    table: types,
    base: Entity.binding,
    create: () => new FailoverPlan(),
    fields: Object.values(FailoverPlanFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FailoverPlan>) {
    super(init);
  }
}

const FailoverPlansFields = {
  failoverPlans: objectElement(types, "FailoverPlan", "failoverPlans", "FailoverPlanEntityType", 0, Infinity),
};

/** A list of failover plans, as entities. */
export class FailoverPlans extends List {
  /** One plan. */
  declare failoverPlans?: FailoverPlan[];
  declare private readonly "emx:FailoverPlans": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FailoverPlans> = defineBinding<FailoverPlans>({
    typeName: "FailoverPlanEntityListType",
    className: "FailoverPlans",
    table: types,
    base: List.binding,
    create: () => new FailoverPlans(),
    fields: Object.values(FailoverPlansFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FailoverPlans>) {
    super(init);
  }
}

const FailoverPlanInfoFields = {
  includes: wrappedElement(types, "Includes", "includes", "FailoveredVm", "FailoveredVmType"),
};

/** The contents of a failover plan. */
export class FailoverPlanInfo extends Info {
  /**
   * VMs the plan fails over.
   *
   * Written as `<Includes>` around one `<FailoveredVm>` per item; absent and empty stay distinct.
   */
  declare includes?: FailoveredVm[];
  declare private readonly "emx:FailoverPlanInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FailoverPlanInfo> = defineBinding<FailoverPlanInfo>({
    typeName: "FailoverPlanInfoType",
    className: "FailoverPlanInfo",
    table: types,
    base: Info.binding,
    create: () => new FailoverPlanInfo(),
    fields: Object.values(FailoverPlanInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FailoverPlanInfo>) {
    super(init);
  }
}

const FailoveredVmFields = {
  failoveredVmId: scalarElement("FailoveredVmId", "failoveredVmId", stringCodec, 1, 1),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec, 1, 1),
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  displayName: scalarElement("DisplayName", "displayName", stringCodec, 1, 1),
  order: scalarElement("Order", "order", intCodec),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
    1,
    1,
  ),
};

/** A VM in a failover plan. */
export class FailoveredVm extends Resource {
  /**
   * Identifier of the VM within the plan.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare failoveredVmId?: string;
  /**
   * The VM in the virtual infrastructure.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyObjRef?: string;
  /**
   * Name of the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * Name shown for the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare displayName?: string;
  /** Position of the VM in the failover sequence. */
  declare order?: number;
  /**
   * Guest OS processing settings of the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare guestProcessingOptions?: GuestProcessingOptions;
  declare private readonly "emx:FailoveredVm": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FailoveredVm> = defineBinding<FailoveredVm>({
    typeName: "FailoveredVmType",
    className: "FailoveredVm",
    table: types,
    base: Resource.binding,
    create: () => new FailoveredVm(),
    fields: Object.values(FailoveredVmFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FailoveredVm>) {
    super(init);
  }
}

const FailoveredVmsFields = {
  failoveredVms: objectElement(types, "FailoveredVm", "failoveredVms", "FailoveredVmType", 0, Infinity),
};

/** The VMs of a failover plan. */
export class FailoveredVms extends List {
  /** One VM. */
  declare failoveredVms?: FailoveredVm[];
  declare private readonly "emx:FailoveredVms": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FailoveredVms> = defineBinding<FailoveredVms>({
    typeName: "FailoveredVmListType",
    className: "FailoveredVms",
    table: types,
    base: List.binding,
    create: () => new FailoveredVms(),
    fields: Object.values(FailoveredVmsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FailoveredVms>) {
    super(init);
  }
}

const FailoverPlanManagementSpecFields = {
  startNow: scalarElement("StartNow", "startNow", booleanCodec),
  startDate: scalarElement("StartDate", "startDate", dateTimeCodec),
};

/** Request body that starts a failover plan; give one of the two elements. */
export class FailoverPlanManagementSpec extends Spec {
  /** Fail over to the latest restore points. */
  declare startNow?: boolean;
  /** Fail over to the last restore points made before this time. */
  declare startDate?: XmlDateTime;
  declare private readonly "emx:FailoverPlanManagementSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FailoverPlanManagementSpec> =
    defineBinding<FailoverPlanManagementSpec>({
      typeName: "FailoverPlanManagementSpecType",
      className: "FailoverPlanManagementSpec",
      table: types,
      base: Spec.binding,
      create: () => new FailoverPlanManagementSpec(),
      fields: Object.values(FailoverPlanManagementSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FailoverPlanManagementSpec>) {
    super(init);
  }
}
