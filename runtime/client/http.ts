/**
 * One HTTP(S) exchange on Node's own stack: a timeout on every request, an AbortSignal, TLS options,
 * a bounded body. Answers are returned whatever their status; callers decide what is an error.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest, Agent as HttpsAgent } from "node:https";
import { EmRequestError } from "../errors.js";

export interface HttpRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly maxBodyBytes: number;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** The URL as errors show it: the query's values are dropped (filters may be long; nothing secret is kept). */
export function describeUrl(url: URL): string {
  const keys = [...new Set([...url.searchParams.keys()])];
  return `${url.origin}${url.pathname}${keys.length === 0 ? "" : `?${keys.join("&")}`}`;
}

type Failure = (kind: EmRequestError["kind"], message: string, options?: { cause?: unknown }) => EmRequestError;

/** Sends one request on the given agent and reads the whole answer. */
export function exchange(agent: HttpAgent | HttpsAgent, request: HttpRequest): Promise<HttpAnswer> {
  const { method, url, signal } = request;
  const where = describeUrl(url);
  const failure: Failure = (kind, message, options) => new EmRequestError(method, where, kind, message, options);
  return new Promise<HttpAnswer>((resolve, reject) => {
    if (signal?.aborted) {
      reject(failure("aborted", "aborted before it was sent", { cause: signal.reason }));
      return;
    }
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
    const headers: Record<string, string> = { ...request.headers };
    if (body !== undefined) headers["Content-Length"] = String(body.length);
    let settled = false;
    const finish = (error: Error | undefined, answer?: HttpAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (error !== undefined) reject(error);
      else resolve(answer!);
    };
    const abandon = (error: EmRequestError) => {
      outgoing.destroy();
      finish(error);
    };
    const outgoing = send(url, { method, headers, agent: agent as HttpsAgent }, (incoming) =>
      readAnswer(incoming, request.maxBodyBytes, failure, abandon, finish),
    );
    const timer = setTimeout(
      () => abandon(failure("timeout", `no complete answer within ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    const onAbort = () => abandon(failure("aborted", "aborted", { cause: signal?.reason }));
    signal?.addEventListener("abort", onAbort, { once: true });
    outgoing.on("error", (error: NodeJS.ErrnoException) => finish(sendFailure(failure, error)));
    outgoing.end(body);
  });
}

/** Collects the answer's body, giving up on the exchange once it grows past `maxBodyBytes`. */
function readAnswer(
  incoming: IncomingMessage,
  maxBodyBytes: number,
  failure: Failure,
  abandon: (error: EmRequestError) => void,
  finish: (error: Error | undefined, answer?: HttpAnswer) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  incoming.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBodyBytes) {
      abandon(failure("too-large", `the answer is larger than ${maxBodyBytes} bytes`));
      return;
    }
    chunks.push(chunk);
  });
  incoming.on("end", () =>
    finish(undefined, { status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
  );
  incoming.on("aborted", () => finish(failure("network", "the connection closed in the middle of the answer")));
  incoming.on("error", (error) =>
    finish(failure("network", `the answer broke off: ${error.message}`, { cause: error })),
  );
}

/** The error of a request that could not be sent: an untrusted certificate gets its own kind and a hint. */
function sendFailure(failure: Failure, error: NodeJS.ErrnoException): EmRequestError {
  const tls = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(error.code ?? "");
  return tls
    ? failure("tls", `the server's certificate is not trusted (${error.code}); pass its CA as the ca option`, {
        cause: error,
      })
    : failure("network", error.message, { cause: error });
}
