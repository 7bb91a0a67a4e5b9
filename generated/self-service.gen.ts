// Generated from schemas/self-service.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Self-service backup: VMware Cloud Director organization configurations (/vCloud) and vSphere Self-Service Backup Portal tenant configurations (/selfService/vSphere), with their job settings, vCenter and tag scopes, and the backup job settings tenants' jobs get.

import {
  abstractType,
  attribute,
  booleanCodec,
  type ClassBinding,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  longCodec,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedScalars,
  XmlObject,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, Spec, optionalUidCodec, uidCodec } from "./common.gen.js";
import {
  daysOfWeekEnumerationCodec,
  type DaysOfWeekEnumeration,
  type JobScheduleDailyOptions,
  type JobScheduleMonthlyOptions,
} from "./job-schedule.gen.js";
import {
  vSphereSelfServiceAccountTypeEnumerationCodec,
  type VSphereSelfServiceAccountTypeEnumeration,
  type VSphereSelfServiceConfigAccountInfo,
} from "./security.gen.js";
import { types } from "./type-table.gen.js";

/** Which schedule options self-service tenants get for their jobs: all of them, daily and monthly only, daily with a randomized start inside the backup window, or none (unscheduled jobs only). Open: other values are kept (strict reading rejects them). */
export type JobSchedulerTypeEnumeration = "Full" | "Partial" | "Random" | "Disabled" | (string & {});

/** Codec of {@link JobSchedulerTypeEnumeration}. */
export const jobSchedulerTypeEnumerationCodec = enumerationCodec<JobSchedulerTypeEnumeration>(
  "JobSchedulerTypeEnumeration",
  ["Full", "Partial", "Random", "Disabled"],
);

/** The /vCloud resource: links to the VMware Cloud Director organization configurations. */
export class VCloudService extends Resource {
  declare private readonly "emx:VCloudService": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudService> = defineBinding<VCloudService>({
    typeName: "VCloudServiceType",
    className: "VCloudService",
    table: types,
    base: Resource.binding,
    create: () => new VCloudService(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudService>) {
    super(init);
  }
}

const VCloudOrganizationConfigEntityTypeJobSettingsFields = {
  defaultSettings: scalarElement("DefaultSettings", "defaultSettings", booleanCodec),
  customSettings: scalarElement("CustomSettings", "customSettings", booleanCodec),
  jobSchedulerType: scalarElement("JobSchedulerType", "jobSchedulerType", jobSchedulerTypeEnumerationCodec, 1, 1),
  highPriorityJob: scalarElement("HighPriorityJob", "highPriorityJob", booleanCodec),
  templateJobUid: scalarElement("TemplateJobUid", "templateJobUid", uidCodec),
};

/** Job settings of a VMware Cloud Director organization configuration (its JobSettings element). */
export class VCloudOrganizationConfigEntityTypeJobSettings extends Info {
  /** Whether tenant jobs get the default Cloud Director backup job settings. */
  declare defaultSettings?: boolean;
  /** Whether tenant jobs copy the settings of the job in TemplateJobUid. */
  declare customSettings?: boolean;
  /**
   * Schedule options available to organization members.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobSchedulerType?: JobSchedulerTypeEnumeration;
  /** Whether tenant jobs run with high priority. */
  declare highPriorityJob?: boolean;
  /** The Cloud Director backup job whose settings tenant jobs copy. */
  declare templateJobUid?: string;
  declare private readonly "emx:VCloudOrganizationConfigEntityTypeJobSettings": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudOrganizationConfigEntityTypeJobSettings> =
    defineBinding<VCloudOrganizationConfigEntityTypeJobSettings>({
      typeName: "VCloudOrganizationConfigEntityTypeJobSettings",
      className: "VCloudOrganizationConfigEntityTypeJobSettings",
      table: types,
      base: Info.binding,
      create: () => new VCloudOrganizationConfigEntityTypeJobSettings(),
      fields: Object.values(VCloudOrganizationConfigEntityTypeJobSettingsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudOrganizationConfigEntityTypeJobSettings>) {
    super(init);
  }
}

const VCloudOrganizationConfigFields = {
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", optionalUidCodec, 1, 1),
  quotaGb: scalarElement("QuotaGb", "quotaGb", longCodec, 1, 1),
  isDisabled: scalarElement("IsDisabled", "isDisabled", booleanCodec, 1, 1),
  jobSettings: objectElement(
    types,
    "JobSettings",
    "jobSettings",
    "VCloudOrganizationConfigEntityTypeJobSettings",
    1,
    1,
  ),
  usedQuotaMb: scalarElement("UsedQuotaMb", "usedQuotaMb", longCodec),
  hostUid: scalarElement("HostUid", "hostUid", uidCodec, 1, 1),
  repositoryFriendlyName: scalarElement("RepositoryFriendlyName", "repositoryFriendlyName", stringCodec, 1, 1),
};

/** Self-service backup settings of one VMware Cloud Director organization, or of all others (the configuration named Other organizations). */
export class VCloudOrganizationConfig extends Entity {
  /**
   * The backup server that processes the organization's VMs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /**
   * The repository holding the organization's quota; written empty when there is none.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /**
   * Storage quota of the organization, in GB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare quotaGb?: number;
  /**
   * Whether this configuration is switched off, so that the organization falls back to the default one.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare isDisabled?: boolean;
  /**
   * Settings of the organization's backup jobs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobSettings?: VCloudOrganizationConfigEntityTypeJobSettings;
  /** Space of the quota in use, in MB. */
  declare usedQuotaMb?: number;
  /**
   * The Cloud Director server the organization lives on.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hostUid?: string;
  /**
   * Repository name shown to organization members.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryFriendlyName?: string;
  declare private readonly "emx:VCloudOrganizationConfig": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudOrganizationConfig> = defineBinding<VCloudOrganizationConfig>({
    typeName: "VCloudOrganizationConfigEntityType",
    className: "VCloudOrganizationConfig",
    table: types,
    base: Entity.binding,
    create: () => new VCloudOrganizationConfig(),
    fields: Object.values(VCloudOrganizationConfigFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudOrganizationConfig>) {
    super(init);
  }
}

const VCloudOrganizationConfigsFields = {
  vCloudOrganizationConfigs: objectElement(
    types,
    "VCloudOrganizationConfig",
    "vCloudOrganizationConfigs",
    "VCloudOrganizationConfigEntityType",
    0,
    Infinity,
  ),
};

/** A list of VMware Cloud Director organization configurations, as entities. */
export class VCloudOrganizationConfigs extends List {
  /** One configuration. */
  declare vCloudOrganizationConfigs?: VCloudOrganizationConfig[];
  declare private readonly "emx:VCloudOrganizationConfigs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudOrganizationConfigs> = defineBinding<VCloudOrganizationConfigs>({
    typeName: "VCloudOrganizationConfigEntityListType",
    className: "VCloudOrganizationConfigs",
    table: types,
    base: List.binding,
    create: () => new VCloudOrganizationConfigs(),
    fields: Object.values(VCloudOrganizationConfigsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudOrganizationConfigs>) {
    super(init);
  }
}

const VCloudOrganizationConfigCreateSpecFields = {
  organizationName: scalarElement("OrganizationName", "organizationName", stringCodec, 1, 1),
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", optionalUidCodec, 1, 1),
  quotaGb: scalarElement("QuotaGb", "quotaGb", longCodec, 1, 1),
  repositoryFriendlyName: scalarElement("RepositoryFriendlyName", "repositoryFriendlyName", stringCodec, 1, 1),
  templateJobUid: scalarElement("TemplateJobUid", "templateJobUid", uidCodec),
  jobSchedulerType: scalarElement("JobSchedulerType", "jobSchedulerType", jobSchedulerTypeEnumerationCodec, 1, 1),
  highPriorityJob: scalarElement("HighPriorityJob", "highPriorityJob", booleanCodec),
  hostUid: scalarElement("HostUid", "hostUid", uidCodec, 1, 1),
};

/** A new VMware Cloud Director organization configuration. RepositoryFriendlyName follows QuotaGb as in EM's JSON; the page's XML example and table put it last. */
export class VCloudOrganizationConfigCreateSpec extends Spec {
  /**
   * Name of an existing Cloud Director organization.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare organizationName?: string;
  /**
   * The backup server that processes the organization's VMs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /**
   * The repository to hold the organization's quota.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /**
   * Storage quota, in GB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare quotaGb?: number;
  /**
   * Repository name shown to organization members.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryFriendlyName?: string;
  /** A Cloud Director backup job whose settings tenant jobs copy; without it they get the defaults. */
  declare templateJobUid?: string;
  /**
   * Schedule options available to organization members.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobSchedulerType?: JobSchedulerTypeEnumeration;
  /** Whether tenant jobs run with high priority. */
  declare highPriorityJob?: boolean;
  /**
   * The Cloud Director server the organization lives on.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hostUid?: string;
  declare private readonly "emx:VCloudOrganizationConfigCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudOrganizationConfigCreateSpec> =
    defineBinding<VCloudOrganizationConfigCreateSpec>({
      typeName: "VCloudOrganizationConfigCreateSpecType",
      className: "VCloudOrganizationConfigCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new VCloudOrganizationConfigCreateSpec(),
      fields: Object.values(VCloudOrganizationConfigCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudOrganizationConfigCreateSpec>) {
    super(init);
  }
}

const SelfServiceBackupJobSettingsResourceFields = {
  useDefaultJobSettings: scalarElement("UseDefaultJobSettings", "useDefaultJobSettings", booleanCodec),
  advancedSettings: objectElement(
    types,
    "AdvancedSettings",
    "advancedSettings",
    "SelfServiceJobAdvancedSettingsInfoType",
  ),
  sourceProxyAutoDetect: scalarElement("SourceProxyAutoDetect", "sourceProxyAutoDetect", booleanCodec),
};

/** The backup job settings that self-service tenants' jobs get, as the backupJobSettings resources of Cloud Director and vSphere configurations show them (layout seen in build 13.1 pages; older pages cut the example). */
export abstract class SelfServiceBackupJobSettingsResource extends Resource {
  /** Whether the default backup job settings apply rather than a template job's. */
  declare useDefaultJobSettings?: boolean;
  /** The advanced settings in effect. */
  declare advancedSettings?: SelfServiceJobAdvancedSettingsInfo;
  /** Whether backup proxies are picked automatically. */
  declare sourceProxyAutoDetect?: boolean;
  declare private readonly "emx:SelfServiceBackupJobSettingsResource": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceBackupJobSettingsResource> =
    defineBinding<SelfServiceBackupJobSettingsResource>({
      typeName: "SelfServiceBackupJobSettingsResourceType",
      className: "SelfServiceBackupJobSettingsResource",
      table: types,
      base: Resource.binding,
      create: abstractType("SelfServiceBackupJobSettingsResourceType"),
      fields: Object.values(SelfServiceBackupJobSettingsResourceFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceBackupJobSettingsResource>) {
    super(init);
  }
}

/** Backup job settings applied to jobs of a VMware Cloud Director organization. */
export class VCloudOrganizationConfigBackupJobSettings extends SelfServiceBackupJobSettingsResource {
  declare private readonly "emx:VCloudOrganizationConfigBackupJobSettings": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudOrganizationConfigBackupJobSettings> =
    defineBinding<VCloudOrganizationConfigBackupJobSettings>({
      typeName: "VCloudOrganizationConfigBackupJobSettingsResourceType",
      className: "VCloudOrganizationConfigBackupJobSettings",
      table: types,
      base: SelfServiceBackupJobSettingsResource.binding,
      create: () => new VCloudOrganizationConfigBackupJobSettings(),
      fields: [],
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudOrganizationConfigBackupJobSettings>) {
    super(init);
  }
}

const SelfServiceJobAdvancedSettingsInfoFields = {
  backupSettings: objectElement(types, "BackupSettings", "backupSettings", "SelfServiceJobBackupSettingsInfoType"),
  maintenanceSettings: objectElement(
    types,
    "MaintenanceSettings",
    "maintenanceSettings",
    "SelfServiceJobMaintenanceSettingsInfoType",
  ),
  storageSettings: objectElement(types, "StorageSettings", "storageSettings", "SelfServiceJobStorageSettingsInfoType"),
  notificationsSettings: objectElement(
    types,
    "NotificationsSettings",
    "notificationsSettings",
    "SelfServiceJobNotificationsSettingsInfoType",
  ),
  vSphereSettings: objectElement(types, "vSphereSettings", "vSphereSettings", "SelfServiceJobVSphereSettingsInfoType"),
  integrationSettings: objectElement(
    types,
    "IntegrationSettings",
    "integrationSettings",
    "SelfServiceJobIntegrationSettingsInfoType",
  ),
  scriptsSettings: objectElement(types, "ScriptsSettings", "scriptsSettings", "SelfServiceJobScriptsSettingsInfoType"),
};

/** Advanced backup job settings, grouped as in the job's advanced settings dialog. */
export class SelfServiceJobAdvancedSettingsInfo extends Info {
  /** Backup method and full backups. */
  declare backupSettings?: SelfServiceJobBackupSettingsInfo;
  /** Health checks and full backup file maintenance. */
  declare maintenanceSettings?: SelfServiceJobMaintenanceSettingsInfo;
  /** Data reduction and encryption. */
  declare storageSettings?: SelfServiceJobStorageSettingsInfo;
  /** SNMP and VM attribute notifications. */
  declare notificationsSettings?: SelfServiceJobNotificationsSettingsInfo;
  /** Guest quiescence and changed block tracking. */
  declare vSphereSettings?: SelfServiceJobVSphereSettingsInfo;
  /** Backup from storage snapshots. */
  declare integrationSettings?: SelfServiceJobIntegrationSettingsInfo;
  /** Scripts run before and after the job. */
  declare scriptsSettings?: SelfServiceJobScriptsSettingsInfo;
  declare private readonly "emx:SelfServiceJobAdvancedSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobAdvancedSettingsInfo> =
    defineBinding<SelfServiceJobAdvancedSettingsInfo>({
      typeName: "SelfServiceJobAdvancedSettingsInfoType",
      className: "SelfServiceJobAdvancedSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobAdvancedSettingsInfo(),
      fields: Object.values(SelfServiceJobAdvancedSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobAdvancedSettingsInfo>) {
    super(init);
  }
}

const SelfServiceEnabledOptionInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
};

/** A setting that is only switched on or off. */
export class SelfServiceEnabledOptionInfo extends Info {
  /** Whether the setting is on. */
  declare enabled?: boolean;
  declare private readonly "emx:SelfServiceEnabledOptionInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceEnabledOptionInfo> =
    defineBinding<SelfServiceEnabledOptionInfo>({
      typeName: "SelfServiceEnabledOptionInfoType",
      className: "SelfServiceEnabledOptionInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceEnabledOptionInfo(),
      fields: Object.values(SelfServiceEnabledOptionInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceEnabledOptionInfo>) {
    super(init);
  }
}

const SelfServiceWeeklyScheduleInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  days: scalarElement("Days", "days", daysOfWeekEnumerationCodec, 0, Infinity),
};

/** A schedule on selected days of the week. */
export class SelfServiceWeeklyScheduleInfo extends Info {
  /** Whether this schedule is the one used. */
  declare enabled?: boolean;
  /** The days picked, one element per day. */
  declare days?: DaysOfWeekEnumeration[];
  declare private readonly "emx:SelfServiceWeeklyScheduleInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceWeeklyScheduleInfo> =
    defineBinding<SelfServiceWeeklyScheduleInfo>({
      typeName: "SelfServiceWeeklyScheduleInfoType",
      className: "SelfServiceWeeklyScheduleInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceWeeklyScheduleInfo(),
      fields: Object.values(SelfServiceWeeklyScheduleInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceWeeklyScheduleInfo>) {
    super(init);
  }
}

const SelfServiceJobBackupSettingsInfoFields = {
  backupMode: objectElement(types, "BackupMode", "backupMode", "SelfServiceJobBackupModeInfoType"),
  activeFullBackup: objectElement(
    types,
    "ActiveFullBackup",
    "activeFullBackup",
    "SelfServiceJobActiveFullBackupInfoType",
  ),
};

/** How the job backs up: backup method and active full backups. */
export class SelfServiceJobBackupSettingsInfo extends Info {
  /** Backup method. */
  declare backupMode?: SelfServiceJobBackupModeInfo;
  /** Periodic active full backups. */
  declare activeFullBackup?: SelfServiceJobActiveFullBackupInfo;
  declare private readonly "emx:SelfServiceJobBackupSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobBackupSettingsInfo> =
    defineBinding<SelfServiceJobBackupSettingsInfo>({
      typeName: "SelfServiceJobBackupSettingsInfoType",
      className: "SelfServiceJobBackupSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobBackupSettingsInfo(),
      fields: Object.values(SelfServiceJobBackupSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobBackupSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobBackupModeInfoFields = {
  incremental: objectElement(types, "Incremental", "incremental", "SelfServiceJobIncrementalModeInfoType"),
};

/** Backup method of the job. */
export class SelfServiceJobBackupModeInfo extends Info {
  /** Forever-forward or forward incremental backup. */
  declare incremental?: SelfServiceJobIncrementalModeInfo;
  declare private readonly "emx:SelfServiceJobBackupModeInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobBackupModeInfo> =
    defineBinding<SelfServiceJobBackupModeInfo>({
      typeName: "SelfServiceJobBackupModeInfoType",
      className: "SelfServiceJobBackupModeInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobBackupModeInfo(),
      fields: Object.values(SelfServiceJobBackupModeInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobBackupModeInfo>) {
    super(init);
  }
}

const SelfServiceJobIncrementalModeInfoFields = {
  syntheticFull: objectElement(types, "SyntheticFull", "syntheticFull", "SelfServiceJobSyntheticFullInfoType"),
};

/** Incremental backup method. */
export class SelfServiceJobIncrementalModeInfo extends Info {
  /** Periodic synthetic full backups. */
  declare syntheticFull?: SelfServiceJobSyntheticFullInfo;
  declare private readonly "emx:SelfServiceJobIncrementalModeInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobIncrementalModeInfo> =
    defineBinding<SelfServiceJobIncrementalModeInfo>({
      typeName: "SelfServiceJobIncrementalModeInfoType",
      className: "SelfServiceJobIncrementalModeInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobIncrementalModeInfo(),
      fields: Object.values(SelfServiceJobIncrementalModeInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobIncrementalModeInfo>) {
    super(init);
  }
}

const SelfServiceJobSyntheticFullInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  optionsDaily: objectElement(types, "OptionsDaily", "optionsDaily", "JobScheduleDailyOptionsType"),
  transformPreviousBackupChains: scalarElement(
    "TransformPreviousBackupChains",
    "transformPreviousBackupChains",
    booleanCodec,
  ),
};

/** Synthetic full backups and when they are built. */
export class SelfServiceJobSyntheticFullInfo extends Info {
  /** Whether synthetic full backups are built. */
  declare enabled?: boolean;
  /** Days on which they are built. */
  declare optionsDaily?: JobScheduleDailyOptions;
  /** Whether earlier backup chains are turned into rollbacks. */
  declare transformPreviousBackupChains?: boolean;
  declare private readonly "emx:SelfServiceJobSyntheticFullInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobSyntheticFullInfo> =
    defineBinding<SelfServiceJobSyntheticFullInfo>({
      typeName: "SelfServiceJobSyntheticFullInfoType",
      className: "SelfServiceJobSyntheticFullInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobSyntheticFullInfo(),
      fields: Object.values(SelfServiceJobSyntheticFullInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobSyntheticFullInfo>) {
    super(init);
  }
}

const SelfServiceJobActiveFullBackupInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  optionsWeekly: objectElement(types, "OptionsWeekly", "optionsWeekly", "SelfServiceWeeklyScheduleInfoType"),
};

/** Periodic active full backups. */
export class SelfServiceJobActiveFullBackupInfo extends Info {
  /** Whether active full backups run. */
  declare enabled?: boolean;
  /** Days on which they run. */
  declare optionsWeekly?: SelfServiceWeeklyScheduleInfo;
  declare private readonly "emx:SelfServiceJobActiveFullBackupInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobActiveFullBackupInfo> =
    defineBinding<SelfServiceJobActiveFullBackupInfo>({
      typeName: "SelfServiceJobActiveFullBackupInfoType",
      className: "SelfServiceJobActiveFullBackupInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobActiveFullBackupInfo(),
      fields: Object.values(SelfServiceJobActiveFullBackupInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobActiveFullBackupInfo>) {
    super(init);
  }
}

const SelfServiceJobMaintenanceSettingsInfoFields = {
  backupFilesHealthCheck: objectElement(
    types,
    "BackupFilesHealthCheck",
    "backupFilesHealthCheck",
    "SelfServiceJobMonthlyMaintenanceInfoType",
  ),
  fullBackupFileMaintenance: objectElement(
    types,
    "FullBackupFileMaintenance",
    "fullBackupFileMaintenance",
    "SelfServiceJobFullBackupFileMaintenanceInfoType",
  ),
};

/** Maintenance of the job's backup files. */
export class SelfServiceJobMaintenanceSettingsInfo extends Info {
  /** Periodic health check of the backup files. */
  declare backupFilesHealthCheck?: SelfServiceJobMonthlyMaintenanceInfo;
  /** Clean-up and compaction of full backup files. */
  declare fullBackupFileMaintenance?: SelfServiceJobFullBackupFileMaintenanceInfo;
  declare private readonly "emx:SelfServiceJobMaintenanceSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobMaintenanceSettingsInfo> =
    defineBinding<SelfServiceJobMaintenanceSettingsInfo>({
      typeName: "SelfServiceJobMaintenanceSettingsInfoType",
      className: "SelfServiceJobMaintenanceSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobMaintenanceSettingsInfo(),
      fields: Object.values(SelfServiceJobMaintenanceSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobMaintenanceSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobMonthlyMaintenanceInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  optionsMonthly: objectElement(types, "OptionsMonthly", "optionsMonthly", "JobScheduleMonthlyOptionsType"),
};

/** A maintenance task run on a monthly schedule. */
export class SelfServiceJobMonthlyMaintenanceInfo extends Info {
  /** Whether the task runs. */
  declare enabled?: boolean;
  /** When the task runs. */
  declare optionsMonthly?: JobScheduleMonthlyOptions;
  declare private readonly "emx:SelfServiceJobMonthlyMaintenanceInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobMonthlyMaintenanceInfo> =
    defineBinding<SelfServiceJobMonthlyMaintenanceInfo>({
      typeName: "SelfServiceJobMonthlyMaintenanceInfoType",
      className: "SelfServiceJobMonthlyMaintenanceInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobMonthlyMaintenanceInfo(),
      fields: Object.values(SelfServiceJobMonthlyMaintenanceInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobMonthlyMaintenanceInfo>) {
    super(init);
  }
}

const SelfServiceJobFullBackupFileMaintenanceInfoFields = {
  removeDeletedVms: objectElement(
    types,
    "RemoveDeletedVms",
    "removeDeletedVms",
    "SelfServiceJobRemoveDeletedVmsInfoType",
  ),
  defragmentFullBackupFile: objectElement(
    types,
    "DefragmentFullBackupFile",
    "defragmentFullBackupFile",
    "SelfServiceJobMonthlyMaintenanceInfoType",
  ),
};

/** Maintenance of full backup files. */
export class SelfServiceJobFullBackupFileMaintenanceInfo extends Info {
  /** Removal of data of VMs deleted from the infrastructure. */
  declare removeDeletedVms?: SelfServiceJobRemoveDeletedVmsInfo;
  /** Defragmentation and compaction of the full backup file. */
  declare defragmentFullBackupFile?: SelfServiceJobMonthlyMaintenanceInfo;
  declare private readonly "emx:SelfServiceJobFullBackupFileMaintenanceInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobFullBackupFileMaintenanceInfo> =
    defineBinding<SelfServiceJobFullBackupFileMaintenanceInfo>({
      typeName: "SelfServiceJobFullBackupFileMaintenanceInfoType",
      className: "SelfServiceJobFullBackupFileMaintenanceInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobFullBackupFileMaintenanceInfo(),
      fields: Object.values(SelfServiceJobFullBackupFileMaintenanceInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobFullBackupFileMaintenanceInfo>) {
    super(init);
  }
}

const SelfServiceJobRemoveDeletedVmsInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  removeAfter: scalarElement("RemoveAfter", "removeAfter", intCodec),
};

/** Removal of data of deleted VMs from backups. */
export class SelfServiceJobRemoveDeletedVmsInfo extends Info {
  /** Whether such data is removed. */
  declare enabled?: boolean;
  /** Days to keep the data of a deleted VM. */
  declare removeAfter?: number;
  declare private readonly "emx:SelfServiceJobRemoveDeletedVmsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobRemoveDeletedVmsInfo> =
    defineBinding<SelfServiceJobRemoveDeletedVmsInfo>({
      typeName: "SelfServiceJobRemoveDeletedVmsInfoType",
      className: "SelfServiceJobRemoveDeletedVmsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobRemoveDeletedVmsInfo(),
      fields: Object.values(SelfServiceJobRemoveDeletedVmsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobRemoveDeletedVmsInfo>) {
    super(init);
  }
}

const SelfServiceJobStorageSettingsInfoFields = {
  dataReduction: objectElement(types, "DataReduction", "dataReduction", "SelfServiceJobDataReductionInfoType"),
  encryption: objectElement(types, "Encryption", "encryption", "SelfServiceEnabledOptionInfoType"),
};

/** Storage settings of the job. */
export class SelfServiceJobStorageSettingsInfo extends Info {
  /** Deduplication, exclusions and compression. */
  declare dataReduction?: SelfServiceJobDataReductionInfo;
  /** Whether backup files are encrypted. */
  declare encryption?: SelfServiceEnabledOptionInfo;
  declare private readonly "emx:SelfServiceJobStorageSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobStorageSettingsInfo> =
    defineBinding<SelfServiceJobStorageSettingsInfo>({
      typeName: "SelfServiceJobStorageSettingsInfoType",
      className: "SelfServiceJobStorageSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobStorageSettingsInfo(),
      fields: Object.values(SelfServiceJobStorageSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobStorageSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobDataReductionInfoFields = {
  enableInlineDataDeduplication: scalarElement(
    "EnableInlineDataDeduplication",
    "enableInlineDataDeduplication",
    booleanCodec,
  ),
  enableSwapFileBlocks: scalarElement("EnableSwapFileBlocks", "enableSwapFileBlocks", booleanCodec),
  enableDeletedFileBlocks: scalarElement("EnableDeletedFileBlocks", "enableDeletedFileBlocks", booleanCodec),
  compressionLevel: scalarElement("CompressionLevel", "compressionLevel", stringCodec),
  storageOptimization: scalarElement("StorageOptimization", "storageOptimization", stringCodec),
};

/** How the job reduces the data it stores. */
export class SelfServiceJobDataReductionInfo extends Info {
  /** Whether inline deduplication is on. */
  declare enableInlineDataDeduplication?: boolean;
  /** Whether swap and hibernation file blocks are left out. */
  declare enableSwapFileBlocks?: boolean;
  /** Whether blocks of deleted files are left out. */
  declare enableDeletedFileBlocks?: boolean;
  /** Compression level, such as `Optimal`. */
  declare compressionLevel?: string;
  /** Block size optimization, such as `LocalTarget`. */
  declare storageOptimization?: string;
  declare private readonly "emx:SelfServiceJobDataReductionInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobDataReductionInfo> =
    defineBinding<SelfServiceJobDataReductionInfo>({
      typeName: "SelfServiceJobDataReductionInfoType",
      className: "SelfServiceJobDataReductionInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobDataReductionInfo(),
      fields: Object.values(SelfServiceJobDataReductionInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobDataReductionInfo>) {
    super(init);
  }
}

const SelfServiceJobNotificationsSettingsInfoFields = {
  sendSnmpNotifications: scalarElement("SendSnmpNotifications", "sendSnmpNotifications", booleanCodec),
  vmAttributeNotifications: objectElement(
    types,
    "VmAttributeNotifications",
    "vmAttributeNotifications",
    "SelfServiceJobVmAttributeNotificationsInfoType",
  ),
};

/** Notification settings of the job. */
export class SelfServiceJobNotificationsSettingsInfo extends Info {
  /** Whether SNMP traps are sent. */
  declare sendSnmpNotifications?: boolean;
  /** Writing backup results to a VM attribute. */
  declare vmAttributeNotifications?: SelfServiceJobVmAttributeNotificationsInfo;
  declare private readonly "emx:SelfServiceJobNotificationsSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobNotificationsSettingsInfo> =
    defineBinding<SelfServiceJobNotificationsSettingsInfo>({
      typeName: "SelfServiceJobNotificationsSettingsInfoType",
      className: "SelfServiceJobNotificationsSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobNotificationsSettingsInfo(),
      fields: Object.values(SelfServiceJobNotificationsSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobNotificationsSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobVmAttributeNotificationsInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  setSuccessfulBackupDetailsToVmAttr: scalarElement(
    "SetSuccessfulBackupDetailsToVmAttr",
    "setSuccessfulBackupDetailsToVmAttr",
    stringCodec,
  ),
  appendToExistingAttrValue: scalarElement("AppendToExistingAttrValue", "appendToExistingAttrValue", booleanCodec),
};

/** Writing details of successful backups to a VM attribute. */
export class SelfServiceJobVmAttributeNotificationsInfo extends Info {
  /** Whether the details are written. */
  declare enabled?: boolean;
  /** The VM attribute written to, such as `Notes`. */
  declare setSuccessfulBackupDetailsToVmAttr?: string;
  /** Whether the details are appended to what the attribute holds. */
  declare appendToExistingAttrValue?: boolean;
  declare private readonly "emx:SelfServiceJobVmAttributeNotificationsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobVmAttributeNotificationsInfo> =
    defineBinding<SelfServiceJobVmAttributeNotificationsInfo>({
      typeName: "SelfServiceJobVmAttributeNotificationsInfoType",
      className: "SelfServiceJobVmAttributeNotificationsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobVmAttributeNotificationsInfo(),
      fields: Object.values(SelfServiceJobVmAttributeNotificationsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobVmAttributeNotificationsInfo>) {
    super(init);
  }
}

const SelfServiceJobVSphereSettingsInfoFields = {
  guestQuiescence: objectElement(types, "GuestQuiescence", "guestQuiescence", "SelfServiceEnabledOptionInfoType"),
  changedBlockTracking: objectElement(
    types,
    "ChangedBlockTracking",
    "changedBlockTracking",
    "SelfServiceJobChangedBlockTrackingInfoType",
  ),
};

/** vSphere-specific settings of the job. */
export class SelfServiceJobVSphereSettingsInfo extends Info {
  /** Whether VMware Tools quiescence is used. */
  declare guestQuiescence?: SelfServiceEnabledOptionInfo;
  /** Use of changed block tracking. */
  declare changedBlockTracking?: SelfServiceJobChangedBlockTrackingInfo;
  declare private readonly "emx:SelfServiceJobVSphereSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobVSphereSettingsInfo> =
    defineBinding<SelfServiceJobVSphereSettingsInfo>({
      typeName: "SelfServiceJobVSphereSettingsInfoType",
      className: "SelfServiceJobVSphereSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobVSphereSettingsInfo(),
      fields: Object.values(SelfServiceJobVSphereSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobVSphereSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobChangedBlockTrackingInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  enableForAllProtectedVms: scalarElement("EnableForAllProtectedVms", "enableForAllProtectedVms", booleanCodec),
  resetChangeTrackingOnActiveFull: scalarElement(
    "ResetChangeTrackingOnActiveFull",
    "resetChangeTrackingOnActiveFull",
    booleanCodec,
  ),
};

/** Use of VMware changed block tracking. */
export class SelfServiceJobChangedBlockTrackingInfo extends Info {
  /** Whether changed block tracking is used. */
  declare enabled?: boolean;
  /** Whether tracking is switched on for every VM the job processes. */
  declare enableForAllProtectedVms?: boolean;
  /** Whether tracking is reset at active full backups. */
  declare resetChangeTrackingOnActiveFull?: boolean;
  declare private readonly "emx:SelfServiceJobChangedBlockTrackingInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobChangedBlockTrackingInfo> =
    defineBinding<SelfServiceJobChangedBlockTrackingInfo>({
      typeName: "SelfServiceJobChangedBlockTrackingInfoType",
      className: "SelfServiceJobChangedBlockTrackingInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobChangedBlockTrackingInfo(),
      fields: Object.values(SelfServiceJobChangedBlockTrackingInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobChangedBlockTrackingInfo>) {
    super(init);
  }
}

const SelfServiceJobIntegrationSettingsInfoFields = {
  backupFromStorageSnapshots: objectElement(
    types,
    "BackupFromStorageSnapshots",
    "backupFromStorageSnapshots",
    "SelfServiceJobBackupFromStorageSnapshotsInfoType",
  ),
};

/** Storage integration settings of the job. */
export class SelfServiceJobIntegrationSettingsInfo extends Info {
  /** Backup from storage snapshots. */
  declare backupFromStorageSnapshots?: SelfServiceJobBackupFromStorageSnapshotsInfo;
  declare private readonly "emx:SelfServiceJobIntegrationSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobIntegrationSettingsInfo> =
    defineBinding<SelfServiceJobIntegrationSettingsInfo>({
      typeName: "SelfServiceJobIntegrationSettingsInfoType",
      className: "SelfServiceJobIntegrationSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobIntegrationSettingsInfo(),
      fields: Object.values(SelfServiceJobIntegrationSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobIntegrationSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobBackupFromStorageSnapshotsInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  limitProcessedVmCountPerStorageSnapshot: scalarElement(
    "LimitProcessedVmCountPerStorageSnapshot",
    "limitProcessedVmCountPerStorageSnapshot",
    intCodec,
  ),
  failoverToStandartBackup: scalarElement("FailoverToStandartBackup", "failoverToStandartBackup", booleanCodec),
};

/** Backing up from storage snapshots. */
export class SelfServiceJobBackupFromStorageSnapshotsInfo extends Info {
  /** Whether storage snapshots are used. */
  declare enabled?: boolean;
  /** Most VMs processed from one storage snapshot. */
  declare limitProcessedVmCountPerStorageSnapshot?: number;
  /** Whether the job falls back to a regular backup when a snapshot cannot be used (the misspelling is EM's). */
  declare failoverToStandartBackup?: boolean;
  declare private readonly "emx:SelfServiceJobBackupFromStorageSnapshotsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobBackupFromStorageSnapshotsInfo> =
    defineBinding<SelfServiceJobBackupFromStorageSnapshotsInfo>({
      typeName: "SelfServiceJobBackupFromStorageSnapshotsInfoType",
      className: "SelfServiceJobBackupFromStorageSnapshotsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobBackupFromStorageSnapshotsInfo(),
      fields: Object.values(SelfServiceJobBackupFromStorageSnapshotsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobBackupFromStorageSnapshotsInfo>) {
    super(init);
  }
}

const SelfServiceJobScriptsSettingsInfoFields = {
  postJobScript: objectElement(types, "PostJobScript", "postJobScript", "SelfServiceJobScriptInfoType"),
  preJobScript: objectElement(types, "PreJobScript", "preJobScript", "SelfServiceJobScriptInfoType"),
  runScriptsEveryBackupSession: objectElement(
    types,
    "RunScriptsEveryBackupSession",
    "runScriptsEveryBackupSession",
    "SelfServiceJobRunScriptsEveryBackupSessionInfoType",
  ),
};

/** Scripts the job runs. */
export class SelfServiceJobScriptsSettingsInfo extends Info {
  /** Script run after the job. */
  declare postJobScript?: SelfServiceJobScriptInfo;
  /** Script run before the job. */
  declare preJobScript?: SelfServiceJobScriptInfo;
  /** How often the scripts run. */
  declare runScriptsEveryBackupSession?: SelfServiceJobRunScriptsEveryBackupSessionInfo;
  declare private readonly "emx:SelfServiceJobScriptsSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobScriptsSettingsInfo> =
    defineBinding<SelfServiceJobScriptsSettingsInfo>({
      typeName: "SelfServiceJobScriptsSettingsInfoType",
      className: "SelfServiceJobScriptsSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobScriptsSettingsInfo(),
      fields: Object.values(SelfServiceJobScriptsSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobScriptsSettingsInfo>) {
    super(init);
  }
}

const SelfServiceJobScriptInfoFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  scriptPath: scalarElement("ScriptPath", "scriptPath", stringCodec),
};

/** A script run before or after the job. */
export class SelfServiceJobScriptInfo extends Info {
  /** Whether the script runs. */
  declare enabled?: boolean;
  /** Path of the script; empty when none is set. */
  declare scriptPath?: string;
  declare private readonly "emx:SelfServiceJobScriptInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobScriptInfo> = defineBinding<SelfServiceJobScriptInfo>({
    typeName: "SelfServiceJobScriptInfoType",
    className: "SelfServiceJobScriptInfo",
    table: types,
    base: Info.binding,
    create: () => new SelfServiceJobScriptInfo(),
    fields: Object.values(SelfServiceJobScriptInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobScriptInfo>) {
    super(init);
  }
}

const SelfServiceJobRunScriptsEveryBackupSessionInfoFields = {
  runEveryBackupSession: scalarElement("RunEveryBackupSession", "runEveryBackupSession", intCodec),
};

/** Running the scripts every so many backup sessions. */
export class SelfServiceJobRunScriptsEveryBackupSessionInfo extends Info {
  /** Number of sessions between script runs. */
  declare runEveryBackupSession?: number;
  declare private readonly "emx:SelfServiceJobRunScriptsEveryBackupSessionInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SelfServiceJobRunScriptsEveryBackupSessionInfo> =
    defineBinding<SelfServiceJobRunScriptsEveryBackupSessionInfo>({
      typeName: "SelfServiceJobRunScriptsEveryBackupSessionInfoType",
      className: "SelfServiceJobRunScriptsEveryBackupSessionInfo",
      table: types,
      base: Info.binding,
      create: () => new SelfServiceJobRunScriptsEveryBackupSessionInfo(),
      fields: Object.values(SelfServiceJobRunScriptsEveryBackupSessionInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SelfServiceJobRunScriptsEveryBackupSessionInfo>) {
    super(init);
  }
}

/** The /selfService/vSphere resource: links to the vSphere Self-Service Backup Portal tenant configurations. */
export class VSphereSelfService extends Resource {
  declare private readonly "emx:VSphereSelfService": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfService> = defineBinding<VSphereSelfService>({
    typeName: "VSphereSelfServiceType",
    className: "VSphereSelfService",
    table: types,
    base: Resource.binding,
    create: () => new VSphereSelfService(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfService>) {
    super(init);
  }
}

const VCentersScopeListFields = {
  vCenterUids: scalarElement("VCenterUid", "vCenterUids", uidCodec, 0, Infinity),
};

/** The vCenter Servers whose VMs a vSphere self-service tenant may back up; empty for all of them. */
export class VCentersScopeList extends XmlObject {
  /** One vCenter Server (a managed server). */
  declare vCenterUids?: string[];
  declare private readonly "emx:VCentersScopeList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<VCentersScopeList> = defineBinding<VCentersScopeList>({
    typeName: "VCentersScopeListType",
    className: "VCentersScopeList",
    table: types,
    base: undefined,
    create: () => new VCentersScopeList(),
    fields: Object.values(VCentersScopeListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCentersScopeList>) {
    super(init);
  }
}

const TagsListFields = {
  tags: scalarElement("Tag", "tags", stringCodec, 0, Infinity),
};

/** vSphere tags that delegate VMs to a self-service tenant: only VMs with one of them are available. */
export class TagsList extends XmlObject {
  /** One vSphere tag. */
  declare tags?: string[];
  declare private readonly "emx:TagsList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<TagsList> = defineBinding<TagsList>({
    typeName: "TagsListType",
    className: "TagsList",
    table: types,
    base: undefined,
    create: () => new TagsList(),
    fields: Object.values(TagsListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<TagsList>) {
    super(init);
  }
}

const VSphereSelfServiceConfigEntityTypeJobSettingsFields = {
  defaultSettings: scalarElement("DefaultSettings", "defaultSettings", booleanCodec),
  jobSchedulerType: scalarElement("JobSchedulerType", "jobSchedulerType", jobSchedulerTypeEnumerationCodec),
  highPriorityJob: scalarElement("HighPriorityJob", "highPriorityJob", booleanCodec),
  templateJobUid: scalarElement("TemplateJobUid", "templateJobUid", uidCodec),
};

/** Job settings of a vSphere self-service tenant configuration (its JobSettings element). */
export class VSphereSelfServiceConfigEntityTypeJobSettings extends Info {
  /** Whether tenant jobs get the default vSphere backup job settings rather than a template job's. */
  declare defaultSettings?: boolean;
  /** Schedule options available to the tenant. */
  declare jobSchedulerType?: JobSchedulerTypeEnumeration;
  /** Whether tenant jobs run with high priority. */
  declare highPriorityJob?: boolean;
  /** The backup job whose settings tenant jobs copy. */
  declare templateJobUid?: string;
  declare private readonly "emx:VSphereSelfServiceConfigEntityTypeJobSettings": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfServiceConfigEntityTypeJobSettings> =
    defineBinding<VSphereSelfServiceConfigEntityTypeJobSettings>({
      typeName: "VSphereSelfServiceConfigEntityTypeJobSettings",
      className: "VSphereSelfServiceConfigEntityTypeJobSettings",
      table: types,
      base: Info.binding,
      create: () => new VSphereSelfServiceConfigEntityTypeJobSettings(),
      fields: Object.values(VSphereSelfServiceConfigEntityTypeJobSettingsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfServiceConfigEntityTypeJobSettings>) {
    super(init);
  }
}

const VSphereSelfServiceConfigFields = {
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", optionalUidCodec, 1, 1),
  quotaGb: scalarElement("QuotaGb", "quotaGb", longCodec, 1, 1),
  perUser: scalarElement("PerUser", "perUser", booleanCodec),
  account: objectElement(types, "Account", "account", "VSphereSelfServiceConfigAccountInfoType", 1, 1),
  jobSettings: objectElement(
    types,
    "JobSettings",
    "jobSettings",
    "VSphereSelfServiceConfigEntityTypeJobSettings",
    1,
    1,
  ),
  vCentersScope: wrappedScalars("VCentersScope", "vCentersScope", "VCenterUid", uidCodec, 0, {
    name: "VCentersScopes",
    array: true,
  }),
  tags: wrappedScalars("Tags", "tags", "Tag", stringCodec, 0, { array: true }),
  usedQuotaMb: scalarElement("UsedQuotaMb", "usedQuotaMb", longCodec),
};

/** Access of one vSphere user or group to the vSphere Self-Service Backup Portal: quota, job settings and which VMs it sees. */
export class VSphereSelfServiceConfig extends Entity {
  /**
   * The backup server that processes the tenant's VMs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /**
   * The repository holding the tenant's quota.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /**
   * Storage quota of the tenant, in GB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare quotaGb?: number;
  /** For a group: whether each member gets a quota of its own and sees only its own jobs. */
  declare perUser?: boolean;
  /**
   * The vSphere user or group.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare account?: VSphereSelfServiceConfigAccountInfo;
  /**
   * Settings of the tenant's backup jobs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare jobSettings?: VSphereSelfServiceConfigEntityTypeJobSettings;
  /**
   * vCenter Servers the tenant may use.
   *
   * Written as `<VCentersScope>` around one `<VCenterUid>` per item; absent and empty stay distinct.
   */
  declare vCentersScope?: string[];
  /**
   * vSphere tags that select the tenant's VMs.
   *
   * Written as `<Tags>` around one `<Tag>` per item; absent and empty stay distinct.
   */
  declare tags?: string[];
  /** Space of the quota in use, in MB (the parameter tables call it UsedQuota). */
  declare usedQuotaMb?: number;
  declare private readonly "emx:VSphereSelfServiceConfig": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfServiceConfig> = defineBinding<VSphereSelfServiceConfig>({
    typeName: "VSphereSelfServiceConfigEntityType",
    className: "VSphereSelfServiceConfig",
    table: types,
    base: Entity.binding,
    create: () => new VSphereSelfServiceConfig(),
    fields: Object.values(VSphereSelfServiceConfigFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfServiceConfig>) {
    super(init);
  }
}

const VSphereSelfServiceConfigsFields = {
  vSphereSelfServiceConfigs: objectElement(
    types,
    "VSphereSelfServiceConfig",
    "vSphereSelfServiceConfigs",
    "VSphereSelfServiceConfigEntityType",
    0,
    Infinity,
  ),
};

/** A list of vSphere self-service tenant configurations, as entities. */
export class VSphereSelfServiceConfigs extends List {
  /** One configuration. */
  declare vSphereSelfServiceConfigs?: VSphereSelfServiceConfig[];
  declare private readonly "emx:VSphereSelfServiceConfigs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfServiceConfigs> = defineBinding<VSphereSelfServiceConfigs>({
    typeName: "VSphereSelfServiceConfigEntityListType",
    className: "VSphereSelfServiceConfigs",
    table: types,
    base: List.binding,
    create: () => new VSphereSelfServiceConfigs(),
    fields: Object.values(VSphereSelfServiceConfigsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfServiceConfigs>) {
    super(init);
  }
}

/** Backup job settings applied to jobs of a vSphere self-service tenant. */
export class VSphereSelfServiceConfigJobSettings extends SelfServiceBackupJobSettingsResource {
  declare private readonly "emx:VSphereSelfServiceConfigJobSettings": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfServiceConfigJobSettings> =
    defineBinding<VSphereSelfServiceConfigJobSettings>({
      typeName: "VSphereSelfServiceConfigJobSettingsResourceType",
      className: "VSphereSelfServiceConfigJobSettings",
      table: types,
      base: SelfServiceBackupJobSettingsResource.binding,
      create: () => new VSphereSelfServiceConfigJobSettings(),
      fields: [],
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfServiceConfigJobSettings>) {
    super(init);
  }
}

const VSphereSelfServiceCreateSpecFields = {
  accountName: scalarElement("AccountName", "accountName", stringCodec, 1, 1),
  accountType: scalarElement("AccountType", "accountType", vSphereSelfServiceAccountTypeEnumerationCodec),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", optionalUidCodec, 1, 1),
  quotaGb: scalarElement("QuotaGb", "quotaGb", longCodec, 1, 1),
  perUser: scalarElement("PerUser", "perUser", booleanCodec),
  templateJobUid: scalarElement("TemplateJobUid", "templateJobUid", uidCodec),
  templateMode: scalarElement("TemplateMode", "templateMode", stringCodec),
  jobSchedulerType: scalarElement("JobSchedulerType", "jobSchedulerType", jobSchedulerTypeEnumerationCodec),
  highPriorityJob: scalarElement("HighPriorityJob", "highPriorityJob", booleanCodec),
  vCentersScope: wrappedScalars("VCentersScope", "vCentersScope", "VCenterUid", uidCodec, 0, {
    name: "VCentersScopes",
    array: true,
  }),
  tags: wrappedScalars("Tags", "tags", "Tag", stringCodec, 0, { array: true }),
};

/** A new vSphere Self-Service Backup Portal tenant configuration, in the order the server requires. */
export class VSphereSelfServiceCreateSpec extends Spec {
  /**
   * An existing vSphere user or group, such as `tech\william.fox`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare accountName?: string;
  /** User or group. */
  declare accountType?: VSphereSelfServiceAccountTypeEnumeration;
  /**
   * The repository to hold the tenant's quota (not a cloud repository or a snapshot-only storage).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /**
   * Storage quota, in GB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare quotaGb?: number;
  /** For a group: whether each member gets a quota of its own and sees only its own jobs. */
  declare perUser?: boolean;
  /** A backup job whose settings tenant jobs copy; without it they get the defaults. */
  declare templateJobUid?: string;
  /** How the template is applied, such as `Default`; shown only in examples. */
  declare templateMode?: string;
  /** Schedule options available to the tenant. */
  declare jobSchedulerType?: JobSchedulerTypeEnumeration;
  /** Whether tenant jobs run with high priority. */
  declare highPriorityJob?: boolean;
  /**
   * vCenter Servers the tenant may use; all when left out.
   *
   * Written as `<VCentersScope>` around one `<VCenterUid>` per item; absent and empty stay distinct.
   */
  declare vCentersScope?: string[];
  /**
   * vSphere tags that select the tenant's VMs; required in tag delegation mode.
   *
   * Written as `<Tags>` around one `<Tag>` per item; absent and empty stay distinct.
   */
  declare tags?: string[];
  declare private readonly "emx:VSphereSelfServiceCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfServiceCreateSpec> =
    defineBinding<VSphereSelfServiceCreateSpec>({
      typeName: "VSphereSelfServiceCreateSpecType",
      className: "VSphereSelfServiceCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new VSphereSelfServiceCreateSpec(),
      fields: Object.values(VSphereSelfServiceCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfServiceCreateSpec>) {
    super(init);
  }
}
