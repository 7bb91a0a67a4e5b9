// Generated from schemas/nas-infrastructure.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// File share (NAS) backup infrastructure: the /nas entry point and the file shares added to backup servers, with their access, processing and snapshot settings. File share backup sessions are ordinary backup job sessions and have no types of their own.

import {
  type ClassBinding,
  defineBinding,
  enumerationCodec,
  type Init,
  objectElement,
  scalarElement,
  stringCodec,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, uidCodec, urnCodec } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of file share: a share on a managed file server, an SMB share or an NFS share. Open: other values are kept (strict reading rejects them). */
export type FileServerTypeEnumeration = "FileServer" | "SmbServer" | "NfsServer" | (string & {});

/** Codec of {@link FileServerTypeEnumeration}. */
export const fileServerTypeEnumerationCodec = enumerationCodec<FileServerTypeEnumeration>("FileServerTypeEnumeration", [
  "FileServer",
  "SmbServer",
  "NfsServer",
]);

/** The /nas entry point: links to the file share backup collections. */
export class NASService extends Resource {
  declare private readonly "emx:NASService": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASService> = defineBinding<NASService>({
    typeName: "NASServiceType",
    className: "NASService",
    table: types,
    base: Resource.binding,
    create: () => new NASService(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASService>) {
    super(init);
  }
}

const FileServerFields = {
  serverType: scalarElement("ServerType", "serverType", fileServerTypeEnumerationCodec),
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
  smbServerOptions: objectElement(types, "SmbServerOptions", "smbServerOptions", "SmbServerOptionsInfoType"),
  nfsServerOptions: objectElement(types, "NfsServerOptions", "nfsServerOptions", "NfsServerOptionsInfoType"),
  fileServerOptions: objectElement(types, "FileServerOptions", "fileServerOptions", "FileServerOptionsInfoType"),
  processingOptions: objectElement(types, "ProcessingOptions", "processingOptions", "ProcessingOptionsInfoType"),
  nasServerAdvancedOptions: objectElement(
    types,
    "NASServerAdvancedOptions",
    "nasServerAdvancedOptions",
    "NASServerAdvancedOptionsInfoType",
  ),
};

/** A file share added to a backup server. Which access block is present depends on ServerType. */
export class FileServer extends Entity {
  /** Kind of file share. */
  declare serverType?: FileServerTypeEnumeration;
  /** The share in the file share hierarchy. */
  declare hierarchyObjRef?: string;
  /** Access settings of an SMB share. */
  declare smbServerOptions?: SmbServerOptionsInfo;
  /** Access settings of an NFS share. */
  declare nfsServerOptions?: NfsServerOptionsInfo;
  /** Access settings of a share on a managed file server. */
  declare fileServerOptions?: FileServerOptionsInfo;
  /** Which server processes the share and where its cache goes. */
  declare processingOptions?: ProcessingOptionsInfo;
  /** Snapshot settings. */
  declare nasServerAdvancedOptions?: NASServerAdvancedOptionsInfo;
  declare private readonly "emx:FileServer": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileServer> = defineBinding<FileServer>({
    typeName: "FileServerEntityType",
    className: "FileServer",
    table: types,
    base: Entity.binding,
    create: () => new FileServer(),
    fields: Object.values(FileServerFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileServer>) {
    super(init);
  }
}

const FileServersFields = {
  fileServers: objectElement(types, "FileServer", "fileServers", "FileServerEntityType", 0, Infinity),
};

/** A list of file shares. */
export class FileServers extends List {
  /** One file share. */
  declare fileServers?: FileServer[];
  declare private readonly "emx:FileServers": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileServers> = defineBinding<FileServers>({
    typeName: "FileServerEntityListType",
    className: "FileServers",
    table: types,
    base: List.binding,
    create: () => new FileServers(),
    fields: Object.values(FileServersFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileServers>) {
    super(init);
  }
}

const SmbServerOptionsInfoFields = {
  path: scalarElement("Path", "path", stringCodec),
  credentialsId: scalarElement("CredentialsId", "credentialsId", stringCodec),
};

/** How an SMB share is reached. */
export class SmbServerOptionsInfo extends Info {
  /** UNC path of the share. */
  declare path?: string;
  /** Credentials record used to open the share. */
  declare credentialsId?: string;
  declare private readonly "emx:SmbServerOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SmbServerOptionsInfo> = defineBinding<SmbServerOptionsInfo>({
    typeName: "SmbServerOptionsInfoType",
    className: "SmbServerOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new SmbServerOptionsInfo(),
    fields: Object.values(SmbServerOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SmbServerOptionsInfo>) {
    super(init);
  }
}

const NfsServerOptionsInfoFields = {
  path: scalarElement("Path", "path", stringCodec),
};

/** How an NFS share is reached. */
export class NfsServerOptionsInfo extends Info {
  /** Path of the export. */
  declare path?: string;
  declare private readonly "emx:NfsServerOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NfsServerOptionsInfo> = defineBinding<NfsServerOptionsInfo>({
    typeName: "NfsServerOptionsInfoType",
    className: "NfsServerOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new NfsServerOptionsInfo(),
    fields: Object.values(NfsServerOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NfsServerOptionsInfo>) {
    super(init);
  }
}

const FileServerOptionsInfoFields = {
  serverUid: scalarElement("ServerUid", "serverUid", uidCodec),
};

/** The managed server that hosts a file server share. */
export class FileServerOptionsInfo extends Info {
  /** The managed server. */
  declare serverUid?: string;
  declare private readonly "emx:FileServerOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileServerOptionsInfo> = defineBinding<FileServerOptionsInfo>({
    typeName: "FileServerOptionsInfoType",
    className: "FileServerOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new FileServerOptionsInfo(),
    fields: Object.values(FileServerOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileServerOptionsInfo>) {
    super(init);
  }
}

const ProcessingOptionsInfoFields = {
  serverUid: scalarElement("ServerUid", "serverUid", uidCodec),
  cacheRepositoryUid: scalarElement("CacheRepositoryUid", "cacheRepositoryUid", uidCodec),
};

/** Processing settings of a file share. */
export class ProcessingOptionsInfo extends Info {
  /** The server that processes the share. */
  declare serverUid?: string;
  /** Repository that keeps the temporary cache files. */
  declare cacheRepositoryUid?: string;
  declare private readonly "emx:ProcessingOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ProcessingOptionsInfo> = defineBinding<ProcessingOptionsInfo>({
    typeName: "ProcessingOptionsInfoType",
    className: "ProcessingOptionsInfo",
    table: types,
    base: Info.binding,
    create: () => new ProcessingOptionsInfo(),
    fields: Object.values(ProcessingOptionsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ProcessingOptionsInfo>) {
    super(init);
  }
}

const NASServerAdvancedOptionsInfoFields = {
  processingMode: scalarElement("ProcessingMode", "processingMode", stringCodec),
  storageSnapshotPath: scalarElement("StorageSnapshotPath", "storageSnapshotPath", stringCodec),
};

/** Whether and from where a file share is backed up from a snapshot. */
export class NASServerAdvancedOptionsInfo extends Info {
  /** Whether snapshots are used, such as `Direct`. */
  declare processingMode?: string;
  /** Folder on the share that holds its snapshot. */
  declare storageSnapshotPath?: string;
  declare private readonly "emx:NASServerAdvancedOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NASServerAdvancedOptionsInfo> =
    defineBinding<NASServerAdvancedOptionsInfo>({
      typeName: "NASServerAdvancedOptionsInfoType",
      className: "NASServerAdvancedOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new NASServerAdvancedOptionsInfo(),
      fields: Object.values(NASServerAdvancedOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NASServerAdvancedOptionsInfo>) {
    super(init);
  }
}
