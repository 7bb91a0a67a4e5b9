/**
 * The API root, logon and logout, logon sessions, and tasks. A logon session's links are where a
 * client starts following: every top-level resource, in the order the logon page shows them, then
 * the ones EM added later (guessed: the page predates them).
 */
import { EnterpriseManager, LogonSession, LogonSessions, Task, Tasks } from "../../generated/index.js";
import type { Link } from "../../generated/index.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import type { LogonSessionRecord } from "../logon-sessions.js";
import { queryParameter } from "../query-parameters.js";
import type { TaskSnapshot } from "../tasks.js";

/** A link of a logon session: relation, operation, and the format, Type or Name where EM writes one. */
type SessionLink = readonly [
  rel: string,
  operation: string,
  options?: { format?: string; type?: string; name?: string },
];

const ENTITY = { format: "Entity" };

const LOGON_SESSION_LINKS: readonly SessionLink[] = [
  ["Up", "getApiRoot"],
  ["Down", "getBackupServers"],
  ["Down", "getManagedServers"],
  ["Down", "getJobs"],
  ["Down", "getFailoverPlans"],
  ["Down", "getHierarchyRoots"],
  ["Down", "getRepositories"],
  ["Down", "getBackups"],
  ["Down", "getRestorePoints"],
  ["Down", "getVmRestorePoints"],
  ["Down", "getVAppRestorePoints"],
  ["Down", "getReplicas"],
  ["Down", "getVmReplicaPoints"],
  ["Down", "getCatalogVms"],
  ["Down", "getBackupSessions"],
  ["Down", "getRestoreSessions"],
  ["Down", "getReplicaSessions"],
  ["Down", "getBackupTaskSessions"],
  ["Down", "getReplicaTaskSessions"],
  ["Down", "getSecurity"],
  ["Down", "getWanAccelerators"],
  ["Down", "getBackupFiles"],
  ["Down", "getExternalRepositories"],
  ["Down", "getTasks"],
  ["Down", "getQuerySvc", { type: "QueryService" }],
  ["Down", "getLookupSvc", { type: "LookupService" }],
  ["Down", "getReportsSummary", { type: "Report", name: "Summary" }],
  ["Down", "getBackupServers", ENTITY],
  ["Down", "getManagedServers", ENTITY],
  ["Create", "createBackupServer"],
  ["Down", "getJobs", ENTITY],
  ["Down", "getFailoverPlans", ENTITY],
  ["Down", "getHierarchyRoots", ENTITY],
  ["Down", "getRepositories", ENTITY],
  ["Down", "getBackups", ENTITY],
  ["Down", "getRestorePoints", ENTITY],
  ["Down", "getVmRestorePoints", ENTITY],
  ["Down", "getVAppRestorePoints", ENTITY],
  ["Down", "getReplicas", ENTITY],
  ["Down", "getVmReplicaPoints", ENTITY],
  ["Down", "getCatalogVms", ENTITY],
  ["Down", "getBackupSessions", ENTITY],
  ["Down", "getRestoreSessions", ENTITY],
  ["Down", "getReplicaSessions", ENTITY],
  ["Down", "getBackupTaskSessions", ENTITY],
  ["Down", "getReplicaTaskSessions", ENTITY],
  ["Down", "getWanAccelerators", ENTITY],
  ["Down", "getVCloud"],
  ["Down", "getBackupFiles", ENTITY],
  ["Down", "getAgents", { type: "AgentsService" }],
  ["Down", "getSelfServiceVSphere"],
  ["Down", "getExternalRepositories", ENTITY],
  ["Down", "getNas", { type: "NasService" }],
  // Resources of later EM versions than the logon page shows; where EM links them is a guess.
  ["Down", "getCloud"],
  ["Down", "getCdpPolicies"],
  ["Down", "getCdpReplicas"],
  ["Down", "getCdpReplicaVApps"],
  ["Down", "getCdpReplicaSessions"],
  ["Down", "getCdpReplicaTaskSessions"],
  ["Down", "getVAppReplicaPoints"],
  ["Down", "getSystemSessions"],
];

/** API versions a logon can ask for, oldest first, from the table's `v` values; `latest` is the newest. */
export function supportedVersions(state: MockState): string[] {
  const values = state.table.operation("createLogonSession").query?.find((query) => query.name === "v")?.values ?? [];
  return values.filter((value) => value !== "latest").sort();
}

/** A logon session with its links and its logout link. */
export function logonSessionOf(state: MockState, session: LogonSessionRecord): LogonSession {
  const links: Link[] = LOGON_SESSION_LINKS.map(([rel, operation, options = {}]) =>
    state.rep.linkTo(rel, operation, [], {
      type: options.type,
      name: options.name,
      query: options.format === undefined ? {} : { format: options.format },
    }),
  );
  links.push(state.rep.linkTo("Delete", "deleteLogonSession", [session.sessionId], { type: undefined }));
  return new LogonSession({
    href: state.urls.href("getLogonSession", [session.sessionId]),
    type: "LogonSession",
    links,
    userName: session.userName,
    sessionId: session.sessionId,
  });
}

/** A task as served, with its Delete link. */
export function taskOf(state: MockState, task: TaskSnapshot): Task {
  return new Task({
    href: state.urls.href("getTask", [task.id]),
    type: "Task",
    links: [state.rep.linkTo("Delete", "deleteTask", [task.id], { type: "Task" })],
    taskId: task.id,
    state: task.state,
    operation: task.operation,
    result: task.result === undefined ? undefined : { success: task.result.success, message: task.result.message },
  });
}

const getApiRoot: OperationHandler = (_request, state) => ({
  status: 200,
  body: new EnterpriseManager({
    href: state.urls.apiRoot,
    type: "EnterpriseManager",
    links: [state.rep.linkTo("Down", "getLogonSessions", [], { type: "LogonSessionList" })],
    supportedVersions: [...supportedVersions(state), "latest"].map((name) => ({
      name,
      links: [state.rep.linkTo("Create", "createLogonSession", [], { query: { v: name }, type: "LogonSession" })],
    })),
  }),
});

const createLogonSession: OperationHandler = (request, state) => {
  const apiVersion = versionOf(state, queryParameter(request.search, "v"));
  const authorization = request.headers.authorization;
  const user = state.sessions.authenticate(authorization);
  if (user === undefined) {
    const message =
      authorization === undefined
        ? "Authentication required: send the user name and password in an Authorization: Basic header"
        : "Authentication failed: the user name or password is not valid";
    // RFC 2617 challenge, with the realm EM names.
    throw new EmError(401, message, { "WWW-Authenticate": "Basic Realm=RestSvc" });
  }
  const session = state.sessions.open(user, apiVersion);
  return {
    status: 201,
    body: logonSessionOf(state, session),
    headers: {
      "X-RestSvcSessionId": session.token,
      "Set-Cookie": `X-RestSvcSessionId=${session.token}; Path=/api;`,
      Location: state.urls.href("getLogonSession", [session.sessionId]),
    },
  };
};

/** API versions EM no longer supports: asking for one is refused rather than unknown. */
const RETIRED_VERSIONS = ["v1_1", "v1_2", "v1_3", "v1_4"];

function versionOf(state: MockState, requested: string | undefined): string {
  const supported = supportedVersions(state);
  // A logon without ?v= gets the latest version, as clients that predate versioning expect.
  if (requested === undefined || requested.toLowerCase() === "latest") return supported.at(-1)!;
  const lower = requested.toLowerCase();
  if (supported.includes(lower)) return lower;
  const list = `${supported.join(", ")} or latest`;
  if (RETIRED_VERSIONS.includes(lower))
    throw new EmError(400, `REST API version ${requested} is not supported; use ${list}`);
  throw new EmError(400, `Unknown REST API version "${requested}"; use ${list}`);
}

function findLogonSession(state: MockState, request: OperationRequest) {
  const session = state.sessions.find(request.values[0]!);
  // A user sees only the logon sessions of the same account.
  if (session === undefined || session.userName !== request.session!.userName)
    throw new EmError(404, `Logon session ${request.values[0]} was not found`);
  return session;
}

/** There is no task of that id in the caller's logon session: EM answers 500 with this message. */
function noTask(id: string): EmError {
  return new EmError(500, `There is no backup task with id [${id}] in current rest session`);
}

/** The handlers of this file, by operation id. */
export const SESSION_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  getApiRoot,
  createLogonSession,
  getLogonSessions: (request, state) => {
    const mine = state.sessions.live().filter((session) => session.userName === request.session!.userName);
    return {
      status: 200,
      body: new LogonSessions({ logonSessions: mine.map((session) => logonSessionOf(state, session)) }),
    };
  },
  getLogonSession: (request, state) => ({ status: 200, body: logonSessionOf(state, findLogonSession(state, request)) }),
  deleteLogonSession: (request, state) => {
    const session = findLogonSession(state, request);
    state.sessions.end(session);
    state.tasks.dropOwner(session.sessionId);
    return { status: 204 };
  },
  getTasks: (request, state) => ({
    status: 200,
    body: new Tasks({ tasks: state.tasks.of(request.session!.sessionId).map((task) => taskOf(state, task)) }),
  }),
  getTask: (request, state) => {
    const task = state.tasks.get(request.session!.sessionId, request.values[0]!);
    if (task === undefined) throw noTask(request.values[0]!);
    return { status: 200, body: taskOf(state, task) };
  },
  deleteTask: (request, state) => {
    if (!state.tasks.remove(request.session!.sessionId, request.values[0]!)) throw noTask(request.values[0]!);
    return { status: 204 };
  },
};
