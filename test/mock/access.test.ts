/**
 * Who may see and do what: a task belongs to the logon session that started it (another session
 * gets EM's 500 for it), and an account may use only the operations its roles make available
 * (a restore operator restores but does not run jobs; roles given through the API count at once).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  EnterpriseAccountInRoleCreateSpec,
  LogonSession,
  serialize,
  Task,
  Tasks,
  type EntityRef,
} from "../../generated/index.js";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { assertError, basic, getOk, hrefOf, logon, read, send } from "./helpers.js";

const test = suite<{ em: MockEm; admin: string }>("mock access", { em: undefined as unknown as MockEm, admin: "" });

const USERS = [
  { username: "admin", password: "Passw0rd!" },
  { username: "operator", password: "Restore1!", roles: ["VM Restore Operator"] },
  { username: "viewer", password: "Portal1!", roles: ["Portal User"] },
];

test.before(async (context) => {
  context.em = await startMockEm({ taskStepMs: 20, backupSessions: 30, users: USERS });
  context.admin = await logon(context.em);
});

test.after(async (context) => {
  await context.em.close();
});

test("answers another session's task with EM's 500 and lists only the session's own tasks", async ({ em, admin }) => {
  const job = await hrefOf(em, admin, "jobs", "Exchange Backup");
  const task = read((await send(em, "POST", `${job}?action=toggleScheduleEnabled`, { token: admin })).body, Task);
  const other = await logon(em);
  assertError(
    await send(em, "GET", task.href!, { token: other }),
    500,
    new RegExp(`^There is no backup task with id \\[${task.taskId}\\] in current rest session$`),
  );
  assertError(await send(em, "DELETE", task.href!, { token: other }), 500, /no backup task/);
  assert.equal((await getOk(em, other, "tasks", Tasks)).tasks ?? [], []);
  assert.ok((await getOk(em, admin, "tasks", Tasks)).tasks!.some((item) => item.taskId === task.taskId));
  const queried = read((await send(em, "GET", "query?type=Task&format=Entities", { token: other })).body) as {
    entities?: { tasks?: unknown[] };
  };
  assert.equal(queried.entities!.tasks ?? [], []);
  assert.is((await getOk(em, admin, task.href!, Task)).taskId, task.taskId);
});

test("a logout takes the session's tasks with it", async ({ em }) => {
  const logonAnswer = await send(em, "POST", "sessionMngr/?v=latest", {
    headers: { Authorization: basic("admin", "Passw0rd!") },
  });
  const token = String(logonAnswer.headers["x-restsvcsessionid"]);
  const logout = read(logonAnswer.body, LogonSession).links!.find((link) => link.rel === "Delete")!.href!;
  const job = await hrefOf(em, token, "jobs", "Exchange Backup");
  const task = read((await send(em, "POST", `${job}?action=toggleScheduleEnabled`, { token })).body, Task);
  assert.is((await send(em, "DELETE", logout, { token })).status, 204);
  assertError(await send(em, "GET", task.href!, { token }), 401);
  const again = await logon(em);
  assertError(await send(em, "GET", task.href!, { token: again }), 500, /no backup task/);
});

test("a VM restore operator reads restore points and restores, but gets 403 on jobs and their actions", async ({
  em,
  admin,
}) => {
  const operator = await logon(em, "operator", "Restore1!");
  assert.is((await send(em, "GET", "vmRestorePoints", { token: operator })).status, 200);
  assert.is((await send(em, "GET", "query?type=VmRestorePoint", { token: operator })).status, 200);
  const job = await hrefOf(em, admin, "jobs", "Exchange Backup");
  assertError(
    await send(em, "POST", `${job}?action=start`, { token: operator }),
    403,
    /"operator" has the roles VM Restore Operator, which do not allow POST \/jobs\/\{ID\}\?action=start/,
  );
  assertError(await send(em, "GET", "jobs", { token: operator }), 403);
  assertError(await send(em, "GET", "query?type=Job", { token: operator }), 403, /of type Job/);
  assert.is((await send(em, "GET", "logonSessions", { token: operator })).status, 200);
});

test("a portal user reads backups and sessions but changes nothing of the infrastructure", async ({ em, admin }) => {
  const viewer = await logon(em, "viewer", "Portal1!");
  assert.is((await send(em, "GET", "backups?format=Entity", { token: viewer })).status, 200);
  assert.is((await send(em, "GET", "backupSessions", { token: viewer })).status, 200);
  const server = (read((await send(em, "GET", "backupServers", { token: admin })).body) as { refs?: EntityRef[] })
    .refs![0]!.href!;
  assertError(await send(em, "DELETE", server, { token: viewer }), 403);
  assertError(await send(em, "GET", "security/accounts", { token: viewer }), 403);
});

test("a role given through the security resources counts from the next request", async ({ em, admin }) => {
  const operator = await logon(em, "operator", "Restore1!");
  assertError(await send(em, "GET", "jobs", { token: operator }), 403);
  const accounts = read((await send(em, "GET", "security/accounts", { token: admin })).body) as { refs?: EntityRef[] };
  const account = accounts.refs!.find((ref) => ref.name === "operator")!.href!;
  const roles = read((await send(em, "GET", "security/roles?format=Entity", { token: admin })).body) as {
    enterpriseRoleEntities?: { uid?: string; name?: string }[];
  };
  const portalUser = roles.enterpriseRoleEntities!.find((role) => role.name === "Portal Administrator")!.uid!;
  const added = await send(em, "POST", `${account}/roles`, {
    token: admin,
    body: serialize(new EnterpriseAccountInRoleCreateSpec({ enterpriseRoleUid: portalUser })),
  });
  assert.is(added.status, 201, added.body);
  assert.is((await send(em, "GET", "jobs", { token: operator })).status, 200);
  assert.is((await send(em, "DELETE", String(added.headers.location), { token: admin })).status, 204);
  assertError(await send(em, "GET", "jobs", { token: operator }), 403);
});

test.run();
