/**
 * `emx/client`: the resource client for an Enterprise Manager, bound to this package's classes.
 * Node only (it speaks HTTPS through Node's TLS); the package entry `emx` stays free of Node.
 */
import { LogonSession, QueryResult, Task, type EmRoot } from "./generated/index.js";
import { operations, queryTypes, resources } from "./generated/operations.gen.js";
import { registry } from "./generated/registry.gen.js";
import type { EmClientOptions } from "./runtime/client/client-types.js";
import { EmClient } from "./runtime/client/em-client.js";

/** The answers the client interprets, as this package's classes, and the types of this package's tables. */
export interface EmTypes {
  readonly root: EmRoot;
  readonly task: Task;
  readonly logonSession: LogonSession;
  readonly queryResult: QueryResult;
  readonly operations: typeof operations;
  readonly queryTypes: typeof queryTypes;
  readonly resources: typeof resources;
}

/** A client for an Enterprise Manager that reads and writes with this package's bindings and operation table. */
export function createClient(options: EmClientOptions): EmClient<EmTypes> {
  const bindings = { registry, task: Task, logonSession: LogonSession, queryResult: QueryResult };
  return new EmClient<EmTypes>(options, { ...bindings, operations, queryTypes, resources });
}

export { operations, queryTypes, resources };
export { EmClient } from "./runtime/client/em-client.js";
export {
  EmAnswerError,
  EmArgumentError,
  EmHttpError,
  EmLinkError,
  EmLogonError,
  EmRequestError,
  EmTaskError,
  type EmErrorBody,
} from "./runtime/errors.js";
export {
  bare,
  quoted,
  where,
  FilterText,
  type Filter,
  type FilterOperator,
  type FilterValue,
  type Where,
} from "./runtime/client/filter.js";
export type {
  ClientTypes,
  EmBindings,
  EmClientOptions,
  EmLogger,
  ExpectAnswer,
  GetOptions,
  LinkLike,
  QueryOptions,
  RequestOptions,
  TaskLike,
  WaitOptions,
} from "./runtime/client/client-types.js";
export type {
  AnswerOf,
  FormatOf,
  OperationArgs,
  OperationAt,
  OperationInput,
  OperationKey,
  OperationsByKey,
} from "./runtime/client/operation-types.js";
export type {
  QueryArgument,
  QueryFormat,
  QueryItem,
  QueryWhere,
  TypedQueryOptions,
} from "./runtime/client/typed-query.js";
export type { WireOptions } from "./runtime/client/wire-format.js";
