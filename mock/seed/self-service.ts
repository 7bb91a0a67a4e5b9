/**
 * Self-service backup portals: vSphere self-service for a user and a group, Cloud Director
 * organizations (one switched off), and the job settings every portal applies.
 */
import {
  type BackupServer,
  type HierarchyRoot,
  type Repository,
  SelfServiceJobAdvancedSettingsInfo,
  VCloudOrganizationConfig,
  VSphereSelfServiceConfig,
} from "../../generated/index.js";
import { XmlTime } from "../../runtime/index.js";
import type { StoreRecord } from "../store.js";
import type { Infrastructure } from "./infrastructure.js";
import { uidOf, type Seeder } from "./seeder.js";

/** Builds the portal configurations. */
export function seedSelfService(seeder: Seeder, infrastructure: Infrastructure, templateJob: StoreRecord): void {
  const server = infrastructure.servers[0]!;
  const repository = infrastructure.repositories[0]![2]!;
  seedVSphereConfigs(seeder, { server, repository, templateJob }, infrastructure.roots[0]![0]!);
  seedVCloudOrganizationConfigs(seeder, { server, repository, templateJob }, infrastructure.roots[0]![2]!);
}

/** What every portal refers to: its backup server, its repository and its template job. */
interface PortalRecords {
  readonly server: StoreRecord<BackupServer>;
  readonly repository: StoreRecord<Repository>;
  readonly templateJob: StoreRecord;
}

/** vSphere self-service for one user and one group, scoped to `vCenter`. */
function seedVSphereConfigs(
  seeder: Seeder,
  { server, repository, templateJob }: PortalRecords,
  vCenter: StoreRecord<HierarchyRoot>,
) {
  const accounts: [string, "User" | "Group", number][] = [
    ["TECH\\jsmith", "User", 100],
    ["TECH\\Developers", "Group", 500],
  ];
  for (const [accountName, accountType, quotaGb] of accounts) {
    seeder.add(
      "vSphereConfig",
      (id) =>
        new VSphereSelfServiceConfig({
          name: accountName,
          uid: uidOf("VSphereSelfServiceConfig", id),
          backupServerUid: server.entity.uid,
          repositoryUid: repository.entity.uid,
          quotaGb,
          perUser: accountType === "Group",
          account: {
            accountName,
            accountSid: `S-1-5-21-1004336348-1177238915-682003330-${1100 + quotaGb}`,
            accountType,
          },
          jobSettings: {
            defaultSettings: false,
            jobSchedulerType: "Full",
            highPriorityJob: false,
            templateJobUid: (templateJob.entity as { uid?: string }).uid,
          },
          vCentersScope: [vCenter.entity.uid!],
          tags: accountType === "Group" ? ["dev", "test"] : [],
          usedQuotaMb: Math.round(quotaGb * 1024 * 0.3),
        }),
      { backupServer: server, repository, job: templateJob },
    );
  }
}

/** Cloud Director organizations on `vcd`, one of them switched off. */
function seedVCloudOrganizationConfigs(
  seeder: Seeder,
  { server, repository, templateJob }: PortalRecords,
  vcd: StoreRecord<HierarchyRoot>,
) {
  for (const [name, disabled] of [
    ["TenantOrg", false],
    ["LegacyOrg", true],
  ] as const) {
    seeder.add(
      "vCloudOrgConfig",
      (id) =>
        new VCloudOrganizationConfig({
          name,
          uid: uidOf("VCloudOrganizationConfig", id),
          backupServerUid: server.entity.uid,
          repositoryUid: repository.entity.uid,
          quotaGb: 1024,
          isDisabled: disabled,
          jobSettings: {
            defaultSettings: true,
            customSettings: false,
            jobSchedulerType: disabled ? "Disabled" : "Partial",
            highPriorityJob: false,
            templateJobUid: (templateJob.entity as { uid?: string }).uid,
          },
          usedQuotaMb: disabled ? 0 : 81_920,
          hostUid: vcd.entity.uid,
          repositoryFriendlyName: repository.entity.name,
        }),
      { backupServer: server, repository, hierarchyRoot: vcd },
    );
  }
}

/** The job settings a portal applies to the jobs its users make. */
export function selfServiceJobSettings(): SelfServiceJobAdvancedSettingsInfo {
  const time = new XmlTime("22:00:00.0000000+00:00");
  const monthly = {
    enabled: false,
    time,
    timeOffsetUtc: 0,
    dayNumberInMonth: "Last",
    dayOfWeek: "Saturday" as const,
    months: [],
    dayOfMonth: 1,
  };
  return new SelfServiceJobAdvancedSettingsInfo({
    backupSettings: {
      backupMode: {
        incremental: {
          syntheticFull: {
            enabled: true,
            optionsDaily: { enabled: true, kind: "SelectedDays", days: ["Saturday"], time, timeOffsetUtc: 0 },
            transformPreviousBackupChains: false,
          },
        },
      },
      activeFullBackup: { enabled: false, optionsWeekly: { enabled: false, days: ["Sunday"] } },
    },
    maintenanceSettings: {
      backupFilesHealthCheck: { enabled: true, optionsMonthly: { ...monthly, enabled: true } },
      fullBackupFileMaintenance: {
        removeDeletedVms: { enabled: true, removeAfter: 14 },
        defragmentFullBackupFile: { enabled: false, optionsMonthly: monthly },
      },
    },
    storageSettings: {
      dataReduction: {
        enableInlineDataDeduplication: true,
        enableSwapFileBlocks: true,
        enableDeletedFileBlocks: true,
        compressionLevel: "Optimal",
        storageOptimization: "LocalTarget",
      },
      encryption: { enabled: false },
    },
    notificationsSettings: {
      sendSnmpNotifications: false,
      vmAttributeNotifications: {
        enabled: true,
        setSuccessfulBackupDetailsToVmAttr: "Notes",
        appendToExistingAttrValue: true,
      },
    },
    vSphereSettings: {
      guestQuiescence: { enabled: false },
      changedBlockTracking: { enabled: true, enableForAllProtectedVms: true },
    },
    scriptsSettings: {
      postJobScript: { enabled: false, scriptPath: "" },
      preJobScript: { enabled: false, scriptPath: "" },
      runScriptsEveryBackupSession: { runEveryBackupSession: 1 },
    },
  });
}
