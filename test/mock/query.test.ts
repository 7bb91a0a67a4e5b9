/** The query service over the default 6000 sessions: filters, sorting, paging and its links, and errors. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { QueryResult, type BackupJobSession } from "../../generated/index.js";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { assertError, getOk, logon, send } from "./helpers.js";

interface Context {
  em: MockEm;
  token: string;
  /** Every session, fetched once as entities; the expectations below are computed from them. */
  sessions: BackupJobSession[];
}

const test = suite<Context>("mock query", { em: undefined as unknown as MockEm, token: "", sessions: [] });

test.before(async (context) => {
  context.em = await startMockEm();
  context.token = await logon(context.em);
  const all = await getOk(context.em, context.token, "query?type=BackupJobSession&format=Entities", QueryResult);
  context.sessions = all.entities!.backupJobSessions!;
});

test.after(async (context) => {
  await context.em.close();
});

function query(context: Context, parameters: string): Promise<QueryResult> {
  return getOk(context.em, context.token, `query?${parameters}`, QueryResult);
}

function names(result: QueryResult): string[] {
  return result.refs!.map((ref) => ref.name!);
}

const RESULT_ORDER = ["None", "Success", "Warning", "Failed"];
const time = (session: BackupJobSession) => session.creationTimeUTC!.toDate().getTime();

test("holds the 6000 sessions on one page when no pageSize is given", async (context) => {
  assert.is(context.sessions.length, 6000);
  const refs = await query(context, "type=BackupJobSession");
  assert.is(refs.refs!.length, 6000);
  assert.equal([refs.pagingInfo!.pageNum, refs.pagingInfo!.pageSize, refs.pagingInfo!.pagesCount], [1, 6000, 1]);
  assert.ok(refs.refs!.every((ref) => ref.type === "BackupJobSessionReference"));
});

test("filters by Result and a CreationTime range, agreeing with a count of the entities", async (context) => {
  const from = Date.parse("2026-11-15T00:00:00Z");
  const to = Date.parse("2026-11-20T12:00:00Z");
  const expected = context.sessions.filter(
    (session) => session.result === "Failed" && time(session) >= from && time(session) <= to,
  );
  assert.ok(expected.length > 10);
  const result = await query(
    context,
    'type=BackupJobSession&filter=Result==Failed;CreationTime>="2026-11-15T00:00:00Z";CreationTime<="2026-11-20T12:00:00Z"',
  );
  assert.equal(names(result).sort(), expected.map((session) => session.name).sort());
  // The bare date form (no quotes, no Z) means the same UTC instant.
  const bare = await query(
    context,
    "type=BackupJobSession&filter=Result==Failed;CreationTime>=2026-11-15T00:00:00;CreationTime<=2026-11-20T12:00:00",
  );
  assert.is(bare.refs!.length, expected.length);
});

test("compares Result by its documented order: Success < Warning < Failed", async (context) => {
  const worse = context.sessions.filter(
    (session) => RESULT_ORDER.indexOf(session.result!) > RESULT_ORDER.indexOf("Success"),
  );
  const result = await query(context, "type=BackupJobSession&filter=Result>Success");
  assert.is(result.refs!.length, worse.length);
  const atMostWarning = await query(context, "type=BackupJobSession&filter=Result<=Warning;Result!=None");
  assert.is(
    atMostWarning.refs!.length,
    context.sessions.filter((s) => s.result === "Success" || s.result === "Warning").length,
  );
});

test("lets ; bind tighter than , and groups with parentheses", async (context) => {
  const retry = (s: BackupJobSession) => s.isRetry;
  const failed = (s: BackupJobSession) => s.result === "Failed";
  const working = (s: BackupJobSession) => s.state === "Working";
  const loose = await query(context, "type=BackupJobSession&filter=State==Working,Result==Failed;IsRetry==true");
  assert.is(loose.refs!.length, context.sessions.filter((s) => working(s) || (failed(s) && retry(s))).length);
  const grouped = await query(context, "type=BackupJobSession&filter=(State==Working,Result==Failed);IsRetry==true");
  assert.is(grouped.refs!.length, context.sessions.filter((s) => (working(s) || failed(s)) && retry(s)).length);
  assert.ok(loose.refs!.length !== grouped.refs!.length);
});

test("sorts by CreationTime descending and by JobName ascending, stable across pages", async (context) => {
  const newest = await query(context, "type=BackupJobSession&format=Entities&sortDesc=CreationTime&pageSize=50");
  const times = newest.entities!.backupJobSessions!.map(time);
  assert.equal(
    times,
    [...times].sort((a, b) => b - a),
  );
  assert.is(times[0], Math.max(...context.sessions.map(time)));

  const byJob = await query(context, "type=BackupJobSession&format=Entities&sortAsc=jobname&pageSize=6000");
  const jobNames = byJob.entities!.backupJobSessions!.map((session) => session.jobName!.toLowerCase());
  assert.equal(jobNames, [...jobNames].sort());
});

test("pages without gaps or overlaps, with First, Previous, Next and Last links", async (context) => {
  const filter = encodeURIComponent('JobName=="Exchange Backup",JobName=="SQL Backup"');
  const expected = context.sessions
    .filter((s) => s.jobName === "Exchange Backup" || s.jobName === "SQL Backup")
    .sort((a, b) => time(a) - time(b));
  const pageSize = 37;
  const pagesCount = Math.ceil(expected.length / pageSize);
  const seen: string[] = [];
  let href = `${context.em.url}query?type=BackupJobSession&filter=${filter}&sortAsc=CreationTime&pageSize=${pageSize}&page=1`;
  for (let page = 1; page <= pagesCount; page++) {
    const result = await getOk(context.em, context.token, href, QueryResult);
    const paging = result.pagingInfo!;
    assert.equal([paging.pageNum, paging.pageSize, paging.pagesCount], [page, pageSize, pagesCount]);
    const rels = paging.links!.map((link) => link.rel);
    assert.equal(rels, ["First", ...(page > 1 ? ["Previous"] : []), ...(page < pagesCount ? ["Next"] : []), "Last"]);
    const link = (rel: string) => new URL(paging.links!.find((item) => item.rel === rel)!.href!);
    assert.is(link("First").searchParams.get("page"), "1");
    assert.is(link("Last").searchParams.get("page"), String(pagesCount));
    assert.is(link("First").searchParams.get("filter"), decodeURIComponent(filter));
    if (page > 1) assert.is(link("Previous").searchParams.get("page"), String(page - 1));
    seen.push(...result.refs!.map((ref) => ref.uid!));
    if (page < pagesCount) href = link("Next").href;
  }
  assert.equal(
    seen,
    expected.map((session) => session.uid),
  );
  const beyond = await query(
    context,
    `type=BackupJobSession&filter=${filter}&pageSize=${pageSize}&page=${pagesCount + 1}`,
  );
  assert.is(beyond.refs!.length, 0);
});

test("reads quoted values with doubled quotes and drops spaces in bare values", async (context) => {
  const gold = await query(context, `type=Job&filter=${encodeURIComponent('Name=="Nightly ""Gold"" Backup"')}`);
  assert.equal(names(gold), ['Nightly "Gold" Backup']);
  const spaced = await query(context, `type=Job&filter=${encodeURIComponent("Name==Exchange Backup")}`);
  assert.is(spaced.refs!.length, 0, "a bare value loses its spaces, so it names ExchangeBackup");
});

test("matches parameter names, type names, field names and values without regard to case", async (context) => {
  const lower = await query(
    context,
    "TYPE=backupjobsession&Filter=result==failed&PAGESIZE=5&Page=2&SORTDESC=creationtime&FORMAT=entities",
  );
  assert.is(lower.entities!.backupJobSessions!.length, 5);
  assert.is(lower.pagingInfo!.pageNum, 2);
  assert.ok(lower.entities!.backupJobSessions!.every((session) => session.result === "Failed"));
  const jobs = await query(context, "type=job&filter=jobtype==backup;platform==hyperv");
  assert.equal(names(jobs).sort(), ["Broken Backup", "SQL Backup"]);
});

test("answers the Job, BackupServer, NasJob and AgentBackupJob types as references and entities", async (context) => {
  const servers = await query(context, "type=BackupServer&sortDesc=Name&pageSize=1");
  assert.equal(names(servers), ["vbr02.tech.local"]);
  assert.is(servers.pagingInfo!.pagesCount, 2);
  const serverEntities = await query(context, "type=BackupServer&format=Entities&filter=Port==9392");
  assert.is(serverEntities.entities!.backupServers!.length, 2);

  const scheduled = await query(
    context,
    "type=Job&format=Entities&filter=ScheduleEnabled==true;ScheduleConfigured==true&sortAsc=NextRun",
  );
  // An immediate copy job has a schedule but no next run: it runs as restore points appear; it sorts first.
  const timeless = scheduled.entities!.jobs!.filter((job) => job.nextRun === undefined);
  assert.equal(
    timeless.map((job) => job.jobType),
    ["ImmediateBackupCopy"],
  );
  assert.is(scheduled.entities!.jobs![0]!.jobType, "ImmediateBackupCopy");
  const runs = scheduled.entities!.jobs!.flatMap((job) =>
    job.nextRun === undefined ? [] : [job.nextRun.toDate().getTime()],
  );
  assert.equal(
    runs,
    [...runs].sort((a, b) => a - b),
  );

  const nas = await query(context, 'type=NasJob&format=Entities&filter=Name!="Broken NAS Backup"');
  assert.equal(nas.entities!.nasJobs!.map((job) => job.name).sort(), ["Finance Share Backup", "Shared Files Backup"]);
  const linux = await query(context, "type=AgentBackupJob&filter=Platform==AgentForLinux");
  assert.equal(names(linux), ["Linux Web Backup"]);
  assert.is(linux.refs![0]!.type, "AgentBackupJobReference");
  const agentEntities = await query(context, "type=AgentBackupJob&format=Entities");
  assert.is(agentEntities.entities!.agentBackupJobs!.length, 3);
});

test("matches a UID given as a URN or as the bare GUID", async (context) => {
  const session = context.sessions[1234]!;
  const byUrn = await query(context, `type=BackupJobSession&filter=UID==${session.uid}`);
  const guid = session.uid!.split(":").pop()!;
  const byGuid = await query(context, `type=BackupJobSession&filter=uid==${guid.toUpperCase()}`);
  assert.equal(names(byUrn), [session.name]);
  assert.equal(names(byGuid), [session.name]);
});

test("rejects filters that do not parse with 400, naming the position", async (context) => {
  const cases: [filter: string, position: number][] = [
    ["Result=Failed", 7],
    ["Result==", 9],
    ["(Result==Failed", 1],
    ["Result==Failed)", 15],
    ['Name=="open', 7],
    ["Result==Failed;;IsRetry==true", 16],
    ["==Failed", 1],
    ['JobName==a"b', 11],
  ];
  for (const [filter, position] of cases) {
    const response = await send(context.em, "GET", `query?type=BackupJobSession&filter=${encodeURIComponent(filter)}`, {
      token: context.token,
    });
    assertError(response, 400, new RegExp(`position ${position}\\b`));
  }
});

test("rejects unknown fields and values a field cannot hold, with 400", async (context) => {
  const bad = async (parameters: string, message: RegExp) =>
    assertError(await send(context.em, "GET", `query?${parameters}`, { token: context.token }), 400, message);
  await bad("type=BackupJobSession&filter=Colour==Red", /position 1: BackupJobSession has no field "Colour"/);
  await bad("type=BackupJobSession&filter=Result==Meh", /Result expects one of None, Success, Warning, Failed/);
  await bad("type=BackupJobSession&filter=CreationTime>=yesterday", /UTC/);
  await bad(`type=BackupJobSession&filter=${encodeURIComponent("CreationTime>=2026-11-01T00:00:00+01:00")}`, /UTC/);
  await bad("type=BackupJobSession&filter=IsRetry==maybe", /True or False/);
  await bad("type=BackupJobSession&sortAsc=Colour", /Cannot sort by "Colour"/);
  await bad("type=BackupJobSession&sortAsc=Name&sortDesc=Name", /either/);
  await bad("type=BackupJobSession&pageSize=0", /pageSize/);
  await bad("type=BackupJobSession&page=-1", /page/);
  await bad("type=BackupJobSession&format=Json", /format/);
  await bad("type=Spaceship", /Unknown query type/);
  await bad("format=Entities", /no type/);
});

test.run();
