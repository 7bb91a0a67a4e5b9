/** Failures that the mock answers with an EM `Error` body, and the body itself. */
import { ErrorType } from "../generated/index.js";

/** The `Status` attribute EM writes: the .NET name of the HTTP status. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  406: "NotAcceptable",
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

/** The `Error` element for a status and message. */
export function errorDocument(statusCode: number, message: string): ErrorType {
  return new ErrorType({ message, statusCode, status: statusNameOf(statusCode) });
}

/** `NotFound` for 404 and so on; unknown codes fall back to the number. */
export function statusNameOf(statusCode: number): string {
  return STATUS_NAMES[statusCode] ?? String(statusCode);
}
