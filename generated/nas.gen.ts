// Generated from schemas/nas.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// File share (NAS) backup jobs: the job entity, the file shares and folders it processes, and where and how long it keeps their versions.

import {
  booleanCodec,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedElement,
  wrappedScalars,
  type XmlDateTime,
  XmlObject,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, uidCodec, urnCodec } from "./common.gen.js";
import type { JobScheduleOptionsInfo } from "./job-schedule.gen.js";
import { types } from "./type-table.gen.js";

/** Unit of the short-term retention period. Open: other values are kept (strict reading rejects them). */
export type NASShorttermRetentionTypeEnumeration = "Day" | "Month" | (string & {});

/** Codec of {@link NASShorttermRetentionTypeEnumeration}. */
export const nasShorttermRetentionTypeEnumerationCodec = enumerationCodec<NASShorttermRetentionTypeEnumeration>(
  "NASShorttermRetentionTypeEnumeration",
  ["Day", "Month"],
);

/** Unit of the long-term (archive) retention period. Open: other values are kept (strict reading rejects them). */
export type NASLongtermRetentionTypeEnumeration = "Month" | "Year" | (string & {});

/** Codec of {@link NASLongtermRetentionTypeEnumeration}. */
export const nasLongtermRetentionTypeEnumerationCodec = enumerationCodec<NASLongtermRetentionTypeEnumeration>(
  "NASLongtermRetentionTypeEnumeration",
  ["Month", "Year"],
);

/** Which files go to the archive: all, only the listed extensions, or all but the listed extensions. Open: other values are kept (strict reading rejects them). */
export type NASArchiveFileExtensionsScopeEnumeration = "Any" | "Specified" | "ExceptSpecified" | (string & {});

/** Codec of {@link NASArchiveFileExtensionsScopeEnumeration}. */
export const nasArchiveFileExtensionsScopeEnumerationCodec = enumerationCodec<NASArchiveFileExtensionsScopeEnumeration>(
  "NASArchiveFileExtensionsScopeEnumeration",
  ["Any", "Specified", "ExceptSpecified"],
);

/** Whether permission and attribute changes are tracked for folders only or for folders and files. Open: other values are kept (strict reading rejects them). */
export type NASFileAttributesChangeTrackingModeEnumeration =
  "TrackOnlyFolderAttributesChanges" | "TrackEverythingAttributesChanges" | (string & {});

/** Codec of {@link NASFileAttributesChangeTrackingModeEnumeration}. */
export const nasFileAttributesChangeTrackingModeEnumerationCodec =
  enumerationCodec<NASFileAttributesChangeTrackingModeEnumeration>("NASFileAttributesChangeTrackingModeEnumeration", [
    "TrackOnlyFolderAttributesChanges",
    "TrackEverythingAttributesChanges",
  ]);

const NASJobFields = {
  description: scalarElement("Description", "description", stringCodec),
  includes: wrappedElement(types, "Includes", "includes", "NASObject", "NASObjectType"),
  storageOptions: objectElement(types, "StorageOptions", "storageOptions", "NASJobStorageOptionsInfoType"),
  scheduleConfigured: scalarElement("ScheduleConfigured", "scheduleConfigured", booleanCodec),
  scheduleEnabled: scalarElement("ScheduleEnabled", "scheduleEnabled", booleanCodec),
  nextRun: scalarElement("NextRun", "nextRun", dateTimeCodec),
  jobScheduleOptions: objectElement(types, "JobScheduleOptions", "jobScheduleOptions", "JobScheduleOptionsInfoType"),
};

/** A file share backup job. */
export class NASJob extends Entity {
  /** Free text about the job. */
  declare description?: string;
  /**
   * The shares and folders the job processes.
   *
   * Written as `<Includes>` around one `<NASObject>` per item; absent and empty stay distinct.
   */
  declare includes?: NASObject[];
  /** Target repositories and retention. */
  declare storageOptions?: NASJobStorageOptionsInfo;
  /** Whether a schedule has been set up. */
  declare scheduleConfigured?: boolean;
  /** Whether the schedule is switched on. */
  declare scheduleEnabled?: boolean;
  /** When the job starts next, in UTC; only for scheduled jobs. */
  declare nextRun?: XmlDateTime;
  /** When the job runs. */
  declare jobScheduleOptions?: JobScheduleOptionsInfo;
  declare private readonly "emx:NASJob": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJob> = defineBinding<NASJob>({
    typeName: "NASJobEntityType",
    className: "NASJob",
    table: types,
    base: Entity.binding,
    create: () => new NASJob(),
    fields: Object.values(NASJobFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJob>) {
    super(init);
  }
}

const NASJobsFields = {
  nasJobs: objectElement(types, "NASJob", "nasJobs", "NASJobEntityType", 0, Infinity),
};

/** A list of file share backup jobs. */
export class NASJobs extends List {
  /** One job. */
  declare nasJobs?: NASJob[];
  declare private readonly "emx:NASJobs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobs> = defineBinding<NASJobs>({
    typeName: "NASJobEntityListType",
    className: "NASJobs",
    table: types,
    base: List.binding,
    create: () => new NASJobs(),
    fields: Object.values(NASJobsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobs>) {
    super(init);
  }
}

const NASObjectFields = {
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
  objectInJobId: scalarElement("ObjectInJobId", "objectInJobId", stringCodec),
  fileOrFolder: scalarElement("FileOrFolder", "fileOrFolder", stringCodec),
  fileServerUid: scalarElement("FileServerUid", "fileServerUid", uidCodec),
  inclusionMask: wrappedScalars("InclusionMask", "inclusionMask", "Extension", stringCodec),
  exclusionMask: wrappedScalars("ExclusionMask", "exclusionMask", "Extension", stringCodec),
};

/** A file share or folder processed by a file share backup job, with its file masks. */
export class NASObject extends Resource {
  /** The object in the file share hierarchy. */
  declare hierarchyObjRef?: string;
  /** Identifier of this item within the job. */
  declare objectInJobId?: string;
  /** Path of the share, folder or file. */
  declare fileOrFolder?: string;
  /** The file server the path belongs to. */
  declare fileServerUid?: string;
  /**
   * Masks of the files to process.
   *
   * Written as `<InclusionMask>` around one `<Extension>` per item; absent and empty stay distinct.
   */
  declare inclusionMask?: string[];
  /**
   * Masks or paths to skip.
   *
   * Written as `<ExclusionMask>` around one `<Extension>` per item; absent and empty stay distinct.
   */
  declare exclusionMask?: string[];
  declare private readonly "emx:NASObject": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASObject> = defineBinding<NASObject>({
    typeName: "NASObjectType",
    className: "NASObject",
    table: types,
    base: Resource.binding,
    create: () => new NASObject(),
    fields: Object.values(NASObjectFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASObject>) {
    super(init);
  }
}

const NASObjectsFields = {
  nasObjects: objectElement(types, "NASObject", "nasObjects", "NASObjectType", 0, Infinity),
};

/** A list of items processed by a file share backup job. */
export class NASObjects extends List {
  /** One item. */
  declare nasObjects?: NASObject[];
  declare private readonly "emx:NASObjects": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASObjects> = defineBinding<NASObjects>({
    typeName: "NASObjectListType",
    className: "NASObjects",
    table: types,
    base: List.binding,
    create: () => new NASObjects(),
    fields: Object.values(NASObjectsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASObjects>) {
    super(init);
  }
}

const FileExtensionInfoListFields = {
  extensions: scalarElement("Extension", "extensions", stringCodec, 0, Infinity),
};

/** A list of file masks, extensions or paths. */
export class FileExtensionInfoList extends XmlObject {
  /** One mask, such as `*.*` or `*.tmp`, or a path. */
  declare extensions?: string[];
  declare private readonly "emx:FileExtensionInfoList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<FileExtensionInfoList> = defineBinding<FileExtensionInfoList>({
    typeName: "FileExtensionInfoListType",
    className: "FileExtensionInfoList",
    table: types,
    base: undefined,
    create: () => new FileExtensionInfoList(),
    fields: Object.values(FileExtensionInfoListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileExtensionInfoList>) {
    super(init);
  }
}

const NASJobStorageOptionsInfoFields = {
  backupRepositoryUid: scalarElement("BackupRepositoryUid", "backupRepositoryUid", uidCodec),
  shorttermRetentionType: scalarElement(
    "ShorttermRetentionType",
    "shorttermRetentionType",
    nasShorttermRetentionTypeEnumerationCodec,
  ),
  shorttermRetentionPeriod: scalarElement("ShorttermRetentionPeriod", "shorttermRetentionPeriod", intCodec),
  longtermRetentionEnabled: scalarElement("LongtermRetentionEnabled", "longtermRetentionEnabled", booleanCodec),
  keepFileVersionsHistoryOptions: objectElement(
    types,
    "KeepFileVersionsHistoryOptions",
    "keepFileVersionsHistoryOptions",
    "NASJobStorageKeepFileVersionsHistoryOptionsInfoType",
  ),
  advancedStorageOptions: objectElement(
    types,
    "AdvancedStorageOptions",
    "advancedStorageOptions",
    "NASJobAdvancedStorageOptionsInfoType",
  ),
};

/** Where a file share backup job stores its data and for how long. */
export class NASJobStorageOptionsInfo extends Info {
  /** The repository that receives the backups. */
  declare backupRepositoryUid?: string;
  /** Unit of ShorttermRetentionPeriod. */
  declare shorttermRetentionType?: NASShorttermRetentionTypeEnumeration;
  /** How long versions stay in the backup repository before they move to the archive (if long-term retention is on). */
  declare shorttermRetentionPeriod?: number;
  /** Whether older versions are kept in an archive repository. */
  declare longtermRetentionEnabled?: boolean;
  /** Archive settings, present when long-term retention is used. */
  declare keepFileVersionsHistoryOptions?: NASJobStorageKeepFileVersionsHistoryOptionsInfo;
  /** Advanced settings. */
  declare advancedStorageOptions?: NASJobAdvancedStorageOptionsInfo;
  declare private readonly "emx:NASJobStorageOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobStorageOptionsInfo> = defineBinding<NASJobStorageOptionsInfo>({
    typeName: "NASJobStorageOptionsInfoType",
    className: "NASJobStorageOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new NASJobStorageOptionsInfo(),
    fields: Object.values(NASJobStorageOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobStorageOptionsInfo>) {
    super(init);
  }
}

const NASJobStorageKeepFileVersionsHistoryOptionsInfoFields = {
  longtermRetentionType: scalarElement(
    "LongtermRetentionType",
    "longtermRetentionType",
    nasLongtermRetentionTypeEnumerationCodec,
  ),
  longtermRetentionPeriod: scalarElement("LongtermRetentionPeriod", "longtermRetentionPeriod", intCodec),
  backupRepositoryUid: scalarElement("BackupRepositoryUid", "backupRepositoryUid", uidCodec),
  archiveFileTypes: objectElement(types, "ArchiveFileTypes", "archiveFileTypes", "NASLongTermArchivalOptionsInfoType"),
};

/** Long-term retention: the archive repository and how long it keeps file versions. */
export class NASJobStorageKeepFileVersionsHistoryOptionsInfo extends Info {
  /** Unit of LongtermRetentionPeriod. */
  declare longtermRetentionType?: NASLongtermRetentionTypeEnumeration;
  /** How long the archive keeps versions. */
  declare longtermRetentionPeriod?: number;
  /** The archive repository. */
  declare backupRepositoryUid?: string;
  /** Which files and how many versions go to the archive. */
  declare archiveFileTypes?: NASLongTermArchivalOptionsInfo;
  declare private readonly "emx:NASJobStorageKeepFileVersionsHistoryOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobStorageKeepFileVersionsHistoryOptionsInfo> =
    defineBinding<NASJobStorageKeepFileVersionsHistoryOptionsInfo>({
      typeName: "NASJobStorageKeepFileVersionsHistoryOptionsInfoType",
      className: "NASJobStorageKeepFileVersionsHistoryOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new NASJobStorageKeepFileVersionsHistoryOptionsInfo(),
      fields: Object.values(NASJobStorageKeepFileVersionsHistoryOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobStorageKeepFileVersionsHistoryOptionsInfo>) {
    super(init);
  }
}

const NASLongTermArchivalOptionsInfoFields = {
  activeFileRetentionEnabled: scalarElement("ActiveFileRetentionEnabled", "activeFileRetentionEnabled", booleanCodec),
  maxActiveFileVersionsToKeep: scalarElement("MaxActiveFileVersionsToKeep", "maxActiveFileVersionsToKeep", intCodec),
  deletedFileRetentionEnabled: scalarElement(
    "DeletedFileRetentionEnabled",
    "deletedFileRetentionEnabled",
    booleanCodec,
  ),
  maxDeletedFileVersionsToKeep: scalarElement("MaxDeletedFileVersionsToKeep", "maxDeletedFileVersionsToKeep", intCodec),
  fileExtensionsOption: objectElement(
    types,
    "FileExtensionsOption",
    "fileExtensionsOption",
    "NASJobFileExtensionsOptionsInfoType",
  ),
};

/** Which file versions the archive keeps. */
export class NASLongTermArchivalOptionsInfo extends Info {
  /** Whether a version limit applies to files that still exist on the share. */
  declare activeFileRetentionEnabled?: boolean;
  /** Version limit for files that still exist. */
  declare maxActiveFileVersionsToKeep?: number;
  /** Whether a version limit applies to files deleted from the share. */
  declare deletedFileRetentionEnabled?: boolean;
  /** Version limit for deleted files. */
  declare maxDeletedFileVersionsToKeep?: number;
  /** Which file types are archived. */
  declare fileExtensionsOption?: NASJobFileExtensionsOptionsInfo;
  declare private readonly "emx:NASLongTermArchivalOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASLongTermArchivalOptionsInfo> =
    defineBinding<NASLongTermArchivalOptionsInfo>({
      typeName: "NASLongTermArchivalOptionsInfoType",
      className: "NASLongTermArchivalOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new NASLongTermArchivalOptionsInfo(),
      fields: Object.values(NASLongTermArchivalOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASLongTermArchivalOptionsInfo>) {
    super(init);
  }
}

const NASJobFileExtensionsOptionsInfoFields = {
  archiveFileExtensionsScope: scalarElement(
    "ArchiveFileExtensionsScope",
    "archiveFileExtensionsScope",
    nasArchiveFileExtensionsScopeEnumerationCodec,
  ),
  inclusionMask: wrappedScalars("InclusionMask", "inclusionMask", "Extension", stringCodec),
  exclusionMask: wrappedScalars("ExclusionMask", "exclusionMask", "Extension", stringCodec),
};

/** Selection of the files to archive by extension. */
export class NASJobFileExtensionsOptionsInfo extends Info {
  /** How the lists below are applied. */
  declare archiveFileExtensionsScope?: NASArchiveFileExtensionsScopeEnumeration;
  /**
   * Extensions to archive.
   *
   * Written as `<InclusionMask>` around one `<Extension>` per item; absent and empty stay distinct.
   */
  declare inclusionMask?: string[];
  /**
   * Extensions to keep out of the archive.
   *
   * Written as `<ExclusionMask>` around one `<Extension>` per item; absent and empty stay distinct.
   */
  declare exclusionMask?: string[];
  declare private readonly "emx:NASJobFileExtensionsOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobFileExtensionsOptionsInfo> =
    defineBinding<NASJobFileExtensionsOptionsInfo>({
      typeName: "NASJobFileExtensionsOptionsInfoType",
      className: "NASJobFileExtensionsOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new NASJobFileExtensionsOptionsInfo(),
      fields: Object.values(NASJobFileExtensionsOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobFileExtensionsOptionsInfo>) {
    super(init);
  }
}

const NASJobAdvancedStorageOptionsInfoFields = {
  acl: objectElement(types, "ACL", "acl", "NASJobAdvancedStorageOptionsSecurityOptionsInfoType"),
};

/** Advanced storage settings of a file share backup job. */
export class NASJobAdvancedStorageOptionsInfo extends Info {
  /** Handling of permissions and attributes. */
  declare acl?: NASJobAdvancedStorageOptionsSecurityOptionsInfo;
  declare private readonly "emx:NASJobAdvancedStorageOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobAdvancedStorageOptionsInfo> =
    defineBinding<NASJobAdvancedStorageOptionsInfo>({
      typeName: "NASJobAdvancedStorageOptionsInfoType",
      className: "NASJobAdvancedStorageOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new NASJobAdvancedStorageOptionsInfo(),
      fields: Object.values(NASJobAdvancedStorageOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobAdvancedStorageOptionsInfo>) {
    super(init);
  }
}

const NASJobAdvancedStorageOptionsSecurityOptionsInfoFields = {
  fileAttributesChangeTrackingMode: scalarElement(
    "FileAttributesChangeTrackingMode",
    "fileAttributesChangeTrackingMode",
    nasFileAttributesChangeTrackingModeEnumerationCodec,
  ),
};

/** How the job backs up permissions and attributes. */
export class NASJobAdvancedStorageOptionsSecurityOptionsInfo extends Info {
  /** Which objects' permission and attribute changes are tracked. */
  declare fileAttributesChangeTrackingMode?: NASFileAttributesChangeTrackingModeEnumeration;
  declare private readonly "emx:NASJobAdvancedStorageOptionsSecurityOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobAdvancedStorageOptionsSecurityOptionsInfo> =
    defineBinding<NASJobAdvancedStorageOptionsSecurityOptionsInfo>({
      typeName: "NASJobAdvancedStorageOptionsSecurityOptionsInfoType",
      className: "NASJobAdvancedStorageOptionsSecurityOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new NASJobAdvancedStorageOptionsSecurityOptionsInfo(),
      fields: Object.values(NASJobAdvancedStorageOptionsSecurityOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobAdvancedStorageOptionsSecurityOptionsInfo>) {
    super(init);
  }
}
