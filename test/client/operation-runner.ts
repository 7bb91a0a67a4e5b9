/**
 * Runs planned operations through the typed client and judges each: the answer is of the class the
 * table documents for its format, a body the table does not document is not answered, and a Task
 * finishes successfully with `waitForTask`. An operation counts as called only when every call of
 * it passed; what failed is kept with the reason.
 */
import { Task, type EmRoot, type XmlObject } from "../../index.js";
import { EmHttpError } from "../../client.js";
import { compileTemplate } from "../../mock/path-template.js";
import { linksIn } from "../mock/link-walker.js";
import { bodyFor, readerOf, type BodySource } from "../mock/request-bodies.js";
import type { CallTargets } from "./call-targets.js";
import { answerMismatch, callOperation, formatsOf } from "./operation-calls.js";
import type { OperationPlan } from "./operation-plans.js";
import { entryOf, paramsOf, seedKey, type OperationId, type Params } from "./seed-index.js";

/** Runs operations and keeps the score. */
export class OperationRunner {
  /** Operations every call of which answered as documented. */
  readonly called = new Set<OperationId>();
  /** What went wrong, one line per operation. */
  readonly failures: string[] = [];

  constructor(
    private readonly targets: CallTargets,
    /** The client's debug log, where it notes answers with a body the operation does not document. */
    private readonly log: string[],
  ) {}

  /** Runs a plan; a failure is noted, not thrown. */
  async run(plan: OperationPlan): Promise<void> {
    try {
      if (entryOf(plan.id).method === "GET") await this.read(plan);
      else await this.change(plan);
      this.called.add(plan.id);
    } catch (error) {
      this.failures.push(`${plan.id}: ${(error as Error).message}`);
    }
  }

  /** A read, once with each format it documents. */
  private async read(plan: OperationPlan): Promise<void> {
    const params = await this.targets.paramsFor(plan);
    const query = { ...this.targets.queryOf(plan.id), ...plan.query };
    for (const format of formatsOf(plan.id)) await this.call(plan.id, params, { format, query });
  }

  /** A change: its body built from what the client reads, what it creates noted, its task awaited. */
  private async change(plan: OperationPlan): Promise<void> {
    const params = await this.targets.paramsFor(plan);
    const element = entryOf(plan.id).body?.element;
    const body = element === undefined ? undefined : await bodyFor(this.bodySource(plan.id, params), element);
    const collection = plan.addsTo ?? (plan.id.startsWith("create") ? (readerOf(plan.id) as OperationId) : undefined);
    const before = collection === undefined ? [] : await this.members(plan.id, collection, params);
    const answer = await this.call(plan.id, params, { query: plan.query, body });
    if (answer instanceof Task) await this.targets.client.waitForTask(answer, { pollMs: 10, timeoutMs: 20_000 });
    if (entryOf(plan.id).method === "DELETE") this.forget(plan.id, params);
    if (collection === undefined) return;
    const known = new Set(before.map((href) => href.split("?")[0]));
    for (const href of await this.members(plan.id, collection, params))
      if (!known.has(href.split("?")[0])) this.noteCreated(href);
  }

  /** Calls once and judges the answer; the hrefs in it are noted (a Task's, a created entity's). */
  private async call(id: OperationId, params: Params, plan: { format?: string; query?: object; body?: object }) {
    const logged = this.log.length;
    const answer = await callOperation(this.targets.client, id, params, plan as never);
    const mismatch = answerMismatch(id, plan.format, answer);
    if (mismatch !== undefined) throw new Error(`${mismatch} (format ${plan.format ?? "none"})`);
    const undocumented = this.log.slice(logged).find((line) => line.includes("does not document"));
    if (undocumented !== undefined) throw new Error(undocumented);
    for (const { href, object } of linksIn(answer)) if (href !== undefined) this.targets.walk.seeds.add(href, object);
    if (entryOf(id).method !== "GET" && !(answer instanceof Task) && hasOwnHref(answer)) this.noteCreated(answer.href);
    return answer;
  }

  /**
   * The own hrefs of the members of a collection a create adds to (not of what they hold), read
   * through the client. A collection of at most one (a tenant's Cloud Director compute resource)
   * answers 404 while empty.
   */
  private async members(id: OperationId, collection: OperationId, params: Params): Promise<string[]> {
    const values = (entryOf(id).parameters ?? []).map((name) => params[name]!);
    const answer = await callOperation(this.targets.client, collection, paramsOf(collection, values)).catch(
      (error: unknown) => {
        if (error instanceof EmHttpError && error.status === 404) return undefined;
        throw error;
      },
    );
    const memberKey = compileTemplate(`${entryOf(collection).path}/{ID}`).key;
    return linksIn(answer).flatMap(({ href, object }) =>
      object !== undefined && href !== undefined && this.keyOf(href) === memberKey ? [href] : [],
    );
  }

  /** The most specific seed key an href fits. */
  private keyOf(href: string): string | undefined {
    return this.targets.walk.seeds.match(href).sort((a, b) => b.values.length - a.values.length)[0]?.key;
  }

  private forget(id: OperationId, params: Params): void {
    const key = seedKey(id);
    if (key !== undefined) this.targets.walk.seeds.remove(key, Object.values(params));
  }

  private noteCreated(href: string): void {
    const seeds = this.targets.walk.seeds;
    const match = seeds.match(href).sort((a, b) => b.values.length - a.values.length)[0];
    if (match !== undefined) seeds.addCreated(match.key, { values: match.values, href });
  }

  private bodySource(operationId: OperationId, params: Params): BodySource {
    const targets = this.targets;
    return {
      operationId,
      params,
      read: async (id, input = {}) =>
        (await callOperation(targets.client, id as OperationId, input.params ?? {}, input)) as EmRoot,
      entityOf: (id) => targets.entityOf(id as OperationId),
    };
  }
}

function hasOwnHref(answer: unknown): answer is XmlObject & { href: string } {
  return typeof (answer as { href?: unknown } | undefined)?.href === "string";
}
