// Generated from schemas/cdp.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Continuous data protection (CDP): CDP policies with their RPO, reporting and retention schedule, CDP replicas of VMs and vApps, their replication and task sessions, the intervals a replica can be restored to, and CDP failover.

import {
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
import { Entity, Info, List, Spec, uidCodec, uidOrGuidCodec, urnCodec } from "./common.gen.js";
import type { GuestProcessingOptions } from "./guest-processing.gen.js";
import type { TimePeriodDay } from "./job-schedule.gen.js";
import type { LongTermRetentionSchedule, ObjectInJob } from "./jobs.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of a CDP policy. Open: other values are kept (strict reading rejects them). */
export type CdpPolicyTypeEnumeration = "CdpReplica" | (string & {});

/** Codec of {@link CdpPolicyTypeEnumeration}. */
export const cdpPolicyTypeEnumerationCodec = enumerationCodec<CdpPolicyTypeEnumeration>("CdpPolicyTypeEnumeration", [
  "CdpReplica",
]);

/** Platform a CDP policy replicates: vSphere or Cloud Director. Open: other values are kept (strict reading rejects them). */
export type CdpPolicyPlatformEnumeration = "VMware" | "vCloud" | (string & {});

/** Codec of {@link CdpPolicyPlatformEnumeration}. */
export const cdpPolicyPlatformEnumerationCodec = enumerationCodec<CdpPolicyPlatformEnumeration>(
  "CdpPolicyPlatformEnumeration",
  ["VMware", "vCloud"],
);

/** Where a CDP replication session stands. Open: other values are kept (strict reading rejects them). */
export type CdpReplicaSessionStateEnumeration =
  "Starting" | "Stopping" | "Working" | "Pausing" | "Resuming" | "Stopped" | (string & {});

/** Codec of {@link CdpReplicaSessionStateEnumeration}. */
export const cdpReplicaSessionStateEnumerationCodec = enumerationCodec<CdpReplicaSessionStateEnumeration>(
  "CdpReplicaSessionStateEnumeration",
  ["Starting", "Stopping", "Working", "Pausing", "Resuming", "Stopped"],
);

/** Where a CDP replication task session stands. Open: other values are kept (strict reading rejects them). */
export type CdpReplicaTaskSessionStateEnumeration = "InProgress" | "Pending" | "Completed" | (string & {});

/** Codec of {@link CdpReplicaTaskSessionStateEnumeration}. */
export const cdpReplicaTaskSessionStateEnumerationCodec = enumerationCodec<CdpReplicaTaskSessionStateEnumeration>(
  "CdpReplicaTaskSessionStateEnumeration",
  ["InProgress", "Pending", "Completed"],
);

/** Outcome of a CDP replication or task session; `None` while it has none yet. Open: other values are kept (strict reading rejects them). */
export type CdpSessionResultEnumeration = "None" | "Success" | "Warning" | "Failed" | (string & {});

/** Codec of {@link CdpSessionResultEnumeration}. */
export const cdpSessionResultEnumerationCodec = enumerationCodec<CdpSessionResultEnumeration>(
  "CdpSessionResultEnumeration",
  ["None", "Success", "Warning", "Failed"],
);

const CdpPolicyFields = {
  policyType: scalarElement("PolicyType", "policyType", cdpPolicyTypeEnumerationCodec),
  platform: scalarElement("Platform", "platform", cdpPolicyPlatformEnumerationCodec),
  description: scalarElement("Description", "description", stringCodec),
  scheduleConfigured: scalarElement("ScheduleConfigured", "scheduleConfigured", booleanCodec),
  scheduleEnabled: scalarElement("ScheduleEnabled", "scheduleEnabled", booleanCodec),
  nextRun: scalarElement("NextRun", "nextRun", dateTimeCodec),
  policyScheduleOptions: objectElement(
    types,
    "PolicyScheduleOptions",
    "policyScheduleOptions",
    "CdpPolicyScheduleOptionsInfoType",
  ),
  cdpPolicyInfo: objectElement(types, "CdpPolicyInfo", "cdpPolicyInfo", "CdpPolicyInfoType"),
};

/** A CDP policy: continuous replication of VMs or vApps with a recovery point objective. */
export class CdpPolicy extends Entity {
  /** Kind of policy. */
  declare policyType?: CdpPolicyTypeEnumeration;
  /** Platform the policy replicates. */
  declare platform?: CdpPolicyPlatformEnumeration;
  /** Free text about the policy. */
  declare description?: string;
  /** Whether a schedule has been set up. */
  declare scheduleConfigured?: boolean;
  /** Whether the schedule is switched on; PolicyScheduleOptions is then needed. */
  declare scheduleEnabled?: boolean;
  /** When the policy runs next, in UTC. */
  declare nextRun?: XmlDateTime;
  /** RPO, reporting and retention settings. */
  declare policyScheduleOptions?: CdpPolicyScheduleOptionsInfo;
  /** What the policy processes and how. */
  declare cdpPolicyInfo?: CdpPolicyInfo;
  declare private readonly "emx:CdpPolicy": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpPolicy> = defineBinding<CdpPolicy>({
    typeName: "CdpPolicyEntityType",
    className: "CdpPolicy",
    table: types,
    base: Entity.binding,
    create: () => new CdpPolicy(),
    fields: Object.values(CdpPolicyFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpPolicy>) {
    super(init);
  }
}

const CdpPoliciesFields = {
  cdpPolicies: objectElement(types, "CdpPolicy", "cdpPolicies", "CdpPolicyEntityType", 0, Infinity),
};

/** A list of CDP policies. */
export class CdpPolicies extends List {
  /** One policy. */
  declare cdpPolicies?: CdpPolicy[];
  declare private readonly "emx:CdpPolicies": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpPolicies> = defineBinding<CdpPolicies>({
    typeName: "CdpPolicyEntityListType",
    className: "CdpPolicies",
    table: types,
    base: List.binding,
    create: () => new CdpPolicies(),
    fields: Object.values(CdpPoliciesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpPolicies>) {
    super(init);
  }
}

const CdpPolicyScheduleOptionsInfoFields = {
  cdpReplica: objectElement(types, "CdpReplica", "cdpReplica", "CdpReplicaPolicyScheduleOptionsInfoType"),
};

/** The scheduling block of a CDP policy; the settings are wrapped in an element named after the policy kind. */
export class CdpPolicyScheduleOptionsInfo extends Info {
  /** Settings of a CDP replication policy. */
  declare cdpReplica?: CdpReplicaPolicyScheduleOptionsInfo;
  declare private readonly "emx:CdpPolicyScheduleOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpPolicyScheduleOptionsInfo> =
    defineBinding<CdpPolicyScheduleOptionsInfo>({
      typeName: "CdpPolicyScheduleOptionsInfoType",
      className: "CdpPolicyScheduleOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new CdpPolicyScheduleOptionsInfo(),
      fields: Object.values(CdpPolicyScheduleOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpPolicyScheduleOptionsInfo>) {
    super(init);
  }
}

const CdpReplicaPolicyScheduleOptionsInfoFields = {
  recoveryPointObjectiveSeconds: scalarElement(
    "RecoveryPointObjectiveSeconds",
    "recoveryPointObjectiveSeconds",
    longCodec,
  ),
  recoveryPointObjectiveMinutes: scalarElement(
    "RecoveryPointObjectiveMinutes",
    "recoveryPointObjectiveMinutes",
    longCodec,
  ),
  rpoSchedule: objectElement(types, "RPOSchedule", "rpoSchedule", "RPOScheduleType"),
  rpoReporting: objectElement(types, "RPOReporting", "rpoReporting", "RPOReportingType"),
  shortTermRetentionMinutes: scalarElement("ShortTermRetentionMinutes", "shortTermRetentionMinutes", longCodec),
  shortTermRetentionHours: scalarElement("ShortTermRetentionHours", "shortTermRetentionHours", longCodec),
  longTermRetentionHours: scalarElement("LongTermRetentionHours", "longTermRetentionHours", longCodec),
  longTermRetentionKeepDays: scalarElement("LongTermRetentionKeepDays", "longTermRetentionKeepDays", longCodec),
  longTermRetentionSchedule: objectElement(
    types,
    "LongTermRetentionSchedule",
    "longTermRetentionSchedule",
    "LongTermRetentionScheduleType",
  ),
};

/** Recovery point objective, RPO schedule and reporting, and short- and long-term retention of a CDP replication policy. */
export class CdpReplicaPolicyScheduleOptionsInfo extends Info {
  /** Recovery point objective, seconds part. */
  declare recoveryPointObjectiveSeconds?: number;
  /** Recovery point objective, minutes part. */
  declare recoveryPointObjectiveMinutes?: number;
  /** Hours in which replicated states may be created. */
  declare rpoSchedule?: RPOSchedule;
  /** When missed RPOs raise warnings or errors. */
  declare rpoReporting?: RPOReporting;
  /** How long short-term points are kept, minutes part. */
  declare shortTermRetentionMinutes?: number;
  /** How long short-term points are kept, hours part. */
  declare shortTermRetentionHours?: number;
  /** Interval between long-term points, in hours. */
  declare longTermRetentionHours?: number;
  /** How long long-term points are kept, in days. */
  declare longTermRetentionKeepDays?: number;
  /** Hours in which long-term points are crash-consistent (1) or application-consistent (2). */
  declare longTermRetentionSchedule?: LongTermRetentionSchedule;
  declare private readonly "emx:CdpReplicaPolicyScheduleOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaPolicyScheduleOptionsInfo> =
    defineBinding<CdpReplicaPolicyScheduleOptionsInfo>({
      typeName: "CdpReplicaPolicyScheduleOptionsInfoType",
      className: "CdpReplicaPolicyScheduleOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new CdpReplicaPolicyScheduleOptionsInfo(),
      fields: Object.values(CdpReplicaPolicyScheduleOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaPolicyScheduleOptionsInfo>) {
    super(init);
  }
}

const RPOScheduleFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  timePeriods: wrappedElement(types, "TimePeriods", "timePeriods", "Day", "TimePeriodDayType", 0, { item: "Days" }),
};

/** Hours of the week in which a CDP policy may create replicated states. */
export class RPOSchedule extends Info {
  /** Whether the schedule applies. */
  declare enabled?: boolean;
  /**
   * Hourly grid: 1 allows replication in that hour, 0 does not.
   *
   * Written as `<TimePeriods>` around one `<Day>` per item; absent and empty stay distinct.
   */
  declare timePeriods?: TimePeriodDay[];
  declare private readonly "emx:RPOSchedule": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RPOSchedule> = defineBinding<RPOSchedule>({
    typeName: "RPOScheduleType",
    className: "RPOSchedule",
    table: types,
    base: Info.binding,
    create: () => new RPOSchedule(),
    fields: Object.values(RPOScheduleFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RPOSchedule>) {
    super(init);
  }
}

const RPOReportingFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  markAsWarning: objectElement(types, "MarkAsWarning", "markAsWarning", "CDPReplicaRPOReportingWarningOptionsType"),
  markAsFailed: objectElement(types, "MarkAsFailed", "markAsFailed", "CDPReplicaRPOReportingFailedOptionsType"),
};

/** Thresholds past a missed RPO after which a CDP policy reports a warning or an error. */
export class RPOReporting extends Info {
  /** Whether RPO reporting applies; listed by the docs, not seen in samples. */
  declare enabled?: boolean;
  /** When to report a warning. */
  declare markAsWarning?: CDPReplicaRPOReportingWarningOptions;
  /** When to report an error. */
  declare markAsFailed?: CDPReplicaRPOReportingFailedOptions;
  declare private readonly "emx:RPOReporting": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RPOReporting> = defineBinding<RPOReporting>({
    typeName: "RPOReportingType",
    className: "RPOReporting",
    table: types,
    base: Info.binding,
    create: () => new RPOReporting(),
    fields: Object.values(RPOReportingFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RPOReporting>) {
    super(init);
  }
}

const CDPReplicaRPOReportingWarningOptionsFields = {
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  rpoThresholdSeconds: scalarElement("RPOThresholdSeconds", "rpoThresholdSeconds", intCodec),
  rpoThresholdMinutes: scalarElement("RPOThresholdMinutes", "rpoThresholdMinutes", intCodec),
};

/** Warning threshold of RPO reporting. */
export class CDPReplicaRPOReportingWarningOptions extends Info {
  /** Whether warnings are sent. */
  declare enabled?: boolean;
  /** Threshold, seconds part. */
  declare rpoThresholdSeconds?: number;
  /** Threshold, minutes part. */
  declare rpoThresholdMinutes?: number;
  declare private readonly "emx:CDPReplicaRPOReportingWarningOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CDPReplicaRPOReportingWarningOptions> =
    defineBinding<CDPReplicaRPOReportingWarningOptions>({
      typeName: "CDPReplicaRPOReportingWarningOptionsType",
      className: "CDPReplicaRPOReportingWarningOptions",
      table: types,
      base: Info.binding,
      create: () => new CDPReplicaRPOReportingWarningOptions(),
      fields: Object.values(CDPReplicaRPOReportingWarningOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CDPReplicaRPOReportingWarningOptions>) {
    super(init);
  }
}

const CDPReplicaRPOReportingFailedOptionsFields = {
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  rpoThresholdSeconds: scalarElement("RPOThresholdSeconds", "rpoThresholdSeconds", intCodec),
  rpoThresholdMinutes: scalarElement("RPOThresholdMinutes", "rpoThresholdMinutes", intCodec),
};

/** Error threshold of RPO reporting. */
export class CDPReplicaRPOReportingFailedOptions extends Info {
  /** Whether errors are sent. */
  declare enabled?: boolean;
  /** Threshold, seconds part. */
  declare rpoThresholdSeconds?: number;
  /** Threshold, minutes part. */
  declare rpoThresholdMinutes?: number;
  declare private readonly "emx:CDPReplicaRPOReportingFailedOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CDPReplicaRPOReportingFailedOptions> =
    defineBinding<CDPReplicaRPOReportingFailedOptions>({
      typeName: "CDPReplicaRPOReportingFailedOptionsType",
      className: "CDPReplicaRPOReportingFailedOptions",
      table: types,
      base: Info.binding,
      create: () => new CDPReplicaRPOReportingFailedOptions(),
      fields: Object.values(CDPReplicaRPOReportingFailedOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CDPReplicaRPOReportingFailedOptions>) {
    super(init);
  }
}

const CdpPolicyInfoFields = {
  cdpReplicaPolicyInfo: objectElement(
    types,
    "CdpReplicaPolicyInfo",
    "cdpReplicaPolicyInfo",
    "CdpReplicaPolicyInfoType",
  ),
};

/** The settings block of a CDP policy; the settings are wrapped in an element named after the policy kind. */
export class CdpPolicyInfo extends Info {
  /** Settings of a CDP replication policy. */
  declare cdpReplicaPolicyInfo?: CdpReplicaPolicyInfo;
  declare private readonly "emx:CdpPolicyInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpPolicyInfo> = defineBinding<CdpPolicyInfo>({
    typeName: "CdpPolicyInfoType",
    className: "CdpPolicyInfo",
    table: types,
    base: Info.binding,
    create: () => new CdpPolicyInfo(),
    fields: Object.values(CdpPolicyInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpPolicyInfo>) {
    super(init);
  }
}

const CdpReplicaPolicyInfoFields = {
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

/** What a CDP replication policy processes, and its policy-wide guest processing. */
export class CdpReplicaPolicyInfo extends Info {
  /**
   * VMs, vApps and containers processed by the policy.
   *
   * Written as `<Includes>` around one `<ObjectInJob>` per item; absent and empty stay distinct.
   */
  declare includes?: ObjectInJob[];
  /** Policy-wide application-aware processing; the same block as VM jobs carry. */
  declare guestProcessingOptions?: GuestProcessingOptions;
  declare private readonly "emx:CdpReplicaPolicyInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaPolicyInfo> = defineBinding<CdpReplicaPolicyInfo>({
    typeName: "CdpReplicaPolicyInfoType",
    className: "CdpReplicaPolicyInfo",
    table: types,
    base: Info.binding,
    create: () => new CdpReplicaPolicyInfo(),
    fields: Object.values(CdpReplicaPolicyInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaPolicyInfo>) {
    super(init);
  }
}

const CdpReplicaFields = {
  backupServer: scalarElement("BackupServer", "backupServer", stringCodec),
  policyUid: scalarElement("PolicyUid", "policyUid", uidOrGuidCodec),
  policyName: scalarElement("PolicyName", "policyName", stringCodec),
};

/** A CDP replica: what a CDP policy has replicated. */
export class CdpReplica extends Entity {
  /** Name of the backup server that holds the replica. */
  declare backupServer?: string;
  /** The CDP policy that made the replica (EM sends a bare identifier). */
  declare policyUid?: string;
  /** Name of that policy. */
  declare policyName?: string;
  declare private readonly "emx:CdpReplica": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplica> = defineBinding<CdpReplica>({
    typeName: "CdpReplicaEntityType",
    className: "CdpReplica",
    table: types,
    base: Entity.binding,
    create: () => new CdpReplica(),
    fields: Object.values(CdpReplicaFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplica>) {
    super(init);
  }
}

const CdpReplicasFields = {
  cdpReplicas: objectElement(types, "CdpReplica", "cdpReplicas", "CdpReplicaEntityType", 0, Infinity),
};

/** A list of CDP replicas. */
export class CdpReplicas extends List {
  /** One replica. */
  declare cdpReplicas?: CdpReplica[];
  declare private readonly "emx:CdpReplicas": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicas> = defineBinding<CdpReplicas>({
    typeName: "CdpReplicaEntityListType",
    className: "CdpReplicas",
    table: types,
    base: List.binding,
    create: () => new CdpReplicas(),
    fields: Object.values(CdpReplicasFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicas>) {
    super(init);
  }
}

const VmCdpReplicaEntityFields = {
  vmRef: scalarElement("VmRef", "vmRef", urnCodec),
  replicaUid: scalarElement("ReplicaUid", "replicaUid", uidOrGuidCodec),
  backupServer: scalarElement("BackupServer", "backupServer", stringCodec),
  policyUid: scalarElement("PolicyUid", "policyUid", uidOrGuidCodec),
  policyName: scalarElement("PolicyName", "policyName", stringCodec),
  repositoryName: scalarElement("RepositoryName", "repositoryName", stringCodec),
};

/** A VM in a CDP replica. */
export class VmCdpReplicaEntity extends Entity {
  /** The source VM. */
  declare vmRef?: string;
  /** The CDP replica the VM belongs to (EM sends a bare identifier). */
  declare replicaUid?: string;
  /** Name of the backup server that holds the replica. */
  declare backupServer?: string;
  /** The CDP policy that processes the VM (EM sends a bare identifier). */
  declare policyUid?: string;
  /** Name of that policy. */
  declare policyName?: string;
  /** Repository that keeps the replica metadata; seen in samples, not in the docs table. */
  declare repositoryName?: string;
  declare private readonly "emx:VmCdpReplicaEntity": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmCdpReplicaEntity> = defineBinding<VmCdpReplicaEntity>({
    typeName: "VmCdpReplicaEntityType",
    className: "VmCdpReplicaEntity",
    table: types,
    base: Entity.binding,
    create: () => new VmCdpReplicaEntity(),
    fields: Object.values(VmCdpReplicaEntityFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmCdpReplicaEntity>) {
    super(init);
  }
}

const VmCdpReplicasFields = {
  items: objectElement(types, "Items", "items", "VmCdpReplicaEntityType", 0, Infinity),
};

/** A list of VMs in a CDP replica. The item element name follows the sibling VAppCdpReplicaVms collection, the only one of this family EM has been seen to send. */
export class VmCdpReplicas extends List {
  /** One VM. */
  declare items?: VmCdpReplicaEntity[];
  declare private readonly "emx:VmCdpReplicas": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmCdpReplicas> = defineBinding<VmCdpReplicas>({
    typeName: "VmCdpReplicaEntityListType",
    className: "VmCdpReplicas",
    table: types,
    base: List.binding,
    create: () => new VmCdpReplicas(),
    fields: Object.values(VmCdpReplicasFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmCdpReplicas>) {
    super(init);
  }
}

const VAppCdpReplicaFields = {
  vAppRef: scalarElement("vAppRef", "vAppRef", urnCodec),
  replicaUid: scalarElement("ReplicaUid", "replicaUid", uidOrGuidCodec),
  backupServer: scalarElement("BackupServer", "backupServer", stringCodec),
  policyUid: scalarElement("PolicyUid", "policyUid", uidOrGuidCodec),
  policyName: scalarElement("PolicyName", "policyName", stringCodec),
};

/** A vApp replicated by a CDP policy for Cloud Director. */
export class VAppCdpReplica extends Entity {
  /** The source vApp. */
  declare vAppRef?: string;
  /** The CDP replica (EM sends a bare identifier). */
  declare replicaUid?: string;
  /** Name of the backup server that holds the replica. */
  declare backupServer?: string;
  /** The CDP policy that processes the vApp (EM sends a bare identifier). */
  declare policyUid?: string;
  /** Name of that policy. */
  declare policyName?: string;
  declare private readonly "emx:VAppCdpReplica": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppCdpReplica> = defineBinding<VAppCdpReplica>({
    typeName: "VAppCdpReplicaEntityType",
    className: "VAppCdpReplica",
    table: types,
    base: Entity.binding,
    create: () => new VAppCdpReplica(),
    fields: Object.values(VAppCdpReplicaFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppCdpReplica>) {
    super(init);
  }
}

const VAppCdpReplicasFields = {
  items: objectElement(types, "Items", "items", "VAppCdpReplicaEntityType", 0, Infinity),
};

/** A list of vApps replicated by CDP policies. The item element name follows the sibling VAppCdpReplicaVms collection. */
export class VAppCdpReplicas extends List {
  /** One vApp. */
  declare items?: VAppCdpReplica[];
  declare private readonly "emx:VAppCdpReplicas": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppCdpReplicas> = defineBinding<VAppCdpReplicas>({
    typeName: "VAppCdpReplicaEntityListType",
    className: "VAppCdpReplicas",
    table: types,
    base: List.binding,
    create: () => new VAppCdpReplicas(),
    fields: Object.values(VAppCdpReplicasFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppCdpReplicas>) {
    super(init);
  }
}

const VAppCdpReplicaVmFields = {
  replicaUid: scalarElement("ReplicaUid", "replicaUid", uidOrGuidCodec),
  vmRef: scalarElement("VmRef", "vmRef", urnCodec),
};

/** A VM of a vApp replicated by a CDP policy. */
export class VAppCdpReplicaVm extends Entity {
  /** The CDP replica (EM sends a bare identifier). */
  declare replicaUid?: string;
  /** The source VM. */
  declare vmRef?: string;
  declare private readonly "emx:VAppCdpReplicaVm": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppCdpReplicaVm> = defineBinding<VAppCdpReplicaVm>({
    typeName: "VAppCdpReplicaVmEntityType",
    className: "VAppCdpReplicaVm",
    table: types,
    base: Entity.binding,
    create: () => new VAppCdpReplicaVm(),
    fields: Object.values(VAppCdpReplicaVmFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppCdpReplicaVm>) {
    super(init);
  }
}

const VAppCdpReplicaVmsFields = {
  items: objectElement(types, "Items", "items", "VAppCdpReplicaVmEntityType", 0, Infinity),
};

/** The VMs of a vApp replicated by a CDP policy; EM names each item `Items`. */
export class VAppCdpReplicaVms extends List {
  /** One VM. */
  declare items?: VAppCdpReplicaVm[];
  declare private readonly "emx:VAppCdpReplicaVms": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppCdpReplicaVms> = defineBinding<VAppCdpReplicaVms>({
    typeName: "VAppCdpReplicaVmEntityListType",
    className: "VAppCdpReplicaVms",
    table: types,
    base: List.binding,
    create: () => new VAppCdpReplicaVms(),
    fields: Object.values(VAppCdpReplicaVmsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppCdpReplicaVms>) {
    super(init);
  }
}

const CdpReplicaSessionFields = {
  policyUid: scalarElement("PolicyUid", "policyUid", uidOrGuidCodec),
  policyName: scalarElement("PolicyName", "policyName", stringCodec),
  policyType: scalarElement("PolicyType", "policyType", cdpPolicyTypeEnumerationCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", cdpReplicaSessionStateEnumerationCodec),
  result: scalarElement("Result", "result", cdpSessionResultEnumerationCodec),
  progress: scalarElement("Progress", "progress", intCodec),
  failureMessage: scalarElement("FailureMessage", "failureMessage", stringCodec),
  isRetry: scalarElement("IsRetry", "isRetry", booleanCodec),
};

/** A CDP replication session; a new one starts every 24 hours. */
export class CdpReplicaSession extends Entity {
  /** The CDP policy of the session. */
  declare policyUid?: string;
  /** Name of that policy. */
  declare policyName?: string;
  /** Kind of policy. */
  declare policyType?: CdpPolicyTypeEnumeration;
  /** When the session started, in UTC. */
  declare creationTimeUTC?: XmlDateTime;
  /** When the session ended, in UTC. */
  declare endTimeUTC?: XmlDateTime;
  /** Where the session stands. */
  declare state?: CdpReplicaSessionStateEnumeration;
  /** Outcome of the session. */
  declare result?: CdpSessionResultEnumeration;
  /** Progress in percent. */
  declare progress?: number;
  /** Why the session failed. */
  declare failureMessage?: string;
  /** Whether the session is a retry. */
  declare isRetry?: boolean;
  declare private readonly "emx:CdpReplicaSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaSession> = defineBinding<CdpReplicaSession>({
    typeName: "CdpReplicaSessionEntityType",
    className: "CdpReplicaSession",
    table: types,
    base: Entity.binding,
    create: () => new CdpReplicaSession(),
    fields: Object.values(CdpReplicaSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaSession>) {
    super(init);
  }
}

const CdpReplicaSessionsFields = {
  cdpReplicaSessions: objectElement(
    types,
    "CdpReplicaSession",
    "cdpReplicaSessions",
    "CdpReplicaSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of CDP replication sessions. */
export class CdpReplicaSessions extends List {
  /** One session. */
  declare cdpReplicaSessions?: CdpReplicaSession[];
  declare private readonly "emx:CdpReplicaSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaSessions> = defineBinding<CdpReplicaSessions>({
    typeName: "CdpReplicaSessionEntityListType",
    className: "CdpReplicaSessions",
    table: types,
    base: List.binding,
    create: () => new CdpReplicaSessions(),
    fields: Object.values(CdpReplicaSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaSessions>) {
    super(init);
  }
}

const CdpReplicaTaskSessionFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  policySessionUid: scalarElement("PolicySessionUid", "policySessionUid", uidCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", cdpReplicaTaskSessionStateEnumerationCodec),
  result: scalarElement("Result", "result", cdpSessionResultEnumerationCodec),
  reason: scalarElement("Reason", "reason", stringCodec),
  totalSize: scalarElement("TotalSize", "totalSize", longCodec),
};

/** A CDP replication task session: the work on one object until the next long-term point. */
export class CdpReplicaTaskSession extends Entity {
  /** Name of the VM the task processes. */
  declare vmDisplayName?: string;
  /** The CDP replication session the task belongs to. */
  declare policySessionUid?: string;
  /** When the task started, in UTC. */
  declare creationTimeUTC?: XmlDateTime;
  /** When the task ended, in UTC. */
  declare endTimeUTC?: XmlDateTime;
  /** Where the task stands. */
  declare state?: CdpReplicaTaskSessionStateEnumeration;
  /** Outcome of the task. */
  declare result?: CdpSessionResultEnumeration;
  /** Why the task ended with a warning or failure. */
  declare reason?: string;
  /** Size of all restore points the task produced, in bytes. */
  declare totalSize?: number;
  declare private readonly "emx:CdpReplicaTaskSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaTaskSession> = defineBinding<CdpReplicaTaskSession>({
    typeName: "CdpReplicaTaskSessionEntityType",
    className: "CdpReplicaTaskSession",
    table: types,
    base: Entity.binding,
    create: () => new CdpReplicaTaskSession(),
    fields: Object.values(CdpReplicaTaskSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaTaskSession>) {
    super(init);
  }
}

const CdpReplicaTaskSessionsFields = {
  cdpReplicaTaskSessions: objectElement(
    types,
    "CdpReplicaTaskSession",
    "cdpReplicaTaskSessions",
    "CdpReplicaTaskSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of CDP replication task sessions. */
export class CdpReplicaTaskSessions extends List {
  /** One task session. */
  declare cdpReplicaTaskSessions?: CdpReplicaTaskSession[];
  declare private readonly "emx:CdpReplicaTaskSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaTaskSessions> = defineBinding<CdpReplicaTaskSessions>({
    typeName: "CdpReplicaTaskSessionEntityListType",
    className: "CdpReplicaTaskSessions",
    table: types,
    base: List.binding,
    create: () => new CdpReplicaTaskSessions(),
    fields: Object.values(CdpReplicaTaskSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaTaskSessions>) {
    super(init);
  }
}

const CdpReplicaIntervalsFields = {
  startDate: scalarElement("StartDate", "startDate", dateTimeCodec, 1, 1),
  endDate: scalarElement("EndDate", "endDate", dateTimeCodec, 1, 1),
  hasApplicationConsistentState: scalarElement(
    "HasApplicationConsistentState",
    "hasApplicationConsistentState",
    booleanCodec,
  ),
  intervals: wrappedElement(types, "Intervals", "intervals", "Interval", "CdpReplicaIntervalType"),
  restorePoints: wrappedElement(types, "RestorePoints", "restorePoints", "RestorePoint", "CdpReplicaRestorePointType"),
};

/** Body of the intervals action of a CDP VM or vApp replica: the request gives the time range, the answer adds the intervals and long-term points in it. */
export class CdpReplicaIntervals extends Info {
  /**
   * Start of the range, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare startDate?: XmlDateTime;
  /**
   * End of the range, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare endDate?: XmlDateTime;
  /** Whether the range holds an application-consistent state. */
  declare hasApplicationConsistentState?: boolean;
  /**
   * Periods the replica can be restored to.
   *
   * Written as `<Intervals>` around one `<Interval>` per item; absent and empty stay distinct.
   */
  declare intervals?: CdpReplicaInterval[];
  /**
   * Long-term restore points in the range.
   *
   * Written as `<RestorePoints>` around one `<RestorePoint>` per item; absent and empty stay distinct.
   */
  declare restorePoints?: CdpReplicaRestorePoint[];
  declare private readonly "emx:CdpReplicaIntervals": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpReplicaIntervals> = defineBinding<CdpReplicaIntervals>({
    typeName: "CdpReplicaIntervalsType",
    className: "CdpReplicaIntervals",
    table: types,
    base: Info.binding,
    create: () => new CdpReplicaIntervals(),
    fields: Object.values(CdpReplicaIntervalsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaIntervals>) {
    super(init);
  }
}

const CdpReplicaIntervalListFields = {
  intervals: objectElement(types, "Interval", "intervals", "CdpReplicaIntervalType", 0, Infinity),
};

/** Periods a CDP replica can be restored to. */
export class CdpReplicaIntervalList extends XmlObject {
  /** One period. */
  declare intervals?: CdpReplicaInterval[];
  declare private readonly "emx:CdpReplicaIntervalList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<CdpReplicaIntervalList> = defineBinding<CdpReplicaIntervalList>({
    typeName: "CdpReplicaIntervalListType",
    className: "CdpReplicaIntervalList",
    table: types,
    base: undefined,
    create: () => new CdpReplicaIntervalList(),
    fields: Object.values(CdpReplicaIntervalListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaIntervalList>) {
    super(init);
  }
}

const CdpReplicaIntervalFields = {
  startDate: scalarElement("StartDate", "startDate", dateTimeCodec),
  endDate: scalarElement("EndDate", "endDate", dateTimeCodec),
  rpo: scalarElement("Rpo", "rpo", intCodec),
  intervalType: scalarElement("IntervalType", "intervalType", stringCodec),
};

/** A period with a steady RPO in which a CDP replica can be restored. */
export class CdpReplicaInterval extends XmlObject {
  /** Start of the period. */
  declare startDate?: XmlDateTime;
  /** End of the period. */
  declare endDate?: XmlDateTime;
  /** Recovery point objective reached in the period. */
  declare rpo?: number;
  /** Kind of period, such as `RestoreAvailable`. */
  declare intervalType?: string;
  declare private readonly "emx:CdpReplicaInterval": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<CdpReplicaInterval> = defineBinding<CdpReplicaInterval>({
    typeName: "CdpReplicaIntervalType",
    className: "CdpReplicaInterval",
    table: types,
    base: undefined,
    create: () => new CdpReplicaInterval(),
    fields: Object.values(CdpReplicaIntervalFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaInterval>) {
    super(init);
  }
}

const CdpReplicaRestorePointListFields = {
  restorePoints: objectElement(types, "RestorePoint", "restorePoints", "CdpReplicaRestorePointType", 0, Infinity),
};

/** Long-term restore points of a CDP replica. */
export class CdpReplicaRestorePointList extends XmlObject {
  /** One point. */
  declare restorePoints?: CdpReplicaRestorePoint[];
  declare private readonly "emx:CdpReplicaRestorePointList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<CdpReplicaRestorePointList> = defineBinding<CdpReplicaRestorePointList>({
    typeName: "CdpReplicaRestorePointListType",
    className: "CdpReplicaRestorePointList",
    table: types,
    base: undefined,
    create: () => new CdpReplicaRestorePointList(),
    fields: Object.values(CdpReplicaRestorePointListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaRestorePointList>) {
    super(init);
  }
}

const CdpReplicaRestorePointFields = {
  id: scalarElement("Id", "id", stringCodec),
  date: scalarElement("Date", "date", dateTimeCodec),
  isApplicationConsistent: scalarElement("IsApplicationConsistent", "isApplicationConsistent", booleanCodec),
};

/** A long-term restore point of a CDP replica. */
export class CdpReplicaRestorePoint extends XmlObject {
  /** Identifier of the point. */
  declare id?: string;
  /** When the point was created. */
  declare date?: XmlDateTime;
  /** Whether the point is application-consistent. */
  declare isApplicationConsistent?: boolean;
  declare private readonly "emx:CdpReplicaRestorePoint": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<CdpReplicaRestorePoint> = defineBinding<CdpReplicaRestorePoint>({
    typeName: "CdpReplicaRestorePointType",
    className: "CdpReplicaRestorePoint",
    table: types,
    base: undefined,
    create: () => new CdpReplicaRestorePoint(),
    fields: Object.values(CdpReplicaRestorePointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpReplicaRestorePoint>) {
    super(init);
  }
}

const CdpFailoverStartSpecFields = {
  restoreCurrent: scalarElement("RestoreCurrent", "restoreCurrent", booleanCodec, 1, 1),
  restoreCurrentVss: scalarElement("RestoreCurrentVss", "restoreCurrentVss", booleanCodec, 1, 1),
  restoreAtInterval: scalarElement("RestoreAtInterval", "restoreAtInterval", dateTimeCodec),
  restoreAtPointInTime: scalarElement("RestoreAtPointInTime", "restoreAtPointInTime", dateTimeCodec),
  restoreAtPointinTime: scalarElement("RestoreAtPointinTime", "restoreAtPointinTime", dateTimeCodec),
};

/** Body of the failover action of a CDP VM or vApp replica: which state to fail over to. */
export class CdpFailoverStartSpec extends Spec {
  /**
   * Fail over to the latest crash-consistent state.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare restoreCurrent?: boolean;
  /**
   * Fail over to the latest application-consistent long-term point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare restoreCurrentVss?: boolean;
  /** Fail over to the latest point of the interval holding this time, in UTC. */
  declare restoreAtInterval?: XmlDateTime;
  /** Fail over to the latest state before this time, in UTC (spelling of the JSON example). */
  declare restoreAtPointInTime?: XmlDateTime;
  /** The same setting as the Parameters table spells it. */
  declare restoreAtPointinTime?: XmlDateTime;
  declare private readonly "emx:CdpFailoverStartSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CdpFailoverStartSpec> = defineBinding<CdpFailoverStartSpec>({
    typeName: "CdpFailoverStartSpecType",
    className: "CdpFailoverStartSpec",
    table: types,
    base: Spec.binding,
    create: () => new CdpFailoverStartSpec(),
    choices: [{ required: false, branches: [["RestoreAtPointInTime"], ["RestoreAtPointinTime"]] }],
    fields: Object.values(CdpFailoverStartSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CdpFailoverStartSpec>) {
    super(init);
  }
}
