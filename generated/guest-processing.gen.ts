// Generated from schemas/guest-processing.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Guest processing of VM jobs: the GuestProcessingOptions block that backup, replica and CDP jobs, their objects and failover plan VMs carry, with application-aware processing (VSS), guest file indexing, file exclusions, SQL Server and Oracle log handling and guest OS credentials.

import {
  booleanCodec,
  type ClassBinding,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedScalars,
  XmlObject,
} from "../runtime/index.js";
import { Info } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** Whether application-aware processing runs, and whether a failure in it fails the job or is only logged. Open: other values are kept (strict reading rejects them). */
export type VssSnapshotModeEnumeration = "RequireSuccess" | "IgnoreFailures" | "Disabled" | (string & {});

/** Codec of {@link VssSnapshotModeEnumeration}. */
export const vssSnapshotModeEnumerationCodec = enumerationCodec<VssSnapshotModeEnumeration>(
  "VssSnapshotModeEnumeration",
  ["RequireSuccess", "IgnoreFailures", "Disabled"],
);

/** Which guest folders are indexed: all, only the listed ones, all but the listed ones, or none (`Disabled`, which servers send though the pages do not list it). Open: other values are kept (strict reading rejects them). */
export type GuestFSIndexingModeEnumeration =
  "EveryFolders" | "SpecifiedFolders" | "ExceptSpecifiedFolders" | "Disabled" | (string & {});

/** Codec of {@link GuestFSIndexingModeEnumeration}. */
export const guestFSIndexingModeEnumerationCodec = enumerationCodec<GuestFSIndexingModeEnumeration>(
  "GuestFSIndexingModeEnumeration",
  ["EveryFolders", "SpecifiedFolders", "ExceptSpecifiedFolders", "Disabled"],
);

/** What happens to SQL Server transaction logs: truncated after a successful job, backed up periodically, or left alone (`Never`, which servers send though the pages do not list it). Open: other values are kept (strict reading rejects them). */
export type SqlTransactionLogsProcessingEnumeration = "OnlyOnSuccessJob" | "Backup" | "Never" | (string & {});

/** Codec of {@link SqlTransactionLogsProcessingEnumeration}. */
export const sqlTransactionLogsProcessingEnumerationCodec = enumerationCodec<SqlTransactionLogsProcessingEnumeration>(
  "SqlTransactionLogsProcessingEnumeration",
  ["OnlyOnSuccessJob", "Backup", "Never"],
);

/** Whether Oracle archived logs are deleted once they are older than a number of hours or once they exceed a total size. Open: other values are kept (strict reading rejects them). */
export type OracleArchivedLogsTruncationEnumeration = "ByAge" | "BySize" | (string & {});

/** Codec of {@link OracleArchivedLogsTruncationEnumeration}. */
export const oracleArchivedLogsTruncationEnumerationCodec = enumerationCodec<OracleArchivedLogsTruncationEnumeration>(
  "OracleArchivedLogsTruncationEnumeration",
  ["ByAge", "BySize"],
);

const GuestProcessingOptionsFields = {
  appAwareProcessingMode: scalarElement("AppAwareProcessingMode", "appAwareProcessingMode", stringCodec),
  fileSystemIndexingMode: scalarElement(
    "FileSystemIndexingMode",
    "fileSystemIndexingMode",
    guestFSIndexingModeEnumerationCodec,
  ),
  includedIndexingFolders: wrappedScalars(
    "IncludedIndexingFolders",
    "includedIndexingFolders",
    "Path",
    stringCodec,
    0,
    { array: true },
  ),
  excludedIndexingFolders: wrappedScalars(
    "ExcludedIndexingFolders",
    "excludedIndexingFolders",
    "Path",
    stringCodec,
    0,
    { array: true },
  ),
  credentialsId: scalarElement("CredentialsId", "credentialsId", stringCodec),
  vssSnapshotOptions: objectElement(types, "VssSnapshotOptions", "vssSnapshotOptions", "VssSnapshotOptionsType"),
  windowsGuestFSIndexingOptions: objectElement(
    types,
    "WindowsGuestFSIndexingOptions",
    "windowsGuestFSIndexingOptions",
    "WindowsGuestFSIndexingOptionsType",
  ),
  linuxGuestFSIndexingOptions: objectElement(
    types,
    "LinuxGuestFSIndexingOptions",
    "linuxGuestFSIndexingOptions",
    "LinuxGuestFSIndexingOptionsType",
  ),
  sqlBackupOptions: objectElement(types, "SqlBackupOptions", "sqlBackupOptions", "SqlBackupOptionsType"),
  windowsCredentialsId: scalarElement("WindowsCredentialsId", "windowsCredentialsId", stringCodec),
  linuxCredentialsId: scalarElement("LinuxCredentialsId", "linuxCredentialsId", stringCodec),
  fsFileExcludeOptions: objectElement(
    types,
    "FSFileExcludeOptions",
    "fsFileExcludeOptions",
    "FSFileExcludeOptionsType",
  ),
  oracleBackupOptions: objectElement(types, "OracleBackupOptions", "oracleBackupOptions", "OracleBackupOptionsType"),
};

/** Guest processing settings of a job, a VM in a job or a failover plan VM. The first five elements are the layout of API v1.0, still accepted in requests and sent empty or left out by current servers; the per-OS blocks that follow replace them. */
export class GuestProcessingOptions extends Info {
  /** Legacy (v1.0): application-aware processing mode, such as `RequireSuccess`; see VssSnapshotOptions. */
  declare appAwareProcessingMode?: string;
  /** Legacy (v1.0): guest file indexing mode; see WindowsGuestFSIndexingOptions. */
  declare fileSystemIndexingMode?: GuestFSIndexingModeEnumeration;
  /**
   * Legacy (v1.0): folders to index.
   *
   * Written as `<IncludedIndexingFolders>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare includedIndexingFolders?: string[];
  /**
   * Legacy (v1.0): folders left out of indexing.
   *
   * Written as `<ExcludedIndexingFolders>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare excludedIndexingFolders?: string[];
  /** Legacy (v1.0): ID of the guest OS credentials; may be empty. */
  declare credentialsId?: string;
  /** Application-aware processing. */
  declare vssSnapshotOptions?: VssSnapshotOptions;
  /** File indexing in Windows guests. */
  declare windowsGuestFSIndexingOptions?: WindowsGuestFSIndexingOptions;
  /** File indexing in Linux guests. */
  declare linuxGuestFSIndexingOptions?: LinuxGuestFSIndexingOptions;
  /** SQL Server transaction log handling (the pages spell it SQLBackupOptions; servers write SqlBackupOptions). */
  declare sqlBackupOptions?: SqlBackupOptions;
  /** ID of the credentials used to log on to Windows guests; empty when none are set. */
  declare windowsCredentialsId?: string;
  /** ID of the credentials used to log on to Linux guests; empty when none are set. */
  declare linuxCredentialsId?: string;
  /** Guest files and folders to include in or exclude from the backup. */
  declare fsFileExcludeOptions?: FSFileExcludeOptions;
  /** Oracle log handling. */
  declare oracleBackupOptions?: OracleBackupOptions;
  declare private readonly "emx:GuestProcessingOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<GuestProcessingOptions> = defineBinding<GuestProcessingOptions>({
    typeName: "GuestProcessingOptionsType",
    className: "GuestProcessingOptions",
    table: types,
    base: Info.binding,
    create: () => new GuestProcessingOptions(),
    fields: Object.values(GuestProcessingOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<GuestProcessingOptions>) {
    super(init);
  }
}

const VssSnapshotOptionsFields = {
  vssSnapshotMode: scalarElement("VssSnapshotMode", "vssSnapshotMode", vssSnapshotModeEnumerationCodec, 1, 1),
  isCopyOnly: scalarElement("IsCopyOnly", "isCopyOnly", booleanCodec),
  usePersistentGuestAgent: scalarElement("UsePersistentGuestAgent", "usePersistentGuestAgent", booleanCodec),
};

/** Application-aware processing of a guest: quiescing applications through VSS (or the guest's equivalent) before the snapshot. */
export class VssSnapshotOptions extends Info {
  /**
   * Whether processing runs and how its failures are treated.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vssSnapshotMode?: VssSnapshotModeEnumeration;
  /** True for copy-only processing that leaves application logs untouched; false to handle logs as SqlBackupOptions and OracleBackupOptions say. */
  declare isCopyOnly?: boolean;
  /** Whether a guest agent installed permanently in the VM is used instead of a temporary one; false when left out. */
  declare usePersistentGuestAgent?: boolean;
  declare private readonly "emx:VssSnapshotOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VssSnapshotOptions> = defineBinding<VssSnapshotOptions>({
    typeName: "VssSnapshotOptionsType",
    className: "VssSnapshotOptions",
    table: types,
    base: Info.binding,
    create: () => new VssSnapshotOptions(),
    fields: Object.values(VssSnapshotOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VssSnapshotOptions>) {
    super(init);
  }
}

const WindowsGuestFSIndexingOptionsFields = {
  fileSystemIndexingMode: scalarElement(
    "FileSystemIndexingMode",
    "fileSystemIndexingMode",
    guestFSIndexingModeEnumerationCodec,
    1,
    1,
  ),
  includedIndexingFolders: wrappedScalars(
    "IncludedIndexingFolders",
    "includedIndexingFolders",
    "Path",
    stringCodec,
    1,
    { array: true },
  ),
  excludedIndexingFolders: wrappedScalars(
    "ExcludedIndexingFolders",
    "excludedIndexingFolders",
    "Path",
    stringCodec,
    1,
    { array: true },
  ),
};

/** Guest file indexing of Windows VMs. */
export class WindowsGuestFSIndexingOptions extends Info {
  /**
   * Which folders are indexed.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare fileSystemIndexingMode?: GuestFSIndexingModeEnumeration;
  /**
   * Folders to index, used with `SpecifiedFolders`; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<IncludedIndexingFolders>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare includedIndexingFolders?: string[];
  /**
   * Folders not to index, used with `ExceptSpecifiedFolders`; environment variables such as `%windir%` are allowed.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<ExcludedIndexingFolders>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare excludedIndexingFolders?: string[];
  declare private readonly "emx:WindowsGuestFSIndexingOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<WindowsGuestFSIndexingOptions> =
    defineBinding<WindowsGuestFSIndexingOptions>({
      typeName: "WindowsGuestFSIndexingOptionsType",
      className: "WindowsGuestFSIndexingOptions",
      table: types,
      base: Info.binding,
      create: () => new WindowsGuestFSIndexingOptions(),
      fields: Object.values(WindowsGuestFSIndexingOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<WindowsGuestFSIndexingOptions>) {
    super(init);
  }
}

const LinuxGuestFSIndexingOptionsFields = {
  fileSystemIndexingMode: scalarElement(
    "FileSystemIndexingMode",
    "fileSystemIndexingMode",
    guestFSIndexingModeEnumerationCodec,
    1,
    1,
  ),
  includedIndexingFolders: wrappedScalars(
    "IncludedIndexingFolders",
    "includedIndexingFolders",
    "Path",
    stringCodec,
    1,
    { array: true },
  ),
  excludedIndexingFolders: wrappedScalars(
    "ExcludedIndexingFolders",
    "excludedIndexingFolders",
    "Path",
    stringCodec,
    1,
    { array: true },
  ),
};

/** Guest file indexing of Linux VMs. */
export class LinuxGuestFSIndexingOptions extends Info {
  /**
   * Which folders are indexed.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare fileSystemIndexingMode?: GuestFSIndexingModeEnumeration;
  /**
   * Folders to index, used with `SpecifiedFolders`; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<IncludedIndexingFolders>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare includedIndexingFolders?: string[];
  /**
   * Folders not to index, used with `ExceptSpecifiedFolders`, such as `/tmp`.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<ExcludedIndexingFolders>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare excludedIndexingFolders?: string[];
  declare private readonly "emx:LinuxGuestFSIndexingOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LinuxGuestFSIndexingOptions> =
    defineBinding<LinuxGuestFSIndexingOptions>({
      typeName: "LinuxGuestFSIndexingOptionsType",
      className: "LinuxGuestFSIndexingOptions",
      table: types,
      base: Info.binding,
      create: () => new LinuxGuestFSIndexingOptions(),
      fields: Object.values(LinuxGuestFSIndexingOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinuxGuestFSIndexingOptions>) {
    super(init);
  }
}

const SqlBackupOptionsFields = {
  transactionLogsProcessing: scalarElement(
    "TransactionLogsProcessing",
    "transactionLogsProcessing",
    sqlTransactionLogsProcessingEnumerationCodec,
    1,
    1,
  ),
  backupLogsFrequencyMin: scalarElement("BackupLogsFrequencyMin", "backupLogsFrequencyMin", intCodec),
  useDbBackupRetention: scalarElement("UseDbBackupRetention", "useDbBackupRetention", booleanCodec),
  retainDays: scalarElement("RetainDays", "retainDays", intCodec),
};

/** How SQL Server transaction logs in the guest are handled when processing is not copy-only. */
export class SqlBackupOptions extends Info {
  /**
   * Truncate, back up or leave the logs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare transactionLogsProcessing?: SqlTransactionLogsProcessingEnumeration;
  /** Interval between log backups, in minutes. */
  declare backupLogsFrequencyMin?: number;
  /** True to keep log backups as long as the image backups; false to keep them for RetainDays. */
  declare useDbBackupRetention?: boolean;
  /** How many days log backups are kept. */
  declare retainDays?: number;
  declare private readonly "emx:SqlBackupOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SqlBackupOptions> = defineBinding<SqlBackupOptions>({
    typeName: "SqlBackupOptionsType",
    className: "SqlBackupOptions",
    table: types,
    base: Info.binding,
    create: () => new SqlBackupOptions(),
    fields: Object.values(SqlBackupOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SqlBackupOptions>) {
    super(init);
  }
}

const FSFileExcludeOptionsFields = {
  backupScope: scalarElement("BackupScope", "backupScope", intCodec, 1, 1),
  includeList: wrappedScalars("IncludeList", "includeList", "Path", stringCodec, 1, {
    name: "IncludeLists",
    array: true,
  }),
  excludeList: wrappedScalars("ExcludeList", "excludeList", "Path", stringCodec, 1, {
    name: "ExcludeLists",
    array: true,
  }),
};

/** Guest files and folders to back up or to skip. */
export class FSFileExcludeOptions extends Info {
  /**
   * Which of the two lists applies: 1 backs up only IncludeList, 2 backs up everything but ExcludeList.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupScope?: number;
  /**
   * Paths to back up, with BackupScope 1; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<IncludeList>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare includeList?: string[];
  /**
   * Paths to skip, with BackupScope 2; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<ExcludeList>` around one `<Path>` per item; absent and empty stay distinct.
   */
  declare excludeList?: string[];
  declare private readonly "emx:FSFileExcludeOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FSFileExcludeOptions> = defineBinding<FSFileExcludeOptions>({
    typeName: "FSFileExcludeOptionsType",
    className: "FSFileExcludeOptions",
    table: types,
    base: Info.binding,
    create: () => new FSFileExcludeOptions(),
    fields: Object.values(FSFileExcludeOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FSFileExcludeOptions>) {
    super(init);
  }
}

const OracleBackupOptionsFields = {
  backupLogsEnabled: scalarElement("BackupLogsEnabled", "backupLogsEnabled", booleanCodec, 1, 1),
  backupLogsFrequencyMin: scalarElement("BackupLogsFrequencyMin", "backupLogsFrequencyMin", intCodec),
  useDbBackupRetention: scalarElement("UseDbBackupRetention", "useDbBackupRetention", booleanCodec),
  retainDays: scalarElement("RetainDays", "retainDays", intCodec),
  archivedLogsTruncation: scalarElement(
    "ArchivedLogsTruncation",
    "archivedLogsTruncation",
    oracleArchivedLogsTruncationEnumerationCodec,
    1,
    1,
  ),
  archivedLogsMaxAgeHours: scalarElement("ArchivedLogsMaxAgeHours", "archivedLogsMaxAgeHours", intCodec),
  archivedLogsMaxSizeMb: scalarElement("ArchivedLogsMaxSizeMb", "archivedLogsMaxSizeMb", intCodec),
  sysdbaCredsId: scalarElement("SysdbaCredsId", "sysdbaCredsId", stringCodec, 1, 1),
  proxyAutoSelect: scalarElement("ProxyAutoSelect", "proxyAutoSelect", booleanCodec, 1, 1),
};

/** How Oracle archived logs in the guest are backed up and truncated when processing is not copy-only. */
export class OracleBackupOptions extends Info {
  /**
   * Whether archived logs are backed up periodically.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupLogsEnabled?: boolean;
  /** Interval between log backups, in minutes, when they are on. */
  declare backupLogsFrequencyMin?: number;
  /** True to keep log backups as long as the image backups; false to keep them for RetainDays. */
  declare useDbBackupRetention?: boolean;
  /** How many days log backups are kept. */
  declare retainDays?: number;
  /**
   * What triggers deletion of archived logs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare archivedLogsTruncation?: OracleArchivedLogsTruncationEnumeration;
  /** Age in hours past which archived logs are deleted, with `ByAge`. */
  declare archivedLogsMaxAgeHours?: number;
  /** Total size past which the oldest archived logs are deleted, with `BySize` (the name says MB; the pages speak of GB). */
  declare archivedLogsMaxSizeMb?: number;
  /**
   * ID of credentials with SYSDBA rights on the database; the all-zero GUID to use the guest OS credentials instead.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare sysdbaCredsId?: string;
  /**
   * Whether the server that ships the logs is picked automatically.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare proxyAutoSelect?: boolean;
  declare private readonly "emx:OracleBackupOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<OracleBackupOptions> = defineBinding<OracleBackupOptions>({
    typeName: "OracleBackupOptionsType",
    className: "OracleBackupOptions",
    table: types,
    base: Info.binding,
    create: () => new OracleBackupOptions(),
    fields: Object.values(OracleBackupOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<OracleBackupOptions>) {
    super(init);
  }
}

const StringListFields = {
  paths: scalarElement("Path", "paths", stringCodec, 0, Infinity),
};

/** A list of paths, one Path element each; written empty when there are none. */
export class StringList extends XmlObject {
  /** One file or folder path. */
  declare paths?: string[];
  declare private readonly "emx:StringList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<StringList> = defineBinding<StringList>({
    typeName: "StringListType",
    className: "StringList",
    table: types,
    base: undefined,
    create: () => new StringList(),
    fields: Object.values(StringListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<StringList>) {
    super(init);
  }
}

const PlainCredentialsFields = {
  userName: scalarElement("UserName", "userName", stringCodec, 1, 1),
  password: scalarElement("Password", "password", stringCodec, 1, 1),
};

/** A user name and password sent in clear in the request body, such as the GuestCredentials of a file-level restore to the original location. */
export class PlainCredentials extends Info {
  /**
   * Account name, such as `host\user` or `DOMAIN\user` (the pages' tables spell it Username; bodies use UserName).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare userName?: string;
  /**
   * Password of the account.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare password?: string;
  declare private readonly "emx:PlainCredentials": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<PlainCredentials> = defineBinding<PlainCredentials>({
    typeName: "PlainCredentialsType",
    className: "PlainCredentials",
    table: types,
    base: Info.binding,
    create: () => new PlainCredentials(),
    fields: Object.values(PlainCredentialsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<PlainCredentials>) {
    super(init);
  }
}
