// Generated from schemas/infrastructure.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Backup infrastructure known to Enterprise Manager: backup servers and the request that connects or edits one, managed servers, backup and external repositories, WAN accelerators, hierarchy roots and lookup results, and the credentials and encryption passwords stored on a backup server.

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
  unsignedShortCodec,
  wrappedElement,
  type XmlDateTime,
  XmlObject,
} from "../runtime/index.js";
import { Entity, List, Resource, Spec, uidCodec, urnCodec, type Link } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of a server added to a backup server. Open: other values are kept (strict reading rejects them). */
export type ManagedServerTypeEnumeration =
  | "ESX"
  | "VC"
  | "Linux"
  | "Local"
  | "Windows"
  | "ESXi"
  | "HvServer"
  | "HvCluster"
  | "Scvmm"
  | "BackupServer"
  | "SanHost"
  | "SmbServer"
  | "SmbCluster"
  | "VcdSystem"
  | "Cloud"
  | "AzureWinServer"
  | "VmSnapshotStorageHost"
  | "ConfigurationService"
  | "ExternalInfrastructureProxy"
  | "NdmpServer"
  | "ExternalInfrastructureServer"
  | (string & {});

/** Codec of {@link ManagedServerTypeEnumeration}. */
export const managedServerTypeEnumerationCodec = enumerationCodec<ManagedServerTypeEnumeration>(
  "ManagedServerTypeEnumeration",
  [
    "ESX",
    "VC",
    "Linux",
    "Local",
    "Windows",
    "ESXi",
    "HvServer",
    "HvCluster",
    "Scvmm",
    "BackupServer",
    "SanHost",
    "SmbServer",
    "SmbCluster",
    "VcdSystem",
    "Cloud",
    "AzureWinServer",
    "VmSnapshotStorageHost",
    "ConfigurationService",
    "ExternalInfrastructureProxy",
    "NdmpServer",
    "ExternalInfrastructureServer",
  ],
);

/** Kind of virtualization host at the top of a hierarchy. Open: other values are kept (strict reading rejects them). */
export type HierarchyRootHostTypeEnumeration =
  "ESX" | "VC" | "ESXi" | "HvServer" | "HvCluster" | "Scvmm" | "VcdSystem" | (string & {});

/** Codec of {@link HierarchyRootHostTypeEnumeration}. */
export const hierarchyRootHostTypeEnumerationCodec = enumerationCodec<HierarchyRootHostTypeEnumeration>(
  "HierarchyRootHostTypeEnumeration",
  ["ESX", "VC", "ESXi", "HvServer", "HvCluster", "Scvmm", "VcdSystem"],
);

/** Storage kind of a backup repository. Open: other values are kept (strict reading rejects them). */
export type RepositoryKindEnumeration =
  | "WindowsLocal"
  | "LinuxLocal"
  | "CifsShare"
  | "DDBoost"
  | "Cloud"
  | "HPStoreOnce"
  | "ExaGrid"
  | "Foreign"
  | "SanSnapshot"
  | "HPStoreOnceIntegration"
  | "Extendable"
  | "Quantum"
  | "Nfs"
  | (string & {});

/** Codec of {@link RepositoryKindEnumeration}. */
export const repositoryKindEnumerationCodec = enumerationCodec<RepositoryKindEnumeration>("RepositoryKindEnumeration", [
  "WindowsLocal",
  "LinuxLocal",
  "CifsShare",
  "DDBoost",
  "Cloud",
  "HPStoreOnce",
  "ExaGrid",
  "Foreign",
  "SanSnapshot",
  "HPStoreOnceIntegration",
  "Extendable",
  "Quantum",
  "Nfs",
]);

/** Cloud storage behind an external repository. Open: other values are kept (strict reading rejects them). */
export type ExternalRepositoryTypeEnumeration =
  "AmazonS3External" | "AzureStorageExternal" | "GoogleCloudStorageExternal" | (string & {});

/** Codec of {@link ExternalRepositoryTypeEnumeration}. */
export const externalRepositoryTypeEnumerationCodec = enumerationCodec<ExternalRepositoryTypeEnumeration>(
  "ExternalRepositoryTypeEnumeration",
  ["AmazonS3External", "AzureStorageExternal", "GoogleCloudStorageExternal"],
);

const BackupServerFields = {
  description: scalarElement("Description", "description", stringCodec, 1, 1),
  port: scalarElement("Port", "port", longCodec, 1, 1),
  version: scalarElement("Version", "version", stringCodec, 1, 1),
  wcfPort: scalarElement("WcfPort", "wcfPort", unsignedShortCodec),
  vbrCertificateThumbprint: scalarElement("VbrCertificateThumbprint", "vbrCertificateThumbprint", stringCodec),
};

/** A Veeam Backup & Replication server connected to Enterprise Manager. */
export class BackupServer extends Entity {
  /**
   * Free text; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare description?: string;
  /**
   * Port EM collects data over (9392 by default).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare port?: number;
  /**
   * Veeam Backup & Replication version on the server, such as `13.0.0.1420`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare version?: string;
  /** Certificate port used with servers of version 12 and later (9405 by default). */
  declare wcfPort?: number;
  /** Thumbprint of the backup server's certificate. */
  declare vbrCertificateThumbprint?: string;
  declare private readonly "emx:BackupServer": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupServer> = defineBinding<BackupServer>({
    typeName: "BackupServerEntityType",
    className: "BackupServer",
    table: types,
    base: Entity.binding,
    create: () => new BackupServer(),
    fields: Object.values(BackupServerFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupServer>) {
    super(init);
  }
}

const BackupServersFields = {
  backupServers: objectElement(types, "BackupServer", "backupServers", "BackupServerEntityType", 0, Infinity),
};

/** A list of backup servers. */
export class BackupServers extends List {
  /** One backup server. */
  declare backupServers?: BackupServer[];
  declare private readonly "emx:BackupServers": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupServers> = defineBinding<BackupServers>({
    typeName: "BackupServerEntityListType",
    className: "BackupServers",
    table: types,
    base: List.binding,
    create: () => new BackupServers(),
    fields: Object.values(BackupServersFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupServers>) {
    super(init);
  }
}

const BackupServerSpecFields = {
  description: scalarElement("Description", "description", stringCodec),
  dnsNameOrIpAddress: scalarElement("DnsNameOrIpAddress", "dnsNameOrIpAddress", stringCodec, 1, 1),
  port: scalarElement("Port", "port", stringCodec),
  username: scalarElement("Username", "username", stringCodec),
  password: scalarElement("Password", "password", stringCodec),
  wcfPort: scalarElement("WcfPort", "wcfPort", unsignedShortCodec),
  vbrCertificateThumbprint: scalarElement("VbrCertificateThumbprint", "vbrCertificateThumbprint", stringCodec),
};

/** Body of POST /backupServers?action=create (connect a backup server) and PUT /backupServers/{ID} (edit one). Port comes before Username, as in the v1_2 XSD and EM's JSON; the pages' XML example swaps them. */
export class BackupServerSpec extends Spec {
  /** Free text about the server. */
  declare description?: string;
  /**
   * DNS name or IP address of the backup server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare dnsNameOrIpAddress?: string;
  /** Port to connect over (9392 by default); the docs type it as a string. */
  declare port?: string;
  /** Account to connect with, as DOMAIN\USER or HOST\USER. */
  declare username?: string;
  /** Password of the account. */
  declare password?: string;
  /** Certificate port for servers of version 12 and later (9405 by default). */
  declare wcfPort?: number;
  /** Thumbprint of the backup server's certificate. */
  declare vbrCertificateThumbprint?: string;
  declare private readonly "emx:BackupServerSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<BackupServerSpec> = defineBinding<BackupServerSpec>({
    typeName: "BackupServerSpecType",
    className: "BackupServerSpec",
    table: types,
    base: Spec.binding,
    create: () => new BackupServerSpec(),
    fields: Object.values(BackupServerSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<BackupServerSpec>) {
    super(init);
  }
}

const ManagedServerFields = {
  description: scalarElement("Description", "description", stringCodec, 1, 1),
  managedServerType: scalarElement("ManagedServerType", "managedServerType", managedServerTypeEnumerationCodec, 1, 1),
};

/** A server added to the infrastructure of a backup server (host, proxy, repository server, ...). */
export class ManagedServer extends Entity {
  /**
   * Free text; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare description?: string;
  /**
   * Kind of server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare managedServerType?: ManagedServerTypeEnumeration;
  declare private readonly "emx:ManagedServer": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ManagedServer> = defineBinding<ManagedServer>({
    typeName: "ManagedServerEntityType",
    className: "ManagedServer",
    table: types,
    base: Entity.binding,
    create: () => new ManagedServer(),
    fields: Object.values(ManagedServerFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ManagedServer>) {
    super(init);
  }
}

const ManagedServersFields = {
  managedServers: objectElement(types, "ManagedServer", "managedServers", "ManagedServerEntityType", 0, Infinity),
};

/** A list of managed servers. */
export class ManagedServers extends List {
  /** One managed server. */
  declare managedServers?: ManagedServer[];
  declare private readonly "emx:ManagedServers": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ManagedServers> = defineBinding<ManagedServers>({
    typeName: "ManagedServerEntityListType",
    className: "ManagedServers",
    table: types,
    base: List.binding,
    create: () => new ManagedServers(),
    fields: Object.values(ManagedServersFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ManagedServers>) {
    super(init);
  }
}

const RepositoryFields = {
  capacity: scalarElement("Capacity", "capacity", longCodec, 1, 1),
  freeSpace: scalarElement("FreeSpace", "freeSpace", longCodec, 1, 1),
  kind: scalarElement("Kind", "kind", repositoryKindEnumerationCodec),
};

/** A backup repository configured on a backup server. */
export class Repository extends Entity {
  /**
   * Total space, in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare capacity?: number;
  /**
   * Free space, in bytes.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare freeSpace?: number;
  /** Storage kind. */
  declare kind?: RepositoryKindEnumeration;
  declare private readonly "emx:Repository": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Repository> = defineBinding<Repository>({
    typeName: "RepositoryEntityType",
    className: "Repository",
    table: types,
    base: Entity.binding,
    create: () => new Repository(),
    fields: Object.values(RepositoryFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Repository>) {
    super(init);
  }
}

const RepositoriesFields = {
  repositories: objectElement(types, "Repository", "repositories", "RepositoryEntityType", 0, Infinity),
};

/** A list of backup repositories. */
export class Repositories extends List {
  /** One repository. */
  declare repositories?: Repository[];
  declare private readonly "emx:Repositories": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Repositories> = defineBinding<Repositories>({
    typeName: "RepositoryEntityListType",
    className: "Repositories",
    table: types,
    base: List.binding,
    create: () => new Repositories(),
    fields: Object.values(RepositoriesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Repositories>) {
    super(init);
  }
}

const ExternalRepositoryFields = {
  repositoryType: scalarElement("RepositoryType", "repositoryType", externalRepositoryTypeEnumerationCodec),
  path: scalarElement("Path", "path", stringCodec),
  usedSpace: scalarElement("UsedSpace", "usedSpace", longCodec),
  description: scalarElement("Description", "description", stringCodec),
};

/** An external repository registered on a backup server: object storage holding backups made by Veeam cloud-native backup products. */
export class ExternalRepository extends Entity {
  /** Storage service. */
  declare repositoryType?: ExternalRepositoryTypeEnumeration;
  /** Location of the repository in the storage. */
  declare path?: string;
  /** Space used, in bytes. */
  declare usedSpace?: number;
  /** Free text. */
  declare description?: string;
  declare private readonly "emx:ExternalRepository": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ExternalRepository> = defineBinding<ExternalRepository>({
    typeName: "ExternalRepositoryEntityType",
    className: "ExternalRepository",
    table: types,
    base: Entity.binding,
    create: () => new ExternalRepository(),
    fields: Object.values(ExternalRepositoryFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ExternalRepository>) {
    super(init);
  }
}

const ExternalRepositoriesFields = {
  externalRepositories: objectElement(
    types,
    "ExternalRepository",
    "externalRepositories",
    "ExternalRepositoryEntityType",
    0,
    Infinity,
  ),
};

/** A list of external repositories. */
export class ExternalRepositories extends List {
  /** One external repository. */
  declare externalRepositories?: ExternalRepository[];
  declare private readonly "emx:ExternalRepositories": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ExternalRepositories> = defineBinding<ExternalRepositories>({
    typeName: "ExternalRepositoryEntityListType",
    className: "ExternalRepositories",
    table: types,
    base: List.binding,
    create: () => new ExternalRepositories(),
    fields: Object.values(ExternalRepositoriesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ExternalRepositories>) {
    super(init);
  }
}

const WanAcceleratorFields = {
  description: scalarElement("Description", "description", stringCodec, 1, 1),
  outOfDate: scalarElement("OutOfDate", "outOfDate", booleanCodec, 1, 1),
  version: scalarElement("Version", "version", stringCodec, 1, 1),
  capacity: scalarElement("Capacity", "capacity", longCodec, 1, 1),
  trafficPort: scalarElement("TrafficPort", "trafficPort", intCodec, 1, 1),
  connectionsCount: scalarElement("ConnectionsCount", "connectionsCount", intCodec, 1, 1),
  cachePath: scalarElement("CachePath", "cachePath", stringCodec, 1, 1),
  highBandwidthModeEnabled: scalarElement("HighBandwidthModeEnabled", "highBandwidthModeEnabled", booleanCodec),
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec),
  backupServerName: scalarElement("BackupServerName", "backupServerName", stringCodec),
};

/** A WAN accelerator of a backup server. */
export class WanAccelerator extends Entity {
  /**
   * Free text; may be empty.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare description?: string;
  /**
   * Whether its components need an update.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare outOfDate?: boolean;
  /**
   * Veeam Backup & Replication version of the accelerator.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare version?: string;
  /**
   * Global cache size, in GB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare capacity?: number;
  /**
   * Port accelerators talk to each other over (6165 by default).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare trafficPort?: number;
  /**
   * Number of parallel data connections.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare connectionsCount?: number;
  /**
   * Folder of the service files and global cache.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare cachePath?: string;
  /** Whether the high bandwidth mode (no global cache) is on. */
  declare highBandwidthModeEnabled?: boolean;
  /** The backup server the accelerator belongs to. */
  declare backupServerUid?: string;
  /** Name of that backup server. */
  declare backupServerName?: string;
  declare private readonly "emx:WanAccelerator": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<WanAccelerator> = defineBinding<WanAccelerator>({
    typeName: "WanAcceleratorEntityType",
    className: "WanAccelerator",
    table: types,
    base: Entity.binding,
    create: () => new WanAccelerator(),
    fields: Object.values(WanAcceleratorFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<WanAccelerator>) {
    super(init);
  }
}

const WanAcceleratorsFields = {
  wanAccelerators: objectElement(types, "WanAccelerator", "wanAccelerators", "WanAcceleratorEntityType", 0, Infinity),
};

/** A list of WAN accelerators. */
export class WanAccelerators extends List {
  /** One WAN accelerator. */
  declare wanAccelerators?: WanAccelerator[];
  declare private readonly "emx:WanAccelerators": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<WanAccelerators> = defineBinding<WanAccelerators>({
    typeName: "WanAcceleratorEntityListType",
    className: "WanAccelerators",
    table: types,
    base: List.binding,
    create: () => new WanAccelerators(),
    fields: Object.values(WanAcceleratorsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<WanAccelerators>) {
    super(init);
  }
}

const HierarchyRootFields = {
  hierarchyRootId: scalarElement("HierarchyRootId", "hierarchyRootId", stringCodec, 1, 1),
  uniqueId: scalarElement("UniqueId", "uniqueId", stringCodec, 1, 1),
  hostType: scalarElement("HostType", "hostType", hierarchyRootHostTypeEnumerationCodec, 1, 1),
};

/** A virtualization host (vCenter Server, ESXi, Hyper-V host or cluster, SCVMM, Cloud Director) added to a backup server: the root of an object hierarchy. */
export class HierarchyRoot extends Entity {
  /**
   * Identifier of the hierarchy root (the id part of its UID).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyRootId?: string;
  /**
   * Identity of the host itself, such as a vCenter instance UUID or a Hyper-V DNS name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare uniqueId?: string;
  /**
   * Kind of host.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hostType?: HierarchyRootHostTypeEnumeration;
  declare private readonly "emx:HierarchyRoot": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HierarchyRoot> = defineBinding<HierarchyRoot>({
    typeName: "HierarchyRootEntityType",
    className: "HierarchyRoot",
    table: types,
    base: Entity.binding,
    create: () => new HierarchyRoot(),
    fields: Object.values(HierarchyRootFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HierarchyRoot>) {
    super(init);
  }
}

const HierarchyRootsFields = {
  hierarchyRoots: objectElement(types, "HierarchyRoot", "hierarchyRoots", "HierarchyRootEntityType", 0, Infinity),
};

/** A list of hierarchy roots. */
export class HierarchyRoots extends List {
  /** One hierarchy root. */
  declare hierarchyRoots?: HierarchyRoot[];
  declare private readonly "emx:HierarchyRoots": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HierarchyRoots> = defineBinding<HierarchyRoots>({
    typeName: "HierarchyRootEntityListType",
    className: "HierarchyRoots",
    table: types,
    base: List.binding,
    create: () => new HierarchyRoots(),
    fields: Object.values(HierarchyRootsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HierarchyRoots>) {
    super(init);
  }
}

const HierarchyItemFields = {
  href: attribute("Href", "href", stringCodec),
  type: attribute("Type", "type", stringCodec),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
  objectRef: scalarElement("ObjectRef", "objectRef", urnCodec, 1, 1),
  objectType: scalarElement("ObjectType", "objectType", stringCodec, 1, 1),
  objectName: scalarElement("ObjectName", "objectName", stringCodec, 1, 1),
};

/** An object of the virtual infrastructure found by the lookup service. EM answers it without an Href, so the address is optional here. */
export class HierarchyItem extends XmlObject {
  /** Address of the item, when EM sends it. */
  declare href?: string;
  /** Kind of the representation (`HierarchyItem`). */
  declare type?: string;
  /**
   * Related resources.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  /**
   * Reference to the object, usable wherever a hierarchy reference is asked for.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare objectRef?: string;
  /**
   * Kind of object, such as `Vm` or `Host`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare objectType?: string;
  /**
   * Name of the object.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare objectName?: string;
  declare private readonly "emx:HierarchyItem": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<HierarchyItem> = defineBinding<HierarchyItem>({
    typeName: "HierarchyItemType",
    className: "HierarchyItem",
    table: types,
    base: undefined,
    create: () => new HierarchyItem(),
    fields: Object.values(HierarchyItemFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HierarchyItem>) {
    super(init);
  }
}

const HierarchyItemsFields = {
  hierarchyItems: objectElement(types, "HierarchyItem", "hierarchyItems", "HierarchyItemType", 0, Infinity),
};

/** The objects a lookup found. */
export class HierarchyItems extends List {
  /** One object. */
  declare hierarchyItems?: HierarchyItem[];
  declare private readonly "emx:HierarchyItems": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HierarchyItems> = defineBinding<HierarchyItems>({
    typeName: "HierarchyItemListType",
    className: "HierarchyItems",
    table: types,
    base: List.binding,
    create: () => new HierarchyItems(),
    fields: Object.values(HierarchyItemsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HierarchyItems>) {
    super(init);
  }
}

const CredentialsInfoFields = {
  id: scalarElement("Id", "id", stringCodec),
  username: scalarElement("Username", "username", stringCodec),
  description: scalarElement("Description", "description", stringCodec),
  password: scalarElement("Password", "password", stringCodec),
};

/** A credentials record stored on a backup server; also the body of PUT /backupServers/{ID}/credentials/{ID}. */
export class CredentialsInfo extends Resource {
  /** Identifier of the record. */
  declare id?: string;
  /** Account name, as DOMAIN\USER. */
  declare username?: string;
  /** Free text. */
  declare description?: string;
  /** Password; only sent when setting it. */
  declare password?: string;
  declare private readonly "emx:CredentialsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CredentialsInfo> = defineBinding<CredentialsInfo>({
    typeName: "CredentialsInfoType",
    className: "CredentialsInfo",
    table: types,
    base: Resource.binding,
    create: () => new CredentialsInfo(),
    fields: Object.values(CredentialsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CredentialsInfo>) {
    super(init);
  }
}

const CredentialsInfoListFields = {
  credentialsInfos: objectElement(types, "CredentialsInfo", "credentialsInfos", "CredentialsInfoType", 0, Infinity),
};

/** The credentials records of a backup server. */
export class CredentialsInfoList extends List {
  /** One record. */
  declare credentialsInfos?: CredentialsInfo[];
  declare private readonly "emx:CredentialsInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CredentialsInfoList> = defineBinding<CredentialsInfoList>({
    typeName: "CredentialsInfoListType",
    className: "CredentialsInfoList",
    table: types,
    base: List.binding,
    create: () => new CredentialsInfoList(),
    fields: Object.values(CredentialsInfoListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CredentialsInfoList>) {
    super(init);
  }
}

const CredentialsInfoSpecFields = {
  username: scalarElement("Username", "username", stringCodec),
  description: scalarElement("Description", "description", stringCodec),
  password: scalarElement("Password", "password", stringCodec),
};

/** Body of POST /backupServers/{ID}/credentials?action=create. */
export class CredentialsInfoSpec extends Spec {
  /** Account name, as DOMAIN\USER. */
  declare username?: string;
  /** Free text. */
  declare description?: string;
  /** Password of the account. */
  declare password?: string;
  declare private readonly "emx:CredentialsInfoSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CredentialsInfoSpec> = defineBinding<CredentialsInfoSpec>({
    typeName: "CredentialsInfoSpecType",
    className: "CredentialsInfoSpec",
    table: types,
    base: Spec.binding,
    create: () => new CredentialsInfoSpec(),
    fields: Object.values(CredentialsInfoSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CredentialsInfoSpec>) {
    super(init);
  }
}

const PasswordKeyInfoFields = {
  id: scalarElement("Id", "id", stringCodec),
  hint: scalarElement("Hint", "hint", stringCodec),
  lastModificationDate: scalarElement("LastModificationDate", "lastModificationDate", dateTimeCodec),
};

/** An encryption password stored on a backup server (the password itself is never returned). */
export class PasswordKeyInfo extends Resource {
  /** Identifier of the password. */
  declare id?: string;
  /** Hint for the password. */
  declare hint?: string;
  /** When the password was last changed. */
  declare lastModificationDate?: XmlDateTime;
  declare private readonly "emx:PasswordKeyInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<PasswordKeyInfo> = defineBinding<PasswordKeyInfo>({
    typeName: "PasswordKeyInfoType",
    className: "PasswordKeyInfo",
    table: types,
    base: Resource.binding,
    create: () => new PasswordKeyInfo(),
    fields: Object.values(PasswordKeyInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<PasswordKeyInfo>) {
    super(init);
  }
}

const PasswordKeyInfoListFields = {
  passwordKeyInfos: objectElement(types, "PasswordKeyInfo", "passwordKeyInfos", "PasswordKeyInfoType", 0, Infinity),
};

/** The encryption passwords of a backup server. */
export class PasswordKeyInfoList extends List {
  /** One password. */
  declare passwordKeyInfos?: PasswordKeyInfo[];
  declare private readonly "emx:PasswordKeyInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<PasswordKeyInfoList> = defineBinding<PasswordKeyInfoList>({
    typeName: "PasswordKeyInfoListType",
    className: "PasswordKeyInfoList",
    table: types,
    base: List.binding,
    create: () => new PasswordKeyInfoList(),
    fields: Object.values(PasswordKeyInfoListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<PasswordKeyInfoList>) {
    super(init);
  }
}

const PasswordKeyInfoSpecFields = {
  hint: scalarElement("Hint", "hint", stringCodec),
  password: scalarElement("Password", "password", stringCodec),
};

/** Body of POST /backupServers/{ID}/passwords?action=create and PUT /backupServers/{ID}/passwords/{ID} (which can only change the hint). */
export class PasswordKeyInfoSpec extends Spec {
  /** Hint for the password. */
  declare hint?: string;
  /** The password; needed when creating one. */
  declare password?: string;
  declare private readonly "emx:PasswordKeyInfoSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<PasswordKeyInfoSpec> = defineBinding<PasswordKeyInfoSpec>({
    typeName: "PasswordKeyInfoSpecType",
    className: "PasswordKeyInfoSpec",
    table: types,
    base: Spec.binding,
    create: () => new PasswordKeyInfoSpec(),
    fields: Object.values(PasswordKeyInfoSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<PasswordKeyInfoSpec>) {
    super(init);
  }
}
