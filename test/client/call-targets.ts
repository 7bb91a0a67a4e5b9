/**
 * Where a table-driven call goes: the path parameters of an operation from what the test created,
 * the href the walk found naming the operation or the read of its path, or anything found under its
 * key; a plan's pick chooses among them by the resource's entity, read through the client.
 */
import { operations, type EmClient, type EmTypes } from "../../client.js";
import type { EmRoot } from "../../index.js";
import { compileTemplate } from "../../mock/path-template.js";
import { hasEntityForm } from "../mock/request-bodies.js";
import type { ClientWalk } from "./client-walk.js";
import { callOperation, type Query } from "./operation-calls.js";
import type { OperationPlan } from "./operation-plans.js";
import { entryOf, paramsIn, paramsOf, seedKey, type OperationId, type Params } from "./seed-index.js";

/** The GET operations without an action, by the key of their path: the read of a resource. */
function readersByKey(): Map<string, OperationId> {
  const readers = new Map<string, OperationId>();
  for (const id of Object.keys(operations) as OperationId[]) {
    const entry = entryOf(id);
    if (entry.method !== "GET" || entry.action !== undefined) continue;
    const key = compileTemplate(entry.path).key;
    if (!readers.has(key)) readers.set(key, id);
  }
  return readers;
}

/** Finds the parameters of calls and remembers where each operation was last called. */
export class CallTargets {
  private readonly readers = readersByKey();
  private readonly last = new Map<OperationId, Params>();

  constructor(
    readonly client: EmClient<EmTypes>,
    readonly walk: ClientWalk,
  ) {}

  /** The GET reading the resource under an operation's key (`getJob` for `startJob`). */
  readerOf(id: OperationId): OperationId | undefined {
    const key = seedKey(id);
    return key === undefined ? undefined : this.readers.get(key);
  }

  /** The parameters of an operation, in the order they are offered. */
  candidates(id: OperationId): Params[] {
    const key = seedKey(id);
    if (key === undefined) return [{}];
    const seeds = this.walk.seeds;
    const named = (of: OperationId | undefined) => {
      const href = of === undefined ? undefined : this.walk.named.get(of);
      const found = href === undefined ? undefined : paramsIn(of!, href.href, this.client.baseUrl);
      return found === undefined ? [] : [paramsOf(id, Object.values(found))];
    };
    const all = [
      ...seeds.created(key).map((candidate) => paramsOf(id, candidate.values)),
      ...named(id),
      ...named(this.readerOf(id)),
      ...seeds.candidates(key).map((candidate) => paramsOf(id, candidate.values)),
    ];
    const seen = new Set<string>();
    return all.filter((params) => !seen.has(JSON.stringify(params)) && seen.add(JSON.stringify(params)) !== undefined);
  }

  /** The parameters of a planned call: found by the plan, picked by entity, or the first candidate. */
  async paramsFor(plan: OperationPlan): Promise<Params> {
    const params = await this.choose(plan);
    this.last.set(plan.id, params);
    return params;
  }

  private async choose(plan: OperationPlan): Promise<Params> {
    if (plan.find !== undefined) return plan.find({ client: this.client, targetOf: (id) => this.targetOf(id) });
    const candidates = this.candidates(plan.id);
    if (plan.pick === undefined) {
      if (candidates.length === 0) throw new Error(`nothing found for the parameters of ${plan.id}`);
      return candidates[0]!;
    }
    for (const params of candidates) if (plan.pick(await this.entityAt(plan.id, params))) return params;
    throw new Error(`none of ${candidates.length} resources found for ${plan.id} fits its pick`);
  }

  /** The parameters an operation was last called with. */
  targetOf(id: OperationId): Params {
    const params = this.last.get(id);
    if (params === undefined) throw new Error(`${id} has not been called`);
    return params;
  }

  /** The entity of the resource an operation's parameters name, read afresh. */
  async entityAt(id: OperationId, params: Params): Promise<EmRoot> {
    const reader = this.readerOf(id);
    if (reader === undefined) throw new Error(`no GET reads what ${id} goes to`);
    const values = (entryOf(id).parameters ?? []).map((name) => params[name]!);
    const format = hasEntityForm(reader) ? "Entity" : undefined;
    return (await callOperation(this.client, reader, paramsOf(reader, values), { format })) as EmRoot;
  }

  /** The entity of one resource a GET operation reads: the one the walk found named first. */
  async entityOf(id: OperationId): Promise<EmRoot> {
    const href = this.walk.named.get(id);
    const params =
      (href === undefined ? undefined : paramsIn(id, href.href, this.client.baseUrl)) ?? this.candidates(id)[0];
    if (params === undefined) throw new Error(`nothing found for ${id}`);
    const format = hasEntityForm(id) ? "Entity" : undefined;
    return (await callOperation(this.client, id, params, { format, query: this.queryOf(id) })) as EmRoot;
  }

  /** The query of the href the walk found naming an operation, without its format and action. */
  queryOf(id: OperationId): Query {
    const href = this.walk.named.get(id);
    const query = Object.fromEntries(href?.searchParams ?? []);
    delete query.format;
    delete query.action;
    return query;
  }
}
