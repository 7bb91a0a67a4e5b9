/** The log of requests a mock received, for tests to inspect; credentials never enter it. */
/** One request as the mock received it. */
export interface LoggedRequest {
  readonly method: string;
  /** Path and query string as sent. */
  readonly path: string;
  /** Headers by lower-case name, without `Authorization` and `Proxy-Authorization`. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  /** Whether an `Authorization` header was sent (its value is never kept). */
  readonly hasAuthorization: boolean;
  readonly receivedAt: Date;
}

// Headers that carry passwords (Basic credentials); only their presence is recorded.
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization"]);

/** Makes the log entry of a request. */
export function logEntry(
  method: string,
  path: string,
  headers: Readonly<Record<string, string | string[] | undefined>>,
): LoggedRequest {
  const kept: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || SECRET_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? Object.freeze([...value]) : value;
  }
  return Object.freeze({
    method,
    path,
    headers: Object.freeze(kept),
    hasAuthorization: headers.authorization !== undefined,
    receivedAt: new Date(),
  });
}
