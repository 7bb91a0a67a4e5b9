/**
 * The shape of a generated operation table (`generated/operations.gen.ts`): the documented
 * operations by id, the query service's types and the resources' links. The client reads these
 * at run time and derives its types from their literal types, so one table drives both.
 */
import type { BoundClass } from "../xml/binding.js";

/** An HTTP method of the EM API. */
export type OperationMethod = "GET" | "POST" | "PUT" | "DELETE";

/** One documented answer: its status, the class of its body (none for 204), the `format` that selects it. */
export interface AnswerEntry {
  readonly status: number;
  /** The root element of the body. */
  readonly element?: string;
  /** The class the body binds to. */
  readonly type?: BoundClass;
  /** The `format` query value that selects this answer; absent for the answer without one. */
  readonly format?: string;
  /** The `Type` EM writes on the reference(s) of a reference answer. */
  readonly referenceType?: string;
  /** A body that is not an EM document (a file). */
  readonly mediaType?: string;
}

/** A query parameter: the values it takes where they are listed, and whether it must be given. */
export interface QueryParameterEntry {
  readonly values?: readonly string[];
  /** The values are the names of the query service's types. */
  readonly valuesFrom?: "queryTypes";
  readonly required?: boolean;
}

/** The body an operation takes: its root element and class. */
export interface BodyEntry {
  readonly element: string;
  readonly type: BoundClass;
  readonly required: boolean;
}

/** One operation: method, path template, the `action` selecting it, its parameters, body and answers. */
export interface OperationEntry {
  readonly method: OperationMethod;
  /** Below the API root, parameters in braces: `/nas/jobs/{ID}`. */
  readonly path: string;
  /** The `?action=` value that selects the operation. */
  readonly action?: string;
  /** The path parameters, in path order. */
  readonly parameters?: readonly string[];
  /** Path parameters whose value holds `/` and spans the rest of the path. */
  readonly spansSegments?: readonly string[];
  readonly query?: { readonly [name: string]: QueryParameterEntry };
  readonly body?: BodyEntry;
  readonly answers: readonly AnswerEntry[];
  /** `basic` for logon, `none` for the API root; a logon session otherwise. */
  readonly authentication?: "basic" | "none";
}

/** Every operation, by id. */
export interface OperationTable {
  readonly [id: string]: OperationEntry;
}

/** How a query field's values are written and typed. */
export type QueryFieldKind = "string" | "number" | "boolean" | "dateTime";

/** A field of a query type. */
export interface QueryFieldEntry {
  readonly kind: QueryFieldKind;
  /** The documented values, for an enumerated field. */
  readonly values?: readonly string[];
  /** Present (false) only when the field cannot be filtered on. */
  readonly filterable?: false;
  /** Present (false) only when the field cannot be sorted on. */
  readonly sortable?: false;
}

/** A type of the query service: the class of its entities and its fields. */
export interface QueryTypeEntry {
  /** The class of one entity (`format=Entities`). */
  readonly entity: BoundClass;
  /** The `Type` of its references. */
  readonly referenceType?: string;
  readonly fields: { readonly [name: string]: QueryFieldEntry };
}

/** Every query type, by name. */
export interface QueryTypeTable {
  readonly [name: string]: QueryTypeEntry;
}

/** A documented link of a resource and the operation following it performs. */
export interface LinkEntry {
  readonly rel: string;
  /** The link's `Type`, where documented. */
  readonly type?: string;
  /** The target as documented, below the API root. */
  readonly href: string;
  readonly operation: string;
}

/** The links of a resource read by one GET operation. */
export interface ResourceEntry {
  /** The root element of the resource. */
  readonly element: string;
  /** The class the resource binds to. */
  readonly type: BoundClass;
  /** The GET operation that reads it. */
  readonly operation: string;
  readonly links: readonly LinkEntry[];
}

/** The resources with documented links. */
export type ResourceTable = readonly ResourceEntry[];
