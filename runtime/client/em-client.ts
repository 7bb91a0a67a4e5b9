/**
 * The resource client: logon and logout, typed reads bound by root element, links, actions that
 * answer with tasks, waiting for tasks, and the query service. Built on Node's HTTP stack; the
 * bindings (parse and serialize of the generated classes) are passed in, so every type the schemas
 * define works here without client changes.
 */
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { EmHttpError, EmLogonError, EmTaskError, XmlReadError } from "../errors.js";
import type { BoundClass, XmlObject } from "../xml/binding.js";
import type { Registry } from "../xml/registry.js";
import { Filter } from "./filter.js";
import { delay, retryAfter } from "./backoff.js";
import { describeUrl, exchange, type HttpAnswer } from "./http.js";
import { itemsOf, nextPage, type QueryPageLike } from "./query-pages.js";
import { wireFormat, type WireFormat, type WireOptions } from "./wire-format.js";

/** The classes of the answers the client itself interprets, by role. */
export interface ClientTypes {
  /** Any root of the bindings: what an untyped read gives. */
  readonly root: XmlObject;
  readonly task: TaskLike;
  readonly logonSession: XmlObject & { href?: string };
  readonly queryResult: QueryPageLike;
}

/** What the client needs of a set of generated bindings: its registry and the classes of {@link ClientTypes}. */
export interface EmBindings<Types extends ClientTypes> {
  readonly registry: Registry;
  readonly task: BoundClass<Types["task"]>;
  readonly logonSession: BoundClass<Types["logonSession"]>;
  readonly queryResult: BoundClass<Types["queryResult"]>;
}

/** The shape of a link, as every generated `Link` has it. */
export interface LinkLike {
  readonly rel?: string;
  readonly type?: string;
  readonly href?: string;
  readonly name?: string;
}

/** The shape of a task, as the generated `Task` has it. */
export interface TaskLike extends XmlObject {
  href?: string;
  taskId?: string;
  state?: string;
  operation?: string;
  result?: { success?: boolean; message?: string };
  links?: LinkLike[];
}

/** Where events go: requests, retries, re-logons. Never passed passwords or session ids. */
export interface EmLogger {
  debug?(message: string): void;
  warn?(message: string): void;
}

export interface EmClientOptions extends WireOptions {
  /** The API root, `https://em.example:9398/api/` (a missing `/api/` is added). */
  readonly url: string | URL;
  readonly username: string;
  readonly password: string;
  /** The API version to log on with: `latest` (default), a name such as `v1_7`, or a choice among those `GET /api/` lists. */
  readonly version?: string | ((supported: readonly string[]) => string);
  /** CA certificates to trust, for an EM with a self-signed or private certificate. */
  readonly ca?: string | Uint8Array | readonly (string | Uint8Array)[];
  /** Turns certificate verification off. Loud on purpose: prefer `ca`. */
  readonly insecureSkipTlsVerify?: boolean;
  /** Per-request timeout in milliseconds (default 60 s). */
  readonly timeoutMs?: number;
  /** How GETs answered 503 are retried: attempts after the first, and the first delay (doubles, capped at 10 s). */
  readonly retry?: { readonly attempts: number; readonly delayMs: number };
  /** Largest answer accepted, in bytes (default 512 MiB). */
  readonly maxBodyBytes?: number;
  readonly logger?: EmLogger;
}

/** Per-request options. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface GetOptions extends RequestOptions {
  /** `Entity` asks for the full entity instead of a reference (`?format=Entity`). */
  readonly format?: "Entity";
}

/** Options that name the class the answer must bind to; the result is typed as it. */
export interface ExpectAnswer<T extends XmlObject> {
  readonly expect: BoundClass<T>;
}

export interface WaitOptions {
  readonly signal?: AbortSignal;
  /** Give up after this long (default 10 minutes). */
  readonly timeoutMs?: number;
  /** First poll interval (default 250 ms; grows by half each poll, up to 5 s). */
  readonly pollMs?: number;
}

/** A query of the query service. */
export interface QueryOptions extends RequestOptions {
  /** The query type, such as `BackupJobSession` or `Job`. */
  readonly type: string;
  readonly filter?: Filter | string;
  readonly sortAsc?: string;
  readonly sortDesc?: string;
  readonly pageSize?: number;
  readonly page?: number;
  /** `Entities` for full entities; references by default. */
  readonly format?: "References" | "Entities";
}

const SESSION_HEADER = "X-RestSvcSessionId";

/** A client for one Enterprise Manager and one set of credentials. */
export class EmClient<Types extends ClientTypes = ClientTypes> {
  /** The API root, ending in `/api/`. */
  readonly baseUrl: URL;
  private readonly agent: HttpAgent | HttpsAgent;
  private readonly options: EmClientOptions;
  private readonly bindings: EmBindings<Types>;
  /** How bodies are written and answers read: XML, or EM's JSON. */
  private readonly wire: WireFormat;
  private sessionId: string | undefined;
  private sessionHref: string | undefined;
  private logonInFlight: Promise<Types["logonSession"]> | undefined;

  /** A client that reads and writes with the given bindings (`createClient` of `emx/client` passes this package's). */
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

  /** Whether a logon session is open. */
  get loggedOn(): boolean {
    return this.sessionId !== undefined;
  }

  /** Opens a logon session (`POST sessionMngr/?v=...` with Basic auth); returns the LogonSession. */
  logon(options: RequestOptions = {}): Promise<Types["logonSession"]> {
    this.logonInFlight ??= this.openSession(options).finally(() => (this.logonInFlight = undefined));
    return this.logonInFlight;
  }

  private async openSession(options: RequestOptions): Promise<Types["logonSession"]> {
    const version = await this.chooseVersion(options);
    const url = new URL(`sessionMngr/?v=${encodeURIComponent(version)}`, this.baseUrl);
    const authorization = `Basic ${Buffer.from(`${this.options.username}:${this.options.password}`, "utf8").toString("base64")}`;
    const answer = await this.send("POST", url, { Authorization: authorization }, undefined, options);
    if (answer.status !== 201 && answer.status !== 200) {
      const error = this.errorOf("POST", url, answer);
      throw new EmLogonError(error.method, error.url, error.status, error.error, error.bodyExcerpt);
    }
    const header = answer.headers[SESSION_HEADER.toLowerCase()];
    const sessionId = Array.isArray(header) ? header[0] : header;
    if (sessionId === undefined || sessionId === "") {
      throw new EmLogonError(
        "POST",
        describeUrl(url),
        answer.status,
        undefined,
        `the answer has no ${SESSION_HEADER} header`,
      );
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
    const root = (await this.unauthenticatedGet(this.baseUrl, options)) as XmlObject & {
      supportedVersions?: { name?: string }[];
    };
    const supported = (root.supportedVersions ?? [])
      .map((entry) => entry.name)
      .filter((name): name is string => name !== undefined);
    return version(supported);
  }

  private async unauthenticatedGet(url: URL, options: RequestOptions): Promise<XmlObject> {
    const answer = await this.send("GET", url, {}, undefined, options);
    if (answer.status !== 200) throw this.errorOf("GET", url, answer);
    return this.read("GET", url, answer);
  }

  /** Closes the logon session (`DELETE logonSessions/{id}`); a session that already expired is fine. */
  async logout(options: RequestOptions = {}): Promise<void> {
    const sessionId = this.sessionId;
    if (sessionId === undefined) return;
    const url = new URL(this.sessionHref ?? `logonSessions/${encodeURIComponent(sessionId)}`, this.baseUrl);
    try {
      const answer = await this.send("DELETE", url, { [SESSION_HEADER]: sessionId }, undefined, options);
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

  /**
   * Reads a resource and binds it with the class its root element names. With `expect`, any other
   * root is an error and the result is typed as that class.
   */
  get<T extends XmlObject>(href: string, options: GetOptions & ExpectAnswer<T>): Promise<T>;
  get(href: string, options?: GetOptions): Promise<Types["root"]>;
  async get(href: string, options: GetOptions & Partial<ExpectAnswer<XmlObject>> = {}): Promise<XmlObject> {
    const url = this.resolve(href);
    if (options.format === "Entity" && !url.searchParams.has("format")) url.searchParams.set("format", "Entity");
    const answer = await this.request("GET", url, undefined, options);
    return this.read("GET", url, answer, options.expect);
  }

  /** Reads the entity of a resource (`?format=Entity`). */
  getEntity<T extends XmlObject>(href: string, options: RequestOptions & ExpectAnswer<T>): Promise<T>;
  getEntity(href: string, options?: RequestOptions): Promise<Types["root"]>;
  getEntity(href: string, options: RequestOptions & Partial<ExpectAnswer<XmlObject>> = {}): Promise<XmlObject> {
    return this.get(href, { ...options, format: "Entity" } as GetOptions);
  }

  /** Finds the link of a resource with the given Rel (and Type, when given). */
  link(resource: { links?: readonly LinkLike[] }, rel: string, type?: string): LinkLike | undefined {
    return resource.links?.find((link) => link.rel === rel && (type === undefined || link.type === type));
  }

  /** Follows a link of a resource by Rel (and Type) and reads what it points at. */
  follow<T extends XmlObject>(
    resource: { links?: readonly LinkLike[] },
    rel: string,
    type: string | undefined,
    options: GetOptions & ExpectAnswer<T>,
  ): Promise<T>;
  follow(
    resource: { links?: readonly LinkLike[] },
    rel: string,
    type?: string,
    options?: GetOptions,
  ): Promise<Types["root"]>;
  async follow(
    resource: { links?: readonly LinkLike[] },
    rel: string,
    type?: string,
    options: GetOptions = {},
  ): Promise<XmlObject> {
    const link = this.link(resource, rel, type);
    if (link?.href === undefined) {
      const have = (resource.links ?? []).map(
        (candidate) => `${candidate.rel}${candidate.type === undefined ? "" : `/${candidate.type}`}`,
      );
      throw new TypeError(
        `no link with Rel ${rel}${type === undefined ? "" : ` and Type ${type}`}; the resource has ${have.join(", ") || "no links"}`,
      );
    }
    return this.get(link.href, options);
  }

  /** Sends a POST; the body is written in schema order. Returns the answer's document, if any. */
  post(href: string, body?: XmlObject, options: RequestOptions = {}): Promise<Types["root"] | undefined> {
    return this.write("POST", href, body, options);
  }

  /** Sends a PUT with a body written in schema order. Returns the answer's document, if any. */
  put(href: string, body: XmlObject, options: RequestOptions = {}): Promise<Types["root"] | undefined> {
    return this.write("PUT", href, body, options);
  }

  /** Sends a DELETE. Returns the answer's document (often a Task), if any. */
  delete(href: string, options: RequestOptions = {}): Promise<Types["root"] | undefined> {
    return this.write("DELETE", href, undefined, options);
  }

  /** Runs an action (POST, with a spec when it takes one) and returns the Task EM answers with. */
  async action(href: string, body?: XmlObject, options: RequestOptions = {}): Promise<Types["task"]> {
    const task = await this.write("POST", href, body, options, this.bindings.task);
    if (task === undefined) throw new TypeError(`POST ${describeUrl(this.resolve(href))} answered without a Task`);
    return task;
  }

  /**
   * Polls a task until its State is `Finished` (it passes `OperationFinished` on the way), with
   * growing intervals. Returns the finished task; throws {@link EmTaskError} when it failed or
   * did not finish in time.
   */
  async waitForTask(task: Types["task"], options: WaitOptions = {}): Promise<Types["task"]> {
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let interval = options.pollMs ?? 250;
    let current = task;
    const href = task.href ?? (task.taskId === undefined ? undefined : `tasks/${task.taskId}`);
    if (href === undefined) throw new TypeError("the task has neither an Href nor a TaskId");
    for (;;) {
      if (current.state === "Finished") {
        if (current.result?.success === false) {
          throw new EmTaskError(
            current.taskId,
            "failed",
            `task ${current.taskId ?? href} (${current.operation ?? "operation"}) failed: ${current.result.message ?? "no message"}`,
          );
        }
        return current;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new EmTaskError(
          current.taskId,
          "timeout",
          `task ${current.taskId ?? href} is still ${current.state ?? "unfinished"} after ${options.timeoutMs ?? 600_000} ms`,
        );
      }
      await delay(Math.min(interval, left), options.signal, "waiting for a task");
      interval = Math.min(interval * 1.5, 5000);
      current = await this.get(href, { signal: options.signal, expect: this.bindings.task });
    }
  }

  /** Runs one page of a query of the query service. */
  query(query: QueryOptions): Promise<Types["queryResult"]> {
    const { signal, timeoutMs } = query;
    return this.get(this.queryUrl(query).href, { signal, timeoutMs, expect: this.bindings.queryResult });
  }

  /**
   * Every item a query finds, page after page, following the pages' `Next` links: references, or
   * entities with `format: "Entities"`. Only one page is held at a time. Each item must be an
   * instance of `item` (`XmlObject` takes any).
   */
  async *queryItems<T extends XmlObject>(
    query: QueryOptions & { readonly item: abstract new (...args: never) => T },
  ): AsyncGenerator<T> {
    let url: URL | undefined = this.queryUrl({ ...query, page: query.page ?? 1 });
    while (url !== undefined) {
      const { signal, timeoutMs } = query;
      const page = await this.get(url.href, { signal, timeoutMs, expect: this.bindings.queryResult });
      for (const item of itemsOf(page)) {
        if (!(item instanceof query.item)) {
          const actual = item.constructor.name;
          throw new XmlReadError(
            `GET ${describeUrl(url)} answered ${actual} items, not the expected ${query.item.name}`,
          );
        }
        yield item;
      }
      url = nextPage(page, url, this.baseUrl);
    }
  }

  /** The URL of a query. */
  queryUrl(query: QueryOptions): URL {
    const url = new URL("query", this.baseUrl);
    url.searchParams.set("type", query.type);
    if (query.format !== undefined) url.searchParams.set("format", query.format);
    if (query.filter !== undefined) url.searchParams.set("filter", String(query.filter));
    if (query.sortAsc !== undefined) url.searchParams.set("sortAsc", query.sortAsc);
    if (query.sortDesc !== undefined) url.searchParams.set("sortDesc", query.sortDesc);
    if (query.pageSize !== undefined) url.searchParams.set("pageSize", String(query.pageSize));
    if (query.page !== undefined) url.searchParams.set("page", String(query.page));
    return url;
  }

  private async write<T extends XmlObject = Types["root"]>(
    method: string,
    href: string,
    body: XmlObject | undefined,
    options: RequestOptions,
    expect?: BoundClass<T>,
  ): Promise<T | undefined> {
    const url = this.resolve(href);
    // Logged on first: a JSON body is written in the case of the server's answers.
    if (body !== undefined && this.sessionId === undefined) await this.logon(options);
    const text = body === undefined ? undefined : this.wire.write(body);
    const answer = await this.request(method, url, text, options);
    return answer.body.length === 0 ? undefined : (this.read(method, url, answer, expect) as T);
  }

  /** Sends an authenticated request: logs on first, logs on again once if the session expired, retries 503 on GETs. */
  private async request(
    method: string,
    url: URL,
    body: string | undefined,
    options: RequestOptions,
  ): Promise<HttpAnswer> {
    if (this.sessionId === undefined) await this.logon(options);
    const retry = this.options.retry ?? { attempts: 3, delayMs: 500 };
    let relogged = false;
    for (let attempt = 0; ; attempt++) {
      const sessionId = this.sessionId!;
      const headers: Record<string, string> = { [SESSION_HEADER]: sessionId };
      if (body !== undefined) headers["Content-Type"] = this.wire.mediaType;
      const answer = await this.send(method, url, headers, body, options);
      if (answer.status === 401 && !relogged) {
        // Sessions expire after 15 idle minutes; one new logon, then the request once more.
        relogged = true;
        this.options.logger?.debug?.(`${method} ${describeUrl(url)} answered 401; logging on again`);
        if (this.sessionId === sessionId) this.sessionId = undefined;
        await this.logon(options);
        attempt--;
        continue;
      }
      if (answer.status === 503 && method === "GET" && attempt < retry.attempts) {
        const wait = retryAfter(answer) ?? Math.min(retry.delayMs * 2 ** attempt, 10_000);
        this.options.logger?.debug?.(
          `${method} ${describeUrl(url)} answered 503; retry ${attempt + 1} of ${retry.attempts} in ${wait} ms`,
        );
        await delay(wait, options.signal, `${method} ${describeUrl(url)}`);
        continue;
      }
      if (answer.status >= 400) throw this.errorOf(method, url, answer);
      return answer;
    }
  }

  private send(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: string | undefined,
    options: RequestOptions,
  ): Promise<HttpAnswer> {
    return exchange(this.agent, {
      method,
      url,
      headers: { Accept: this.wire.mediaType, ...headers },
      body,
      timeoutMs: options.timeoutMs ?? this.options.timeoutMs ?? 60_000,
      signal: options.signal,
      maxBodyBytes: this.options.maxBodyBytes ?? 512 * 1024 * 1024,
    });
  }

  /** Binds an answer's body; a body that is not an EM document is an XmlReadError naming the request. */
  private read<T extends XmlObject>(method: string, url: URL, answer: HttpAnswer, expect: BoundClass<T>): T;
  private read(method: string, url: URL, answer: HttpAnswer, expect?: BoundClass): XmlObject;
  private read(method: string, url: URL, answer: HttpAnswer, expect?: BoundClass): XmlObject {
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

  private resolve(href: string): URL {
    const url = new URL(href, this.baseUrl);
    if (url.origin !== this.baseUrl.origin) {
      // Never send the session to another host, even when a link says so.
      throw new TypeError(`${describeUrl(url)} is not on ${this.baseUrl.origin}`);
    }
    return url;
  }
}

/** The CA option as Node's TLS takes it. */
function certificates(ca: EmClientOptions["ca"]): (string | Buffer)[] | undefined {
  if (ca === undefined) return undefined;
  const list: readonly (string | Uint8Array)[] = typeof ca === "string" || ca instanceof Uint8Array ? [ca] : ca;
  return list.map((entry) => (typeof entry === "string" ? entry : Buffer.from(entry)));
}
