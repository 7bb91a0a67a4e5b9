/** The options and the shapes the resource client works with. */
import type { WireOptions } from "./wire-format.js";
import type { BoundClass, XmlObject } from "../xml/binding.js";
import type { Registry } from "../xml/registry.js";
import type { Filter } from "./filter.js";
import type { OperationTable, QueryTypeTable, ResourceTable } from "./operation-table.js";
import type { QueryPageLike } from "./query-pages.js";

/** The classes of the answers the client itself interprets, by role, and the types of its tables. */
export interface ClientTypes {
  /** Any root of the bindings: what an untyped read gives. */
  readonly root: XmlObject;
  readonly task: TaskLike;
  readonly logonSession: XmlObject & { href?: string };
  readonly queryResult: QueryPageLike;
  /** The operation table the typed calls are checked against. */
  readonly operations: OperationTable;
  /** The query types the typed queries are checked against. */
  readonly queryTypes: QueryTypeTable;
  /** The resources whose links the typed `follow` knows. */
  readonly resources: ResourceTable;
}

/** What the client needs of a set of generated bindings: its registry, the classes of {@link ClientTypes} and its tables. */
export interface EmBindings<Types extends ClientTypes> {
  readonly registry: Registry;
  readonly task: BoundClass<Types["task"]>;
  readonly logonSession: BoundClass<Types["logonSession"]>;
  readonly queryResult: BoundClass<Types["queryResult"]>;
  readonly operations: Types["operations"];
  readonly queryTypes: Types["queryTypes"];
  readonly resources: Types["resources"];
}

/** The shape of a link, as every generated `Link` has it. */
export interface LinkLike {
  readonly rel?: string;
  readonly type?: string;
  readonly href?: string;
  readonly name?: string;
}

/** The shape of a task, as the generated `Task` has it. */
export interface TaskLike extends XmlObject {
  href?: string;
  taskId?: string;
  state?: string;
  operation?: string;
  result?: { success?: boolean; message?: string };
  links?: LinkLike[];
}

/** Where events go: requests, retries, re-logons. Never passed passwords or session ids. */
export interface EmLogger {
  debug?(message: string): void;
  warn?(message: string): void;
}

export interface EmClientOptions extends WireOptions {
  /** The API root, `https://em.example:9398/api/` (a missing `/api/` is added). */
  readonly url: string | URL;
  readonly username: string;
  readonly password: string;
  /** The API version to log on with: `latest` (default), a name such as `v1_7`, or a choice among those `GET /api/` lists. */
  readonly version?: string | ((supported: readonly string[]) => string);
  /** CA certificates to trust, for an EM with a self-signed or private certificate. */
  readonly ca?: string | Uint8Array | readonly (string | Uint8Array)[];
  /** Turns certificate verification off. Loud on purpose: prefer `ca`. */
  readonly insecureSkipTlsVerify?: boolean;
  /** Per-request timeout in milliseconds (default 60 s). */
  readonly timeoutMs?: number;
  /** How GETs answered 503 are retried: attempts after the first, and the first delay (doubles, capped at 10 s). */
  readonly retry?: { readonly attempts: number; readonly delayMs: number };
  /** Largest answer accepted, in bytes (default 512 MiB). */
  readonly maxBodyBytes?: number;
  readonly logger?: EmLogger;
}

/** Per-request options. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface GetOptions extends RequestOptions {
  /** `Entity` asks for the full entity instead of a reference (`?format=Entity`). */
  readonly format?: "Entity";
}

/** Options that name the class the answer must bind to; the result is typed as it. */
export interface ExpectAnswer<T extends XmlObject> {
  readonly expect: BoundClass<T>;
}

export interface WaitOptions {
  readonly signal?: AbortSignal;
  /** Give up after this long (default 10 minutes). */
  readonly timeoutMs?: number;
  /** First poll interval (default 250 ms; grows by half each poll, up to 5 s). */
  readonly pollMs?: number;
}

/** A query of the query service, by any type name; fields are not checked. */
export interface QueryOptions extends RequestOptions {
  /** The query type, such as `BackupJobSession` or `Job`. */
  readonly type: string;
  readonly filter?: Filter | string;
  readonly sortAsc?: string;
  readonly sortDesc?: string;
  readonly pageSize?: number;
  readonly page?: number;
  /** `Entities` for full entities; references by default. */
  readonly format?: "References" | "Entities";
}
