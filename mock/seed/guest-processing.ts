/** Guest processing options as EM writes them for a VM in a job, a failover plan or a CDP policy. */
import { GuestProcessingOptions, ObjectInJob } from "../../generated/index.js";

const WINDOWS_EXCLUDED = ["%windir%", "%ProgramFiles%", "%ProgramFiles(x86)%", "%ProgramW6432%", "%TEMP%"];
const LINUX_EXCLUDED = ["/cdrom", "/dev", "/media", "/mnt", "/proc", "/tmp", "/lost+found"];

/** The options of a VM: application-aware processing, indexing that skips system folders, SQL log backup. */
export function guestProcessing(credentialsId = ""): GuestProcessingOptions {
  return new GuestProcessingOptions({
    appAwareProcessingMode: "RequireSuccess",
    fileSystemIndexingMode: "ExceptSpecifiedFolders",
    includedIndexingFolders: [],
    excludedIndexingFolders: [...WINDOWS_EXCLUDED],
    credentialsId,
    vssSnapshotOptions: { vssSnapshotMode: "RequireSuccess", isCopyOnly: false, usePersistentGuestAgent: false },
    windowsGuestFSIndexingOptions: {
      fileSystemIndexingMode: "ExceptSpecifiedFolders",
      includedIndexingFolders: [],
      excludedIndexingFolders: [...WINDOWS_EXCLUDED],
    },
    linuxGuestFSIndexingOptions: {
      fileSystemIndexingMode: "ExceptSpecifiedFolders",
      includedIndexingFolders: [],
      excludedIndexingFolders: [...LINUX_EXCLUDED],
    },
    sqlBackupOptions: {
      transactionLogsProcessing: "Backup",
      backupLogsFrequencyMin: 60,
      useDbBackupRetention: false,
      retainDays: 5,
    },
    windowsCredentialsId: credentialsId,
    linuxCredentialsId: "",
    fsFileExcludeOptions: { backupScope: 0, includeList: [], excludeList: ["C:\\pagefile.sys"] },
    oracleBackupOptions: {
      backupLogsEnabled: false,
      backupLogsFrequencyMin: 15,
      useDbBackupRetention: true,
      retainDays: 15,
      archivedLogsTruncation: "BySize",
      archivedLogsMaxAgeHours: 24,
      archivedLogsMaxSizeMb: 10240,
      sysdbaCredsId: "",
      proxyAutoSelect: true,
    },
  });
}

/** A VM in a job: its id in the job, its reference in the virtual infrastructure, its name and order. */
export function objectInJob(id: string, hierarchyObjRef: string, name: string, order: number, credentialsId = "") {
  return new ObjectInJob({
    objectInJobId: id,
    hierarchyObjRef,
    name,
    displayName: name,
    order,
    guestProcessingOptions: guestProcessing(credentialsId),
  });
}
