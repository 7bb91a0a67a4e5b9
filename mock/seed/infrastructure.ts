/**
 * The backup infrastructure: two backup servers, the servers they manage, their virtualization
 * hosts, repositories, an external repository, WAN accelerators, and stored credentials and
 * encryption passwords.
 */
import {
  BackupServer,
  CredentialsInfo,
  ExternalRepository,
  HierarchyRoot,
  ManagedServer,
  PasswordKeyInfo,
  Repository,
  WanAccelerator,
  type HierarchyRootHostTypeEnumeration,
  type ManagedServerTypeEnumeration,
  type RepositoryKindEnumeration,
} from "../../generated/index.js";
import type { StoreRecord } from "../store.js";
import { dateTime, gib, uidOf, type Seeder } from "./seeder.js";

/** What the other builders use of the infrastructure. */
export interface Infrastructure {
  readonly servers: readonly StoreRecord<BackupServer>[];
  /** Per server: its repositories, the first a local one. */
  readonly repositories: readonly (readonly StoreRecord<Repository>[])[];
  /** Per server: its virtualization roots (vCenter first, then Hyper-V, then Cloud Director). */
  readonly roots: readonly (readonly StoreRecord<HierarchyRoot>[])[];
  readonly externalRepository: StoreRecord<ExternalRepository>;
  readonly wanAccelerators: readonly StoreRecord<WanAccelerator>[];
  /** Per server: its stored credentials. */
  readonly credentials: readonly (readonly StoreRecord<CredentialsInfo>[])[];
}

const SERVERS = [
  { name: "vbr01.tech.local", description: "Headquarters backup server", version: "13.0.1.1071" },
  { name: "vbr02.tech.local", description: "Branch office backup server", version: "12.3.1.1139" },
] as const;

interface RootSeed {
  readonly name: string;
  readonly hostType: HierarchyRootHostTypeEnumeration;
  readonly serverType: ManagedServerTypeEnumeration;
  readonly description: string;
}

const ROOTS: readonly (readonly RootSeed[])[] = [
  [
    { name: "vcsa01.tech.local", hostType: "VC", serverType: "VC", description: "Production vCenter Server" },
    { name: "hv01.tech.local", hostType: "HvServer", serverType: "HvServer", description: "Hyper-V host" },
    { name: "vcd01.tech.local", hostType: "VcdSystem", serverType: "VcdSystem", description: "Cloud Director" },
  ],
  [{ name: "vcsa02.tech.local", hostType: "VC", serverType: "VC", description: "Branch vCenter Server" }],
];

const REPOSITORIES: readonly (readonly [string, RepositoryKindEnumeration, number, number][])[] = [
  [
    ["Default Backup Repository", "WindowsLocal", 1005, 612],
    ["Linux Hardened Repository", "LinuxLocal", 8192, 5120],
    ["Scale-out Backup Repository", "Extendable", 20480, 14336],
  ],
  [
    ["Branch Repository", "WindowsLocal", 2048, 380],
    ["Offsite NAS Share", "CifsShare", 4096, 2900],
  ],
];

/** Builds the infrastructure. */
export function seedInfrastructure(seeder: Seeder): Infrastructure {
  const servers = SERVERS.map((seed) =>
    seeder.add(
      "backupServer",
      (id) =>
        new BackupServer({
          name: seed.name,
          uid: uidOf("BackupServer", id),
          description: seed.description,
          port: 9392,
          version: seed.version,
          wcfPort: 9405,
          vbrCertificateThumbprint: thumbprint(seeder),
        }),
    ),
  );
  seedManagedHosts(seeder, servers);
  const roots = servers.map((server, index) => seedRoots(seeder, server, ROOTS[index]!));
  const repositories = servers.map((server, index) => seedRepositories(seeder, server, REPOSITORIES[index]!));
  const externalRepository = seeder.add(
    "externalRepository",
    (id) =>
      new ExternalRepository({
        name: "Amazon S3 Archive",
        uid: uidOf("ExternalRepository", id),
        repositoryType: "AmazonS3External",
        path: "amazonS3://tech-archive/veeam",
        usedSpace: gib(312.4),
        description: "Backups copied to Amazon S3 by an external product",
      }),
    { backupServer: servers[0]! },
  );
  const wanAccelerators = servers.map((server, index) => seedWanAccelerator(seeder, server, index));
  const credentials = servers.map((server) => seedCredentials(seeder, server));
  for (const server of servers) seedPasswords(seeder, server);
  return { servers, repositories, roots, externalRepository, wanAccelerators, credentials };
}

function thumbprint(seeder: Seeder): string {
  return Array.from({ length: 20 }, () => seeder.random.integer(0, 255).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** Managed servers that are not virtualization roots: the backup server itself, proxies, Linux hosts. */
function seedManagedHosts(seeder: Seeder, servers: readonly StoreRecord<BackupServer>[]): void {
  const hosts: [number, string, ManagedServerTypeEnumeration, string][] = [
    [0, "vbr01.tech.local", "Local", "Backup server"],
    [0, "proxy01.tech.local", "Windows", "Backup proxy"],
    [0, "repo-linux01.tech.local", "Linux", "Hardened repository host"],
    [1, "vbr02.tech.local", "Local", "Backup server"],
    [1, "172.16.16.77", "Windows", "Target Windows server"],
  ];
  for (const [server, name, type, description] of hosts) {
    seeder.add(
      "managedServer",
      (id) => new ManagedServer({ name, uid: uidOf("ManagedServer", id), description, managedServerType: type }),
      { backupServer: servers[server]! },
    );
  }
}

function seedRoots(seeder: Seeder, server: StoreRecord, seeds: readonly RootSeed[]): StoreRecord<HierarchyRoot>[] {
  return seeds.map((seed) => {
    const host = seeder.add(
      "managedServer",
      (id) =>
        new ManagedServer({
          name: seed.name,
          uid: uidOf("ManagedServer", id),
          description: seed.description,
          managedServerType: seed.serverType,
        }),
      { backupServer: server },
    );
    return seeder.add(
      "hierarchyRoot",
      (id) =>
        new HierarchyRoot({
          name: seed.name,
          uid: uidOf("HierarchyRoot", id),
          hierarchyRootId: id,
          uniqueId: seeder.id().toUpperCase(),
          hostType: seed.hostType,
        }),
      { backupServer: server, managedServer: host },
    );
  });
}

function seedRepositories(
  seeder: Seeder,
  server: StoreRecord,
  seeds: readonly (readonly [string, RepositoryKindEnumeration, number, number])[],
): StoreRecord<Repository>[] {
  return seeds.map(([name, kind, capacity, free]) =>
    seeder.add(
      "repository",
      (id) =>
        new Repository({
          name,
          uid: uidOf("Repository", id),
          capacity: gib(capacity),
          freeSpace: gib(free),
          kind,
        }),
      { backupServer: server },
    ),
  );
}

function seedWanAccelerator(seeder: Seeder, server: StoreRecord<BackupServer>, index: number) {
  return seeder.add(
    "wanAccelerator",
    (id) =>
      new WanAccelerator({
        name: `wan0${index + 1}.tech.local`,
        uid: uidOf("WanAccelerator", id),
        description: index === 0 ? "WAN accelerator at headquarters" : "WAN accelerator in the branch office",
        outOfDate: index === 1,
        version: server.entity.version,
        capacity: 100 + index * 50,
        trafficPort: 6165,
        connectionsCount: 5,
        cachePath: "D:\\VeeamWAN",
        highBandwidthModeEnabled: index === 0,
        backupServerUid: server.entity.uid,
        backupServerName: server.entity.name,
      }),
    { backupServer: server },
  );
}

function seedCredentials(seeder: Seeder, server: StoreRecord): StoreRecord<CredentialsInfo>[] {
  const accounts: [string, string][] = [
    ["TECH\\Administrator", "Domain administrator"],
    ["TECH\\svc_veeam", "Service account for guest processing"],
    ["root", "Linux servers"],
  ];
  return accounts.map(([username, description]) =>
    seeder.add("credential", (id) => new CredentialsInfo({ id, username, description }), { backupServer: server }),
  );
}

function seedPasswords(seeder: Seeder, server: StoreRecord): void {
  const hints = ["Encryption password of 2025", "Tape vault password"];
  hints.forEach((hint, index) =>
    seeder.add(
      "password",
      (id) => new PasswordKeyInfo({ id, hint, lastModificationDate: dateTime(seeder.daysAgo(40 + index * 200, 9)) }),
      { backupServer: server },
    ),
  );
}
