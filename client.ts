/**
 * `emx/client`: the resource client for an Enterprise Manager, bound to this package's classes.
 * Node only (it speaks HTTPS through Node's TLS); the package entry `emx` stays free of Node.
 */
import { LogonSession, QueryResult, Task, type EmRoot } from "./generated/index.js";
import { registry } from "./generated/registry.gen.js";
import { EmClient, type EmClientOptions } from "./runtime/client/em-client.js";

/** The answers the client interprets, as this package's classes. */
export interface EmTypes {
  readonly root: EmRoot;
  readonly task: Task;
  readonly logonSession: LogonSession;
  readonly queryResult: QueryResult;
}

/** A client for an Enterprise Manager that reads and writes with this package's bindings. */
export function createClient(options: EmClientOptions): EmClient<EmTypes> {
  return new EmClient<EmTypes>(options, { registry, task: Task, logonSession: LogonSession, queryResult: QueryResult });
}

export {
  EmClient,
  type ClientTypes,
  type EmBindings,
  type EmClientOptions,
  type EmLogger,
  type ExpectAnswer,
  type GetOptions,
  type LinkLike,
  type QueryOptions,
  type RequestOptions,
  type TaskLike,
  type WaitOptions,
} from "./runtime/client/em-client.js";
export type { WireOptions } from "./runtime/client/wire-format.js";
