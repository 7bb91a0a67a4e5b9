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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJob> = defineBinding<NASJob>({
    typeName: "NASJobEntityType",
    table: types,
    base: Entity.binding,
    create: () => new NASJob(),
    fields: Object.values(NASJobFields),
    child(name) {
      switch (name) {
        case "Description":
          return NASJobFields.description;
        case "Includes":
          return NASJobFields.includes;
        case "StorageOptions":
          return NASJobFields.storageOptions;
        case "ScheduleConfigured":
          return NASJobFields.scheduleConfigured;
        case "ScheduleEnabled":
          return NASJobFields.scheduleEnabled;
        case "NextRun":
          return NASJobFields.nextRun;
        case "JobScheduleOptions":
          return NASJobFields.jobScheduleOptions;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.description, NASJobFields.description);
      w.child(o.includes, NASJobFields.includes);
      w.child(o.storageOptions, NASJobFields.storageOptions);
      w.child(o.scheduleConfigured, NASJobFields.scheduleConfigured);
      w.child(o.scheduleEnabled, NASJobFields.scheduleEnabled);
      w.child(o.nextRun, NASJobFields.nextRun);
      w.child(o.jobScheduleOptions, NASJobFields.jobScheduleOptions);
    },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobs> = defineBinding<NASJobs>({
    typeName: "NASJobEntityListType",
    table: types,
    base: List.binding,
    create: () => new NASJobs(),
    fields: Object.values(NASJobsFields),
    child(name) {
      switch (name) {
        case "NASJob":
          return NASJobsFields.nasJobs;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.nasJobs, NASJobsFields.nasJobs);
    },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASObject> = defineBinding<NASObject>({
    typeName: "NASObjectType",
    table: types,
    base: Resource.binding,
    create: () => new NASObject(),
    fields: Object.values(NASObjectFields),
    child(name) {
      switch (name) {
        case "HierarchyObjRef":
          return NASObjectFields.hierarchyObjRef;
        case "ObjectInJobId":
          return NASObjectFields.objectInJobId;
        case "FileOrFolder":
          return NASObjectFields.fileOrFolder;
        case "FileServerUid":
          return NASObjectFields.fileServerUid;
        case "InclusionMask":
          return NASObjectFields.inclusionMask;
        case "ExclusionMask":
          return NASObjectFields.exclusionMask;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.hierarchyObjRef, NASObjectFields.hierarchyObjRef);
      w.child(o.objectInJobId, NASObjectFields.objectInJobId);
      w.child(o.fileOrFolder, NASObjectFields.fileOrFolder);
      w.child(o.fileServerUid, NASObjectFields.fileServerUid);
      w.child(o.inclusionMask, NASObjectFields.inclusionMask);
      w.child(o.exclusionMask, NASObjectFields.exclusionMask);
    },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASObjects> = defineBinding<NASObjects>({
    typeName: "NASObjectListType",
    table: types,
    base: List.binding,
    create: () => new NASObjects(),
    fields: Object.values(NASObjectsFields),
    child(name) {
      switch (name) {
        case "NASObject":
          return NASObjectsFields.nasObjects;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.nasObjects, NASObjectsFields.nasObjects);
    },
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
  /** How instances are read and written. */
  static readonly binding: ClassBinding<FileExtensionInfoList> = defineBinding<FileExtensionInfoList>({
    typeName: "FileExtensionInfoListType",
    table: types,
    base: undefined,
    create: () => new FileExtensionInfoList(),
    fields: Object.values(FileExtensionInfoListFields),
    child(name) {
      switch (name) {
        case "Extension":
          return FileExtensionInfoListFields.extensions;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.extensions, FileExtensionInfoListFields.extensions);
    },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobStorageOptionsInfo> = defineBinding<NASJobStorageOptionsInfo>({
    typeName: "NASJobStorageOptionsInfoType",
    table: types,
    base: Info.binding,
    create: () => new NASJobStorageOptionsInfo(),
    fields: Object.values(NASJobStorageOptionsInfoFields),
    child(name) {
      switch (name) {
        case "BackupRepositoryUid":
          return NASJobStorageOptionsInfoFields.backupRepositoryUid;
        case "ShorttermRetentionType":
          return NASJobStorageOptionsInfoFields.shorttermRetentionType;
        case "ShorttermRetentionPeriod":
          return NASJobStorageOptionsInfoFields.shorttermRetentionPeriod;
        case "LongtermRetentionEnabled":
          return NASJobStorageOptionsInfoFields.longtermRetentionEnabled;
        case "KeepFileVersionsHistoryOptions":
          return NASJobStorageOptionsInfoFields.keepFileVersionsHistoryOptions;
        case "AdvancedStorageOptions":
          return NASJobStorageOptionsInfoFields.advancedStorageOptions;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.backupRepositoryUid, NASJobStorageOptionsInfoFields.backupRepositoryUid);
      w.child(o.shorttermRetentionType, NASJobStorageOptionsInfoFields.shorttermRetentionType);
      w.child(o.shorttermRetentionPeriod, NASJobStorageOptionsInfoFields.shorttermRetentionPeriod);
      w.child(o.longtermRetentionEnabled, NASJobStorageOptionsInfoFields.longtermRetentionEnabled);
      w.child(o.keepFileVersionsHistoryOptions, NASJobStorageOptionsInfoFields.keepFileVersionsHistoryOptions);
      w.child(o.advancedStorageOptions, NASJobStorageOptionsInfoFields.advancedStorageOptions);
    },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobStorageKeepFileVersionsHistoryOptionsInfo> =
    defineBinding<NASJobStorageKeepFileVersionsHistoryOptionsInfo>({
      typeName: "NASJobStorageKeepFileVersionsHistoryOptionsInfoType",
      table: types,
      base: Info.binding,
      create: () => new NASJobStorageKeepFileVersionsHistoryOptionsInfo(),
      fields: Object.values(NASJobStorageKeepFileVersionsHistoryOptionsInfoFields),
      child(name) {
        switch (name) {
          case "LongtermRetentionType":
            return NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.longtermRetentionType;
          case "LongtermRetentionPeriod":
            return NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.longtermRetentionPeriod;
          case "BackupRepositoryUid":
            return NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.backupRepositoryUid;
          case "ArchiveFileTypes":
            return NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.archiveFileTypes;
          default:
            return undefined;
        }
      },
      writeChildren(o, w) {
        w.child(o.longtermRetentionType, NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.longtermRetentionType);
        w.child(
          o.longtermRetentionPeriod,
          NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.longtermRetentionPeriod,
        );
        w.child(o.backupRepositoryUid, NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.backupRepositoryUid);
        w.child(o.archiveFileTypes, NASJobStorageKeepFileVersionsHistoryOptionsInfoFields.archiveFileTypes);
      },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASLongTermArchivalOptionsInfo> =
    defineBinding<NASLongTermArchivalOptionsInfo>({
      typeName: "NASLongTermArchivalOptionsInfoType",
      table: types,
      base: Info.binding,
      create: () => new NASLongTermArchivalOptionsInfo(),
      fields: Object.values(NASLongTermArchivalOptionsInfoFields),
      child(name) {
        switch (name) {
          case "ActiveFileRetentionEnabled":
            return NASLongTermArchivalOptionsInfoFields.activeFileRetentionEnabled;
          case "MaxActiveFileVersionsToKeep":
            return NASLongTermArchivalOptionsInfoFields.maxActiveFileVersionsToKeep;
          case "DeletedFileRetentionEnabled":
            return NASLongTermArchivalOptionsInfoFields.deletedFileRetentionEnabled;
          case "MaxDeletedFileVersionsToKeep":
            return NASLongTermArchivalOptionsInfoFields.maxDeletedFileVersionsToKeep;
          case "FileExtensionsOption":
            return NASLongTermArchivalOptionsInfoFields.fileExtensionsOption;
          default:
            return undefined;
        }
      },
      writeChildren(o, w) {
        w.child(o.activeFileRetentionEnabled, NASLongTermArchivalOptionsInfoFields.activeFileRetentionEnabled);
        w.child(o.maxActiveFileVersionsToKeep, NASLongTermArchivalOptionsInfoFields.maxActiveFileVersionsToKeep);
        w.child(o.deletedFileRetentionEnabled, NASLongTermArchivalOptionsInfoFields.deletedFileRetentionEnabled);
        w.child(o.maxDeletedFileVersionsToKeep, NASLongTermArchivalOptionsInfoFields.maxDeletedFileVersionsToKeep);
        w.child(o.fileExtensionsOption, NASLongTermArchivalOptionsInfoFields.fileExtensionsOption);
      },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobFileExtensionsOptionsInfo> =
    defineBinding<NASJobFileExtensionsOptionsInfo>({
      typeName: "NASJobFileExtensionsOptionsInfoType",
      table: types,
      base: Info.binding,
      create: () => new NASJobFileExtensionsOptionsInfo(),
      fields: Object.values(NASJobFileExtensionsOptionsInfoFields),
      child(name) {
        switch (name) {
          case "ArchiveFileExtensionsScope":
            return NASJobFileExtensionsOptionsInfoFields.archiveFileExtensionsScope;
          case "InclusionMask":
            return NASJobFileExtensionsOptionsInfoFields.inclusionMask;
          case "ExclusionMask":
            return NASJobFileExtensionsOptionsInfoFields.exclusionMask;
          default:
            return undefined;
        }
      },
      writeChildren(o, w) {
        w.child(o.archiveFileExtensionsScope, NASJobFileExtensionsOptionsInfoFields.archiveFileExtensionsScope);
        w.child(o.inclusionMask, NASJobFileExtensionsOptionsInfoFields.inclusionMask);
        w.child(o.exclusionMask, NASJobFileExtensionsOptionsInfoFields.exclusionMask);
      },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobAdvancedStorageOptionsInfo> =
    defineBinding<NASJobAdvancedStorageOptionsInfo>({
      typeName: "NASJobAdvancedStorageOptionsInfoType",
      table: types,
      base: Info.binding,
      create: () => new NASJobAdvancedStorageOptionsInfo(),
      fields: Object.values(NASJobAdvancedStorageOptionsInfoFields),
      child(name) {
        switch (name) {
          case "ACL":
            return NASJobAdvancedStorageOptionsInfoFields.acl;
          default:
            return undefined;
        }
      },
      writeChildren(o, w) {
        w.child(o.acl, NASJobAdvancedStorageOptionsInfoFields.acl);
      },
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASJobAdvancedStorageOptionsSecurityOptionsInfo> =
    defineBinding<NASJobAdvancedStorageOptionsSecurityOptionsInfo>({
      typeName: "NASJobAdvancedStorageOptionsSecurityOptionsInfoType",
      table: types,
      base: Info.binding,
      create: () => new NASJobAdvancedStorageOptionsSecurityOptionsInfo(),
      fields: Object.values(NASJobAdvancedStorageOptionsSecurityOptionsInfoFields),
      child(name) {
        switch (name) {
          case "FileAttributesChangeTrackingMode":
            return NASJobAdvancedStorageOptionsSecurityOptionsInfoFields.fileAttributesChangeTrackingMode;
          default:
            return undefined;
        }
      },
      writeChildren(o, w) {
        w.child(
          o.fileAttributesChangeTrackingMode,
          NASJobAdvancedStorageOptionsSecurityOptionsInfoFields.fileAttributesChangeTrackingMode,
        );
      },
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASJobAdvancedStorageOptionsSecurityOptionsInfo>) {
    super(init);
  }
}
