/**
 * A mock Veeam Backup Enterprise Manager REST API for tests and demos: every operation of the
 * operation table (`schemas/operations/`), served from a seeded store of every resource family,
 * as XML in the EM namespace or as EM's JSON (camelCase as EM 13 writes, or PascalCase as EM 12),
 * whichever the client asks for, written by the generated bindings.
 */
import { createCertificate } from "./certificate.js";
import type { MockState } from "./context.js";
import { Families } from "./family.js";
import { FAMILIES } from "./families-catalog.js";
import { FaultInjector, type FaultRule } from "./faults.js";
import { buildHandlerTable } from "./handlers/handler-table.js";
import { JobRunner } from "./job-runner.js";
import { LogonSessionStore } from "./logon-sessions.js";
import { loadOperationTable } from "./operation-table.js";
import { resolveOptions, type MockOptions } from "./options.js";
import { Representer } from "./representation.js";
import type { LoggedRequest } from "./request-log.js";
import { createRequestHandler } from "./request-handler.js";
import { buildDataset, DATASET_NOW } from "./seed/dataset.js";
import { listen } from "./server.js";
import { Store } from "./store.js";
import { TaskStore } from "./tasks.js";
import { Timers } from "./timers.js";
import { UrlSpace } from "./url-space.js";
import { WireForms } from "./wire.js";

export { DEFAULT_USER, type MockJsonCase, type MockOptions, type MockUser } from "./options.js";
export type { DropFault, ErrorFault, FaultMatch, FaultRule, HtmlFault, MalformedFault, StallFault } from "./faults.js";
export type { LoggedRequest } from "./request-log.js";
export { DATASET_NOW } from "./seed/dataset.js";
export { HISTORY_DAYS } from "./seed/history.js";

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
  const table = loadOperationTable();
  const store = new Store();
  buildDataset(store, { backupSessions: resolved.backupSessions, users: resolved.users });
  const certificate = resolved.tls ? await createCertificate() : undefined;
  const faults = new FaultInjector();
  const log: LoggedRequest[] = [];
  // Links carry the API root, known only once the port is. No client knows the port before listen()
  // resolves, so the placeholder handler never answers anyone.
  let handler: Parameters<typeof listen>[3] = (_request, response) => response.destroy();
  const server = await listen(resolved.host, resolved.port, certificate, (request, response) =>
    handler(request, response),
  );
  const urls = new UrlSpace(table, server.apiRoot);
  const families = new Families(FAMILIES, urls);
  const timers = new Timers();
  const started = Date.now();
  // The mock's clock runs from the dataset's now, so runs started through the API come after the history.
  const now = () => new Date(DATASET_NOW.getTime() + (Date.now() - started));
  const state: MockState = {
    table,
    urls,
    families,
    store,
    rep: new Representer(table, urls, families, store),
    sessions: new LogonSessionStore(resolved.users, resolved.idleTimeoutMs),
    tasks: new TaskStore(resolved.taskStepMs, timers),
    runner: new JobRunner(store, families, timers, resolved.sessionRunMs, now),
    options: resolved,
    failedOver: new Set(),
    now,
  };
  try {
    handler = createRequestHandler({
      state,
      handlers: buildHandlerTable(table, families),
      faults,
      log,
      forms: new WireForms(resolved.jsonCase),
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: server.apiRoot,
    ca: certificate?.cert ?? "",
    requests: log,
    async close() {
      timers.dispose();
      faults.clear();
      await server.close();
    },
    expireSessions: () => state.sessions.expireAll(),
    fault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
  };
}
