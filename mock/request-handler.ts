/**
 * The path of every request: logged, checked against fault rules, negotiated, routed, authorized
 * by logon session, then handled. Failures become EM `Error` documents.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { EmError } from "./em-error.js";
import type { FaultInjector } from "./faults.js";
import { playFault } from "./play-fault.js";
import { acceptsXml, sendError, sendReply } from "./http-replies.js";
import type { LogonSessionStore, TokenRejection } from "./logon-sessions.js";
import { logEntry, type LoggedRequest } from "./request-log.js";
import { apiSegments, matchRoute, type Route } from "./router.js";

/** What the handler needs besides the routes. */
export interface RequestHandlerParts {
  readonly routes: readonly Route[];
  readonly sessions: LogonSessionStore;
  readonly faults: FaultInjector;
  readonly log: LoggedRequest[];
}

/** How many requests the log keeps; the oldest go first. */
export const REQUEST_LOG_LIMIT = 10_000;

const REJECTION_MESSAGES: Readonly<Record<TokenRejection, string>> = {
  missing: "The request has no X-RestSvcSessionId header; log on with POST /api/sessionMngr/ first",
  unknown: "The logon session is not valid; log on again",
  expired: "The logon session has expired after being idle; log on again",
};

/** Makes the request listener of a mock. */
export function createRequestHandler(
  parts: RequestHandlerParts,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const method = (request.method ?? "GET").toUpperCase();
    const rawPath = request.url ?? "/";
    // A long-running `emx mock` must not grow without bound; tests look at far fewer requests.
    if (parts.log.length >= REQUEST_LOG_LIMIT) parts.log.splice(0, parts.log.length - REQUEST_LOG_LIMIT + 1);
    parts.log.push(logEntry(method, rawPath, request.headers));

    const fault = parts.faults.take(method, rawPath);
    if (fault !== undefined) {
      playFault(fault, request, response);
      return;
    }
    // Bodies are not read by any modelled request; draining them keeps keep-alive connections usable.
    request.resume();
    try {
      handle(parts, request, response, method, rawPath);
    } catch (error) {
      if (error instanceof EmError) sendError(response, error);
      else
        sendError(
          response,
          new EmError(500, `Internal error of the mock: ${error instanceof Error ? error.message : String(error)}`),
        );
    }
  };
}

function handle(
  parts: RequestHandlerParts,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  rawPath: string,
): void {
  if (!acceptsXml(request.headers.accept)) {
    throw new EmError(406, `The mock answers application/xml only, not ${request.headers.accept}`);
  }
  const url = new URL(rawPath, "http://mock.invalid");
  const segments = apiSegments(url.pathname);
  const match = segments === undefined ? undefined : matchRoute(parts.routes, segments);

  let session;
  if (match?.route.public !== true) {
    const check = parts.sessions.touch(sessionToken(request));
    if ("rejected" in check) throw new EmError(401, REJECTION_MESSAGES[check.rejected]);
    session = check.session;
  }
  if (match === undefined) throw new EmError(404, `The resource ${url.pathname} was not found`);
  const handler = match.route.methods[method];
  if (handler === undefined) {
    const allowed = Object.keys(match.route.methods).join(", ");
    throw new EmError(405, `${method} is not allowed on ${url.pathname}; allowed: ${allowed}`, { Allow: allowed });
  }
  sendReply(response, handler({ method, url, params: match.params, request, session }));
}

/** The session token of a request; EM prefers the cookie over the header when both are sent. */
function sessionToken(request: IncomingMessage): string | undefined {
  const cookie = request.headers.cookie
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith("X-RestSvcSessionId="));
  if (cookie !== undefined) return cookie.slice("X-RestSvcSessionId=".length);
  const header = request.headers["x-restsvcsessionid"];
  return Array.isArray(header) ? header[0] : header;
}
