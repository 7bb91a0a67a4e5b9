/**
 * Deterministic EM-shaped documents for benchmarks: a seeded generator, so every run and every
 * machine measures the same bytes.
 */
import { EM_NAMESPACE } from "../runtime/xml/namespaces.js";

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = "0123456789abcdef";

function hex(random: () => number, length: number): string {
  let text = "";
  for (let index = 0; index < length; index++) text += HEX[Math.floor(random() * 16)];
  return text;
}

/** A random (version 4 shaped) UUID; the same draws, in the same order, as ever, so documents do not change. */
function uuid(random: () => number): string {
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
}

const NAMES = [
  "SQL Backup",
  "File Server",
  "Exchange Replica",
  "Web Farm",
  "Domain Controllers",
  "Oracle & SAP <prod>",
  "Täglich Sicherung",
];

/** An EntityReferences document of about `targetBytes` characters. */
export function entityReferences(targetBytes: number, seed = 1): string {
  const random = seeded(seed);
  const parts = [`<?xml version="1.0" encoding="utf-8"?>\n<EntityReferences xmlns="${EM_NAMESPACE}">\n`];
  let length = parts[0]!.length;
  while (length < targetBytes) {
    const id = uuid(random);
    const name = NAMES[Math.floor(random() * NAMES.length)]!.replace("&", "&amp;")
      .replace("<", "&lt;")
      .replace(">", "&gt;");
    const server = uuid(random);
    const part = `  <Ref UID="urn:veeam:Job:${id}" Name="${name} ${Math.floor(random() * 1000)}" Href="https://em.example.local:9398/api/jobs/${id}" Type="JobReference">
    <Links>
      <Link Rel="Up" Type="BackupServerReference" Href="https://em.example.local:9398/api/backupServers/${server}" Name="vbr${Math.floor(random() * 20)}.example.local" />
      <Link Rel="Alternate" Type="Job" Href="https://em.example.local:9398/api/jobs/${id}?format=Entity" Name="${name}" />
      <Link Rel="Down" Type="BackupJobSessionReferenceList" Href="https://em.example.local:9398/api/jobs/${id}/backupSessions" />
    </Links>
  </Ref>
`;
    parts.push(part);
    length += part.length;
  }
  parts.push("</EntityReferences>\n");
  return parts.join("");
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function grid(random: () => number): string {
  return DAYS.map(
    (day) => `<Day Name="${day}">${Array.from({ length: 24 }, () => (random() < 0.8 ? "1" : "0")).join(",")}</Day>`,
  ).join("\n          ");
}

/** One NASJob entity modeled on the reference sample, with varied values. */
export function nasJob(random: () => number, rootAttributes = ""): string {
  const id = uuid(random);
  const base = `https://em.example.local:9398/api/nas/jobs/${id}`;
  const hour = String(Math.floor(random() * 24)).padStart(2, "0");
  const fraction = String(Math.floor(random() * 10_000_000)).padStart(7, "0");
  return `<NASJob${rootAttributes} Type="NasJob" Href="${base}?format=Entity" Name="Share ${Math.floor(random() * 1e6)}" UID="urn:veeam:NasJob:${id}">
    <Links>
      <Link Rel="Up" Type="BackupServerReference" Href="https://em.example.local:9398/api/backupServers/${uuid(random)}" Name="vbr01.example.local" />
      <Link Rel="Alternate" Type="JobReference" Href="${base}" Name="Share" />
      <Link Rel="Down" Type="NasObjectList" Href="${base}/includes" />
      <Link Rel="Start" Href="${base}/start" />
      <Link Rel="Stop" Href="${base}/stop" />
    </Links>
    <Description>Backup of \\\\fs${Math.floor(random() * 50)}\\share &amp; archive</Description>
    ${nasIncludes(random, base)}
    ${nasStorageOptions(random)}
    <ScheduleConfigured>true</ScheduleConfigured>
    <ScheduleEnabled>${random() < 0.5}</ScheduleEnabled>
    <NextRun>2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}T${hour}:00:00.${fraction}Z</NextRun>
    ${nasScheduleOptions(random, hour)}
  </NASJob>
`;
}

/** The NASJob's Includes: one share with its masks. */
function nasIncludes(random: () => number, base: string): string {
  return `<Includes>
      <NASObject Type="NasObject" Href="${base}/includes/${uuid(random)}">
        <HierarchyObjRef>urn:NasBackup:BackupServer:${uuid(random)}</HierarchyObjRef>
        <ObjectInJobId>${uuid(random)}</ObjectInJobId>
        <FileOrFolder>\\\\fs${Math.floor(random() * 50)}\\share</FileOrFolder>
        <FileServerUid>urn:veeam:FileServer:${uuid(random)}</FileServerUid>
        <InclusionMask>
          <Extension>*.*</Extension>
        </InclusionMask>
        <ExclusionMask>
          <Extension>*.tmp</Extension>
          <Extension>\\\\fs\\share\\.snapshot</Extension>
        </ExclusionMask>
      </NASObject>
    </Includes>`;
}

/** The NASJob's StorageOptions: a repository and a short-term retention. */
function nasStorageOptions(random: () => number): string {
  return `<StorageOptions>
      <BackupRepositoryUid>urn:veeam:Repository:${uuid(random)}</BackupRepositoryUid>
      <ShorttermRetentionType>Day</ShorttermRetentionType>
      <ShorttermRetentionPeriod>${1 + Math.floor(random() * 30)}</ShorttermRetentionPeriod>
      <LongtermRetentionEnabled>false</LongtermRetentionEnabled>
      <AdvancedStorageOptions>
        <ACL>
          <FileAttributesChangeTrackingMode>TrackOnlyFolderAttributesChanges</FileAttributesChangeTrackingMode>
        </ACL>
      </AdvancedStorageOptions>
    </StorageOptions>`;
}

/** The NASJob's JobScheduleOptions: daily at `hour`, the other schedules present but off. */
function nasScheduleOptions(random: () => number, hour: string): string {
  return `<JobScheduleOptions>
      <Standart>
        <RetryOptions>
          <RetryTimes>3</RetryTimes>
          <RetryTimeout>10</RetryTimeout>
          <RetrySpecified>true</RetrySpecified>
        </RetryOptions>
        <WaitForBackupCompletion>true</WaitForBackupCompletion>
        <BackupCompetitionWaitingPeriodMin>180</BackupCompetitionWaitingPeriodMin>
        <OptionsDaily Enabled="true">
          <Kind>Everyday</Kind>
          ${DAYS.map((day) => `<Days>${day}</Days>`).join("\n          ")}
          <Time>${hour}:00:00.0000000+01:00</Time>
          <TimeOffsetUtc>1</TimeOffsetUtc>
        </OptionsDaily>
        <OptionsMonthly Enabled="false">
          <Time>22:00:00.0000000+01:00</Time>
          <TimeOffsetUtc>1</TimeOffsetUtc>
          <DayNumberInMonth>Fourth</DayNumberInMonth>
          <DayOfWeek>Saturday</DayOfWeek>
          ${MONTHS.map((month) => `<Months>${month}</Months>`).join("\n          ")}
          <DayOfMonth>1</DayOfMonth>
        </OptionsMonthly>
        <OptionsPeriodically Enabled="false">
          <Kind>Hours</Kind>
          <FullPeriod>1</FullPeriod>
          <Schedule>
          ${grid(random)}
          </Schedule>
        </OptionsPeriodically>
        <OptionsBackupWindow Enabled="false">
          <TimePeriods>
          ${grid(random)}
          </TimePeriods>
        </OptionsBackupWindow>
        <OptionsDaisyChaining Enabled="false">
          <PreviousJobUid />
        </OptionsDaisyChaining>
      </Standart>
    </JobScheduleOptions>`;
}

/** A NASJobs collection of about `targetBytes` characters. */
export function nasJobs(targetBytes: number, seed = 2): string {
  const random = seeded(seed);
  const parts = [`<?xml version="1.0" encoding="utf-8"?>\n<NASJobs xmlns="${EM_NAMESPACE}">\n`];
  let length = parts[0]!.length;
  while (length < targetBytes) {
    const part = `  ${nasJob(random)}`;
    parts.push(part);
    length += part.length;
  }
  parts.push("</NASJobs>\n");
  return parts.join("");
}

const API = "https://em.example.local:9398/api";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A job that sessions belong to: sessions repeat the same few dozen jobs, as on a real server. */
interface SessionJob {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly server: string;
  readonly serverName: string;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, "0"));

/** Formats seconds since the epoch as `YYYY-MM-DDThh:mm:ss` (no zone); the day is formatted once per day. */
class SecondsFormatter {
  private day = -1;
  private dayText = "";

  format(seconds: number): string {
    const day = Math.floor(seconds / 86_400);
    if (day !== this.day) {
      this.day = day;
      this.dayText = new Date(day * 86_400_000).toISOString().slice(0, 11);
    }
    const inDay = seconds - day * 86_400;
    const hours = Math.floor(inDay / 3600);
    const minutes = Math.floor((inDay - hours * 3600) / 60);
    return `${this.dayText}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[inDay % 60]}`;
  }
}

/** A fraction of a second of 0 to 7 digits (`""`, `.5`, `.39`, ..., `.5530000`), as EM writes them. */
function fraction(random: () => number): string {
  const digits = Math.floor(random() * 8);
  let text = digits === 0 ? "" : ".";
  for (let index = 0; index < digits; index++) text += HEX[Math.floor(random() * 10)];
  return text;
}

/**
 * The parts of a QueryResult of BackupJobSession entities of about `targetBytes` characters (the
 * header, one part per session, the trailer with the paging information), so the same document can
 * be joined into a string or encoded chunk by chunk. The element order is the one `parse(..., {
 * strict: true })` accepts: the entity's Links, JobUid, JobName, JobType, CreationTimeUTC,
 * EndTimeUTC, State, Result, Progress, IsRetry; the QueryResult's Entities, then PagingInfo.
 */
export function* queryResultSessionParts(targetBytes: number, seed = 3): Generator<string, void> {
  const random = seeded(seed);
  const jobs = sessionJobs(random);
  const header = `<?xml version="1.0" encoding="utf-8"?>\n<QueryResult xmlns="${EM_NAMESPACE}">\n  <Entities>\n    <BackupJobSessions>\n`;
  yield header;
  let length = header.length;
  let count = 0;
  // Sessions start a few minutes apart from the start of 2025 on.
  let time = Date.UTC(2025, 0, 1) / 1000;
  const clocks: SessionClocks = { created: new SecondsFormatter(), ended: new SecondsFormatter() };
  while (length < targetBytes) {
    const job = jobs[Math.floor(random() * jobs.length)]!;
    const id = uuid(random);
    time += 30 + Math.floor(random() * 600);
    const part = backupJobSession(random, job, id, time, clocks);
    yield part;
    length += part.length;
    count++;
  }
  yield queryResultTrailer(count);
}

/** The 48 jobs sessions belong to, spread over 4 backup servers. */
function sessionJobs(random: () => number): SessionJob[] {
  const servers = Array.from({ length: 4 }, (_, index) => ({
    id: uuid(random),
    name: `vbr${index + 1}.example.local`,
  }));
  return Array.from({ length: 48 }, (_, index) => {
    const server = servers[index % servers.length]!;
    return {
      id: uuid(random),
      name: escapeXml(`${NAMES[index % NAMES.length]!} ${index + 1}`),
      type: random() < 0.8 ? "Backup" : "BackupCopy",
      server: server.id,
      serverName: server.name,
    };
  });
}

/** The formatters of the creation and end times (each keeps the text of the last day it formatted). */
interface SessionClocks {
  readonly created: SecondsFormatter;
  readonly ended: SecondsFormatter;
}

/** One BackupJobSession entity of `job`, created at `time` (seconds); one in twenty is still working. */
function backupJobSession(
  random: () => number,
  job: SessionJob,
  id: string,
  time: number,
  clocks: SessionClocks,
): string {
  const start = clocks.created.format(time);
  const name = `${job.name}@${start.slice(0, 10)} ${start.slice(11)}`;
  const working = random() < 0.05;
  const draw = random();
  const result = working ? "None" : draw < 0.8 ? "Success" : draw < 0.92 ? "Warning" : "Failed";
  const end = working
    ? "1900-01-01T00:00:00Z"
    : `${clocks.ended.format(time + 60 + Math.floor(random() * 7200))}${fraction(random)}Z`;
  const session = `${API}/backupSessions/${id}`;
  return `      <BackupJobSession Href="${session}?format=Entity" Type="BackupJobSession" Name="${name}" UID="urn:veeam:BackupJobSession:${id}">
        <Links>
          <Link Rel="Up" Type="BackupServerReference" Href="${API}/backupServers/${job.server}" Name="${job.serverName}" />
          <Link Rel="Up" Type="JobReference" Href="${API}/jobs/${job.id}" Name="${job.name}" />
          <Link Rel="Alternate" Type="BackupJobSessionReference" Href="${session}" Name="${name}" />
          <Link Rel="Down" Type="BackupTaskSessionReferenceList" Href="${session}/taskSessions" />
        </Links>
        <JobUid>urn:veeam:Job:${job.id}</JobUid>
        <JobName>${job.name}</JobName>
        <JobType>${job.type}</JobType>
        <CreationTimeUTC>${start}${fraction(random)}Z</CreationTimeUTC>
        <EndTimeUTC>${end}</EndTimeUTC>
        <State>${working ? "Working" : "Stopped"}</State>
        <Result>${result}</Result>
        <Progress>${working ? Math.floor(random() * 100) : 100}</Progress>
        <IsRetry>${result !== "Success" && random() < 0.3}</IsRetry>
      </BackupJobSession>
`;
}

/** The end of the QueryResult: the list closed, then the paging information of one page of `count`. */
function queryResultTrailer(count: number): string {
  const page = `${API}/query?type=BackupJobSession&amp;format=Entities&amp;pageSize=${count}`;
  return `    </BackupJobSessions>
  </Entities>
  <PagingInfo PageNum="1" PageSize="${count}" PagesCount="1">
    <Links>
      <Link Rel="First" Type="QueryResult" Href="${page}&amp;page=1" />
      <Link Rel="Last" Type="QueryResult" Href="${page}&amp;page=1" />
    </Links>
  </PagingInfo>
</QueryResult>
`;
}

/** A QueryResult of BackupJobSession entities of about `targetBytes` characters, as one string. */
export function queryResultSessions(targetBytes: number, seed = 3): string {
  return [...queryResultSessionParts(targetBytes, seed)].join("");
}

/**
 * The same QueryResult as {@link queryResultSessions}, as UTF-8 chunks of `chunkBytes` bytes (the
 * last one shorter), made as they are read: for sizes no string can hold (V8 strings stop short of
 * 2^29 characters), with nothing written to disk. Chunk boundaries fall anywhere, inside a tag or
 * inside a multi-byte character.
 */
export async function* queryResultSessionChunks(
  targetBytes: number,
  seed = 3,
  chunkBytes = 64 * 1024,
): AsyncGenerator<Uint8Array, void> {
  // Parts are gathered until they make a chunk, joined (one flat string encodes fastest) and cut.
  let pending: string[] = [];
  let pendingLength = 0;
  let carry: Buffer | undefined;
  for (const part of queryResultSessionParts(targetBytes, seed)) {
    pending.push(part);
    pendingLength += part.length;
    if (pendingLength < chunkBytes) continue;
    const encoded = Buffer.from(pending.join(""), "utf8");
    pending = [];
    pendingLength = 0;
    const bytes = carry === undefined ? encoded : Buffer.concat([carry, encoded]);
    let offset = 0;
    for (; bytes.length - offset >= chunkBytes; offset += chunkBytes) yield bytes.subarray(offset, offset + chunkBytes);
    carry = offset < bytes.length ? bytes.subarray(offset) : undefined;
  }
  const rest = Buffer.from(pending.join(""), "utf8");
  const bytes = carry === undefined ? rest : Buffer.concat([carry, rest]);
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) yield bytes.subarray(offset, offset + chunkBytes);
}

/** The benchmark documents, by the names run.ts and measure.ts use. */
export const DOCUMENTS: Readonly<
  Record<
    string,
    {
      readonly title: string;
      readonly make: (targetBytes: number) => string;
      /**
       * The class of the items of its list, for `streamItems`, by its exported name: naming it
       * keeps the bindings out of the processes that measure other parsers.
       */
      readonly item: string;
    }
  >
> = {
  "entity-references": {
    title: "EntityReferences",
    make: (targetBytes) => entityReferences(targetBytes),
    item: "EntityRef",
  },
  "query-result-sessions": {
    title: "QueryResult of BackupJobSessions",
    make: (targetBytes) => queryResultSessions(targetBytes),
    item: "BackupJobSession",
  },
  "nas-jobs": { title: "NASJobs collection", make: (targetBytes) => nasJobs(targetBytes), item: "NASJob" },
};

/**
 * Where run.ts writes a document for the measuring processes to read (bench/data/ is git-ignored):
 * a process that reads the finished text holds only the text, where one that generates it keeps
 * the generator's garbage and heap pages, which would blur its memory figures.
 */
export function documentFile(root: string, name: string, megabytes: number): string {
  return `${root}/bench/data/${name}-${megabytes}MB.xml`;
}
