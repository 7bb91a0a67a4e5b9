/** Running operations of the table and following links, without a server: URLs, bodies, answers, links. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { operations, queryTypes, resources, EmAnswerError, EmArgumentError, EmLinkError } from "../../../client.js";
import {
  FileSystemEntries,
  FileSystemEntry,
  Job,
  JobCloneSpec,
  Link,
  LogonSession,
  NASJob,
  QueryResult,
  serialize,
  Task,
  XmlReadError,
} from "../../../index.js";
import { registry } from "../../../generated/registry.gen.js";
import { answersFor, operationUrl, readAnswer, requestBody } from "../../../runtime/client/operation-call.js";
import { documentedLinks, findLink, hrefFits, linkOperations } from "../../../runtime/client/follow-links.js";
import { EmSession } from "../../../runtime/client/session.js";
import type { HttpAnswer } from "../../../runtime/client/http.js";

const base = new URL("https://em.example:9398/api/");
const bindings = { registry, task: Task, logonSession: LogonSession, queryResult: QueryResult };
const session = new EmSession(
  { url: base, username: "u", password: "p" },
  { ...bindings, operations, queryTypes, resources },
);
const answer = (status: number, body = ""): HttpAnswer => ({ status, headers: {}, body: Buffer.from(body, "utf8") });

const urls = suite("operation URLs");

urls("fills the path parameters, encoded, and adds the action and the query", () => {
  const url = operationUrl(operations.startJob, "startJob", { params: { ID: "a b/c" } }, base);
  assert.is(url.href, "https://em.example:9398/api/jobs/a%20b%2Fc?action=start");
  const entity = operationUrl(
    operations.getNasJob,
    "getNasJob",
    { params: { ID: "1" }, query: { format: "Entity" } },
    base,
  );
  assert.is(entity.href, "https://em.example:9398/api/nas/jobs/1?format=Entity");
  assert.is(operationUrl(operations.getApiRoot, "getApiRoot", {}, base).href, base.href);
});

urls("keeps the slashes of a parameter that spans segments", () => {
  const params = { vmRestorePointID: "p", ID: "m", filepath: "/C/Program Files/a.txt" };
  const url = operationUrl(operations.getVmRestorePointMountPath, "getVmRestorePointMountPath", { params }, base);
  assert.is(url.pathname, "/api/vmRestorePoints/p/mounts/m/C/Program%20Files/a.txt");
});

urls("a missing path parameter is an EmArgumentError naming it and the operation", () => {
  assert.throws(
    () => operationUrl(operations.getNasJobInclude, "getNasJobInclude", { params: { ID: "1" } }, base),
    (error: Error) =>
      error instanceof EmArgumentError && /path parameter jobID of operation getNasJobInclude/.test(error.message),
  );
});

urls.run();

const bodies = suite("request bodies");

bodies("writes an instance or plain data as the class and root element the table names", () => {
  const written = requestBody(session, operations.cloneJob, { backupJobCloneInfo: { jobName: "Copy" } })!();
  assert.match(written, /^<\?xml[^>]*>\s*<JobCloneSpec xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0">/);
  assert.match(written, /<JobName>Copy<\/JobName>/);
  assert.is(
    requestBody(session, operations.cloneJob, new JobCloneSpec({ backupJobCloneInfo: { jobName: "Copy" } }))!(),
    written,
  );
});

bodies("refuses a body of another class, a missing body and a body where none is taken", () => {
  const refused = (pattern: RegExp) => (error: Error) =>
    error instanceof EmArgumentError && pattern.test(error.message);
  assert.throws(
    () => requestBody(session, operations.cloneJob, new NASJob()),
    refused(/body NASJob .* takes JobCloneSpec/),
  );
  assert.throws(() => requestBody(session, operations.cloneJob, undefined), refused(/needs a JobCloneSpec body/));
  assert.throws(() => requestBody(session, operations.startJob, new JobCloneSpec()), refused(/takes no body/));
});

bodies.run();

const answers = suite("answers");
const url = new URL("jobs/1?action=start", base);

answers("chooses the answers by format, falling back to those without one", () => {
  assert.equal(
    answersFor(operations.getNasJob, "Entity").map((entry) => entry.element),
    ["NASJob"],
  );
  assert.equal(
    answersFor(operations.getNasJob, undefined).map((entry) => entry.element),
    ["EntityRef"],
  );
  assert.equal(
    answersFor(operations.startJob, "Entity").map((entry) => entry.element),
    ["Task"],
  );
});

answers("reads a Task, nothing for 204, bytes for a file, one of several classes", () => {
  const task = serialize(new Task({ taskId: "t" }));
  assert.instance(
    readAnswer(session, "POST", url, answer(202, task), answersFor(operations.startJob, undefined)),
    Task,
  );
  assert.is(readAnswer(session, "DELETE", url, answer(204), answersFor(operations.deleteTask, undefined)), undefined);
  const file = readAnswer(
    session,
    "GET",
    url,
    answer(200, "bytes"),
    answersFor(operations.downloadVmRestorePointMountPath, undefined),
  );
  assert.instance(file, Uint8Array);
  const listing = serialize(new FileSystemEntries({}));
  const either = answersFor(operations.getVmRestorePointMountPath, undefined);
  assert.instance(readAnswer(session, "GET", url, answer(200, listing), either), FileSystemEntries);
  assert.instance(
    readAnswer(session, "GET", url, answer(200, serialize(new FileSystemEntry({}))), either),
    FileSystemEntry,
  );
});

answers("an action answered without a body is an EmAnswerError; another class is an XmlReadError", () => {
  const empty = () => readAnswer(session, "POST", url, answer(202), answersFor(operations.startJob, undefined));
  assert.throws(
    empty,
    (error: Error) =>
      error instanceof EmAnswerError && /answered 202 without a body; the operation answers Task/.test(error.message),
  );
  const job = serialize(new Job({ name: "x" }));
  const wrong = () => readAnswer(session, "POST", url, answer(202, job), answersFor(operations.startJob, undefined));
  assert.throws(
    wrong,
    (error: Error) =>
      error instanceof XmlReadError && /root element Job binds to Job, not to the expected Task/.test(error.message),
  );
  const either = answersFor(operations.getVmRestorePointMountPath, undefined);
  const neither = () => readAnswer(session, "GET", url, answer(200, job), either);
  assert.throws(
    neither,
    (error: Error) =>
      error instanceof XmlReadError &&
      /answered Job, not the documented FileSystemEntry or FileSystemEntries/.test(error.message),
  );
});

answers.run();

const links = suite("links");

links("finds a link by Rel and Type, and names the links there are when none fits", () => {
  const job = new Job({
    links: [
      new Link({ rel: "Start", href: "jobs/1?action=start" }),
      new Link({ rel: "Down", type: "ObjectInJobList", href: "jobs/1/includes" }),
    ],
  });
  assert.is(findLink(job, "Down", "ObjectInJobList").href, "jobs/1/includes");
  assert.throws(
    () => findLink(job, "Down", "BackupJobSessionReferenceList"),
    (error: Error) =>
      error instanceof EmLinkError &&
      error.kind === "missing" &&
      /Rel Down and Type BackupJobSessionReferenceList is missing on Job; it has Start, Down\/ObjectInJobList/.test(
        error.message,
      ),
  );
});

links("matches an Href against documented hrefs, actions and spanning paths included", () => {
  assert.ok(hrefFits("/jobs/{ID}?action=start", new URL("jobs/7?action=start", base), base));
  assert.not.ok(hrefFits("/jobs/{ID}?action=start", new URL("jobs/7?action=stop", base), base));
  assert.ok(hrefFits("/nas/jobs/{ID}/start", new URL("nas/jobs/7/start", base), base));
  assert.not.ok(hrefFits("/nas/jobs/{ID}", new URL("nas/jobs/7/start", base), base));
  assert.ok(
    hrefFits(
      "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}",
      new URL("vmRestorePoints/1/mounts/2/C/a/b.txt", base),
      base,
    ),
  );
});

links("knows the documented links of a class, and the operation a link performs by its Type and Href", () => {
  assert.is(documentedLinks(resources, new QueryResult()), undefined);
  assert.equal(documentedLinks(resources, new Task()), [
    { rel: "Delete", href: "/tasks/{ID}", operation: "deleteTask" },
  ]);
  const documented = documentedLinks(resources, new Job())!;
  const down = {
    rel: "Down",
    type: "BackupJobSessionReferenceList",
    href: "https://em.example:9398/api/jobs/7/backupSessions",
  };
  const targets = linkOperations(documented, operations, down, new URL(down.href), base);
  assert.equal(targets, [operations.getBackupSessions]);
  const start = { rel: "Start", href: "https://em.example:9398/api/jobs/7?action=start" };
  assert.equal(linkOperations(documented, operations, start, new URL(start.href), base), [operations.startJob]);
});

links.run();
