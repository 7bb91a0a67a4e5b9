/** The Enterprise Manager resources the mock serves, as routes under `/api/`. */
import {
  AgentBackupJobs,
  BackupJobSessions,
  BackupServers,
  EntityReferences,
  Jobs,
  LogonSessions,
  NASJobs,
  Tasks,
  type Job,
  type NASJob,
  type AgentBackupJob,
} from "../generated/index.js";
import type { XmlObject } from "../runtime/index.js";
import type { BackupSessionRecord, Dataset, JobFamily, JobRecord } from "./dataset.js";
import { EmError } from "./em-error.js";
import { lookupAction, planAction } from "./job-actions.js";
import type { LogonSessionStore } from "./logon-sessions.js";
import { answerQuery } from "./query-service.js";
import { SUPPORTED_VERSIONS, type Representations } from "./representations.js";
import type { Reply, Route, RouteContext } from "./router.js";
import type { TaskStore } from "./tasks.js";

/** What the routes read and change. */
export interface MockState {
  readonly dataset: Dataset;
  readonly representations: Representations;
  readonly sessions: LogonSessionStore;
  readonly tasks: TaskStore;
}

/** API versions EM no longer supports: asking for one is refused rather than unknown. */
const RETIRED_VERSIONS = ["v1_1", "v1_2", "v1_3", "v1_4"];

/** Every route, most specific first where patterns overlap. */
export function emRoutes(state: MockState): Route[] {
  const { dataset, representations: rep, sessions, tasks } = state;

  const jobRoutes = (family: JobFamily, collection: string, actionStyle: "query" | "segment"): Route[] => {
    const find = (id: string) => findJob(dataset, family, id);
    const routes: Route[] = [
      {
        pattern: collection,
        methods: {
          GET: (context) =>
            jobList(
              context,
              rep,
              dataset.jobs.filter((job) => job.family === family),
              family,
            ),
        },
      },
      {
        pattern: `${collection}/{id}`,
        methods: {
          GET: (context) =>
            representation(
              context,
              () => rep.jobReference(find(context.params[0]!)),
              () => rep.jobEntity(find(context.params[0]!)),
            ),
          ...(actionStyle === "query"
            ? {
                POST: (context: RouteContext) =>
                  runAction(context, find(context.params[0]!), param(context.url, "action")),
              }
            : {}),
        },
      },
      {
        pattern: `${collection}/{id}/backupSessions`,
        methods: { GET: (context) => sessionList(context, rep, sessionsOf(dataset, find(context.params[0]!))) },
      },
    ];
    if (actionStyle === "segment") {
      routes.push({
        pattern: `${collection}/{id}/{action}`,
        methods: {
          POST: (context) => runAction(context, find(context.params[0]!), context.params[1]),
          GET: (context) => {
            // The action URLs exist for POST only; other sub-resources (includes) are not modelled.
            if ("action" in lookupAction(context.params[1]!))
              throw new EmError(405, `${context.method} is not allowed here; use POST`, { Allow: "POST" });
            throw new EmError(404, `The resource ${context.url.pathname} was not found`);
          },
        },
      });
    }
    return routes;
  };

  const runAction = (context: RouteContext, job: JobRecord, name: string | undefined): Reply => {
    if (name === undefined || name === "") throw new EmError(400, "The request has no action, such as ?action=start");
    const lookup = lookupAction(name);
    if ("unmodelled" in lookup) throw new EmError(501, `The mock does not model the ${name} action`);
    if ("unknown" in lookup) throw new EmError(400, `Unknown action "${name}" for job "${job.name}"`);
    const task = tasks.start(planAction(job, lookup.action));
    const taskUrl = rep.url(`tasks/${task.id}`);
    return { status: 202, body: rep.task(task), headers: { Location: taskUrl } };
  };

  return [
    { pattern: "", public: true, methods: { GET: () => ({ status: 200, body: rep.enterpriseManager() }) } },
    {
      pattern: "sessionMngr",
      public: true,
      methods: {
        POST: (context) => {
          const apiVersion = versionOf(param(context.url, "v"));
          const authorization = context.request.headers.authorization;
          const user = sessions.authenticate(authorization);
          if (user === undefined) {
            const message =
              authorization === undefined
                ? "Authentication required: send the user name and password in an Authorization: Basic header"
                : "Authentication failed: the user name or password is not valid";
            // RFC 2617 challenge, with the realm EM names.
            throw new EmError(401, message, { "WWW-Authenticate": "Basic Realm=RestSvc" });
          }
          const session = sessions.open(user, apiVersion);
          const location = rep.url(`logonSessions/${session.sessionId}`);
          return {
            status: 201,
            body: rep.logonSession(session),
            headers: {
              "X-RestSvcSessionId": session.token,
              "Set-Cookie": `X-RestSvcSessionId=${session.token}; Path=/api;`,
              Location: location,
            },
          };
        },
      },
    },
    {
      pattern: "logonSessions",
      methods: {
        GET: (context) => {
          const mine = sessions.live().filter((session) => session.userName === context.session!.userName);
          return {
            status: 200,
            body: new LogonSessions({ logonSessions: mine.map((session) => rep.logonSession(session)) }),
          };
        },
      },
    },
    {
      pattern: "logonSessions/{id}",
      methods: {
        GET: (context) => ({ status: 200, body: rep.logonSession(findLogonSession(sessions, context.params[0]!)) }),
        DELETE: (context) => {
          sessions.end(findLogonSession(sessions, context.params[0]!));
          return { status: 204 };
        },
      },
    },
    {
      pattern: "backupServers",
      methods: {
        GET: (context) =>
          representation(
            context,
            () => new EntityReferences({ refs: dataset.servers.map((server) => rep.serverReference(server)) }),
            () => new BackupServers({ backupServers: dataset.servers.map((server) => rep.serverEntity(server)) }),
          ),
      },
    },
    {
      pattern: "backupServers/{id}",
      methods: {
        GET: (context) =>
          representation(
            context,
            () => rep.serverReference(findServer(dataset, context.params[0]!)),
            () => rep.serverEntity(findServer(dataset, context.params[0]!)),
          ),
      },
    },
    {
      pattern: "backupServers/{id}/jobs",
      methods: {
        GET: (context) => {
          const server = findServer(dataset, context.params[0]!);
          return jobList(
            context,
            rep,
            dataset.jobs.filter((job) => job.family === "vm" && job.server === server),
            "vm",
          );
        },
      },
    },
    ...jobRoutes("vm", "jobs", "query"),
    // NAS job actions are path segments (POST /nas/jobs/{ID}/start), unlike the other families.
    ...jobRoutes("nas", "nas/jobs", "segment"),
    ...jobRoutes("agent", "agents/jobs", "query"),
    { pattern: "backupSessions", methods: { GET: (context) => sessionList(context, rep, dataset.sessions) } },
    {
      pattern: "backupSessions/{id}",
      methods: {
        GET: (context) =>
          representation(
            context,
            () => rep.sessionReference(findSession(dataset, context.params[0]!)),
            () => rep.sessionEntity(findSession(dataset, context.params[0]!)),
          ),
      },
    },
    {
      pattern: "tasks",
      methods: { GET: () => ({ status: 200, body: new Tasks({ tasks: tasks.all().map((task) => rep.task(task)) }) }) },
    },
    {
      pattern: "tasks/{id}",
      methods: {
        GET: (context) => {
          const task = tasks.get(context.params[0]!);
          if (task === undefined) throw new EmError(404, `Task ${context.params[0]} was not found`);
          return { status: 200, body: rep.task(task) };
        },
        DELETE: (context) => {
          if (!tasks.remove(context.params[0]!)) throw new EmError(404, `Task ${context.params[0]} was not found`);
          return { status: 204 };
        },
      },
    },
    {
      pattern: "query",
      methods: { GET: (context) => ({ status: 200, body: answerQuery(context.url.searchParams, dataset, rep) }) },
    },
  ];
}

/** A query parameter by name, without regard to case (EM reads `Format` as `format`). */
export function param(url: URL, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Whether `?format=Entity` asks for the entity form; references are the default. */
function wantsEntity(url: URL): boolean {
  const format = param(url, "format");
  if (format === undefined) return false;
  if (format.toLowerCase() === "entity") return true;
  throw new EmError(400, `Unknown format "${format}"; use format=Entity for entities, or no format for references`);
}

/** The reference form by default, the entity form with `?format=Entity`; for one resource or a collection. */
function representation(context: RouteContext, reference: () => XmlObject, entity: () => XmlObject): Reply {
  return { status: 200, body: wantsEntity(context.url) ? entity() : reference() };
}

function jobList(context: RouteContext, rep: Representations, jobs: readonly JobRecord[], family: JobFamily): Reply {
  return representation(
    context,
    () => new EntityReferences({ refs: jobs.map((job) => rep.jobReference(job)) }),
    () => {
      const items = jobs.map((job) => rep.jobEntity(job));
      if (family === "nas") return new NASJobs({ nasJobs: items as NASJob[] });
      if (family === "agent") return new AgentBackupJobs({ agentBackupJobs: items as AgentBackupJob[] });
      return new Jobs({ jobs: items as Job[] });
    },
  );
}

function sessionList(context: RouteContext, rep: Representations, list: readonly BackupSessionRecord[]): Reply {
  return representation(
    context,
    () => new EntityReferences({ refs: list.map((session) => rep.sessionReference(session)) }),
    () => new BackupJobSessions({ backupJobSessions: list.map((session) => rep.sessionEntity(session)) }),
  );
}

function sessionsOf(dataset: Dataset, job: JobRecord): BackupSessionRecord[] {
  return dataset.sessions.filter((session) => session.job === job);
}

function versionOf(requested: string | undefined): string {
  // A logon without ?v= gets the latest version, as clients that predate versioning expect.
  if (requested === undefined || requested.toLowerCase() === "latest")
    return SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1]!;
  const lower = requested.toLowerCase();
  const supported = SUPPORTED_VERSIONS.find((version) => version === lower);
  if (supported !== undefined) return supported;
  const list = `${SUPPORTED_VERSIONS.join(", ")} or latest`;
  if (RETIRED_VERSIONS.includes(lower))
    throw new EmError(400, `REST API version ${requested} is not supported; use ${list}`);
  throw new EmError(400, `Unknown REST API version "${requested}"; use ${list}`);
}

function findJob(dataset: Dataset, family: JobFamily, id: string): JobRecord {
  const job = dataset.job(family, id);
  if (job === undefined) throw new EmError(404, `Job ${id} was not found`);
  return job;
}

function findServer(dataset: Dataset, id: string) {
  const server = dataset.server(id);
  if (server === undefined) throw new EmError(404, `Backup server ${id} was not found`);
  return server;
}

function findSession(dataset: Dataset, id: string): BackupSessionRecord {
  const session = dataset.session(id);
  if (session === undefined) throw new EmError(404, `Backup job session ${id} was not found`);
  return session;
}

function findLogonSession(sessions: LogonSessionStore, id: string) {
  const session = sessions.find(id);
  if (session === undefined) throw new EmError(404, `Logon session ${id} was not found`);
  return session;
}
