/** Failures that the mock answers with an EM `Error` body, and the body itself. */
import { ErrorType } from "../generated/index.js";
import { ensureJsonExtras } from "../runtime/json/json-extras.js";

/** The `Status` attribute EM writes: the .NET name of the HTTP status. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  406: "NotAcceptable",
  413: "RequestEntityTooLarge",
  415: "UnsupportedMediaType",
  500: "InternalServerError",
  501: "NotImplemented",
  503: "ServiceUnavailable",
};

/** Thrown by request handlers; the server turns it into an `Error` document with this status. */
export class EmError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Extra response headers, such as `Allow` on a 405 or `WWW-Authenticate` on a 401. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "EmError";
  }
}

/**
 * The `Error` element for a status and message. In JSON EM names every property of its error and
 * leaves the ones it has nothing for `null`, the status name included.
 */
export function errorDocument(statusCode: number, message: string, json = false): ErrorType {
  if (!json) return new ErrorType({ message, statusCode, status: statusNameOf(statusCode) });
  const error = new ErrorType({ message, statusCode });
  ensureJsonExtras(error).nulls = new Set(["firstChanceExceptionMessage", "stackTrace", "status"]);
  return error;
}

/** `NotFound` for 404 and so on; unknown codes fall back to the number. */
export function statusNameOf(statusCode: number): string {
  return STATUS_NAMES[statusCode] ?? String(statusCode);
}
