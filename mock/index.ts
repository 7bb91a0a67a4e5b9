/**
 * A mock Veeam Backup Enterprise Manager REST API for tests and demos: logon sessions, backup
 * servers, jobs of three families with actions and tasks, backup job sessions and the query
 * service, all as XML in the EM namespace written by the generated bindings.
 */
import { buildDataset } from "./dataset.js";
import { createCertificate } from "./certificate.js";
import { FaultInjector, type FaultRule } from "./faults.js";
import { LogonSessionStore } from "./logon-sessions.js";
import { resolveOptions, type MockOptions } from "./options.js";
import type { LoggedRequest } from "./request-log.js";
import { createRequestHandler } from "./request-handler.js";
import { Representations } from "./representations.js";
import { emRoutes } from "./routes.js";
import { listen } from "./server.js";
import { TaskStore } from "./tasks.js";

export { DEFAULT_USER, type MockOptions, type MockUser } from "./options.js";
export type { DropFault, ErrorFault, FaultMatch, FaultRule, HtmlFault, MalformedFault, StallFault } from "./faults.js";
export type { LoggedRequest } from "./request-log.js";
export { DATASET_NOW, HISTORY_DAYS } from "./dataset.js";

/** A running mock. */
export interface MockEm {
  /** The API root, such as `https://127.0.0.1:49152/api/`. */
  readonly url: string;
  /** PEM of the self-signed certificate the server presents (empty when `tls` is false); trust it as a CA. */
  readonly ca: string;
  /** The requests received, oldest first (the latest 10 000); Authorization values are never kept. */
  readonly requests: readonly LoggedRequest[];
  /** Stops the server, destroys open connections and clears every timer. Safe to call twice. */
  close(): Promise<void>;
  /** Ends every logon session now, as if each had idled out. */
  expireSessions(): void;
  /** Makes matching requests fail; the returned function removes the rule. */
  fault(rule: FaultRule): () => void;
  /** Removes every fault rule. */
  clearFaults(): void;
}

/** Starts a mock Enterprise Manager; close it when done, or the process keeps running. */
export async function startMockEm(options?: MockOptions): Promise<MockEm> {
  const resolved = resolveOptions(options);
  const certificate = resolved.tls ? await createCertificate() : undefined;
  const dataset = buildDataset(resolved.backupSessions);
  const sessions = new LogonSessionStore(resolved.users, resolved.idleTimeoutMs);
  const tasks = new TaskStore(resolved.taskStepMs);
  const faults = new FaultInjector();
  const log: LoggedRequest[] = [];

  // Links carry the API root, known only once the port is. No client knows the port before listen()
  // resolves, so the placeholder handler never answers anyone.
  let handler: Parameters<typeof listen>[3] = (_request, response) => response.destroy();
  const server = await listen(resolved.host, resolved.port, certificate, (request, response) =>
    handler(request, response),
  );
  const representations = new Representations(server.apiRoot);
  handler = createRequestHandler({
    routes: emRoutes({ dataset, sessions, tasks, representations }),
    sessions,
    faults,
    log,
  });

  return {
    url: server.apiRoot,
    ca: certificate?.cert ?? "",
    requests: log,
    async close() {
      tasks.dispose();
      faults.clear();
      await server.close();
    },
    expireSessions: () => sessions.expireAll(),
    fault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
  };
}
