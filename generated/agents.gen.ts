// Generated from schemas/agents.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Veeam Agent management: the /agents entry point, discovered computers, protection groups, Veeam Agent backup jobs with the machines they process and their options, Veeam Agent restore points and the mount points opened for file-level restore.

import {
  booleanCodec,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  enumerationCodec,
  type Init,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedElement,
  type XmlDateTime,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, urnCodec } from "./common.gen.js";
import type { GuestProcessingOptions } from "./guest-processing.gen.js";
import type { JobScheduleOptionsInfo } from "./job-schedule.gen.js";
import type { GfsRetentionPolicyOptionsInfo, SimpleRetentionPolicyInfo } from "./jobs.gen.js";
import type { DirectoryEntry } from "./restore.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of a Veeam Agent backup job. Open: other values are kept (strict reading rejects them). */
export type AgentBackupJobTypeEnumeration = "AgentBackup" | (string & {});

/** Codec of {@link AgentBackupJobTypeEnumeration}. */
export const agentBackupJobTypeEnumerationCodec = enumerationCodec<AgentBackupJobTypeEnumeration>(
  "AgentBackupJobTypeEnumeration",
  ["AgentBackup"],
);

/** Operating system family a Veeam Agent backup job is made for. Open: other values are kept (strict reading rejects them). */
export type AgentBackupJobPlatformEnumeration = "AgentForLinux" | "AgentForWindows" | (string & {});

/** Codec of {@link AgentBackupJobPlatformEnumeration}. */
export const agentBackupJobPlatformEnumerationCodec = enumerationCodec<AgentBackupJobPlatformEnumeration>(
  "AgentBackupJobPlatformEnumeration",
  ["AgentForLinux", "AgentForWindows"],
);

/** Whether a discovered computer can be reached. Open: other values are kept (strict reading rejects them). */
export type DiscoveredComputerHostStatusEnumeration = "Online" | "Offline" | (string & {});

/** Codec of {@link DiscoveredComputerHostStatusEnumeration}. */
export const discoveredComputerHostStatusEnumerationCodec = enumerationCodec<DiscoveredComputerHostStatusEnumeration>(
  "DiscoveredComputerHostStatusEnumeration",
  ["Online", "Offline"],
);

/** Where the Veeam Agent deployment on a discovered computer stands. Open: other values are kept (strict reading rejects them). */
export type DiscoveredComputerAgentStatusEnumeration =
  "NotInstalled" | "Installed" | "UnsupportedOs" | "Failed" | "Exclude" | (string & {});

/** Codec of {@link DiscoveredComputerAgentStatusEnumeration}. */
export const discoveredComputerAgentStatusEnumerationCodec = enumerationCodec<DiscoveredComputerAgentStatusEnumeration>(
  "DiscoveredComputerAgentStatusEnumeration",
  ["NotInstalled", "Installed", "UnsupportedOs", "Failed", "Exclude"],
);

/** Backup method that produced a Veeam Agent restore point. Open: other values are kept (strict reading rejects them). */
export type AgentRestorePointAlgorithmEnumeration = "Full" | "Incremental" | "SyntheticFull" | (string & {});

/** Codec of {@link AgentRestorePointAlgorithmEnumeration}. */
export const agentRestorePointAlgorithmEnumerationCodec = enumerationCodec<AgentRestorePointAlgorithmEnumeration>(
  "AgentRestorePointAlgorithmEnumeration",
  ["Full", "Incremental", "SyntheticFull"],
);

/** Whether a Veeam Agent restore point is a full point or an increment. Open: other values are kept (strict reading rejects them). */
export type AgentRestorePointTypeEnumeration = "Full" | "Increment" | (string & {});

/** Codec of {@link AgentRestorePointTypeEnumeration}. */
export const agentRestorePointTypeEnumerationCodec = enumerationCodec<AgentRestorePointTypeEnumeration>(
  "AgentRestorePointTypeEnumeration",
  ["Full", "Increment"],
);

/** The /agents entry point: links to the Veeam Agent management collections. */
export class Agents extends Resource {
  declare private readonly "emx:Agents": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Agents> = defineBinding<Agents>({
    typeName: "AgentsServiceType",
    className: "Agents",
    table: types,
    base: Resource.binding,
    create: () => new Agents(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Agents>) {
    super(init);
  }
}

const DiscoveredComputerFields = {
  hostStatus: scalarElement("HostStatus", "hostStatus", discoveredComputerHostStatusEnumerationCodec),
  agentVersion: scalarElement("AgentVersion", "agentVersion", stringCodec),
  agentStatus: scalarElement("AgentStatus", "agentStatus", discoveredComputerAgentStatusEnumerationCodec),
  osVersion: scalarElement("OsVersion", "osVersion", stringCodec),
  ipAddress: scalarElement("IpAddress", "ipAddress", stringCodec),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
};

/** A computer found by a protection group rescan, with its Veeam Agent state. */
export class DiscoveredComputer extends Entity {
  /** Reachability of the computer. */
  declare hostStatus?: DiscoveredComputerHostStatusEnumeration;
  /** Version of the Veeam Agent on the computer. */
  declare agentVersion?: string;
  /** State of the Veeam Agent installation. */
  declare agentStatus?: DiscoveredComputerAgentStatusEnumeration;
  /** Operating system of the computer. */
  declare osVersion?: string;
  /** IP address of the computer. */
  declare ipAddress?: string;
  /** The computer in the Veeam Agent hierarchy. */
  declare hierarchyObjRef?: string;
  declare private readonly "emx:DiscoveredComputer": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<DiscoveredComputer> = defineBinding<DiscoveredComputer>({
    typeName: "DiscoveredComputerEntityType",
    className: "DiscoveredComputer",
    table: types,
    base: Entity.binding,
    create: () => new DiscoveredComputer(),
    fields: Object.values(DiscoveredComputerFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<DiscoveredComputer>) {
    super(init);
  }
}

const DiscoveredComputersFields = {
  discoveredComputers: objectElement(
    types,
    "DiscoveredComputer",
    "discoveredComputers",
    "DiscoveredComputerEntityType",
    0,
    Infinity,
  ),
};

/** A list of discovered computers. */
export class DiscoveredComputers extends List {
  /** One computer. */
  declare discoveredComputers?: DiscoveredComputer[];
  declare private readonly "emx:DiscoveredComputers": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<DiscoveredComputers> = defineBinding<DiscoveredComputers>({
    typeName: "DiscoveredComputerEntityListType",
    className: "DiscoveredComputers",
    table: types,
    base: List.binding,
    create: () => new DiscoveredComputers(),
    fields: Object.values(DiscoveredComputersFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<DiscoveredComputers>) {
    super(init);
  }
}

const AgentProtectionGroupFields = {
  rescanScheduleEnabled: scalarElement("RescanScheduleEnabled", "rescanScheduleEnabled", booleanCodec),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
};

/** A protection group: a set of computers that Veeam Agent jobs protect together. */
export class AgentProtectionGroup extends Entity {
  /** Whether the group is rescanned on a schedule. */
  declare rescanScheduleEnabled?: boolean;
  /** The group in the Veeam Agent hierarchy. */
  declare hierarchyObjRef?: string;
  declare private readonly "emx:AgentProtectionGroup": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentProtectionGroup> = defineBinding<AgentProtectionGroup>({
    typeName: "AgentProtectionGroupEntityType",
    className: "AgentProtectionGroup",
    table: types,
    base: Entity.binding,
    create: () => new AgentProtectionGroup(),
    fields: Object.values(AgentProtectionGroupFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentProtectionGroup>) {
    super(init);
  }
}

const AgentProtectionGroupsFields = {
  agentProtectionGroups: objectElement(
    types,
    "AgentProtectionGroup",
    "agentProtectionGroups",
    "AgentProtectionGroupEntityType",
    0,
    Infinity,
  ),
};

/** A list of protection groups. */
export class AgentProtectionGroups extends List {
  /** One group. */
  declare agentProtectionGroups?: AgentProtectionGroup[];
  declare private readonly "emx:AgentProtectionGroups": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentProtectionGroups> = defineBinding<AgentProtectionGroups>({
    typeName: "AgentProtectionGroupEntityListType",
    className: "AgentProtectionGroups",
    table: types,
    base: List.binding,
    create: () => new AgentProtectionGroups(),
    fields: Object.values(AgentProtectionGroupsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentProtectionGroups>) {
    super(init);
  }
}

const AgentBackupJobFields = {
  jobType: scalarElement("JobType", "jobType", agentBackupJobTypeEnumerationCodec),
  platform: scalarElement("Platform", "platform", agentBackupJobPlatformEnumerationCodec),
  description: scalarElement("Description", "description", stringCodec),
  scheduleConfigured: scalarElement("ScheduleConfigured", "scheduleConfigured", booleanCodec),
  scheduleEnabled: scalarElement("ScheduleEnabled", "scheduleEnabled", booleanCodec),
  nextRun: scalarElement("NextRun", "nextRun", dateTimeCodec),
  jobScheduleOptions: objectElement(types, "JobScheduleOptions", "jobScheduleOptions", "JobScheduleOptionsInfoType"),
  jobInfo: objectElement(types, "JobInfo", "jobInfo", "AgentBackupJobInfoType"),
};

/** A Veeam Agent backup job managed by a backup server. */
export class AgentBackupJob extends Entity {
  /** Kind of job. */
  declare jobType?: AgentBackupJobTypeEnumeration;
  /** Operating system family of the protected machines. */
  declare platform?: AgentBackupJobPlatformEnumeration;
  /** Free text about the job. */
  declare description?: string;
  /** Whether a schedule has been set up. */
  declare scheduleConfigured?: boolean;
  /** Whether the schedule is switched on. */
  declare scheduleEnabled?: boolean;
  /** When the job starts next, in UTC. */
  declare nextRun?: XmlDateTime;
  /** When the job runs; the same block as VM jobs carry. */
  declare jobScheduleOptions?: JobScheduleOptionsInfo;
  /** What the job processes and how. */
  declare jobInfo?: AgentBackupJobInfo;
  declare private readonly "emx:AgentBackupJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentBackupJob> = defineBinding<AgentBackupJob>({
    typeName: "AgentBackupJobEntityType",
    className: "AgentBackupJob",
    table: types,
    base: Entity.binding,
    create: () => new AgentBackupJob(),
    fields: Object.values(AgentBackupJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentBackupJob>) {
    super(init);
  }
}

const AgentBackupJobsFields = {
  agentBackupJobs: objectElement(types, "AgentBackupJob", "agentBackupJobs", "AgentBackupJobEntityType", 0, Infinity),
};

/** A list of Veeam Agent backup jobs. */
export class AgentBackupJobs extends List {
  /** One job. */
  declare agentBackupJobs?: AgentBackupJob[];
  declare private readonly "emx:AgentBackupJobs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentBackupJobs> = defineBinding<AgentBackupJobs>({
    typeName: "AgentBackupJobEntityListType",
    className: "AgentBackupJobs",
    table: types,
    base: List.binding,
    create: () => new AgentBackupJobs(),
    fields: Object.values(AgentBackupJobsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentBackupJobs>) {
    super(init);
  }
}

const AgentBackupJobInfoFields = {
  includes: wrappedElement(types, "Includes", "includes", "ObjectInAgentBackupJob", "ObjectInAgentBackupJobType"),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
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

/** Settings of a Veeam Agent backup job: the machines and groups it covers, guest processing and retention. */
export class AgentBackupJobInfo extends Info {
  /**
   * Computers and protection groups the job processes.
   *
   * Written as `<Includes>` around one `<ObjectInAgentBackupJob>` per item; absent and empty stay distinct.
   */
  declare includes?: ObjectInAgentBackupJob[];
  /** Job-wide application-aware processing and indexing; the same block as VM jobs carry. */
  declare guestProcessingOptions?: GuestProcessingOptions;
  /** Long-term (GFS) retention. */
  declare gfsRetentionPolicy?: GfsRetentionPolicyOptionsInfo;
  /** Short-term retention. */
  declare simpleRetentionPolicy?: SimpleRetentionPolicyInfo;
  declare private readonly "emx:AgentBackupJobInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentBackupJobInfo> = defineBinding<AgentBackupJobInfo>({
    typeName: "AgentBackupJobInfoType",
    className: "AgentBackupJobInfo",
    table: types,
    base: Info.binding,
    create: () => new AgentBackupJobInfo(),
    fields: Object.values(AgentBackupJobInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentBackupJobInfo>) {
    super(init);
  }
}

const ObjectInAgentBackupJobFields = {
  objectInJobId: scalarElement("ObjectInJobId", "objectInJobId", stringCodec),
  name: scalarElement("Name", "name", stringCodec),
  displayName: scalarElement("DisplayName", "displayName", stringCodec),
  guestProcessingOptions: objectElement(
    types,
    "GuestProcessingOptions",
    "guestProcessingOptions",
    "GuestProcessingOptionsType",
  ),
};

/** A computer or protection group processed by a Veeam Agent backup job. */
export class ObjectInAgentBackupJob extends Resource {
  /** Identifier of this item within the job. */
  declare objectInJobId?: string;
  /** Name of the computer or group. */
  declare name?: string;
  /** Name shown for the item. */
  declare displayName?: string;
  /** Processing settings for this item. */
  declare guestProcessingOptions?: GuestProcessingOptions;
  declare private readonly "emx:ObjectInAgentBackupJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ObjectInAgentBackupJob> = defineBinding<ObjectInAgentBackupJob>({
    typeName: "ObjectInAgentBackupJobType",
    className: "ObjectInAgentBackupJob",
    table: types,
    base: Resource.binding,
    create: () => new ObjectInAgentBackupJob(),
    fields: Object.values(ObjectInAgentBackupJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ObjectInAgentBackupJob>) {
    super(init);
  }
}

const ObjectsInAgentBackupJobFields = {
  objectInAgentBackupJobs: objectElement(
    types,
    "ObjectInAgentBackupJob",
    "objectInAgentBackupJobs",
    "ObjectInAgentBackupJobType",
    0,
    Infinity,
  ),
};

/** The computers and protection groups processed by a Veeam Agent backup job. */
export class ObjectsInAgentBackupJob extends List {
  /** One item. */
  declare objectInAgentBackupJobs?: ObjectInAgentBackupJob[];
  declare private readonly "emx:ObjectsInAgentBackupJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ObjectsInAgentBackupJob> = defineBinding<ObjectsInAgentBackupJob>({
    typeName: "ObjectInAgentBackupJobListType",
    className: "ObjectsInAgentBackupJob",
    table: types,
    base: List.binding,
    create: () => new ObjectsInAgentBackupJob(),
    fields: Object.values(ObjectsInAgentBackupJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ObjectsInAgentBackupJob>) {
    super(init);
  }
}

const AgentRestorePointFields = {
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec),
  algorithm: scalarElement("Algorithm", "algorithm", agentRestorePointAlgorithmEnumerationCodec),
  pointType: scalarElement("PointType", "pointType", agentRestorePointTypeEnumerationCodec),
};

/** A restore point of one machine in a Veeam Agent backup. */
export class AgentRestorePoint extends Entity {
  /** When the point was created, in UTC. */
  declare creationTimeUTC?: XmlDateTime;
  /** Backup method that created the point. */
  declare algorithm?: AgentRestorePointAlgorithmEnumeration;
  /** Full point or increment. */
  declare pointType?: AgentRestorePointTypeEnumeration;
  declare private readonly "emx:AgentRestorePoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentRestorePoint> = defineBinding<AgentRestorePoint>({
    typeName: "AgentRestorePointEntityType",
    className: "AgentRestorePoint",
    table: types,
    base: Entity.binding,
    create: () => new AgentRestorePoint(),
    fields: Object.values(AgentRestorePointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentRestorePoint>) {
    super(init);
  }
}

const AgentRestorePointsFields = {
  agentRestorePoints: objectElement(
    types,
    "AgentRestorePoint",
    "agentRestorePoints",
    "AgentRestorePointEntityType",
    0,
    Infinity,
  ),
};

/** A list of Veeam Agent restore points. */
export class AgentRestorePoints extends List {
  /** One restore point. */
  declare agentRestorePoints?: AgentRestorePoint[];
  declare private readonly "emx:AgentRestorePoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentRestorePoints> = defineBinding<AgentRestorePoints>({
    typeName: "AgentRestorePointEntityListType",
    className: "AgentRestorePoints",
    table: types,
    base: List.binding,
    create: () => new AgentRestorePoints(),
    fields: Object.values(AgentRestorePointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentRestorePoints>) {
    super(init);
  }
}

const AgentRestorePointMountFields = {
  fsRoots: wrappedElement(types, "FSRoots", "fsRoots", "DirectoryEntry", "DirectoryEntryType"),
};

/** A mount point opened for file-level restore from a Veeam Agent restore point; lives as long as the logon session. */
export class AgentRestorePointMount extends Resource {
  /**
   * Top-level folders of the mounted guest file system.
   *
   * Written as `<FSRoots>` around one `<DirectoryEntry>` per item; absent and empty stay distinct.
   */
  declare fsRoots?: DirectoryEntry[];
  declare private readonly "emx:AgentRestorePointMount": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentRestorePointMount> = defineBinding<AgentRestorePointMount>({
    typeName: "AgentRestorePointMountType",
    className: "AgentRestorePointMount",
    table: types,
    base: Resource.binding,
    create: () => new AgentRestorePointMount(),
    fields: Object.values(AgentRestorePointMountFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentRestorePointMount>) {
    super(init);
  }
}

const AgentRestorePointMountsFields = {
  agentRestorePointMounts: objectElement(
    types,
    "AgentRestorePointMount",
    "agentRestorePointMounts",
    "AgentRestorePointMountType",
    0,
    Infinity,
  ),
};

/** The mount points of a Veeam Agent restore point. */
export class AgentRestorePointMounts extends List {
  /** One mount point. */
  declare agentRestorePointMounts?: AgentRestorePointMount[];
  declare private readonly "emx:AgentRestorePointMounts": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<AgentRestorePointMounts> = defineBinding<AgentRestorePointMounts>({
    typeName: "AgentRestorePointMountListType",
    className: "AgentRestorePointMounts",
    table: types,
    base: List.binding,
    create: () => new AgentRestorePointMounts(),
    fields: Object.values(AgentRestorePointMountsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<AgentRestorePointMounts>) {
    super(init);
  }
}
