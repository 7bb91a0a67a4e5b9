/**
 * The resource client: logon and logout, every documented operation typed from the operation table
 * (`request` by method and path, `call` by id), links followed by Rel, actions that answer with
 * tasks, waiting for tasks, and the query service typed per query type. The untyped reads, writes
 * and actions stay for what the table does not know. Built on Node's HTTP stack; the bindings and
 * tables are passed in, so every type the schemas define works here without client changes.
 */
import { EmAnswerError, EmArgumentError, EmTaskError } from "../errors.js";
import type { XmlObject } from "../xml/binding.js";
import { delay } from "./backoff.js";
import type {
  ClientTypes,
  EmBindings,
  EmClientOptions,
  ExpectAnswer,
  GetOptions,
  LinkLike,
  RequestOptions,
  WaitOptions,
} from "./client-types.js";
import { documentedLinks, findLink, linkOperations, type Linked } from "./follow-links.js";
import { describeUrl } from "./http.js";
import type {
  FollowAnswer,
  FollowArgs,
  KnownResource,
  LinkTypeOf,
  RelOf,
  TargetFormat,
  TargetsOf,
} from "./link-types.js";
import { operationKey, operationUrl, runOperation, type CallInput } from "./operation-call.js";
import type { OperationEntry } from "./operation-table.js";
import type { AnswerOf, FormatOf, OperationArgs, OperationAt, OperationsByKey } from "./operation-types.js";
import { itemsOf, nextPage } from "./query-pages.js";
import { EmSession } from "./session.js";
import {
  checkItem,
  itemClass,
  queryUrl,
  queryWhere,
  type AnyQuery,
  type FieldsOf,
  type ItemOption,
  type QueryArgument,
  type QueryFormat,
  type QueryItem,
  type QueryWhere,
} from "./typed-query.js";

type Operations<Types extends ClientTypes> = Types["operations"];
type QueryTypeName<Types extends ClientTypes> = keyof Types["queryTypes"] & string;
type Reference<Types extends ClientTypes> = Types["queryResult"] extends { refs?: (infer Ref)[] } ? Ref : XmlObject;

/** A client for one Enterprise Manager and one set of credentials. */
export class EmClient<Types extends ClientTypes = ClientTypes> {
  private readonly session: EmSession<Types>;
  private readonly bindings: EmBindings<Types>;
  private byKey: Map<string, string> | undefined;

  /** A client that reads and writes with the given bindings and tables (`createClient` of `emx/client` passes this package's). */
  constructor(options: EmClientOptions, bindings: EmBindings<Types>) {
    this.bindings = bindings;
    this.session = new EmSession(options, bindings);
  }

  /** The API root, ending in `/api/`. */
  get baseUrl(): URL {
    return this.session.baseUrl;
  }

  /** Whether a logon session is open. */
  get loggedOn(): boolean {
    return this.session.loggedOn;
  }

  /** Opens a logon session (`POST sessionMngr/?v=...` with Basic auth); returns the LogonSession. */
  logon(options: RequestOptions = {}): Promise<Types["logonSession"]> {
    return this.session.logon(options);
  }

  /** Closes the logon session (`DELETE logonSessions/{id}`); a session that already expired is fine. */
  logout(options: RequestOptions = {}): Promise<void> {
    return this.session.logout(options);
  }

  /** Logs out and releases the connections. */
  close(): Promise<void> {
    return this.session.close();
  }

  /**
   * Runs a documented operation named as the pages name it, `METHOD /path` (and `?action=`):
   * `request("GET /nas/jobs/{ID}", { params: { ID }, query: { format: "Entity" } })`. Path
   * parameters, query and body are checked against the table; the answer is typed and read as the
   * class the table names for the `format` (`EntityRef` without one, a Task for an action).
   */
  request<
    Key extends keyof OperationsByKey<Operations<Types>> & string,
    F extends FormatOf<OperationAt<Operations<Types>, Key>> = never,
    B = undefined,
  >(
    key: Key,
    ...input: OperationArgs<OperationAt<Operations<Types>, Key>, F, B, QueryTypeName<Types>>
  ): Promise<AnswerOf<OperationAt<Operations<Types>, Key>, F>> {
    try {
      return this.run(this.operationIdOf(key), input[0] as CallInput | undefined) as never;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Runs a documented operation by its id (`getNasJob`, `startJob`), as {@link request} does. */
  call<Id extends keyof Operations<Types> & string, F extends FormatOf<Operations<Types>[Id]> = never, B = undefined>(
    id: Id,
    ...input: OperationArgs<Operations<Types>[Id], F, B, QueryTypeName<Types>>
  ): Promise<AnswerOf<Operations<Types>[Id], F>> {
    try {
      return this.run(id, input[0] as CallInput | undefined) as never;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private run(id: string, input: CallInput = {}): Promise<unknown> {
    const operations = this.bindings.operations;
    const entry: OperationEntry | undefined = Object.hasOwn(operations, id) ? operations[id] : undefined;
    if (entry === undefined) throw new EmArgumentError(`operation ${JSON.stringify(id)} is not in the table`);
    return runOperation(this.session, entry, operationUrl(entry, id, input, this.baseUrl), input);
  }

  private operationIdOf(key: string): string {
    if (this.byKey === undefined) {
      this.byKey = new Map();
      for (const [id, entry] of Object.entries(this.bindings.operations)) this.byKey.set(operationKey(entry), id);
    }
    const id = this.byKey.get(key);
    if (id === undefined) throw new EmArgumentError(`operation ${JSON.stringify(key)} is not in the table`);
    return id;
  }

  /**
   * Reads a resource and binds it with the class its root element names. With `expect`, any other
   * root is an error and the result is typed as that class.
   */
  get<T extends XmlObject>(href: string, options: GetOptions & ExpectAnswer<T>): Promise<T>;
  get(href: string, options?: GetOptions): Promise<Types["root"]>;
  async get(href: string, options: GetOptions & Partial<ExpectAnswer<XmlObject>> = {}): Promise<XmlObject> {
    const url = this.session.resolve(href);
    if (options.format === "Entity" && !url.searchParams.has("format")) url.searchParams.set("format", "Entity");
    const { signal, timeoutMs } = options;
    const answer = await this.session.request({ method: "GET", url, signal, timeoutMs });
    return this.session.read("GET", url, answer, options.expect);
  }

  /** Reads the entity of a resource (`?format=Entity`). */
  getEntity<T extends XmlObject>(href: string, options: RequestOptions & ExpectAnswer<T>): Promise<T>;
  getEntity(href: string, options?: RequestOptions): Promise<Types["root"]>;
  getEntity(href: string, options: RequestOptions & Partial<ExpectAnswer<XmlObject>> = {}): Promise<XmlObject> {
    return this.get(href, { ...options, format: "Entity" } as GetOptions);
  }

  /** Finds the link of a resource with the given Rel (and Type, when given). */
  link(resource: Linked, rel: string, type?: string): LinkLike | undefined {
    return resource.links?.find((link) => link.rel === rel && (type === undefined || link.type === type));
  }

  /**
   * Follows a link of a resource by Rel (and Type, where several links share the Rel) and performs
   * the operation the table documents for it: a read, an edit with `body`, an action answering a
   * Task. The Rels are those of the resource's class; the answer is typed by the target operation
   * and `format` (which replaces any `format` on the link). A resource of a class the table does
   * not know is read untyped (`expect` types it). A missing link is an {@link EmLinkError}.
   */
  follow<
    R extends Linked,
    Rel extends RelOf<Types["resources"], R>,
    Type extends LinkTypeOf<Types["resources"], R, Rel> = never,
    F extends TargetFormat<TargetsOf<Operations<Types>, Types["resources"], R, Rel, Type>> = never,
    B = undefined,
    T extends XmlObject = Types["root"],
  >(
    resource: R,
    rel: Rel,
    ...rest: FollowArgs<
      KnownResource<Types["resources"], R>,
      TargetsOf<Operations<Types>, Types["resources"], R, Rel, Type>,
      Type,
      F,
      B,
      T
    >
  ): Promise<
    FollowAnswer<
      KnownResource<Types["resources"], R>,
      TargetsOf<Operations<Types>, Types["resources"], R, Rel, Type>,
      F,
      T
    >
  > {
    const [type, options = {}] = rest as [string | undefined, (CallInput & GetOptions & { expect?: never })?];
    return this.followLink(resource, rel as string, type, options) as never;
  }

  private async followLink(
    resource: Linked,
    rel: string,
    type: string | undefined,
    options: CallInput & GetOptions & Partial<ExpectAnswer<XmlObject>>,
  ): Promise<unknown> {
    const link = findLink(resource, rel, type);
    const documented = documentedLinks(this.bindings.resources, resource);
    const url = this.session.resolve(link.href);
    const targets =
      documented === undefined ? [] : linkOperations(documented, this.bindings.operations, link, url, this.baseUrl);
    if (targets.length === 0) return this.get(link.href, options as GetOptions);
    if (options.format === undefined) url.searchParams.delete("format");
    else url.searchParams.set("format", options.format);
    const body = options.body;
    const entry = targets.find((target) => body !== undefined && target.body?.type === body.constructor) ?? targets[0]!;
    return runOperation(this.session, { ...entry, answers: targets.flatMap((target) => target.answers) }, url, options);
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

  /** Runs an action by its Href (POST, with a spec when it takes one) and returns the Task EM answers with. */
  async action(href: string, body?: XmlObject, options: RequestOptions = {}): Promise<Types["task"]> {
    const { url, answer } = await this.send("POST", href, body, options);
    if (answer.body.length === 0)
      throw new EmAnswerError("POST", describeUrl(url), answer.status, "without a Task; an action answers one");
    return this.session.read("POST", url, answer, this.bindings.task);
  }

  private async write(
    method: string,
    href: string,
    body: XmlObject | undefined,
    options: RequestOptions,
  ): Promise<Types["root"] | undefined> {
    const { url, answer } = await this.send(method, href, body, options);
    return answer.body.length === 0 ? undefined : this.session.read(method, url, answer);
  }

  private async send(method: string, href: string, body: XmlObject | undefined, options: RequestOptions) {
    const url = this.session.resolve(href);
    const text = body === undefined ? undefined : () => this.session.serialize(body);
    const { signal, timeoutMs } = options;
    return { url, answer: await this.session.request({ method, url, body: text, signal, timeoutMs }) };
  }

  /**
   * Polls a task until its State is `Finished` (it passes `OperationFinished` on the way), with
   * growing intervals. Returns the finished task; throws {@link EmTaskError} when it failed or
   * did not finish in time.
   */
  async waitForTask(task: Types["task"], options: WaitOptions = {}): Promise<Types["task"]> {
    const timeoutMs = options.timeoutMs ?? 600_000;
    const deadline = Date.now() + timeoutMs;
    let interval = options.pollMs ?? 250;
    let current = task;
    const href = task.href ?? (task.taskId === undefined ? undefined : `tasks/${task.taskId}`);
    if (href === undefined) throw new EmArgumentError("the task has neither an Href nor a TaskId to poll");
    for (;;) {
      const name = `task ${current.taskId ?? href} (${current.operation ?? "operation"})`;
      if (current.state === "Finished") {
        if (current.result?.success !== false) return current;
        throw new EmTaskError(current.taskId, "failed", `${name} failed: ${current.result.message ?? "no message"}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const still = `is still ${current.state ?? "unfinished"} after ${timeoutMs} ms`;
        throw new EmTaskError(current.taskId, "timeout", `task ${current.taskId ?? href} ${still}`);
      }
      await delay(Math.min(interval, left), options.signal, "waiting for a task");
      interval = Math.min(interval * 1.5, 5000);
      current = await this.get(href, { signal: options.signal, expect: this.bindings.task });
    }
  }

  /** The comparisons of a query type's fields, for a filter built ahead of a query. */
  where<Type extends QueryTypeName<Types>>(type: Type): QueryWhere<FieldsOf<Types["queryTypes"][Type]>> {
    return queryWhere(this.bindings.queryTypes, type) as unknown as QueryWhere<FieldsOf<Types["queryTypes"][Type]>>;
  }

  /** Runs one page of a query of the query service; fields are checked for the types the table knows. */
  query<Type extends string, Format extends QueryFormat = "References">(
    query: QueryArgument<Types["queryTypes"], Type, Format> & { readonly type: Type },
  ): Promise<Types["queryResult"]> {
    const { signal, timeoutMs } = query;
    const url = this.queryUrl(query);
    return this.get(url.href, { signal, timeoutMs, expect: this.bindings.queryResult });
  }

  /**
   * Every item a query finds, page after page, following the pages' `Next` links: references, or
   * entities with `format: "Entities"` (typed as the query type's entity class). Only one page is
   * held at a time. For a type the table does not know, each item must be an instance of `item`.
   */
  async *queryItems<Type extends string, Format extends QueryFormat = "References", T extends XmlObject = XmlObject>(
    query: QueryArgument<Types["queryTypes"], Type, Format> &
      ItemOption<Types["queryTypes"], Type, T> & { readonly type: Type },
  ): AsyncGenerator<QueryItem<Types["queryTypes"], Type, Format, Reference<Types>, T>> {
    const any = query as AnyQuery;
    const type = itemClass(this.bindings.queryTypes, any);
    let url: URL | undefined = this.queryUrl({ ...any, page: any.page ?? 1 });
    while (url !== undefined) {
      const { signal, timeoutMs } = any;
      const page = await this.get(url.href, { signal, timeoutMs, expect: this.bindings.queryResult });
      for (const item of itemsOf(page)) {
        checkItem(item, type, url);
        yield item as QueryItem<Types["queryTypes"], Type, Format, Reference<Types>, T>;
      }
      url = nextPage(page, url, this.baseUrl);
    }
  }

  /** The URL of a query. */
  queryUrl(query: AnyQuery | QueryArgument<Types["queryTypes"], string, QueryFormat>): URL {
    return queryUrl(this.baseUrl, this.bindings.queryTypes, query as AnyQuery);
  }
}
