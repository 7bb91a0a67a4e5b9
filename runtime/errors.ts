/**
 * One error class per layer. Messages are lower-case, name the subject first, quote the bad value,
 * then say where (file, `line:column`, element path) when that is known.
 *
 * Reading is one layer whatever the wire form: a document in XML or in EM's JSON that cannot be read
 * is an {@link XmlReadError} (its location's path is an element path for XML, a property path from
 * `$` for JSON), and an object that cannot be written in either form is an {@link XmlWriteError}.
 */

/** Where in a document something happened. */
export interface XmlLocation {
  /** One-based line. */
  readonly line: number;
  /** One-based column. */
  readonly column: number;
  /**
   * Element path such as `/NASJob/Includes/NASObject[2]/FileOrFolder` (XML, counted from 1), or
   * property path such as `$.Entities.Jobs.Jobs[3].Name` (JSON, items counted from 0).
   */
  readonly path: string;
}

/**
 * Formats a location for messages: `line:column at /path`, or what of it is known (`at /path` for
 * a place found by comparing documents, which has no line).
 */
export function describeLocation(location: Partial<XmlLocation>): string {
  const at = location.path === undefined || location.path === "" ? "" : `at ${location.path}`;
  if (location.line === undefined) return at;
  return `${location.line}:${location.column}${at === "" ? "" : ` ${at}`}`;
}

/** A schema file, or the set of schema files, is not valid. */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  /** Every problem found, each with its file and JSON pointer. */
  readonly problems: readonly SchemaProblem[];
  constructor(problems: readonly SchemaProblem[]) {
    super(
      problems.length === 1
        ? formatSchemaProblem(problems[0]!)
        : `${problems.length} schema problems:\n${problems.map((p) => `  ${formatSchemaProblem(p)}`).join("\n")}`,
    );
    this.problems = problems;
  }
}

/** One problem in a schema file. */
export interface SchemaProblem {
  readonly file: string;
  /** JSON pointer into the file, `""` for the whole file. */
  readonly pointer: string;
  readonly message: string;
}

function formatSchemaProblem(problem: SchemaProblem): string {
  return `${problem.file}#${problem.pointer}: ${problem.message}`;
}

/** A lexical value does not fit its type (the reader adds the location). */
export class CodecError extends Error {
  override readonly name = "CodecError";
  constructor(message: string) {
    super(message);
  }
}

/**
 * A generated binding cannot be used as it is: a type its fields name was never loaded, or an
 * instance of an abstract type was to be made.
 */
export class BindingError extends Error {
  override readonly name = "BindingError";
  constructor(message: string) {
    super(message);
  }
}

/** A document (XML or EM's JSON) could not be read: not well-formed, not allowed, or not what the schema says. */
export class XmlReadError extends Error {
  override readonly name = "XmlReadError";
  readonly location: XmlLocation | undefined;
  /** The message without the location. */
  readonly reason: string;
  constructor(reason: string, location?: XmlLocation, options?: { cause?: unknown }) {
    super(location === undefined ? reason : `${reason} (${describeLocation(location)})`, options);
    this.reason = reason;
    this.location = location;
  }
}

/** A value could not be written, as XML or as JSON. */
export class XmlWriteError extends Error {
  override readonly name = "XmlWriteError";
  constructor(message: string) {
    super(message);
  }
}

/** What the Enterprise Manager said in an `Error` body, when it sent one. */
export interface EmErrorBody {
  readonly message: string;
  readonly statusCode: number | undefined;
  readonly status: string | undefined;
}

/** An HTTP answer that is not a success. Carries the status and, when EM sent one, its `Error` body. */
export class EmHttpError extends Error {
  override readonly name: string = "EmHttpError";
  constructor(
    readonly method: string,
    /** The URL without its query's values: it may carry filters, never credentials. */
    readonly url: string,
    readonly status: number,
    /** EM's `Error` body, or undefined when the body was not one (an HTML page, empty, broken XML). */
    readonly error: EmErrorBody | undefined,
    /** The first characters of a body that was not an EM error, for diagnosis. */
    readonly bodyExcerpt?: string,
  ) {
    const said = error !== undefined ? `: ${error.message}` : bodyExcerpt ? `: ${JSON.stringify(bodyExcerpt)}` : "";
    super(`${method} ${url} answered ${status}${said}`);
  }
}

/** Logon failed: wrong credentials, or the answer lacked the session header. */
export class EmLogonError extends EmHttpError {
  override readonly name = "EmLogonError";
}

/** A request did not get an answer: timed out, aborted, or the connection failed. */
export class EmRequestError extends Error {
  override readonly name = "EmRequestError";
  constructor(
    readonly method: string,
    readonly url: string,
    readonly kind: "timeout" | "aborted" | "network" | "tls" | "too-large",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${method} ${url}: ${message}`, options);
  }
}

/** A task finished without success, or did not finish in time. */
export class EmTaskError extends Error {
  override readonly name = "EmTaskError";
  constructor(
    readonly taskId: string | undefined,
    readonly kind: "failed" | "timeout",
    message: string,
  ) {
    super(message);
  }
}

/** A link that cannot be followed: the resource has none with that Rel (and Type), or it points at another host. */
export class EmLinkError extends Error {
  override readonly name = "EmLinkError";
  constructor(
    /** `missing`: no such link; `foreign-host`: the link leaves the Enterprise Manager the session belongs to. */
    readonly kind: "missing" | "foreign-host",
    message: string,
    /** The Rel asked for, when a link was looked up by Rel. */
    readonly rel?: string,
  ) {
    super(message);
  }
}

/** A success answer that is not what the operation documents: no body where one is due, or a body of no document. */
export class EmAnswerError extends Error {
  override readonly name = "EmAnswerError";
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(`${method} ${url} answered ${status} ${message}`);
  }
}

/** A caller's mistake the types did not catch: an unknown operation, a missing path parameter, a bad filter field or value. */
export class EmArgumentError extends Error {
  override readonly name = "EmArgumentError";
  constructor(message: string) {
    super(message);
  }
}
