/**
 * The summary reports, computed from the store: the overview of the infrastructure, job
 * statistics over the session history, VMs processed per day, repository capacity and the VMs
 * overview. Each frame links up to the summary.
 */
import {
  JobStatisticsReportFrame,
  OverviewReportFrame,
  ProcessedVmsReportFrame,
  RepositoryReportFrame,
  VmsOverviewReportFrame,
  type BackupFile,
  type BackupJobSession,
  type ManagedServer,
  type Repository,
} from "../../generated/index.js";
import { XmlDateTime } from "../../runtime/index.js";
import type { MockState, OperationHandler } from "../context.js";

const DAY = 86_400_000;

function frame<T>(state: MockState, operationId: string, type: string, fields: T) {
  return {
    href: state.urls.href(operationId),
    type,
    links: [state.rep.linkTo("Up", "getReportsSummary", [], { type: "Report", name: "Summary" })],
    ...fields,
  };
}

function sessions(state: MockState): BackupJobSession[] {
  return state.store.all("backupSession").map((record) => record.entity as BackupJobSession);
}

function scheduledJobs(state: MockState): number {
  return ["job", "nasJob", "agentJob"]
    .flatMap((family) => state.store.all(family))
    .filter((record) => (record.entity as { scheduleEnabled?: boolean }).scheduleEnabled).length;
}

const overview: OperationHandler = (_request, state) => {
  const servers = state.store.all("managedServer").map((record) => (record.entity as ManagedServer).managedServerType);
  const all = sessions(state);
  const latest = new Map<string, string | undefined>();
  for (const session of all) if (session.state === "Stopped") latest.set(session.jobName ?? "", session.result);
  const count = (result: string) => [...latest.values()].filter((value) => value === result).length;
  return {
    status: 200,
    body: new OverviewReportFrame(
      frame(state, "getReportsSummaryOverview", "OverviewReportFrame", {
        backupServers: state.store.count("backupServer"),
        proxyServers: servers.filter((type) => type === "Windows").length,
        repositoryServers: state.store.count("repository"),
        runningJobs: all.filter((session) => session.state === "Working").length,
        scheduledJobs: scheduledJobs(state),
        successfulVmLastestStates: count("Success"),
        warningVmLastestStates: count("Warning"),
        failedVmLastestStates: count("Failed"),
      }),
    ),
  };
};

const jobStatistics: OperationHandler = (_request, state) => {
  const all = sessions(state).filter((session) => session.state === "Stopped");
  const duration = (session: BackupJobSession) =>
    (session.endTimeUTC!.toDate().getTime() - session.creationTimeUTC!.toDate().getTime()) / 1000;
  const longest = all.reduce<BackupJobSession | undefined>(
    (best, session) => (best === undefined || duration(session) > duration(best) ? session : best),
    undefined,
  );
  const replicas = state.store.all("replicaSession").map((record) => record.entity as BackupJobSession);
  const longestReplica = replicas.reduce<BackupJobSession | undefined>(
    (best, session) => (best === undefined || duration(session) > duration(best) ? session : best),
    undefined,
  );
  const byResult = (result: string) => all.filter((session) => session.result === result).length;
  return {
    status: 200,
    body: new JobStatisticsReportFrame(
      frame(state, "getReportsSummaryJobStatistics", "JobStatisticsReportFrame", {
        runningJobs: sessions(state).filter((session) => session.state === "Working").length,
        scheduledJobs: scheduledJobs(state),
        scheduledBackupJobs: state.store
          .all("job")
          .filter((record) => (record.entity as { jobType?: string; scheduleEnabled?: boolean }).jobType === "Backup")
          .length,
        scheduledReplicaJobs: state.store
          .all("job")
          .filter((record) => (record.entity as { jobType?: string }).jobType === "Replica").length,
        totalJobRuns: all.length + replicas.length,
        successfulJobRuns: byResult("Success"),
        warningsJobRuns: byResult("Warning"),
        failedJobRuns: byResult("Failed"),
        maxJobDuration: Math.round(
          Math.max(longest ? duration(longest) : 0, longestReplica ? duration(longestReplica) : 0),
        ),
        maxBackupJobDuration: Math.round(longest ? duration(longest) : 0),
        maxReplicaJobDuration: Math.round(longestReplica ? duration(longestReplica) : 0),
        maxDurationBackupJobName: longest?.jobName ?? "",
        maxDurationReplicaJobName: longestReplica?.jobName ?? "",
        backupJobStatusReportLink: `${state.urls.apiRoot.replace(/api\/$/, "")}#reports/jobs`,
      }),
    ),
  };
};

const processedVms: OperationHandler = (_request, state) => {
  const today = new Date(state.now().getTime());
  today.setUTCHours(0, 0, 0, 0);
  const days = Array.from({ length: 7 }, (_, index) => {
    const start = today.getTime() - (6 - index) * DAY;
    const within = (date: XmlDateTime | undefined) =>
      date !== undefined && date.toDate().getTime() >= start && date.toDate().getTime() < start + DAY;
    const backedUp = state.store
      .all("backupTaskSession")
      .filter((record) => within((record.entity as { creationTimeUTC?: XmlDateTime }).creationTimeUTC)).length;
    const replicated = state.store
      .all("replicaTaskSession")
      .filter((record) => within((record.entity as { creationTimeUTC?: XmlDateTime }).creationTimeUTC)).length;
    return { timestamp: XmlDateTime.fromDate(new Date(start)), backupedVms: backedUp, replicatedVms: replicated };
  });
  return {
    status: 200,
    body: new ProcessedVmsReportFrame(
      frame(state, "getReportsSummaryProcessedVms", "ProcessedVmsReportFrame", { days }),
    ),
  };
};

const repository: OperationHandler = (_request, state) => {
  const periods = state.store.all("repository").map((record) => {
    const entity = record.entity as Repository;
    const backupSize = state.store
      .all("backupFile")
      .filter((file) => state.families.related(file, "repository") === record)
      .reduce((sum, file) => sum + ((file.entity as BackupFile).backupSize ?? 0), 0);
    return { name: entity.name, capacity: entity.capacity, freeSpace: entity.freeSpace, backupSize };
  });
  return {
    status: 200,
    body: new RepositoryReportFrame(
      frame(state, "getReportsSummaryRepository", "RepositoryReportFrame", {
        capacityPlanningReportLink: `${state.urls.apiRoot.replace(/api\/$/, "")}#reports/capacity`,
        periods,
      }),
    ),
  };
};

const vmsOverview: OperationHandler = (_request, state) => {
  const files = state.store.all("backupFile").map((record) => record.entity as BackupFile);
  const size = (type: string) =>
    files.filter((file) => file.fileType === type).reduce((sum, file) => sum + (file.backupSize ?? 0), 0);
  const stopped = sessions(state).filter((session) => session.state === "Stopped");
  return {
    status: 200,
    body: new VmsOverviewReportFrame(
      frame(state, "getReportsSummaryVmsOverview", "VmsOverviewReportFrame", {
        protectedVms: state.store.count("catalogVm"),
        backedUpVms: state.store.count("catalogVm"),
        replicatedVms: new Set(
          state.store
            .all("vmReplicaPoint")
            .map((record) => (record.entity as { vmDisplayName?: string }).vmDisplayName),
        ).size,
        restorePoints: state.store.count("vmRestorePoint"),
        fullBackupPointsSize: size("vbk"),
        incrementalBackupPointsSize: size("vib"),
        replicaRestorePointsSize: state.store.count("vmReplicaPoint") * 64 * 1024 ** 3,
        sourceVmsSize: state.store.count("catalogVm") * 150 * 1024 ** 3,
        successBackupPercents: Math.round(
          (100 * stopped.filter((session) => session.result !== "Failed").length) / Math.max(stopped.length, 1),
        ),
        protectedVmsReportLink: `${state.urls.apiRoot.replace(/api\/$/, "")}#reports/protected`,
      }),
    ),
  };
};

/** The handlers of this file, by operation id. */
export const REPORT_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  getReportsSummaryOverview: overview,
  getReportsSummaryJobStatistics: jobStatistics,
  getReportsSummaryProcessedVms: processedVms,
  getReportsSummaryRepository: repository,
  getReportsSummaryVmsOverview: vmsOverview,
};
