/**
 * Deterministic EM-shaped documents for benchmarks: a seeded generator, so every run and every
 * machine measures the same bytes.
 */

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

function uuid(random: () => number): string {
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
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
  const parts = ['<?xml version="1.0" encoding="utf-8"?>\n<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">\n'];
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
    <Includes>
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
    </Includes>
    <StorageOptions>
      <BackupRepositoryUid>urn:veeam:Repository:${uuid(random)}</BackupRepositoryUid>
      <ShorttermRetentionType>Day</ShorttermRetentionType>
      <ShorttermRetentionPeriod>${1 + Math.floor(random() * 30)}</ShorttermRetentionPeriod>
      <LongtermRetentionEnabled>false</LongtermRetentionEnabled>
      <AdvancedStorageOptions>
        <ACL>
          <FileAttributesChangeTrackingMode>TrackOnlyFolderAttributesChanges</FileAttributesChangeTrackingMode>
        </ACL>
      </AdvancedStorageOptions>
    </StorageOptions>
    <ScheduleConfigured>true</ScheduleConfigured>
    <ScheduleEnabled>${random() < 0.5}</ScheduleEnabled>
    <NextRun>2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}T${hour}:00:00.${fraction}Z</NextRun>
    <JobScheduleOptions>
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
    </JobScheduleOptions>
  </NASJob>
`;
}

/** A NASJobs collection of about `targetBytes` characters. */
export function nasJobs(targetBytes: number, seed = 2): string {
  const random = seeded(seed);
  const parts = ['<?xml version="1.0" encoding="utf-8"?>\n<NASJobs xmlns="http://www.veeam.com/ent/v1.0">\n'];
  let length = parts[0]!.length;
  while (length < targetBytes) {
    const part = `  ${nasJob(random)}`;
    parts.push(part);
    length += part.length;
  }
  parts.push("</NASJobs>\n");
  return parts.join("");
}
