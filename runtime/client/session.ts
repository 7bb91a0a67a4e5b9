/**
 * The connection to one Enterprise Manager: the agent (TLS as configured), the logon session and
 * its header, re-logon after expiry, retries of GETs answered 503, and turning answers into bound
 * objects or the client's errors. The client's calls all go through here.
 */
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { EmHttpError, EmLinkError, EmLogonError, XmlReadError } from "../errors.js";
import type { BoundClass, XmlObject } from "../xml/binding.js";
import { delay, retryAfter } from "./backoff.js";
import type { ClientTypes, EmBindings, EmClientOptions, RequestOptions } from "./client-types.js";
import { describeUrl, exchange, type HttpAnswer } from "./http.js";
import { wireFormat, type WireFormat } from "./wire-format.js";

const SESSION_HEADER = "X-RestSvcSessionId";

/** How a request is authenticated: the logon session (default), or nothing (the API root). */
export type Authentication = "session" | "none";

/** One request: what to send, how to authenticate it, what to accept. */
export interface Exchange extends RequestOptions {
  readonly method: string;
  readonly url: URL;
  /**
   * The body's text, or how to write it: written once logged on, because a JSON body takes the
   * property case of the server's answers.
   */
  readonly body?: string | (() => string);
  readonly authentication?: Authentication;
  /** The `Accept` header (default: the wire form's media type). */
  readonly accept?: string;
}

/** The logon session and transport of a client. */
export class EmSession<Types extends ClientTypes> {
  /** The API root, ending in `/api/`. */
  readonly baseUrl: URL;
  readonly bindings: EmBindings<Types>;
  readonly options: EmClientOptions;
  /** How bodies are written and answers read: XML, or EM's JSON. */
  private readonly wire: WireFormat;
  private readonly agent: HttpAgent | HttpsAgent;
  private sessionId: string | undefined;
  private sessionHref: string | undefined;
  private logonInFlight: Promise<Types["logonSession"]> | undefined;

  constructor(options: EmClientOptions, bindings: EmBindings<Types>) {
    this.options = options;
    this.bindings = bindings;
    this.wire = wireFormat(options, bindings.registry);
    const url = new URL(String(options.url));
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    if (!url.pathname.endsWith("/api/")) url.pathname += "api/";
    this.baseUrl = url;
    if (url.protocol === "https:") {
      if (options.insecureSkipTlsVerify === true) {
        const message = `TLS certificate verification is OFF for ${url.origin}: anyone on the path can read the credentials. Pass the server's CA with the ca option instead.`;
        if (options.logger?.warn !== undefined) options.logger.warn(message);
        else process.emitWarning(message, "EmInsecureTls");
      }
      this.agent = new HttpsAgent({
        keepAlive: true,
        ca: certificates(options.ca),
        rejectUnauthorized: options.insecureSkipTlsVerify !== true,
      });
    } else this.agent = new HttpAgent({ keepAlive: true });
  }

  get loggedOn(): boolean {
    return this.sessionId !== undefined;
  }

  /** Opens a logon session; one at a time. `version` overrides the configured API version, `body` is sent along. */
  logon(options: RequestOptions & { version?: string; body?: string } = {}): Promise<Types["logonSession"]> {
    this.logonInFlight ??= this.openSession(options).finally(() => (this.logonInFlight = undefined));
    return this.logonInFlight;
  }

  private async openSession(options: RequestOptions & { version?: string; body?: string }) {
    const version = options.version ?? (await this.chooseVersion(options));
    const url = new URL(`sessionMngr/?v=${encodeURIComponent(version)}`, this.baseUrl);
    const credentials = Buffer.from(`${this.options.username}:${this.options.password}`, "utf8").toString("base64");
    const headers: Record<string, string> = { Authorization: `Basic ${credentials}` };
    if (options.body !== undefined) headers["Content-Type"] = this.wire.mediaType;
    const { signal, timeoutMs, body } = options;
    const answer = await this.send({ method: "POST", url, body, signal, timeoutMs }, headers);
    if (answer.status !== 201 && answer.status !== 200) {
      const error = this.errorOf("POST", url, answer);
      throw new EmLogonError(error.method, error.url, error.status, error.error, error.bodyExcerpt);
    }
    const header = answer.headers[SESSION_HEADER.toLowerCase()];
    const sessionId = Array.isArray(header) ? header[0] : header;
    if (sessionId === undefined || sessionId === "") {
      const missing = `the answer has no ${SESSION_HEADER} header`;
      throw new EmLogonError("POST", describeUrl(url), answer.status, undefined, missing);
    }
    this.sessionId = sessionId;
    const session = this.read("POST", url, answer, this.bindings.logonSession);
    this.sessionHref = session.href;
    this.options.logger?.debug?.(`logged on to ${this.baseUrl.origin} with API ${version}`);
    return session;
  }

  private async chooseVersion(options: RequestOptions): Promise<string> {
    const version = this.options.version ?? "latest";
    if (typeof version === "string") return version;
    const { signal, timeoutMs } = options;
    const answer = await this.request({ method: "GET", url: this.baseUrl, authentication: "none", signal, timeoutMs });
    const root = this.read("GET", this.baseUrl, answer) as XmlObject & { supportedVersions?: { name?: string }[] };
    const supported = (root.supportedVersions ?? []).map((entry) => entry.name);
    return version(supported.filter((name): name is string => name !== undefined));
  }

  /** Closes the logon session; a session that already expired is fine. */
  async logout(options: RequestOptions = {}): Promise<void> {
    const sessionId = this.sessionId;
    if (sessionId === undefined) return;
    const url = new URL(this.sessionHref ?? `logonSessions/${encodeURIComponent(sessionId)}`, this.baseUrl);
    try {
      const answer = await this.send({ ...options, method: "DELETE", url }, { [SESSION_HEADER]: sessionId });
      if (answer.status >= 400 && answer.status !== 401 && answer.status !== 404)
        throw this.errorOf("DELETE", url, answer);
    } finally {
      this.sessionId = undefined;
      this.sessionHref = undefined;
    }
  }

  /** Logs out and releases the connections. */
  async close(): Promise<void> {
    try {
      await this.logout();
    } finally {
      this.agent.destroy();
    }
  }

  /** Sends a request: logs on first, logs on again once if the session expired, retries 503 on GETs; errors for 4xx/5xx. */
  async request(request: Exchange): Promise<HttpAnswer> {
    const { method, url } = request;
    if (request.authentication === "none") return this.checked(request, await this.send(written(request), {}));
    const timing = { signal: request.signal, timeoutMs: request.timeoutMs };
    if (this.sessionId === undefined) await this.logon(timing);
    const ready = written(request);
    const retry = this.options.retry ?? { attempts: 3, delayMs: 500 };
    let relogged = false;
    for (let attempt = 0; ; attempt++) {
      const sessionId = this.sessionId!;
      const answer = await this.send(ready, { [SESSION_HEADER]: sessionId });
      if (answer.status === 401 && !relogged) {
        // Sessions expire after 15 idle minutes; one new logon, then the request once more.
        relogged = true;
        this.options.logger?.debug?.(`${method} ${describeUrl(url)} answered 401; logging on again`);
        if (this.sessionId === sessionId) this.sessionId = undefined;
        await this.logon(timing);
        attempt--;
        continue;
      }
      if (answer.status === 503 && method === "GET" && attempt < retry.attempts) {
        const wait = retryAfter(answer) ?? Math.min(retry.delayMs * 2 ** attempt, 10_000);
        this.options.logger?.debug?.(
          `${method} ${describeUrl(url)} answered 503; retry ${attempt + 1} of ${retry.attempts} in ${wait} ms`,
        );
        await delay(wait, request.signal, `${method} ${describeUrl(url)}`);
        continue;
      }
      return this.checked(request, answer);
    }
  }

  private checked(request: Exchange, answer: HttpAnswer): HttpAnswer {
    if (answer.status >= 400) throw this.errorOf(request.method, request.url, answer);
    return answer;
  }

  private send(request: Exchange & { readonly body?: string }, headers: Record<string, string>): Promise<HttpAnswer> {
    const all: Record<string, string> = { Accept: request.accept ?? this.wire.mediaType, ...headers };
    if (request.body !== undefined) all["Content-Type"] ??= this.wire.mediaType;
    return exchange(this.agent, {
      method: request.method,
      url: request.url,
      headers: all,
      body: request.body,
      timeoutMs: request.timeoutMs ?? this.options.timeoutMs ?? 60_000,
      signal: request.signal,
      maxBodyBytes: this.options.maxBodyBytes ?? 512 * 1024 * 1024,
    });
  }

  /** Writes a body in the wire form, in schema order, under the given root element (XML; default: its class's). */
  serialize(body: XmlObject, root?: string): string {
    return this.wire.write(body, root);
  }

  /** Binds an answer's body; a body that is not an EM document is an XmlReadError naming the request. */
  read<T extends XmlObject>(method: string, url: URL, answer: HttpAnswer, expect: BoundClass<T>): T;
  read(method: string, url: URL, answer: HttpAnswer, expect?: BoundClass): XmlObject;
  read(method: string, url: URL, answer: HttpAnswer, expect?: BoundClass): XmlObject {
    try {
      return this.wire.read(answer.body, expect);
    } catch (error) {
      if (error instanceof XmlReadError) {
        throw new XmlReadError(
          `${method} ${describeUrl(url)} answered ${answer.status} with a body that is not an EM document: ${error.reason}`,
          error.location,
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** The error for an answer that is not a success, with EM's `Error` body when there is one. */
  private errorOf(method: string, url: URL, answer: HttpAnswer): EmHttpError {
    const body = this.wire.error(answer.body);
    let excerpt: string | undefined;
    if (body === undefined) {
      const text = answer.body
        .toString("utf8")
        .replace(/<[^>]*>/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      excerpt = text.length > 200 ? `${text.slice(0, 200)}…` : text || undefined;
    }
    return new EmHttpError(method, describeUrl(url), answer.status, body, excerpt);
  }

  /** An href as a URL on this Enterprise Manager; the session is never sent to another host, even when a link says so. */
  resolve(href: string): URL {
    const url = new URL(href, this.baseUrl);
    if (url.origin !== this.baseUrl.origin)
      throw new EmLinkError("foreign-host", `link ${describeUrl(url)} is not on ${this.baseUrl.origin}`);
    return url;
  }
}

/** The CA option as Node's TLS takes it. */
function certificates(ca: EmClientOptions["ca"]): (string | Buffer)[] | undefined {
  if (ca === undefined) return undefined;
  const list: readonly (string | Uint8Array)[] = typeof ca === "string" || ca instanceof Uint8Array ? [ca] : ca;
  return list.map((entry) => (typeof entry === "string" ? entry : Buffer.from(entry)));
}

/** The request with its body written (a body given as how to write it is written now). */
function written(request: Exchange): Exchange & { readonly body?: string } {
  return typeof request.body === "function"
    ? { ...request, body: request.body() }
    : (request as Exchange & { body?: string });
}
