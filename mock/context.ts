/** What operation handlers get and give: the request as resolved from the table, the mock's state, the reply. */
import type { IncomingHttpHeaders } from "node:http";
import type { XmlObject } from "../runtime/index.js";
import type { Families } from "./family.js";
import type { JobRunner } from "./job-runner.js";
import type { LogonSessionRecord, LogonSessionStore } from "./logon-sessions.js";
import type { OperationSchema, OperationTable } from "./operation-table.js";
import type { ResolvedMockOptions } from "./options.js";
import type { Representer } from "./representation.js";
import type { Store } from "./store.js";
import type { TaskStore } from "./tasks.js";
import type { Route, UrlSpace } from "./url-space.js";
import type { WireForm } from "./wire.js";

/** Everything a handler reads and changes. */
export interface MockState {
  readonly table: OperationTable;
  readonly urls: UrlSpace;
  readonly families: Families;
  readonly store: Store;
  readonly rep: Representer;
  readonly sessions: LogonSessionStore;
  readonly tasks: TaskStore;
  readonly runner: JobRunner;
  readonly options: ResolvedMockOptions;
  /** What has failed over (replica VMs, failover plans), by family and name or id, until undone. */
  readonly failedOver: Set<string>;
  /** The mock's time: the dataset's now plus the time since the mock started. */
  now(): Date;
}

/** A request resolved to an operation. */
export interface OperationRequest {
  readonly operation: OperationSchema;
  /** The route it came in on (a link-only path is served like another operation but keeps its own template). */
  readonly route: Route;
  /** The path parameter values in order, decoded. */
  readonly values: readonly string[];
  readonly search: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The body, read strictly as the operation's declared root; undefined when none was sent or declared. */
  readonly body: XmlObject | undefined;
  /** The body as sent, for operations whose root the table does not declare. */
  readonly rawBody: Buffer;
  /** The wire form the body is written in (by its Content-Type). */
  readonly bodyForm: WireForm;
  /** The caller's logon session; absent only on operations that need none. */
  readonly session: LogonSessionRecord | undefined;
}

/** A file answer (a download). */
export interface FileReply {
  readonly mediaType: string;
  readonly data: Buffer;
}

/** What a handler answers. */
export interface Reply {
  readonly status: number;
  readonly body?: XmlObject;
  /** The root element, where the body's class is the type of several roots. */
  readonly root?: string;
  readonly file?: FileReply;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
}

/** Answers one operation; throws {@link EmError} for EM's error answers. */
export type OperationHandler = (request: OperationRequest, state: MockState) => Reply;

/** Handlers by operation id. */
export type HandlerTable = ReadonlyMap<string, OperationHandler>;
