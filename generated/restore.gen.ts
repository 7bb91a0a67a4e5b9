// Generated from schemas/restore.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// What can be restored and how: backups, replicas, their restore points and files, the guest OS file catalog, mounted restore points with their file systems, and the bodies of restore requests.

import {
  attribute,
  booleanCodec,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  doubleCodec,
  enumerationCodec,
  type Init,
  intCodec,
  longCodec,
  objectElement,
  scalarElement,
  stringCodec,
  unsignedLongCodec,
  wrappedElement,
  type XmlDateTime,
} from "../runtime/index.js";
import {
  Entity,
  Info,
  List,
  Resource,
  Spec,
  optionalUrnCodec,
  uidCodec,
  urnCodec,
  type EntityRef,
  type Link,
} from "./common.gen.js";
import type { PlainCredentials } from "./guest-processing.gen.js";
import type { PagingInfo } from "./query.gen.js";
import { types } from "./type-table.gen.js";

/** What kind of workload a backup protects. Open: other values are kept (strict reading rejects them). */
export type BackupPlatformEnumeration =
  "VMware" | "HyperV" | "vCloud" | "AgentForLinux" | "AgentForWindows" | "CustomPlatform" | (string & {});

/** Codec of {@link BackupPlatformEnumeration}. */
export const backupPlatformEnumerationCodec = enumerationCodec<BackupPlatformEnumeration>("BackupPlatformEnumeration", [
  "VMware",
  "HyperV",
  "vCloud",
  "AgentForLinux",
  "AgentForWindows",
  "CustomPlatform",
]);

/** Virtualization platform of a replica; the replica pages spell Hyper-V `Hyperv`, the rest of the API `HyperV`. Open: other values are kept (strict reading rejects them). */
export type ReplicaPlatformEnumeration = "VMware" | "HyperV" | "Hyperv" | "vCloud" | (string & {});

/** Codec of {@link ReplicaPlatformEnumeration}. */
export const replicaPlatformEnumerationCodec = enumerationCodec<ReplicaPlatformEnumeration>(
  "ReplicaPlatformEnumeration",
  ["VMware", "HyperV", "Hyperv", "vCloud"],
);

/** Role of a backup: an ordinary one, a container of per-machine agent backups, or one of those per-machine backups. Open: other values are kept (strict reading rejects them). */
export type BackupTypeEnumeration = "Standard" | "ParentBackup" | "ChildBackup" | (string & {});

/** Codec of {@link BackupTypeEnumeration}. */
export const backupTypeEnumerationCodec = enumerationCodec<BackupTypeEnumeration>("BackupTypeEnumeration", [
  "Standard",
  "ParentBackup",
  "ChildBackup",
]);

/** Backup or replication method that produced a restore point. Open: other values are kept (strict reading rejects them). */
export type RestorePointAlgorithmEnumeration =
  "Full" | "ReversedIncremental" | "Incremental" | "SyntheticFull" | (string & {});

/** Codec of {@link RestorePointAlgorithmEnumeration}. */
export const restorePointAlgorithmEnumerationCodec = enumerationCodec<RestorePointAlgorithmEnumeration>(
  "RestorePointAlgorithmEnumeration",
  ["Full", "ReversedIncremental", "Incremental", "SyntheticFull"],
);

/** Kind of a backup restore point. Open: other values are kept (strict reading rejects them). */
export type RestorePointTypeEnumeration = "Full" | "Increment" | "ReverseIncrement" | (string & {});

/** Codec of {@link RestorePointTypeEnumeration}. */
export const restorePointTypeEnumerationCodec = enumerationCodec<RestorePointTypeEnumeration>(
  "RestorePointTypeEnumeration",
  ["Full", "Increment", "ReverseIncrement"],
);

/** Kind of a replica restore point. Open: other values are kept (strict reading rejects them). */
export type ReplicaPointTypeEnumeration = "Full" | "ReverseIncrement" | "Increment" | "Snapshot" | (string & {});

/** Codec of {@link ReplicaPointTypeEnumeration}. */
export const replicaPointTypeEnumerationCodec = enumerationCodec<ReplicaPointTypeEnumeration>(
  "ReplicaPointTypeEnumeration",
  ["Full", "ReverseIncrement", "Increment", "Snapshot"],
);

/** Extension of a backup file: full, forward increment or reverse increment. Open: other values are kept (strict reading rejects them). */
export type BackupFileTypeEnumeration = "vbk" | "vib" | "vrb" | (string & {});

/** Codec of {@link BackupFileTypeEnumeration}. */
export const backupFileTypeEnumerationCodec = enumerationCodec<BackupFileTypeEnumeration>("BackupFileTypeEnumeration", [
  "vbk",
  "vib",
  "vrb",
]);

/** Guest OS family of a mounted restore point. Open: other values are kept (strict reading rejects them). */
export type GuestOsKindEnumeration = "Linux" | "Windows" | (string & {});

/** Codec of {@link GuestOsKindEnumeration}. */
export const guestOsKindEnumerationCodec = enumerationCodec<GuestOsKindEnumeration>("GuestOsKindEnumeration", [
  "Linux",
  "Windows",
]);

const BackupFields = {
  ref: objectElement(types, "Ref", "ref", "EntityReferenceType"),
  platform: scalarElement("Platform", "platform", backupPlatformEnumerationCodec),
  backupType: scalarElement("BackupType", "backupType", backupTypeEnumerationCodec),
};

/** The backup a job keeps in a repository. */
export class Backup extends Entity {
  /** Reference form of the backup (older API versions). */
  declare ref?: EntityRef;
  /** Kind of workload protected. */
  declare platform?: BackupPlatformEnumeration;
  /** Role of the backup in agent management. */
  declare backupType?: BackupTypeEnumeration;
  declare private readonly "emx:Backup": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Backup> = defineBinding<Backup>({
    typeName: "BackupEntityType",
    className: "Backup",
    table: types,
    base: Entity.binding,
    create: () => new Backup(),
    fields: Object.values(BackupFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Backup>) {
    super(init);
  }
}

const BackupsFields = {
  backups: objectElement(types, "Backup", "backups", "BackupEntityType", 0, Infinity),
};

/** A list of backups. */
export class Backups extends List {
  /** One backup. */
  declare backups?: Backup[];
  declare private readonly "emx:Backups": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Backups> = defineBinding<Backups>({
    typeName: "BackupEntityListType",
    className: "Backups",
    table: types,
    base: List.binding,
    create: () => new Backups(),
    fields: Object.values(BackupsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Backups>) {
    super(init);
  }
}

const ReplicaFields = {
  ref: objectElement(types, "Ref", "ref", "EntityReferenceType"),
  platform: scalarElement("Platform", "platform", replicaPlatformEnumerationCodec),
};

/** The replica a replication job maintains. */
export class Replica extends Entity {
  /** Reference form of the replica (older API versions). */
  declare ref?: EntityRef;
  /** Virtualization platform of the replicated VMs. */
  declare platform?: ReplicaPlatformEnumeration;
  declare private readonly "emx:Replica": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Replica> = defineBinding<Replica>({
    typeName: "ReplicaEntityType",
    className: "Replica",
    table: types,
    base: Entity.binding,
    create: () => new Replica(),
    fields: Object.values(ReplicaFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Replica>) {
    super(init);
  }
}

const ReplicasFields = {
  replicas: objectElement(types, "Replica", "replicas", "ReplicaEntityType", 0, Infinity),
};

/** A list of replicas. */
export class Replicas extends List {
  /** One replica. */
  declare replicas?: Replica[];
  declare private readonly "emx:Replicas": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Replicas> = defineBinding<Replicas>({
    typeName: "ReplicaEntityListType",
    className: "Replicas",
    table: types,
    base: List.binding,
    create: () => new Replicas(),
    fields: Object.values(ReplicasFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Replicas>) {
    super(init);
  }
}

const RestorePointFields = {
  ref: objectElement(types, "Ref", "ref", "EntityReferenceType"),
  backupDateUTC: scalarElement("BackupDateUTC", "backupDateUTC", dateTimeCodec, 1, 1),
};

/** A point in time of a backup, grouping the VM and vApp restore points created by one job run. */
export class RestorePoint extends Entity {
  /** Reference form of the restore point (older API versions). */
  declare ref?: EntityRef;
  /**
   * When the point was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupDateUTC?: XmlDateTime;
  declare private readonly "emx:RestorePoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RestorePoint> = defineBinding<RestorePoint>({
    typeName: "RestorePointEntityType",
    className: "RestorePoint",
    table: types,
    base: Entity.binding,
    create: () => new RestorePoint(),
    fields: Object.values(RestorePointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RestorePoint>) {
    super(init);
  }
}

const RestorePointsFields = {
  restorePoints: objectElement(types, "RestorePoint", "restorePoints", "RestorePointEntityType", 0, Infinity),
};

/** A list of restore points. */
export class RestorePoints extends List {
  /** One restore point. */
  declare restorePoints?: RestorePoint[];
  declare private readonly "emx:RestorePoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RestorePoints> = defineBinding<RestorePoints>({
    typeName: "RestorePointEntityListType",
    className: "RestorePoints",
    table: types,
    base: List.binding,
    create: () => new RestorePoints(),
    fields: Object.values(RestorePointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RestorePoints>) {
    super(init);
  }
}

const VmRestorePointFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  vmName: scalarElement("VmName", "vmName", stringCodec),
  algorithm: scalarElement("Algorithm", "algorithm", restorePointAlgorithmEnumerationCodec, 1, 1),
  pointType: scalarElement("PointType", "pointType", restorePointTypeEnumerationCodec, 1, 1),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
  sqlInfo: objectElement(types, "SqlInfo", "sqlInfo", "VmRestorePointSqlInfoType"),
};

/** The state of one VM within a restore point; the starting place of VM, file and SQL item restore. */
export class VmRestorePoint extends Entity {
  /** Name of the VM. */
  declare vmDisplayName?: string;
  /**
   * When the point was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /** Name of the VM. */
  declare vmName?: string;
  /**
   * Method that produced the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare algorithm?: RestorePointAlgorithmEnumeration;
  /**
   * Kind of the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pointType?: RestorePointTypeEnumeration;
  /** The VM in the virtual infrastructure. */
  declare hierarchyObjRef?: string;
  /** SQL Server databases found in the VM, for item restore. */
  declare sqlInfo?: VmRestorePointSqlInfo;
  declare private readonly "emx:VmRestorePoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePoint> = defineBinding<VmRestorePoint>({
    typeName: "VmRestorePointEntityType",
    className: "VmRestorePoint",
    table: types,
    base: Entity.binding,
    create: () => new VmRestorePoint(),
    fields: Object.values(VmRestorePointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePoint>) {
    super(init);
  }
}

const VmRestorePointsFields = {
  vmRestorePoints: objectElement(types, "VmRestorePoint", "vmRestorePoints", "VmRestorePointEntityType", 0, Infinity),
};

/** A list of VM restore points. */
export class VmRestorePoints extends List {
  /** One VM restore point. */
  declare vmRestorePoints?: VmRestorePoint[];
  declare private readonly "emx:VmRestorePoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePoints> = defineBinding<VmRestorePoints>({
    typeName: "VmRestorePointEntityListType",
    className: "VmRestorePoints",
    table: types,
    base: List.binding,
    create: () => new VmRestorePoints(),
    fields: Object.values(VmRestorePointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePoints>) {
    super(init);
  }
}

const VAppRestorePointFields = {
  vAppDisplayName: attribute("VAppDisplayName", "vAppDisplayName", stringCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  vAppName: scalarElement("VAppName", "vAppName", stringCodec),
  algorithm: scalarElement("Algorithm", "algorithm", restorePointAlgorithmEnumerationCodec, 1, 1),
  pointType: scalarElement("PointType", "pointType", restorePointTypeEnumerationCodec, 1, 1),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
};

/** The state of one VMware Cloud Director vApp within a restore point. */
export class VAppRestorePoint extends Entity {
  /** Name of the vApp. */
  declare vAppDisplayName?: string;
  /**
   * When the point was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /** Name of the vApp. */
  declare vAppName?: string;
  /**
   * Method that produced the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare algorithm?: RestorePointAlgorithmEnumeration;
  /**
   * Kind of the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pointType?: RestorePointTypeEnumeration;
  /** The vApp in the virtual infrastructure. */
  declare hierarchyObjRef?: string;
  declare private readonly "emx:VAppRestorePoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppRestorePoint> = defineBinding<VAppRestorePoint>({
    typeName: "VAppRestorePointEntityType",
    className: "VAppRestorePoint",
    table: types,
    base: Entity.binding,
    create: () => new VAppRestorePoint(),
    fields: Object.values(VAppRestorePointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppRestorePoint>) {
    super(init);
  }
}

const VAppRestorePointsFields = {
  vAppRestorePoints: objectElement(
    types,
    "VAppRestorePoint",
    "vAppRestorePoints",
    "VAppRestorePointEntityType",
    0,
    Infinity,
  ),
};

/** A list of vApp restore points. */
export class VAppRestorePoints extends List {
  /** One vApp restore point. */
  declare vAppRestorePoints?: VAppRestorePoint[];
  declare private readonly "emx:VAppRestorePoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppRestorePoints> = defineBinding<VAppRestorePoints>({
    typeName: "VAppRestorePointEntityListType",
    className: "VAppRestorePoints",
    table: types,
    base: List.binding,
    create: () => new VAppRestorePoints(),
    fields: Object.values(VAppRestorePointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppRestorePoints>) {
    super(init);
  }
}

const VmReplicaPointFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  vmName: scalarElement("VmName", "vmName", stringCodec),
  algorithm: scalarElement("Algorithm", "algorithm", restorePointAlgorithmEnumerationCodec, 1, 1),
  pointType: scalarElement("PointType", "pointType", replicaPointTypeEnumerationCodec, 1, 1),
};

/** A restore point of one replicated VM; the starting place of failover and guest file restore. */
export class VmReplicaPoint extends Entity {
  /** Name of the VM. */
  declare vmDisplayName?: string;
  /**
   * When the point was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /** Name of the VM. */
  declare vmName?: string;
  /**
   * Method that produced the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare algorithm?: RestorePointAlgorithmEnumeration;
  /**
   * Kind of the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pointType?: ReplicaPointTypeEnumeration;
  declare private readonly "emx:VmReplicaPoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmReplicaPoint> = defineBinding<VmReplicaPoint>({
    typeName: "VmReplicaPointEntityType",
    className: "VmReplicaPoint",
    table: types,
    base: Entity.binding,
    create: () => new VmReplicaPoint(),
    fields: Object.values(VmReplicaPointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmReplicaPoint>) {
    super(init);
  }
}

const VmReplicaPointsFields = {
  vmReplicaPoints: objectElement(types, "VmReplicaPoint", "vmReplicaPoints", "VmReplicaPointEntityType", 0, Infinity),
  vmRestorePoints: objectElement(types, "VmRestorePoint", "vmRestorePoints", "VmReplicaPointEntityType", 0, Infinity),
};

/** A list of VM replica restore points. EM 9.0 named the items `VmRestorePoint`; current versions write `VmReplicaPoint`. */
export class VmReplicaPoints extends List {
  /** One VM replica restore point. */
  declare vmReplicaPoints?: VmReplicaPoint[];
  /** One VM replica restore point, as EM 9.0 named it. */
  declare vmRestorePoints?: VmReplicaPoint[];
  declare private readonly "emx:VmReplicaPoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmReplicaPoints> = defineBinding<VmReplicaPoints>({
    typeName: "VmReplicaPointEntityListType",
    className: "VmReplicaPoints",
    table: types,
    base: List.binding,
    create: () => new VmReplicaPoints(),
    choices: [{ required: false, branches: [["VmReplicaPoint"], ["VmRestorePoint"]] }],
    fields: Object.values(VmReplicaPointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmReplicaPoints>) {
    super(init);
  }
}

const VAppReplicaPointFields = {
  vAppDisplayName: attribute("VAppDisplayName", "vAppDisplayName", stringCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec, 1, 1),
  vAppName: scalarElement("VAppName", "vAppName", stringCodec, 1, 1),
  algorithm: scalarElement("Algorithm", "algorithm", restorePointAlgorithmEnumerationCodec, 1, 1),
  pointType: scalarElement("PointType", "pointType", replicaPointTypeEnumerationCodec, 1, 1),
};

/** A restore point of one replicated VMware Cloud Director vApp; the starting place of vApp failover. */
export class VAppReplicaPoint extends Entity {
  /** Name of the vApp. */
  declare vAppDisplayName?: string;
  /**
   * When the point was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUTC?: XmlDateTime;
  /**
   * Name of the vApp.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vAppName?: string;
  /**
   * Method that produced the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare algorithm?: RestorePointAlgorithmEnumeration;
  /**
   * Kind of the point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare pointType?: ReplicaPointTypeEnumeration;
  declare private readonly "emx:VAppReplicaPoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppReplicaPoint> = defineBinding<VAppReplicaPoint>({
    typeName: "VAppReplicaPointEntityType",
    className: "VAppReplicaPoint",
    table: types,
    base: Entity.binding,
    create: () => new VAppReplicaPoint(),
    fields: Object.values(VAppReplicaPointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppReplicaPoint>) {
    super(init);
  }
}

const VAppReplicaPointsFields = {
  vAppReplicaPoints: objectElement(
    types,
    "VAppReplicaPoint",
    "vAppReplicaPoints",
    "VAppReplicaPointEntityType",
    0,
    Infinity,
  ),
};

/** A list of vApp replica restore points. */
export class VAppReplicaPoints extends List {
  /** One vApp replica restore point. */
  declare vAppReplicaPoints?: VAppReplicaPoint[];
  declare private readonly "emx:VAppReplicaPoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VAppReplicaPoints> = defineBinding<VAppReplicaPoints>({
    typeName: "VAppReplicaPointEntityListType",
    className: "VAppReplicaPoints",
    table: types,
    base: List.binding,
    create: () => new VAppReplicaPoints(),
    fields: Object.values(VAppReplicaPointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VAppReplicaPoints>) {
    super(init);
  }
}

const VmRestorePointSqlInfoFields = {
  databases: wrappedElement(types, "Databases", "databases", "Database", "VmRestorePointSqlDatabaseInfoType", 1),
};

/** SQL Server content of a VM restore point. */
export class VmRestorePointSqlInfo extends Info {
  /**
   * The databases in the point.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<Databases>` around one `<Database>` per item; absent and empty stay distinct.
   */
  declare databases?: VmRestorePointSqlDatabaseInfo[];
  declare private readonly "emx:VmRestorePointSqlInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointSqlInfo> = defineBinding<VmRestorePointSqlInfo>({
    typeName: "VmRestorePointSqlInfoType",
    className: "VmRestorePointSqlInfo",
    table: types,
    base: Info.binding,
    create: () => new VmRestorePointSqlInfo(),
    fields: Object.values(VmRestorePointSqlInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointSqlInfo>) {
    super(init);
  }
}

const VmRestorePointSqlDatabaseInfoListFields = {
  databases: objectElement(types, "Database", "databases", "VmRestorePointSqlDatabaseInfoType", 0, Infinity),
};

/** SQL Server databases of a VM restore point. */
export class VmRestorePointSqlDatabaseInfoList extends List {
  /** One database. */
  declare databases?: VmRestorePointSqlDatabaseInfo[];
  declare private readonly "emx:VmRestorePointSqlDatabaseInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointSqlDatabaseInfoList> =
    defineBinding<VmRestorePointSqlDatabaseInfoList>({
      typeName: "VmRestorePointSqlDatabaseInfoListType",
      className: "VmRestorePointSqlDatabaseInfoList",
      table: types,
      base: List.binding,
      create: () => new VmRestorePointSqlDatabaseInfoList(),
      fields: Object.values(VmRestorePointSqlDatabaseInfoListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointSqlDatabaseInfoList>) {
    super(init);
  }
}

const VmRestorePointSqlDatabaseInfoFields = {
  instance: attribute("Instance", "instance", stringCodec, true),
  instanceName: attribute("InstanceName", "instanceName", stringCodec, true),
  name: attribute("Name", "name", stringCodec, true),
  fullVersion: attribute("FullVersion", "fullVersion", stringCodec, true),
  productVersion: attribute("ProductVersion", "productVersion", stringCodec, true),
  checkpointLsn: attribute("CheckpointLsn", "checkpointLsn", unsignedLongCodec),
  databaseBackupLsn: attribute("DatabaseBackupLsn", "databaseBackupLsn", unsignedLongCodec),
  firstLsn: attribute("FirstLsn", "firstLsn", unsignedLongCodec),
  lastLsn: attribute("LastLsn", "lastLsn", unsignedLongCodec),
  startCreationTime: attribute("StartCreationTime", "startCreationTime", dateTimeCodec),
  endCreationTime: attribute("EndCreationTime", "endCreationTime", dateTimeCodec),
  timeZone: attribute("TimeZone", "timeZone", intCodec),
  recoveryModel: attribute("RecoveryModel", "recoveryModel", stringCodec, true),
  compatibilityLevel: attribute("CompatibilityLevel", "compatibilityLevel", intCodec, true),
  certName: attribute("CertName", "certName", stringCodec),
  certSerialNumber: attribute("CertSerialNumber", "certSerialNumber", stringCodec),
  readOnly: attribute("ReadOnly", "readOnly", stringCodec, true),
  bindingID: attribute("BindingID", "bindingID", stringCodec),
  familyGUID: attribute("FamilyGUID", "familyGUID", stringCodec),
  databaseId: attribute("DatabaseId", "databaseId", intCodec, true),
  items: wrappedElement(types, "Items", "items", "Item", "VmRestorePointSqlDatabaseItemInfoType", 1),
};

/** One SQL Server database in a VM restore point, with its backup metadata. */
export class VmRestorePointSqlDatabaseInfo extends Info {
  /**
   * Instance identifier.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare instance?: string;
  /**
   * Instance name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare instanceName?: string;
  /**
   * Database name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * Full SQL Server version.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare fullVersion?: string;
  /**
   * SQL Server product version.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare productVersion?: string;
  /** Log sequence number of the last checkpoint. */
  declare checkpointLsn?: number;
  /** Log sequence number of the last full database backup. */
  declare databaseBackupLsn?: number;
  /** First log sequence number covered. */
  declare firstLsn?: number;
  /** Last log sequence number covered. */
  declare lastLsn?: number;
  /** Start of the covered period. */
  declare startCreationTime?: XmlDateTime;
  /** End of the covered period. */
  declare endCreationTime?: XmlDateTime;
  /** Time zone offset of the server. */
  declare timeZone?: number;
  /**
   * Recovery model of the database.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare recoveryModel?: string;
  /**
   * Compatibility level of the database.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare compatibilityLevel?: number;
  /** Name of the encryption certificate. */
  declare certName?: string;
  /** Serial number of the encryption certificate. */
  declare certSerialNumber?: string;
  /**
   * Whether the database is read-only.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare readOnly?: string;
  /** Binding identifier. */
  declare bindingID?: string;
  /** Recovery fork family identifier. */
  declare familyGUID?: string;
  /**
   * Database identifier within the instance.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare databaseId?: number;
  /**
   * Files of the database.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<Items>` around one `<Item>` per item; absent and empty stay distinct.
   */
  declare items?: VmRestorePointSqlDatabaseItemInfo[];
  declare private readonly "emx:VmRestorePointSqlDatabaseInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointSqlDatabaseInfo> =
    defineBinding<VmRestorePointSqlDatabaseInfo>({
      typeName: "VmRestorePointSqlDatabaseInfoType",
      className: "VmRestorePointSqlDatabaseInfo",
      table: types,
      base: Info.binding,
      create: () => new VmRestorePointSqlDatabaseInfo(),
      fields: Object.values(VmRestorePointSqlDatabaseInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointSqlDatabaseInfo>) {
    super(init);
  }
}

const VmRestorePointSqlDatabaseItemListInfoFields = {
  items: objectElement(types, "Item", "items", "VmRestorePointSqlDatabaseItemInfoType", 0, Infinity),
};

/** Files of a SQL Server database. */
export class VmRestorePointSqlDatabaseItemListInfo extends List {
  /** One file. */
  declare items?: VmRestorePointSqlDatabaseItemInfo[];
  declare private readonly "emx:VmRestorePointSqlDatabaseItemListInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointSqlDatabaseItemListInfo> =
    defineBinding<VmRestorePointSqlDatabaseItemListInfo>({
      typeName: "VmRestorePointSqlDatabaseItemListInfoType",
      className: "VmRestorePointSqlDatabaseItemListInfo",
      table: types,
      base: List.binding,
      create: () => new VmRestorePointSqlDatabaseItemListInfo(),
      fields: Object.values(VmRestorePointSqlDatabaseItemListInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointSqlDatabaseItemListInfo>) {
    super(init);
  }
}

const VmRestorePointSqlDatabaseItemInfoFields = {
  type: attribute("Type", "type", stringCodec, true),
  dataPath: attribute("DataPath", "dataPath", stringCodec, true),
};

/** One file of a SQL Server database. */
export class VmRestorePointSqlDatabaseItemInfo extends Info {
  /**
   * Kind of file (data or log).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare type?: string;
  /**
   * Path of the file in the guest OS.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare dataPath?: string;
  declare private readonly "emx:VmRestorePointSqlDatabaseItemInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointSqlDatabaseItemInfo> =
    defineBinding<VmRestorePointSqlDatabaseItemInfo>({
      typeName: "VmRestorePointSqlDatabaseItemInfoType",
      className: "VmRestorePointSqlDatabaseItemInfo",
      table: types,
      base: Info.binding,
      create: () => new VmRestorePointSqlDatabaseItemInfo(),
      fields: Object.values(VmRestorePointSqlDatabaseItemInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointSqlDatabaseItemInfo>) {
    super(init);
  }
}

const VmRestorePointMountFields = {
  fsRoots: wrappedElement(types, "FSRoots", "fsRoots", "DirectoryEntry", "DirectoryEntryType", 1),
};

/** A VM restore point mounted for guest OS file restore, with the roots of its file systems. */
export class VmRestorePointMount extends Resource {
  /**
   * Top-level directories (volumes) of the guest OS.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<FSRoots>` around one `<DirectoryEntry>` per item; absent and empty stay distinct.
   */
  declare fsRoots?: DirectoryEntry[];
  declare private readonly "emx:VmRestorePointMount": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointMount> = defineBinding<VmRestorePointMount>({
    typeName: "VmRestorePointMountType",
    className: "VmRestorePointMount",
    table: types,
    base: Resource.binding,
    create: () => new VmRestorePointMount(),
    fields: Object.values(VmRestorePointMountFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointMount>) {
    super(init);
  }
}

const VmRestorePointMountsFields = {
  vmRestorePointMounts: objectElement(
    types,
    "VmRestorePointMount",
    "vmRestorePointMounts",
    "VmRestorePointMountType",
    0,
    Infinity,
  ),
};

/** Mounts of a VM restore point. */
export class VmRestorePointMounts extends List {
  /** One mount. */
  declare vmRestorePointMounts?: VmRestorePointMount[];
  declare private readonly "emx:VmRestorePointMounts": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestorePointMounts> = defineBinding<VmRestorePointMounts>({
    typeName: "VmRestorePointMountListType",
    className: "VmRestorePointMounts",
    table: types,
    base: List.binding,
    create: () => new VmRestorePointMounts(),
    fields: Object.values(VmRestorePointMountsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestorePointMounts>) {
    super(init);
  }
}

const VmReplicaPointMountFields = {
  fsRoots: wrappedElement(types, "FSRoots", "fsRoots", "DirectoryEntry", "DirectoryEntryType", 1),
};

/** A VM replica restore point mounted for guest OS file restore, with the roots of its file systems. */
export class VmReplicaPointMount extends Resource {
  /**
   * Top-level directories (volumes) of the guest OS.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<FSRoots>` around one `<DirectoryEntry>` per item; absent and empty stay distinct.
   */
  declare fsRoots?: DirectoryEntry[];
  declare private readonly "emx:VmReplicaPointMount": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmReplicaPointMount> = defineBinding<VmReplicaPointMount>({
    typeName: "VmReplicaPointMountType",
    className: "VmReplicaPointMount",
    table: types,
    base: Resource.binding,
    create: () => new VmReplicaPointMount(),
    fields: Object.values(VmReplicaPointMountFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmReplicaPointMount>) {
    super(init);
  }
}

const VmReplicaPointMountsFields = {
  vmReplicaPointMounts: objectElement(
    types,
    "VmReplicaPointMount",
    "vmReplicaPointMounts",
    "VmReplicaPointMountType",
    0,
    Infinity,
  ),
};

/** Mounts of a VM replica restore point. */
export class VmReplicaPointMounts extends List {
  /** One mount. */
  declare vmReplicaPointMounts?: VmReplicaPointMount[];
  declare private readonly "emx:VmReplicaPointMounts": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmReplicaPointMounts> = defineBinding<VmReplicaPointMounts>({
    typeName: "VmReplicaPointMountListType",
    className: "VmReplicaPointMounts",
    table: types,
    base: List.binding,
    create: () => new VmReplicaPointMounts(),
    fields: Object.values(VmReplicaPointMountsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmReplicaPointMounts>) {
    super(init);
  }
}

const FileSystemEntryFields = {
  fileEntry: objectElement(types, "FileEntry", "fileEntry", "FileEntryType"),
  directoryEntry: objectElement(types, "DirectoryEntry", "directoryEntry", "DirectoryEntryType"),
};

/** One item of a guest file system: a file or a directory. */
export class FileSystemEntry extends Resource {
  /** The item, when it is a file. */
  declare fileEntry?: FileEntry;
  /** The item, when it is a directory. */
  declare directoryEntry?: DirectoryEntry;
  declare private readonly "emx:FileSystemEntry": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileSystemEntry> = defineBinding<FileSystemEntry>({
    typeName: "FileSystemEntryType",
    className: "FileSystemEntry",
    table: types,
    base: Resource.binding,
    create: () => new FileSystemEntry(),
    choices: [{ required: true, branches: [["FileEntry"], ["DirectoryEntry"]] }],
    fields: Object.values(FileSystemEntryFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileSystemEntry>) {
    super(init);
  }
}

const DirectoryEntryFields = {
  path: scalarElement("Path", "path", stringCodec),
  name: scalarElement("Name", "name", stringCodec),
};

/** A directory of a guest file system; its links list, restore or page through its content. */
export class DirectoryEntry extends Resource {
  /** Full path in the guest OS; the guest file system root has none. */
  declare path?: string;
  /** Directory name; the guest file system root has none. */
  declare name?: string;
  declare private readonly "emx:DirectoryEntry": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<DirectoryEntry> = defineBinding<DirectoryEntry>({
    typeName: "DirectoryEntryType",
    className: "DirectoryEntry",
    table: types,
    base: Resource.binding,
    create: () => new DirectoryEntry(),
    fields: Object.values(DirectoryEntryFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<DirectoryEntry>) {
    super(init);
  }
}

const FileEntryFields = {
  path: scalarElement("Path", "path", stringCodec, 1, 1),
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  size: scalarElement("Size", "size", longCodec, 1, 1),
  owner: scalarElement("Owner", "owner", stringCodec, 1, 1),
  modifiedDateUTC: scalarElement("ModifiedDateUTC", "modifiedDateUTC", dateTimeCodec, 1, 1),
  actions: wrappedElement(types, "Actions", "actions", "Link", "LinkType", 0, { array: true }),
};

/** A file of a guest file system. */
export class FileEntry extends Resource {
  /**
   * Full path in the guest OS.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare path?: string;
  /**
   * File name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * Size in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare size?: number;
  /**
   * Owner account of the file.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare owner?: string;
  /**
   * Last change, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare modifiedDateUTC?: XmlDateTime;
  /**
   * Operations available on the file.
   *
   * Written as `<Actions>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare actions?: Link[];
  declare private readonly "emx:FileEntry": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileEntry> = defineBinding<FileEntry>({
    typeName: "FileEntryType",
    className: "FileEntry",
    table: types,
    base: Resource.binding,
    create: () => new FileEntry(),
    fields: Object.values(FileEntryFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileEntry>) {
    super(init);
  }
}

const FileEntryListFields = {
  fileEntries: objectElement(types, "FileEntry", "fileEntries", "FileEntryType", 0, Infinity),
};

/** A list of guest files. */
export class FileEntryList extends List {
  /** One file. */
  declare fileEntries?: FileEntry[];
  declare private readonly "emx:FileEntryList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileEntryList> = defineBinding<FileEntryList>({
    typeName: "FileEntryListType",
    className: "FileEntryList",
    table: types,
    base: List.binding,
    create: () => new FileEntryList(),
    fields: Object.values(FileEntryListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileEntryList>) {
    super(init);
  }
}

const DirectoryEntryListFields = {
  directoryEntries: objectElement(types, "DirectoryEntry", "directoryEntries", "DirectoryEntryType", 0, Infinity),
};

/** A list of guest directories. */
export class DirectoryEntryList extends List {
  /** One directory. */
  declare directoryEntries?: DirectoryEntry[];
  declare private readonly "emx:DirectoryEntryList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<DirectoryEntryList> = defineBinding<DirectoryEntryList>({
    typeName: "DirectoryEntryListType",
    className: "DirectoryEntryList",
    table: types,
    base: List.binding,
    create: () => new DirectoryEntryList(),
    fields: Object.values(DirectoryEntryListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<DirectoryEntryList>) {
    super(init);
  }
}

const FileSystemEntriesFields = {
  files: wrappedElement(types, "Files", "files", "FileEntry", "FileEntryType"),
  directories: wrappedElement(types, "Directories", "directories", "DirectoryEntry", "DirectoryEntryType"),
  pagingInfo: objectElement(types, "PagingInfo", "pagingInfo", "PagingInfoType"),
};

/** The content of a guest directory, one page at a time. */
export class FileSystemEntries extends Resource {
  /**
   * Files of the directory.
   *
   * Written as `<Files>` around one `<FileEntry>` per item; absent and empty stay distinct.
   */
  declare files?: FileEntry[];
  /**
   * Subdirectories of the directory.
   *
   * Written as `<Directories>` around one `<DirectoryEntry>` per item; absent and empty stay distinct.
   */
  declare directories?: DirectoryEntry[];
  /** Which page this is, with links to the others. */
  declare pagingInfo?: PagingInfo;
  declare private readonly "emx:FileSystemEntries": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileSystemEntries> = defineBinding<FileSystemEntries>({
    typeName: "FileSystemEntriesType",
    className: "FileSystemEntries",
    table: types,
    base: Resource.binding,
    create: () => new FileSystemEntries(),
    fields: Object.values(FileSystemEntriesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileSystemEntries>) {
    super(init);
  }
}

const BackupFileFields = {
  filePath: scalarElement("FilePath", "filePath", stringCodec, 1, 1),
  backupSize: scalarElement("BackupSize", "backupSize", longCodec, 1, 1),
  dataSize: scalarElement("DataSize", "dataSize", longCodec, 1, 1),
  deduplicationRatio: scalarElement("DeduplicationRatio", "deduplicationRatio", doubleCodec, 1, 1),
  compressRatio: scalarElement("CompressRatio", "compressRatio", doubleCodec, 1, 1),
  creationTimeUtc: scalarElement("CreationTimeUtc", "creationTimeUtc", dateTimeCodec, 1, 1),
  fileType: scalarElement("FileType", "fileType", backupFileTypeEnumerationCodec, 1, 1),
};

/** A file of a backup in a repository (full, increment or reverse increment). */
export class BackupFile extends Entity {
  /**
   * Location of the file.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare filePath?: string;
  /**
   * Size of the file, in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupSize?: number;
  /**
   * Size of the source data, in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare dataSize?: number;
  /**
   * Deduplication ratio.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare deduplicationRatio?: number;
  /**
   * Compression ratio.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare compressRatio?: number;
  /**
   * When the file was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare creationTimeUtc?: XmlDateTime;
  /**
   * Kind of backup file.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare fileType?: BackupFileTypeEnumeration;
  declare private readonly "emx:BackupFile": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupFile> = defineBinding<BackupFile>({
    typeName: "BackupFileEntityType",
    className: "BackupFile",
    table: types,
    base: Entity.binding,
    create: () => new BackupFile(),
    fields: Object.values(BackupFileFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupFile>) {
    super(init);
  }
}

const BackupFilesFields = {
  backupFiles: objectElement(types, "BackupFile", "backupFiles", "BackupFileEntityType", 0, Infinity),
};

/** A list of backup files. */
export class BackupFiles extends List {
  /** One backup file. */
  declare backupFiles?: BackupFile[];
  declare private readonly "emx:BackupFiles": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupFiles> = defineBinding<BackupFiles>({
    typeName: "BackupFileEntityListType",
    className: "BackupFiles",
    table: types,
    base: List.binding,
    create: () => new BackupFiles(),
    fields: Object.values(BackupFilesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupFiles>) {
    super(init);
  }
}

const CatalogVmFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
};

/** A VM whose guest OS files are indexed in the catalog. */
export class CatalogVm extends Entity {
  /** Name of the VM. */
  declare vmDisplayName?: string;
  declare private readonly "emx:CatalogVm": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CatalogVm> = defineBinding<CatalogVm>({
    typeName: "CatalogVmEntityType",
    className: "CatalogVm",
    table: types,
    base: Entity.binding,
    create: () => new CatalogVm(),
    fields: Object.values(CatalogVmFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CatalogVm>) {
    super(init);
  }
}

const CatalogVmsFields = {
  catalogVms: objectElement(types, "CatalogVm", "catalogVms", "CatalogVmEntityType", 0, Infinity),
};

/** A list of indexed VMs. */
export class CatalogVms extends List {
  /** One VM. */
  declare catalogVms?: CatalogVm[];
  declare private readonly "emx:CatalogVms": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CatalogVms> = defineBinding<CatalogVms>({
    typeName: "CatalogVmEntityListType",
    className: "CatalogVms",
    table: types,
    base: List.binding,
    create: () => new CatalogVms(),
    fields: Object.values(CatalogVmsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CatalogVms>) {
    super(init);
  }
}

const CatalogVmRestorePointFields = {
  backupDateUTC: scalarElement("BackupDateUTC", "backupDateUTC", dateTimeCodec, 1, 1),
};

/** A restore point of an indexed VM, whose guest files can be browsed and restored. */
export class CatalogVmRestorePoint extends Entity {
  /**
   * When the point was created, in UTC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupDateUTC?: XmlDateTime;
  declare private readonly "emx:CatalogVmRestorePoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CatalogVmRestorePoint> = defineBinding<CatalogVmRestorePoint>({
    typeName: "CatalogVmRestorePointEntityType",
    className: "CatalogVmRestorePoint",
    table: types,
    base: Entity.binding,
    create: () => new CatalogVmRestorePoint(),
    fields: Object.values(CatalogVmRestorePointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CatalogVmRestorePoint>) {
    super(init);
  }
}

const CatalogVmRestorePointsFields = {
  catalogVmRestorePoints: objectElement(
    types,
    "CatalogVmRestorePoint",
    "catalogVmRestorePoints",
    "CatalogVmRestorePointEntityType",
    0,
    Infinity,
  ),
};

/** A list of restore points of an indexed VM. */
export class CatalogVmRestorePoints extends List {
  /** One restore point. */
  declare catalogVmRestorePoints?: CatalogVmRestorePoint[];
  declare private readonly "emx:CatalogVmRestorePoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CatalogVmRestorePoints> = defineBinding<CatalogVmRestorePoints>({
    typeName: "CatalogVmRestorePointEntityListType",
    className: "CatalogVmRestorePoints",
    table: types,
    base: List.binding,
    create: () => new CatalogVmRestorePoints(),
    fields: Object.values(CatalogVmRestorePointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CatalogVmRestorePoints>) {
    super(init);
  }
}

const RestoreSpecFields = {
  vmRestoreSpec: objectElement(types, "VmRestoreSpec", "vmRestoreSpec", "VmRestoreSpecInfoType"),
  vCloudVmRestoreSpec: objectElement(
    types,
    "vCloudVmRestoreSpec",
    "vCloudVmRestoreSpec",
    "vCloudVmRestoreSpecInfoType",
  ),
  vCloudVAppRestoreSpec: objectElement(
    types,
    "vCloudVAppRestoreSpec",
    "vCloudVAppRestoreSpec",
    "vCloudVAppRestoreSpecInfoType",
    0,
    1,
    { name: "VCloudVAppRestoreSpec" },
  ),
  sqlItemRestoreSpec: objectElement(types, "SqlItemRestoreSpec", "sqlItemRestoreSpec", "SqlItemRestoreSpecInfoType"),
};

/** Body of a full restore request: one of the restore kinds. */
export class RestoreSpec extends Spec {
  /** Restore of a VM (vSphere, Hyper-V, or a Cloud Director VM into its vApp). */
  declare vmRestoreSpec?: VmRestoreSpecInfo;
  /** Restore of a Cloud Director VM into a given vApp (older API versions). */
  declare vCloudVmRestoreSpec?: VCloudVmRestoreSpecInfo;
  /** Restore of a Cloud Director vApp. */
  declare vCloudVAppRestoreSpec?: VCloudVAppRestoreSpecInfo;
  /** Restore of a SQL Server database from a VM restore point. */
  declare sqlItemRestoreSpec?: SqlItemRestoreSpecInfo;
  declare private readonly "emx:RestoreSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RestoreSpec> = defineBinding<RestoreSpec>({
    typeName: "RestoreSpecType",
    className: "RestoreSpec",
    table: types,
    base: Spec.binding,
    create: () => new RestoreSpec(),
    choices: [
      {
        required: true,
        branches: [["VmRestoreSpec"], ["vCloudVmRestoreSpec"], ["vCloudVAppRestoreSpec"], ["SqlItemRestoreSpec"]],
      },
    ],
    fields: Object.values(RestoreSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RestoreSpec>) {
    super(init);
  }
}

const VmRestoreSpecInfoFields = {
  powerOnAfterRestore: scalarElement("PowerOnAfterRestore", "powerOnAfterRestore", booleanCodec, 1, 1),
  hierarchyRootUid: scalarElement("HierarchyRootUid", "hierarchyRootUid", uidCodec),
  quickRollback: scalarElement("QuickRollback", "quickRollback", booleanCodec),
  keepOriginalVM: scalarElement("KeepOriginalVM", "keepOriginalVM", booleanCodec),
  vmRestoreParameters: objectElement(
    types,
    "VmRestoreParameters",
    "vmRestoreParameters",
    "vCloudVmRestoreParametersInfoType",
  ),
};

/** Options of a VM restore. */
export class VmRestoreSpecInfo extends Info {
  /**
   * Whether to start the VM once restored.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare powerOnAfterRestore?: boolean;
  /** Host that receives the VM (Cloud Director restores). */
  declare hierarchyRootUid?: string;
  /** Whether to restore only the changed blocks (incremental restore). */
  declare quickRollback?: boolean;
  /** Whether to keep the original VM beside the restored one; needs QuickRollback false. */
  declare keepOriginalVM?: boolean;
  /** Placement of the VM (Cloud Director restores). */
  declare vmRestoreParameters?: VCloudVmRestoreParametersInfo;
  declare private readonly "emx:VmRestoreSpecInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VmRestoreSpecInfo> = defineBinding<VmRestoreSpecInfo>({
    typeName: "VmRestoreSpecInfoType",
    className: "VmRestoreSpecInfo",
    table: types,
    base: Info.binding,
    create: () => new VmRestoreSpecInfo(),
    fields: Object.values(VmRestoreSpecInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VmRestoreSpecInfo>) {
    super(init);
  }
}

const VCloudVmRestoreSpecInfoFields = {
  powerOnAfterRestore: scalarElement("PowerOnAfterRestore", "powerOnAfterRestore", booleanCodec),
  hierarchyRootUid: scalarElement("HierarchyRootUid", "hierarchyRootUid", uidCodec, 1, 1),
  vAppRef: scalarElement("vAppRef", "vAppRef", urnCodec, 1, 1),
  vmRestoreParameters: objectElement(
    types,
    "VmRestoreParameters",
    "vmRestoreParameters",
    "vCloudVmRestoreParametersInfoType",
    1,
    1,
  ),
};

/** Options of restoring a Cloud Director VM into a vApp. */
export class VCloudVmRestoreSpecInfo extends Info {
  /** Whether to start the VM once restored. */
  declare powerOnAfterRestore?: boolean;
  /**
   * Cloud Director server that receives the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyRootUid?: string;
  /**
   * The vApp that receives the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vAppRef?: string;
  /**
   * Placement of the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vmRestoreParameters?: VCloudVmRestoreParametersInfo;
  declare private readonly "emx:VCloudVmRestoreSpecInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudVmRestoreSpecInfo> = defineBinding<VCloudVmRestoreSpecInfo>({
    typeName: "vCloudVmRestoreSpecInfoType",
    className: "VCloudVmRestoreSpecInfo",
    table: types,
    base: Info.binding,
    create: () => new VCloudVmRestoreSpecInfo(),
    fields: Object.values(VCloudVmRestoreSpecInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudVmRestoreSpecInfo>) {
    super(init);
  }
}

const VCloudVAppRestoreSpecInfoFields = {
  powerOnAfterRestore: scalarElement("PowerOnAfterRestore", "powerOnAfterRestore", booleanCodec, 1, 1),
  hierarchyRootUid: scalarElement("HierarchyRootUid", "hierarchyRootUid", uidCodec, 1, 1),
  orgVdcRef: scalarElement("OrgVdcRef", "orgVdcRef", urnCodec, 1, 1),
  vAppNewName: scalarElement("vAppNewName", "vAppNewName", stringCodec, 0, 1, { name: "VAppNewName" }),
  vmsRestoreParameters: wrappedElement(
    types,
    "VmsRestoreParameters",
    "vmsRestoreParameters",
    "Vm",
    "vCloudVmRestoreParametersInfoType",
    0,
    { array: true },
  ),
};

/** Options of a Cloud Director vApp restore. */
export class VCloudVAppRestoreSpecInfo extends Info {
  /**
   * Whether to start the vApp VMs once restored.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare powerOnAfterRestore?: boolean;
  /**
   * Cloud Director server that receives the vApp.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyRootUid?: string;
  /**
   * Organization VDC that receives the vApp.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare orgVdcRef?: string;
  /** New name of the vApp; the original name when absent. */
  declare vAppNewName?: string;
  /**
   * Placement of each VM of the vApp.
   *
   * Written as `<VmsRestoreParameters>` around one `<Vm>` per item; absent and empty stay distinct.
   */
  declare vmsRestoreParameters?: VCloudVmRestoreParametersInfo[];
  declare private readonly "emx:VCloudVAppRestoreSpecInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudVAppRestoreSpecInfo> = defineBinding<VCloudVAppRestoreSpecInfo>({
    typeName: "vCloudVAppRestoreSpecInfoType",
    className: "VCloudVAppRestoreSpecInfo",
    table: types,
    base: Info.binding,
    create: () => new VCloudVAppRestoreSpecInfo(),
    fields: Object.values(VCloudVAppRestoreSpecInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudVAppRestoreSpecInfo>) {
    super(init);
  }
}

const VCloudVmRestoreParametersInfoListFields = {
  vms: objectElement(types, "Vm", "vms", "vCloudVmRestoreParametersInfoType", 0, Infinity),
};

/** Placement of the VMs of a restored vApp (the VmsRestoreParameters block). */
export class VCloudVmRestoreParametersInfoList extends List {
  /** Placement of one VM. */
  declare vms?: VCloudVmRestoreParametersInfo[];
  declare private readonly "emx:VCloudVmRestoreParametersInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudVmRestoreParametersInfoList> =
    defineBinding<VCloudVmRestoreParametersInfoList>({
      typeName: "vCloudVmRestoreParametersInfoListType",
      className: "VCloudVmRestoreParametersInfoList",
      table: types,
      base: List.binding,
      create: () => new VCloudVmRestoreParametersInfoList(),
      fields: Object.values(VCloudVmRestoreParametersInfoListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudVmRestoreParametersInfoList>) {
    super(init);
  }
}

const VCloudVmRestoreParametersInfoFields = {
  vmRestorePointUid: scalarElement("VmRestorePointUid", "vmRestorePointUid", uidCodec, 1, 1),
  vmNewName: scalarElement("VmNewName", "vmNewName", stringCodec),
  datastoreRef: scalarElement("DatastoreRef", "datastoreRef", urnCodec),
  orgVdcStorageProfileRef: scalarElement("OrgVdcStorageProfileRef", "orgVdcStorageProfileRef", urnCodec),
  linkedCloneVmTemplateRef: scalarElement("LinkedCloneVmTemplateRef", "linkedCloneVmTemplateRef", optionalUrnCodec),
};

/** Where and under what name one Cloud Director VM is restored. */
export class VCloudVmRestoreParametersInfo extends Info {
  /**
   * The VM restore point to restore from.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vmRestorePointUid?: string;
  /** New name of the VM; the original name when absent. */
  declare vmNewName?: string;
  /** Datastore for the VM files. */
  declare datastoreRef?: string;
  /** Storage policy of the organization VDC. */
  declare orgVdcStorageProfileRef?: string;
  /** Template of a linked-clone VM; may be empty. */
  declare linkedCloneVmTemplateRef?: string;
  declare private readonly "emx:VCloudVmRestoreParametersInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudVmRestoreParametersInfo> =
    defineBinding<VCloudVmRestoreParametersInfo>({
      typeName: "vCloudVmRestoreParametersInfoType",
      className: "VCloudVmRestoreParametersInfo",
      table: types,
      base: Info.binding,
      create: () => new VCloudVmRestoreParametersInfo(),
      fields: Object.values(VCloudVmRestoreParametersInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudVmRestoreParametersInfo>) {
    super(init);
  }
}

const SqlItemRestoreSpecInfoFields = {
  isRestoreToOriginal: scalarElement("IsRestoreToOriginal", "isRestoreToOriginal", booleanCodec, 1, 1),
  serverName: scalarElement("ServerName", "serverName", stringCodec, 1, 1),
  vmName: scalarElement("VmName", "vmName", stringCodec, 1, 1),
  instanceName: scalarElement("InstanceName", "instanceName", stringCodec, 1, 1),
  familyUid: scalarElement("FamilyUid", "familyUid", stringCodec, 1, 1),
  credentials: objectElement(types, "Credentials", "credentials", "SqlCredentialsInfoType", 1, 1),
  databaseName: scalarElement("DatabaseName", "databaseName", stringCodec, 1, 1),
  sourceDatabaseName: scalarElement("SourceDatabaseName", "sourceDatabaseName", stringCodec, 1, 1),
  sourceInstanceName: scalarElement("SourceInstanceName", "sourceInstanceName", stringCodec, 1, 1),
  restoreToDate: scalarElement("RestoreToDate", "restoreToDate", dateTimeCodec, 1, 1),
};

/** Options of restoring a SQL Server database from a VM restore point. */
export class SqlItemRestoreSpecInfo extends Info {
  /**
   * Whether to restore to the original server and instance.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare isRestoreToOriginal?: boolean;
  /**
   * Target server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare serverName?: string;
  /**
   * Target VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vmName?: string;
  /**
   * Target instance.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare instanceName?: string;
  /**
   * Recovery fork family of the database.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare familyUid?: string;
  /**
   * Accounts for the restore.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare credentials?: SqlCredentialsInfo;
  /**
   * Name of the restored database.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare databaseName?: string;
  /**
   * Database in the restore point.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare sourceDatabaseName?: string;
  /**
   * Instance of that database.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare sourceInstanceName?: string;
  /**
   * Point in time to restore to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare restoreToDate?: XmlDateTime;
  declare private readonly "emx:SqlItemRestoreSpecInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SqlItemRestoreSpecInfo> = defineBinding<SqlItemRestoreSpecInfo>({
    typeName: "SqlItemRestoreSpecInfoType",
    className: "SqlItemRestoreSpecInfo",
    table: types,
    base: Info.binding,
    create: () => new SqlItemRestoreSpecInfo(),
    fields: Object.values(SqlItemRestoreSpecInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SqlItemRestoreSpecInfo>) {
    super(init);
  }
}

const SqlCredentialsInfoFields = {
  sqlCredentials: objectElement(types, "SqlCredentials", "sqlCredentials", "PlainCredentialsType"),
  serverCredentials: objectElement(types, "ServerCredentials", "serverCredentials", "PlainCredentialsType"),
  userCredentials: objectElement(types, "UserCredentials", "userCredentials", "PlainCredentialsType"),
  useSqlAuth: scalarElement("UseSqlAuth", "useSqlAuth", booleanCodec, 1, 1),
};

/** Accounts used by a SQL Server item restore. */
export class SqlCredentialsInfo extends Info {
  /** SQL Server login. */
  declare sqlCredentials?: PlainCredentials;
  /** Account on the target server. */
  declare serverCredentials?: PlainCredentials;
  /** Account of the requesting user. */
  declare userCredentials?: PlainCredentials;
  /**
   * Whether to log on with SQL Server authentication.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare useSqlAuth?: boolean;
  declare private readonly "emx:SqlCredentialsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SqlCredentialsInfo> = defineBinding<SqlCredentialsInfo>({
    typeName: "SqlCredentialsInfoType",
    className: "SqlCredentialsInfo",
    table: types,
    base: Info.binding,
    create: () => new SqlCredentialsInfo(),
    fields: Object.values(SqlCredentialsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SqlCredentialsInfo>) {
    super(init);
  }
}

const FileRestoreSpecFields = {
  toOriginalLocation: objectElement(
    types,
    "ToOriginalLocation",
    "toOriginalLocation",
    "FileRestoreToOriginalSpecInfoType",
  ),
  forDirectDownload: objectElement(
    types,
    "ForDirectDownload",
    "forDirectDownload",
    "FileRestoreForDirectDownloadSpecInfoType",
  ),
};

/** Body of a guest file or folder restore request: back to its place, or prepared for download. */
export class FileRestoreSpec extends Spec {
  /** Restore into the original location. */
  declare toOriginalLocation?: FileRestoreToOriginalSpecInfo;
  /** Prepare the item for download. */
  declare forDirectDownload?: FileRestoreForDirectDownloadSpecInfo;
  declare private readonly "emx:FileRestoreSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileRestoreSpec> = defineBinding<FileRestoreSpec>({
    typeName: "FileRestoreSpecType",
    className: "FileRestoreSpec",
    table: types,
    base: Spec.binding,
    create: () => new FileRestoreSpec(),
    choices: [{ required: true, branches: [["ToOriginalLocation"], ["ForDirectDownload"]] }],
    fields: Object.values(FileRestoreSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileRestoreSpec>) {
    super(init);
  }
}

const FileRestoreToOriginalSpecInfoFields = {
  overwrite: attribute("Overwrite", "overwrite", booleanCodec),
  permissionsOnly: attribute("PermissionsOnly", "permissionsOnly", booleanCodec),
  guestCredentials: objectElement(types, "GuestCredentials", "guestCredentials", "PlainCredentialsType"),
};

/** Options of restoring a guest file or folder to where it came from. */
export class FileRestoreToOriginalSpecInfo extends Info {
  /**
   * Whether the restored item replaces the one on the target; otherwise both are kept.
   *
   * Absent means false.
   */
  declare overwrite?: boolean;
  /**
   * Whether to restore only the permissions of an existing item (Windows).
   *
   * Absent means false.
   */
  declare permissionsOnly?: boolean;
  /** Guest OS account for the restore. */
  declare guestCredentials?: PlainCredentials;
  declare private readonly "emx:FileRestoreToOriginalSpecInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileRestoreToOriginalSpecInfo> =
    defineBinding<FileRestoreToOriginalSpecInfo>({
      typeName: "FileRestoreToOriginalSpecInfoType",
      className: "FileRestoreToOriginalSpecInfo",
      table: types,
      base: Info.binding,
      create: () => new FileRestoreToOriginalSpecInfo(),
      fields: Object.values(FileRestoreToOriginalSpecInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileRestoreToOriginalSpecInfo>) {
    super(init);
  }
}

/** Marker: the item is prepared for download rather than restored in place. */
export class FileRestoreForDirectDownloadSpecInfo extends Info {
  declare private readonly "emx:FileRestoreForDirectDownloadSpecInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileRestoreForDirectDownloadSpecInfo> =
    defineBinding<FileRestoreForDirectDownloadSpecInfo>({
      typeName: "FileRestoreForDirectDownloadSpecInfoType",
      className: "FileRestoreForDirectDownloadSpecInfo",
      table: types,
      base: Info.binding,
      create: () => new FileRestoreForDirectDownloadSpecInfo(),
      fields: [],
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileRestoreForDirectDownloadSpecInfo>) {
    super(init);
  }
}

const RestorePointMountSpecFields = {
  osKind: scalarElement("OsKind", "osKind", guestOsKindEnumerationCodec),
};

/** Body of a request that mounts a VM or VM replica restore point for guest file restore. The pages do not show its root element. */
export class RestorePointMountSpec extends Spec {
  /** Guest OS of the mounted point; Windows when absent. */
  declare osKind?: GuestOsKindEnumeration;
  declare private readonly "emx:RestorePointMountSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<RestorePointMountSpec> = defineBinding<RestorePointMountSpec>({
    typeName: "RestorePointMountSpecType",
    className: "RestorePointMountSpec",
    table: types,
    base: Spec.binding,
    create: () => new RestorePointMountSpec(),
    fields: Object.values(RestorePointMountSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<RestorePointMountSpec>) {
    super(init);
  }
}
