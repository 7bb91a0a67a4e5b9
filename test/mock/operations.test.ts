/**
 * Every operation of the table, answered once: its method on a URL the mock's own links name (or,
 * for an action with no link, the resource's URL with its action), with a body of the declared
 * root. The status is the documented one and the body reads strictly as the documented root.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { LinkedBackupRepositoryObject, LinkedJobObject, serialize, type EntityRef } from "../../generated/index.js";
import { registry } from "../../generated/registry.gen.js";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { loadOperationTable, type OperationSchema } from "../../mock/operation-table.js";
import { UrlSpace } from "../../mock/url-space.js";
import { assertError, basic, logon, read, send, type EmResponse } from "./helpers.js";
import { walkByLinks, type WalkResult } from "./link-walker.js";
import { mockBodySource } from "./mock-body-source.js";
import { bodyFor } from "./request-bodies.js";

interface Context {
  em: MockEm;
  token: string;
  /** The id of the test user's own account: deleting its roles would lock the test out. */
  ownAccount: string;
  walk: WalkResult;
  urls: UrlSpace;
  answered: Set<string>;
}

const test = suite<Context>("every operation of the table", {} as Context);
const table = loadOperationTable();

test.before(async (context) => {
  context.em = await startMockEm({ backupSessions: 60, taskStepMs: 10 });
  context.walk = await walkByLinks(context.em);
  context.token = await logon(context.em);
  context.urls = new UrlSpace(table, context.em.url);
  context.answered = new Set();
  const accounts = read((await send(context.em, "GET", "security/accounts", { token: context.token })).body) as {
    refs?: EntityRef[];
  };
  context.ownAccount = accounts
    .refs!.find((ref) => ref.name === "admin")!
    .href!.split("/")
    .at(-1)!;
});

test.after(async (context) => {
  await context.em.close();
});

/** A URL of the answers that names the operation under its method; else the resource's URL with the action. */
function targetOf(context: Context, operation: OperationSchema): string {
  if (operation.method === "GET") {
    const url = new URL(context.walk.reached.get(operation.id)!);
    url.searchParams.delete("format");
    return url.href;
  }
  const names = (href: string, method: string) => {
    const url = new URL(href);
    const resolution = context.urls.resolve(method, url.pathname.replace(/^\/api\/?/, ""), url.searchParams);
    return resolution.kind === "operation" ? resolution.operation.id : undefined;
  };
  const mine = (href: string) => operation.method !== "GET" && href.includes(context.ownAccount);
  const linked = context.walk.named.find(
    (href) => href.startsWith(context.em.url) && !mine(href) && names(href, operation.method) === operation.id,
  );
  if (linked !== undefined) return linked;
  const key = context.urls.template(operation.id).key;
  const same = context.walk.named.find((href) => {
    const id = href.startsWith(context.em.url) ? names(href, "GET") : undefined;
    return id !== undefined && context.urls.template(id).key === key;
  });
  if (same === undefined) throw new Error(`no URL of the answers names ${operation.id}`);
  return `${same.split("?")[0]}${operation.action === undefined ? "" : `?action=${operation.action}`}`;
}

async function requestBody(context: Context, operation: OperationSchema, target: string): Promise<string | undefined> {
  const reads = { em: context.em, token: context.token, urls: context.urls, reached: context.walk.reached };
  const source = mockBodySource(reads, operation, target);
  if (operation.body !== undefined)
    return serialize(await bodyFor(source, operation.body.element), { root: operation.body.element });
  if (operation.id === "createJobLinkedJob") {
    const job = (await source.entityOf("getJob")) as EntityRef;
    return serialize(new LinkedJobObject({ linkedJobUid: job.uid }), { root: "LinkedJobObject" });
  }
  if (operation.id === "createJobLinkedBackupRepository") {
    const repository = (await source.entityOf("getRepository")) as EntityRef;
    return serialize(new LinkedBackupRepositoryObject({ linkedBackupRepositoryUid: repository.uid }), {
      root: "LinkedBackupRepository",
    });
  }
  return undefined;
}

/** Checks an answer against the operation's documented answers for a format. */
function checkAnswer(operation: OperationSchema, response: EmResponse, format?: string): void {
  const answers = operation.responses.filter((answer) => (answer.format ?? "") === (format ?? ""));
  assert.ok(answers.length > 0, `${operation.id} documents an answer for format ${format ?? "(none)"}`);
  assert.is(response.status, answers[0]!.status, `${operation.method} ${operation.id}: ${response.body}`);
  const elements = answers.flatMap((answer) => (answer.element === undefined ? [] : [answer.element]));
  if (elements.length === 0) {
    if (answers[0]!.mediaType === undefined) assert.is(response.body, "", `${operation.id} answers no body`);
    else assert.is(response.headers["content-type"], answers[0]!.mediaType);
    return;
  }
  const document = read(response.body);
  const roots = elements.map((element) => registry.rootClass(element));
  assert.ok(
    roots.some((root) => document instanceof root!),
    `${operation.id} answers ${elements.join(" or ")}, not ${document.constructor.name}`,
  );
}

async function answer(context: Context, operation: OperationSchema): Promise<void> {
  const target = targetOf(context, operation);
  const body = await requestBody(context, operation, target);
  const headers = operation.authentication === "basic" ? { Authorization: basic("admin", "Passw0rd!") } : undefined;
  const token = operation.authentication === "session" ? context.token : undefined;
  checkAnswer(operation, await send(context.em, operation.method, target, { token, body, headers }));
  const entityForm = operation.responses.find((response) => response.format !== undefined)?.format;
  if (entityForm !== undefined) {
    const url = new URL(target);
    url.searchParams.set("format", entityForm);
    checkAnswer(operation, await send(context.em, "GET", url.href, { token }), entityForm);
  }
  context.answered.add(operation.id);
}

/** Deletes that take other records with them, in the order they run after the rest. */
const LAST_DELETES = ["deleteCloudTenant", "deleteLogonSession", "deleteBackupServer"];

/** Reads first, then changes, then deletes, children before their parents and the backup server last. */
function ordered(): OperationSchema[] {
  const rank = (operation: OperationSchema) => {
    if (operation.method === "GET") return 0;
    if (operation.method !== "DELETE") return 1;
    const last = LAST_DELETES.indexOf(operation.id);
    return last < 0 ? 2 : 3 + last;
  };
  const depth = (operation: OperationSchema) => operation.path.split("/").length;
  // Among deletes, deeper paths first, and a tenant's subtenants before the resources they use.
  const deletes = (a: OperationSchema, b: OperationSchema) => depth(b) - depth(a) || b.path.localeCompare(a.path);
  return [...table.operations]
    .filter((operation) => !["getTask", "deleteTask"].includes(operation.id))
    .sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? deletes(a, b) : 0));
}

test("answers a download to a client that asks for the file's media type, and 406 to a read", async (context) => {
  const href = context.walk.named.find((candidate) => candidate.includes("action=download"))!;
  const headers = { Accept: "application/octet-stream" };
  const download = await send(context.em, "GET", href, { token: context.token, headers });
  assert.is(download.status, 200, download.body);
  assert.is(download.headers["content-type"], "application/octet-stream");
  const listing = href.replace("action=download", "action=listAll");
  assertError(await send(context.em, "GET", listing, { token: context.token, headers }), 406, /octet-stream/);
});

test("answers each operation with its documented status and a body of its documented root", async (context) => {
  const failures: string[] = [];
  for (const operation of ordered()) {
    try {
      await answer(context, operation);
    } catch (error) {
      failures.push(`${operation.id}: ${(error as Error).message}`);
    }
  }
  assert.equal(failures, []);
});

test("answers a task of the session by its link, and deletes it", async (context) => {
  const tasks = read((await send(context.em, "GET", "tasks", { token: context.token })).body) as {
    tasks?: { href?: string }[];
  };
  const href = tasks.tasks![0]!.href!;
  checkAnswer(table.operation("getTask"), await send(context.em, "GET", href, { token: context.token }));
  checkAnswer(table.operation("deleteTask"), await send(context.em, "DELETE", href, { token: context.token }));
  context.answered.add("getTask").add("deleteTask");
});

test("has answered every operation of the table", (context) => {
  const missing = table.operations
    .filter((operation) => !context.answered.has(operation.id))
    .map((operation) => operation.id);
  console.log(`  operations answered: ${context.answered.size} of ${table.operations.length}`);
  assert.equal(missing, []);
});

test.run();
