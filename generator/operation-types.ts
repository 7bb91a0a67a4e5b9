/** The shape of an operation file, as `schemas/operations/operations.schema.json` defines it. */

/** One file of `schemas/operations/`: the operations, query types and resource links of one API area. */
export interface OperationFile {
  readonly doc: string;
  readonly operations?: readonly OperationSchema[];
  readonly queryTypes?: readonly QueryTypeSchema[];
  readonly resources?: readonly ResourceSchema[];
}

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** What a request must carry: a logon session's id, Basic credentials (logon itself), or nothing. */
export type Authentication = "session" | "basic" | "none";

/** One operation: a method on a path template, told apart from its siblings by `action`. */
export interface OperationSchema {
  /** camelCase, unique over all files: the method name of a client. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Relative to `/api`, parameters in braces: `/nas/jobs/{ID}`. */
  readonly path: string;
  /** The value of `?action=` that selects this operation, when EM names it there. */
  readonly action?: string;
  readonly doc: string;
  /** The reference page it comes from. */
  readonly page: string;
  readonly authentication: Authentication;
  readonly pathParameters?: readonly PathParameterSchema[];
  readonly query?: readonly QueryParameterSchema[];
  readonly body?: RequestBodySchema;
  readonly responses: readonly ResponseSchema[];
}

export interface PathParameterSchema {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
  /** The value may hold `/` and so spans the rest of the path (a file path in a mounted backup). */
  readonly spansSegments?: boolean;
}

export interface QueryParameterSchema {
  readonly name: string;
  readonly type: string;
  /** The values allowed, when the pages list them. */
  readonly values?: readonly string[];
  /** The values are the names of the query types (the `type` of the query service). */
  readonly valuesFrom?: "queryTypes";
  readonly required?: boolean;
  readonly doc: string;
}

export interface RequestBodySchema {
  /** A root element of the type schemas. */
  readonly element: string;
  readonly required: boolean;
}

/**
 * One documented answer. Where several answers share a status and `format`, the body is one of
 * them (a path in a file system answers a file's entry or a folder's listing).
 */
export interface ResponseSchema {
  readonly status: number;
  /** The root element of the body; absent when there is none (204, a file download). */
  readonly element?: string;
  /** The `format` value that selects this answer; absent for the answer without `format`. */
  readonly format?: string;
  /** The `Type` EM writes on the reference(s) of an `EntityRef` or `EntityReferences` answer. */
  readonly referenceType?: string;
  /** For a body that is not an EM document (a file). */
  readonly mediaType?: string;
}

/** A `type=` of the query service and the fields its filter and sort may name. */
export interface QueryTypeSchema {
  readonly name: string;
  readonly doc: string;
  readonly page: string;
  /** The root element of one entity of this type. */
  readonly entity: string;
  /** The element holding the entities inside `QueryResult/Entities`, where the schemas declare one. */
  readonly entities?: string;
  /** The `Type` of the references inside `QueryResult/Refs`. */
  readonly referenceType?: string;
  readonly fields: readonly QueryFieldSchema[];
}

export interface QueryFieldSchema {
  readonly name: string;
  readonly type: string;
  readonly values?: readonly string[];
  readonly filterable: boolean;
  readonly sortable: boolean;
  readonly doc?: string;
}

/** The documented links of the resource one GET operation reads. */
export interface ResourceSchema {
  /** The id of the GET operation that reads the resource. */
  readonly operation: string;
  /** The root element of the resource (its entity, where it has a reference and an entity). */
  readonly element: string;
  /** The page whose Links table lists them. */
  readonly page: string;
  readonly links: readonly LinkSchema[];
}

export interface LinkSchema {
  readonly rel: string;
  /** The `Type` attribute EM writes on the link, when the pages show it. */
  readonly type?: string;
  /** The link's target as the Links table writes it, relative to `/api`. */
  readonly href: string;
  /** The id of the operation that following the link performs. */
  readonly operation: string;
}
