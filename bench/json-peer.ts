/**
 * The fair peer of our JSON reader and writer: what a user would write without them, `JSON.parse`
 * and a hand-written mapping of EM's PascalCase JSON to the bound classes (dates and times as
 * XmlDateTime and XmlTime, lists as arrays), and the mapping back to plain objects for
 * `JSON.stringify`. It covers the fields of the benchmark's documents and checks nothing.
 */
import {
  BackupJobSession,
  EntityRef,
  EntityReferences,
  Entities,
  JobScheduleBackupWindowOptions,
  JobScheduleDailyOptions,
  JobScheduleDaisyChainingOptions,
  JobScheduleMonthlyOptions,
  JobScheduleOptionsInfo,
  JobSchedulePeriodicallyOptions,
  JobScheduleRetryOptions,
  JobScheduleStandartOptions,
  Link,
  NASJob,
  NASJobAdvancedStorageOptionsInfo,
  NASJobAdvancedStorageOptionsSecurityOptionsInfo,
  NASJobs,
  NASJobStorageOptionsInfo,
  NASObject,
  PagingInfo,
  QueryResult,
  TimePeriodDay,
  XmlDateTime,
  XmlTime,
  type XmlObject,
} from "../index.js";

/** A parsed JSON object, as a user's code sees it. */
type Json = Record<string, any>;

const date = (text: string | undefined) => (text === undefined ? undefined : new XmlDateTime(text));
const time = (text: string | undefined) => (text === undefined ? undefined : new XmlTime(text));
const text = (value: { toString(): string } | undefined) => (value === undefined ? undefined : String(value));

function link(json: Json): Link {
  const link = new Link();
  link.rel = json.Rel;
  link.href = json.Href;
  link.name = json.Name;
  link.type = json.Type;
  return link;
}

const links = (json: Json[] | undefined) => json?.map(link);
const linksJson = (list: Link[] | undefined) =>
  list?.map((item) => ({ Rel: item.rel, Href: item.href, Name: item.name, Type: item.type }));

function days(json: Json[] | undefined): TimePeriodDay[] | undefined {
  return json?.map((entry) => Object.assign(new TimePeriodDay(), { name: entry.Name, value: entry.Value }));
}

const daysJson = (list: TimePeriodDay[] | undefined) => list?.map((day) => ({ Name: day.name, Value: day.value }));

/** What every entity and reference has: a name, a UID, links, an Href and a Type. */
interface Named {
  name?: string;
  uid?: string;
  links?: Link[];
  href?: string;
  type?: string;
}

function named<T extends Named>(target: T, json: Json): T {
  target.name = json.Name;
  target.uid = json.UID;
  target.links = links(json.Links);
  target.href = json.Href;
  target.type = json.Type;
  return target;
}

const namedJson = (source: Named) => ({
  Name: source.name,
  UID: source.uid,
  Links: linksJson(source.links),
  Href: source.href,
  Type: source.type,
});

const entityRef = (json: Json) => named(new EntityRef(), json);

function session(json: Json): BackupJobSession {
  const session = new BackupJobSession();
  session.jobUid = json.JobUid;
  session.jobName = json.JobName;
  session.jobType = json.JobType;
  session.creationTimeUTC = date(json.CreationTimeUTC);
  session.endTimeUTC = date(json.EndTimeUTC);
  session.state = json.State;
  session.result = json.Result;
  session.progress = json.Progress;
  session.isRetry = json.IsRetry;
  return named(session, json);
}

function nasObject(json: Json): NASObject {
  const object = new NASObject();
  object.hierarchyObjRef = json.HierarchyObjRef;
  object.objectInJobId = json.ObjectInJobId;
  object.fileOrFolder = json.FileOrFolder;
  object.fileServerUid = json.FileServerUid;
  object.inclusionMask = json.InclusionMask?.Extensions;
  object.exclusionMask = json.ExclusionMask?.Extensions;
  object.links = links(json.Links);
  object.href = json.Href;
  object.type = json.Type;
  return object;
}

function storage(json: Json | undefined): NASJobStorageOptionsInfo | undefined {
  if (json === undefined) return undefined;
  const storage = new NASJobStorageOptionsInfo();
  storage.backupRepositoryUid = json.BackupRepositoryUid;
  storage.shorttermRetentionType = json.ShorttermRetentionType;
  storage.shorttermRetentionPeriod = json.ShorttermRetentionPeriod;
  storage.longtermRetentionEnabled = json.LongtermRetentionEnabled;
  const acl = json.AdvancedStorageOptions?.ACL;
  if (acl !== undefined) {
    const security = new NASJobAdvancedStorageOptionsSecurityOptionsInfo();
    security.fileAttributesChangeTrackingMode = acl.FileAttributesChangeTrackingMode;
    storage.advancedStorageOptions = Object.assign(new NASJobAdvancedStorageOptionsInfo(), { acl: security });
  }
  return storage;
}

function standart(json: Json): JobScheduleStandartOptions {
  const options = new JobScheduleStandartOptions();
  const retry = json.RetryOptions;
  options.retryOptions = Object.assign(new JobScheduleRetryOptions(), {
    retryTimes: retry.RetryTimes,
    retryTimeout: retry.RetryTimeout,
    retrySpecified: retry.RetrySpecified1,
  });
  options.waitForBackupCompletion = json.WaitForBackupCompletion;
  options.backupCompetitionWaitingPeriodMin = json.BackupCompetitionWaitingPeriodMin;
  const daily = json.OptionsDaily;
  options.optionsDaily = Object.assign(new JobScheduleDailyOptions(), {
    kind: daily.Kind,
    days: daily.Days,
    time: time(daily.Time),
    timeOffsetUtc: daily.TimeOffsetUtc,
    enabled: daily.Enabled,
  });
  const monthly = json.OptionsMonthly;
  options.optionsMonthly = Object.assign(new JobScheduleMonthlyOptions(), {
    time: time(monthly.Time),
    timeOffsetUtc: monthly.TimeOffsetUtc,
    dayNumberInMonth: monthly.DayNumberInMonth,
    dayOfWeek: monthly.DayOfWeek,
    months: monthly.Months,
    dayOfMonth: monthly.DayOfMonth,
    enabled: monthly.Enabled,
  });
  const periodically = json.OptionsPeriodically;
  options.optionsPeriodically = Object.assign(new JobSchedulePeriodicallyOptions(), {
    kind: periodically.Kind,
    fullPeriod: periodically.FullPeriod,
    schedule: days(periodically.Schedule?.Days),
    enabled: periodically.Enabled,
  });
  const window = json.OptionsBackupWindow;
  options.optionsBackupWindow = Object.assign(new JobScheduleBackupWindowOptions(), {
    timePeriods: days(window.TimePeriods?.Days),
    enabled: window.Enabled,
  });
  const chaining = json.OptionsDaisyChaining;
  options.optionsDaisyChaining = Object.assign(new JobScheduleDaisyChainingOptions(), {
    previousJobUid: chaining.PreviousJobUid,
    enabled: chaining.Enabled,
  });
  return options;
}

function nasJob(json: Json): NASJob {
  const job = new NASJob();
  job.description = json.Description;
  job.includes = json.Includes?.NASObjects?.map(nasObject);
  job.storageOptions = storage(json.StorageOptions);
  job.scheduleConfigured = json.ScheduleConfigured;
  job.scheduleEnabled = json.ScheduleEnabled;
  job.nextRun = date(json.NextRun);
  const standartJson = json.JobScheduleOptions?.Standart;
  if (standartJson !== undefined)
    job.jobScheduleOptions = Object.assign(new JobScheduleOptionsInfo(), { standart: standart(standartJson) });
  return named(job, json);
}

function queryResult(json: Json): QueryResult {
  const result = new QueryResult();
  const sessions = json.Entities?.BackupJobSessions?.BackupJobSessions as Json[] | undefined;
  if (sessions !== undefined)
    result.entities = Object.assign(new Entities(), { backupJobSessions: sessions.map(session) });
  const paging = json.PagingInfo;
  if (paging !== undefined) {
    result.pagingInfo = Object.assign(new PagingInfo(), {
      links: links(paging.Links),
      pageNum: paging.PageNum,
      pageSize: paging.PageSize,
      pagesCount: paging.PagesCount,
    });
  }
  return result;
}

/** `JSON.parse` and the mapping of each benchmark document's root. */
export const readByHand: Readonly<Record<string, (text: string) => XmlObject>> = {
  "entity-references": (text) =>
    Object.assign(new EntityReferences(), { refs: (JSON.parse(text) as Json).Refs.map(entityRef) }),
  "query-result-sessions": (text) => queryResult(JSON.parse(text) as Json),
  "nas-jobs": (text) => Object.assign(new NASJobs(), { nasJobs: (JSON.parse(text) as Json).NASJobs.map(nasJob) }),
};

function sessionJson(session: BackupJobSession): Json {
  return {
    JobUid: session.jobUid,
    JobName: session.jobName,
    JobType: session.jobType,
    CreationTimeUTC: text(session.creationTimeUTC),
    EndTimeUTC: text(session.endTimeUTC),
    State: session.state,
    Result: session.result,
    Progress: session.progress,
    IsRetry: session.isRetry,
    ...namedJson(session),
  };
}

function standartJson(options: JobScheduleStandartOptions): Json {
  const { retryOptions: retry, optionsDaily: daily, optionsMonthly: monthly } = options;
  const { optionsPeriodically: periodically, optionsBackupWindow: window, optionsDaisyChaining: chaining } = options;
  return {
    RetryOptions: {
      RetryTimes: retry?.retryTimes,
      RetryTimeout: retry?.retryTimeout,
      RetrySpecified1: retry?.retrySpecified,
    },
    WaitForBackupCompletion: options.waitForBackupCompletion,
    BackupCompetitionWaitingPeriodMin: options.backupCompetitionWaitingPeriodMin,
    OptionsDaily: {
      Kind: daily?.kind,
      Days: daily?.days,
      Time: text(daily?.time),
      TimeOffsetUtc: daily?.timeOffsetUtc,
      Enabled: daily?.enabled,
    },
    OptionsMonthly: {
      Time: text(monthly?.time),
      TimeOffsetUtc: monthly?.timeOffsetUtc,
      DayNumberInMonth: monthly?.dayNumberInMonth,
      DayOfWeek: monthly?.dayOfWeek,
      Months: monthly?.months,
      DayOfMonth: monthly?.dayOfMonth,
      Enabled: monthly?.enabled,
    },
    OptionsPeriodically: {
      Kind: periodically?.kind,
      FullPeriod: periodically?.fullPeriod,
      Schedule: { Days: daysJson(periodically?.schedule) },
      Enabled: periodically?.enabled,
    },
    OptionsBackupWindow: { TimePeriods: { Days: daysJson(window?.timePeriods) }, Enabled: window?.enabled },
    OptionsDaisyChaining: { PreviousJobUid: chaining?.previousJobUid, Enabled: chaining?.enabled },
  };
}

function nasJobJson(job: NASJob): Json {
  const storage = job.storageOptions;
  return {
    Description: job.description,
    Includes: {
      NASObjects: job.includes?.map((object) => ({
        HierarchyObjRef: object.hierarchyObjRef,
        ObjectInJobId: object.objectInJobId,
        FileOrFolder: object.fileOrFolder,
        FileServerUid: object.fileServerUid,
        InclusionMask: { Extensions: object.inclusionMask },
        ExclusionMask: { Extensions: object.exclusionMask },
        Href: object.href,
        Type: object.type,
      })),
    },
    StorageOptions: {
      BackupRepositoryUid: storage?.backupRepositoryUid,
      ShorttermRetentionType: storage?.shorttermRetentionType,
      ShorttermRetentionPeriod: storage?.shorttermRetentionPeriod,
      LongtermRetentionEnabled: storage?.longtermRetentionEnabled,
      AdvancedStorageOptions: {
        ACL: {
          FileAttributesChangeTrackingMode: storage?.advancedStorageOptions?.acl?.fileAttributesChangeTrackingMode,
        },
      },
    },
    ScheduleConfigured: job.scheduleConfigured,
    ScheduleEnabled: job.scheduleEnabled,
    NextRun: text(job.nextRun),
    JobScheduleOptions: { Standart: standartJson(job.jobScheduleOptions!.standart!) },
    ...namedJson(job),
  };
}

/** The mapping of each benchmark document's root back to plain objects, and `JSON.stringify`. */
export const writeByHand: Readonly<Record<string, (object: XmlObject) => string>> = {
  "entity-references": (object) =>
    JSON.stringify({
      Refs: (object as EntityReferences).refs!.map((ref) => ({
        Links: linksJson(ref.links),
        UID: ref.uid,
        Name: ref.name,
        Href: ref.href,
        Type: ref.type,
      })),
    }),
  "query-result-sessions": (object) => {
    const result = object as QueryResult;
    const paging = result.pagingInfo;
    return JSON.stringify({
      Entities: { BackupJobSessions: { BackupJobSessions: result.entities?.backupJobSessions?.map(sessionJson) } },
      PagingInfo: {
        Links: linksJson(paging?.links),
        PageNum: paging?.pageNum,
        PageSize: paging?.pageSize,
        PagesCount: paging?.pagesCount,
      },
    });
  },
  "nas-jobs": (object) => JSON.stringify({ NASJobs: (object as NASJobs).nasJobs!.map(nasJobJson) }),
};
