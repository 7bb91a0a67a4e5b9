/**
 * The path of every request: logged, checked against fault rules, its body read, its wire form
 * negotiated, resolved to an operation of the table, authenticated by logon session, checked
 * against the caller's roles, its body parsed strictly as the declared root, then handled.
 * Failures become EM `Error` documents, in JSON when the client asked for JSON.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { registry } from "../generated/registry.gen.js";
import { CodecError, XmlReadError } from "../runtime/errors.js";
import type { XmlObject } from "../runtime/index.js";
import type { HandlerTable, MockState, OperationRequest, Reply } from "./context.js";
import { EmError, errorDocument } from "./em-error.js";
import type { FaultInjector } from "./faults.js";
import type { LogonSessionRecord, TokenRejection } from "./logon-sessions.js";
import type { OperationSchema } from "./operation-table.js";
import { playFault } from "./play-fault.js";
import { logEntry, type LoggedRequest } from "./request-log.js";
import { checkPermission } from "./roles.js";
import { isJsonForm, WireForms, XML_WIRE, type WireForm } from "./wire.js";

/** What the handler needs besides the state. */
export interface RequestHandlerParts {
  readonly state: MockState;
  readonly handlers: HandlerTable;
  readonly faults: FaultInjector;
  readonly log: LoggedRequest[];
  readonly forms: WireForms;
}

/** How many requests the log keeps; the oldest go first. */
export const REQUEST_LOG_LIMIT = 10_000;

/** The largest request body the mock reads. */
const BODY_LIMIT = 8 * 1024 * 1024;

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
      playFault(fault, request, response, parts.forms.forAccept(request.headers.accept) ?? XML_WIRE);
      return;
    }
    readBody(request).then(
      (body) => answer(parts, request, response, method, rawPath, body),
      (error: unknown) => {
        const form = parts.forms.forAccept(request.headers.accept) ?? XML_WIRE;
        send(response, form, failureReply(error, form));
      },
    );
  };
}

function answer(
  parts: RequestHandlerParts,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  rawPath: string,
  body: Buffer,
): void {
  const form = parts.forms.forAccept(request.headers.accept);
  let reply: Reply;
  try {
    reply = handle(parts, request, method, rawPath, body, form !== undefined);
  } catch (error) {
    reply = failureReply(error, form ?? XML_WIRE);
  }
  send(response, form ?? XML_WIRE, reply);
}

function handle(
  parts: RequestHandlerParts,
  request: IncomingMessage,
  method: string,
  rawPath: string,
  body: Buffer,
  acceptable: boolean,
) {
  const { state } = parts;
  const url = new URL(rawPath, "http://mock.invalid");
  const apiPath = /^\/api(?:\/(.*))?$/i.exec(url.pathname)?.[1] ?? (/^\/api$/i.test(url.pathname) ? "" : undefined);
  const resolution =
    apiPath === undefined ? { kind: "not-found" as const } : state.urls.resolve(method, apiPath, url.searchParams);
  const open = resolution.kind === "operation" && resolution.operation.authentication !== "session";
  const openRoute = resolution.kind === "method-not-allowed" && resolution.open;
  const session = open || openRoute ? undefined : authenticate(state, request);
  if (resolution.kind === "not-found") throw new EmError(404, `The resource ${url.pathname} was not found`);
  if (resolution.kind === "method-not-allowed") {
    const allowed = resolution.allowed.join(", ");
    throw new EmError(405, `${method} is not allowed on ${url.pathname}; allowed: ${allowed}`, { Allow: allowed });
  }
  if (resolution.kind === "bad-action") throw new EmError(400, resolution.message);
  const { operation } = resolution;
  // A download is asked for by its own media type; its errors are still written as XML.
  if (!acceptable && !answersFileAsked(operation, request.headers.accept))
    throw new EmError(406, `The mock answers ${parts.forms.mediaTypes}, not ${request.headers.accept}`);
  if (session !== undefined) checkPermission(state, session, operation, url.searchParams);
  const handler = parts.handlers.get(operation.id);
  if (handler === undefined) throw new EmError(501, `The mock has no handler for ${operation.id}`);
  const operationRequest: OperationRequest = {
    operation,
    route: resolution.route,
    values: resolution.values,
    search: url.searchParams,
    headers: request.headers,
    body: readDeclaredBody(operation, body, () => bodyForm(parts.forms, request.headers["content-type"])),
    rawBody: body,
    bodyForm: parts.forms.forContentType(request.headers["content-type"]) ?? XML_WIRE,
    session,
  };
  return handler(operationRequest, state);
}

/** Whether an operation answers a file of a media type the `Accept` header names. */
function answersFileAsked(operation: OperationSchema, accept: string | undefined): boolean {
  const asked = (accept ?? "").split(",").map((entry) => entry.split(";")[0]!.trim().toLowerCase());
  return operation.responses.some((response) => response.mediaType !== undefined && asked.includes(response.mediaType));
}

function authenticate(state: MockState, request: IncomingMessage): LogonSessionRecord {
  const check = state.sessions.touch(sessionToken(request));
  if ("rejected" in check) throw new EmError(401, REJECTION_MESSAGES[check.rejected]);
  return check.session;
}

/** The form a request body is written in, by its `Content-Type`; 415 for a media type the mock does not read. */
function bodyForm(forms: WireForms, contentType: string | undefined): WireForm {
  const form = forms.forContentType(contentType);
  if (form === undefined) throw new EmError(415, `the mock reads ${forms.mediaTypes} bodies, not ${contentType}`);
  return form;
}

/** The body as the operation's declared root, read strictly; 400 naming what and where when it is not. */
function readDeclaredBody(operation: OperationSchema, body: Buffer, form: () => WireForm) {
  const declared = operation.body;
  if (declared === undefined) return undefined;
  if (body.length === 0) {
    if (!declared.required) return undefined;
    throw new EmError(
      400,
      `the request body is missing: ${operation.method} ${operation.path} takes a ${declared.element}`,
    );
  }
  const expect = registry.rootClass(declared.element)!;
  const reader = form();
  try {
    return reader.read(body, expect) as XmlObject;
  } catch (error) {
    if (error instanceof XmlReadError || error instanceof CodecError)
      throw new EmError(400, `the request body is not a valid ${declared.element}: ${error.message}`);
    throw error;
  }
}

function failureReply(error: unknown, form: WireForm): Reply {
  const failure =
    error instanceof EmError
      ? error
      : new EmError(500, `Internal error of the mock: ${error instanceof Error ? error.message : String(error)}`);
  return {
    status: failure.statusCode,
    body: errorDocument(failure.statusCode, failure.message, isJsonForm(form)),
    headers: failure.headers,
  };
}

/** Writes a reply: a document in the negotiated form, a file, or no body. */
function send(response: ServerResponse, form: WireForm, reply: Reply): void {
  const headers: Record<string, string | string[]> = { ...(reply.headers as Record<string, string | string[]>) };
  let data: Buffer | undefined;
  if (reply.body !== undefined) {
    data = form.write(reply.body, reply.root);
    headers["Content-Type"] = form.contentType;
  } else if (reply.file !== undefined) {
    data = reply.file.data;
    headers["Content-Type"] = reply.file.mediaType;
  }
  if (data !== undefined) headers["Content-Length"] = String(data.length);
  response.writeHead(reply.status, headers);
  response.end(data);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    request.on("end", () =>
      size > BODY_LIMIT
        ? reject(new EmError(413, `the request body of ${size} bytes is larger than the mock reads (${BODY_LIMIT})`))
        : resolve(Buffer.concat(chunks)),
    );
    request.on("error", reject);
  });
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
