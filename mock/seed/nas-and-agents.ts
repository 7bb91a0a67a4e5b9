/**
 * File share backup and agent backup: file servers and NAS jobs with their included shares and
 * storage options, agent protection groups with their discovered computers, and agent jobs with
 * their included protection groups. Every job has the full schedule.
 */
import {
  AgentBackupJob,
  AgentProtectionGroup,
  DiscoveredComputer,
  FileServer,
  NASJob,
  NASObject,
  ObjectInAgentBackupJob,
  type AgentBackupJobPlatformEnumeration,
} from "../../generated/index.js";
import type { StoreRecord } from "../store.js";
import { guestProcessing } from "./guest-processing.js";
import type { Infrastructure } from "./infrastructure.js";
import { scheduleFields, type DailyAt } from "./job-schedule.js";
import { uidOf, type Seeder } from "./seeder.js";

/** A job of the file share or agent families. */
interface JobSeed {
  readonly name: string;
  readonly server: 0 | 1;
  readonly description: string;
  readonly schedule: "enabled" | "disabled" | "none";
  readonly at?: DailyAt;
}

const SHARES: readonly [server: 0 | 1, path: string][] = [
  [0, "\\\\fs-hq01\\shared"],
  [1, "\\\\fs-branch01\\finance"],
  [1, "\\\\fs-old01\\archive"],
];

const NAS_JOBS: readonly (JobSeed & { readonly share: number })[] = [
  {
    name: "Shared Files Backup",
    server: 0,
    description: "Backup of file share",
    schedule: "enabled",
    at: { hour: 15, minute: 0 },
    share: 0,
  },
  {
    name: "Finance Share Backup",
    server: 1,
    description: "Finance department share",
    schedule: "enabled",
    at: { hour: 19, minute: 0 },
    share: 1,
  },
  {
    name: "Broken NAS Backup",
    server: 1,
    description: "Share that is gone",
    schedule: "disabled",
    at: { hour: 18, minute: 0 },
    share: 2,
  },
];

const AGENT_JOBS: readonly (JobSeed & { readonly platform: AgentBackupJobPlatformEnumeration })[] = [
  {
    name: "Server Backup",
    server: 0,
    description: "Backup of physical server",
    schedule: "enabled",
    at: { hour: 15, minute: 0 },
    platform: "AgentForWindows",
  },
  {
    name: "Linux Web Backup",
    server: 1,
    description: "Web front ends",
    schedule: "enabled",
    at: { hour: 3, minute: 30 },
    platform: "AgentForLinux",
  },
  {
    name: "Broken Agent Backup",
    server: 0,
    description: "Agent that never answers",
    schedule: "none",
    platform: "AgentForWindows",
  },
];

/** What the other builders use. */
export interface NasAndAgents {
  readonly nasJobs: readonly StoreRecord<NASJob>[];
  readonly agentJobs: readonly StoreRecord<AgentBackupJob>[];
}

/** Builds file servers, NAS jobs, protection groups, discovered computers and agent jobs. */
export function seedNasAndAgents(seeder: Seeder, infrastructure: Infrastructure): NasAndAgents {
  const fileServers = SHARES.map(([server, path]) => seedFileServer(seeder, infrastructure, server, path));
  const nasJobs = NAS_JOBS.map((seed) => seedNasJob(seeder, infrastructure, seed, fileServers[seed.share]!));
  const groups = infrastructure.servers.map((server, index) => seedProtectionGroup(seeder, server, index));
  const agentJobs = AGENT_JOBS.map((seed) => {
    const group = groups[seed.server]!;
    const record = seeder.add("agentJob", (id) => agentJob(seeder, seed, id), {
      backupServer: infrastructure.servers[seed.server]!,
      repository: infrastructure.repositories[seed.server]![0]!,
    });
    seeder.add(
      "agentJobInclude",
      (id) =>
        new ObjectInAgentBackupJob({
          objectInJobId: id,
          name: group.entity.name,
          displayName: group.entity.name,
          guestProcessingOptions: guestProcessing(),
        }),
      { agentJob: record, protectionGroup: group },
    );
    return record;
  });
  return { nasJobs, agentJobs };
}

function seedFileServer(seeder: Seeder, infrastructure: Infrastructure, server: 0 | 1, path: string) {
  const cache = infrastructure.repositories[server]![0]!;
  const credentials = infrastructure.credentials[server]![0]!;
  return seeder.add(
    "fileServer",
    (id) =>
      new FileServer({
        name: path,
        uid: uidOf("FileServer", id),
        serverType: "SmbServer",
        hierarchyObjRef: `urn:NasBackup:FileServer:${infrastructure.servers[server]!.id}.${id}`,
        smbServerOptions: { path, credentialsId: credentials.id },
        processingOptions: { serverUid: uidOf("FileServer", id), cacheRepositoryUid: cache.entity.uid },
        nasServerAdvancedOptions: { processingMode: "Direct", storageSnapshotPath: `${path}\\.snapshot` },
      }),
    { backupServer: infrastructure.servers[server]! },
  );
}

function seedNasJob(
  seeder: Seeder,
  infrastructure: Infrastructure,
  seed: (typeof NAS_JOBS)[number],
  fileServer: StoreRecord<FileServer>,
): StoreRecord<NASJob> {
  const repositories = infrastructure.repositories[seed.server]!;
  const record = seeder.add(
    "nasJob",
    (id) =>
      new NASJob({
        name: seed.name,
        uid: uidOf("NasJob", id),
        description: seed.description,
        includes: [],
        storageOptions: {
          backupRepositoryUid: repositories[0]!.entity.uid,
          shorttermRetentionType: "Day",
          shorttermRetentionPeriod: 14,
          longtermRetentionEnabled: true,
          keepFileVersionsHistoryOptions: {
            longtermRetentionType: "Year",
            longtermRetentionPeriod: 3,
            backupRepositoryUid: repositories[1]!.entity.uid,
            archiveFileTypes: {
              activeFileRetentionEnabled: true,
              maxActiveFileVersionsToKeep: 10,
              deletedFileRetentionEnabled: true,
              maxDeletedFileVersionsToKeep: 3,
              fileExtensionsOption: { archiveFileExtensionsScope: "Any", inclusionMask: ["*.*"], exclusionMask: [] },
            },
          },
          advancedStorageOptions: { acl: { fileAttributesChangeTrackingMode: "TrackOnlyFolderAttributesChanges" } },
        },
        ...scheduleFields(seed, seeder.now),
      }),
    { backupServer: infrastructure.servers[seed.server]!, repository: repositories[0]!, fileServer },
  );
  const share = fileServer.entity.smbServerOptions!.path!;
  seeder.add(
    "nasJobInclude",
    (id) =>
      new NASObject({
        hierarchyObjRef: `urn:NasBackup:BackupServer:${infrastructure.servers[seed.server]!.id}`,
        objectInJobId: id,
        fileOrFolder: share,
        fileServerUid: fileServer.entity.uid,
        inclusionMask: ["*.*"],
        exclusionMask: [`${share}\\.snapshot`, `${share}\\~snapshot`],
      }),
    { nasJob: record, fileServer },
  );
  return record;
}

function seedProtectionGroup(seeder: Seeder, server: StoreRecord, index: number) {
  const group = seeder.add(
    "protectionGroup",
    (id) =>
      new AgentProtectionGroup({
        name: index === 0 ? "Windows Servers" : "Linux Web Servers",
        uid: uidOf("AgentProtectionGroup", id),
        rescanScheduleEnabled: true,
        hierarchyObjRef: `urn:${index === 0 ? "AgentForWindows" : "AgentForLinux"}:AgentProtectionGroup:${server.id}.${id}`,
      }),
    { backupServer: server },
  );
  const computers: [string, string, string][] =
    index === 0
      ? [
          ["app-phys01.tech.local", "Microsoft Windows Server 2022 (64-bit)", "172.17.53.55"],
          ["app-phys02.tech.local", "Microsoft Windows Server 2019 (64-bit)", "172.17.53.56"],
        ]
      : [["web-phys01.tech.local", "Ubuntu 22.04 LTS (64-bit)", "172.17.60.10"]];
  for (const [name, osVersion, ipAddress] of computers) {
    seeder.add(
      "discoveredComputer",
      (id) =>
        new DiscoveredComputer({
          name,
          uid: uidOf("DiscoveredComputer", id),
          hostStatus: "Online",
          agentVersion: "6.3.0.177",
          agentStatus: "Installed",
          osVersion,
          ipAddress,
          hierarchyObjRef: `urn:${index === 0 ? "AgentForWindows" : "AgentForLinux"}:VeeamAgent:${server.id}.${id}`,
        }),
      { backupServer: server, protectionGroup: group },
    );
  }
  return group;
}

function agentJob(seeder: Seeder, seed: (typeof AGENT_JOBS)[number], id: string): AgentBackupJob {
  return new AgentBackupJob({
    name: seed.name,
    uid: uidOf("AgentBackupJob", id),
    jobType: "AgentBackup",
    platform: seed.platform,
    description: seed.description,
    ...scheduleFields(seed, seeder.now),
    jobInfo: {
      includes: [],
      guestProcessingOptions: guestProcessing(),
      gfsRetentionPolicy: {
        enabled: false,
        weekly: { enabled: false, retentionPeriod: 1, selectedDay: "Sunday" },
        monthly: { enabled: false, retentionPeriod: 1, selectedWeek: "First" },
        yearly: { enabled: false, retentionPeriod: 1, selectedMonth: "January" },
      },
      simpleRetentionPolicy: { retainCycles: 7, retainDaysToKeep: 7, retainLimitType: "Cycles" },
    },
  });
}
