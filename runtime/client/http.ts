/**
 * One HTTP(S) exchange on Node's own stack: a timeout on every request, an AbortSignal, TLS options,
 * a bounded body. Answers are returned whatever their status; callers decide what is an error.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingHttpHeaders } from "node:http";
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

/** Sends one request on the given agent and reads the whole answer. */
export function exchange(agent: HttpAgent | HttpsAgent, request: HttpRequest): Promise<HttpAnswer> {
  const { method, url, signal } = request;
  const where = describeUrl(url);
  return new Promise<HttpAnswer>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new EmRequestError(method, where, "aborted", "aborted before it was sent", { cause: signal.reason }));
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
    const outgoing = send(url, { method, headers, agent: agent as HttpsAgent }, (incoming) => {
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > request.maxBodyBytes) {
          outgoing.destroy();
          finish(
            new EmRequestError(method, where, "too-large", `the answer is larger than ${request.maxBodyBytes} bytes`),
          );
          return;
        }
        chunks.push(chunk);
      });
      incoming.on("end", () =>
        finish(undefined, { status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
      );
      incoming.on("aborted", () =>
        finish(new EmRequestError(method, where, "network", "the connection closed in the middle of the answer")),
      );
      incoming.on("error", (error) =>
        finish(
          new EmRequestError(method, where, "network", `the answer broke off: ${error.message}`, { cause: error }),
        ),
      );
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      finish(new EmRequestError(method, where, "timeout", `no complete answer within ${request.timeoutMs} ms`));
    }, request.timeoutMs);
    const onAbort = () => {
      outgoing.destroy();
      finish(new EmRequestError(method, where, "aborted", "aborted", { cause: signal?.reason }));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      const tls = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(error.code ?? "");
      finish(
        new EmRequestError(
          method,
          where,
          tls ? "tls" : "network",
          tls ? `the server's certificate is not trusted (${error.code}); pass its CA as the ca option` : error.message,
          { cause: error },
        ),
      );
    });
    outgoing.end(body);
  });
}
