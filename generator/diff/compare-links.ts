/**
 * Compares the documented links of each resource. A resource is the one its GET operation reads
 * (through a rename of that operation's id); a link is the same one when its Rel and target are, else
 * when its Rel and Type are, else when it is the only one left with its Rel on each side.
 */
import type { LinkSchema, ResourceSchema } from "../operation-types.js";
import type { SchemaChange } from "./change-kinds.js";
import type { OperationPairing } from "./compare-operations.js";
import { compareDocAndPage, emitInto, type Emit, type OperationsView } from "./operation-view.js";
import { pairByKey } from "./pair-by-key.js";

/**
 * Every change of the resources' links between two sides. The links of a resource whose operation
 * was removed or added are left out: the operation's change says it.
 */
export function compareLinks(
  before: OperationsView,
  after: OperationsView,
  pairing: OperationPairing,
  docs: boolean,
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const newId = (id: string) => pairing.renamed.get(id) ?? id;
  const removed = new Set(pairing.removed.map((operation) => operation.id));
  const added = new Set(pairing.added.map((operation) => operation.id));
  const matched = new Set<string>();
  for (const [id, old] of before.resources) {
    const now = after.resources.get(newId(id));
    if (now !== undefined) matched.add(now.operation);
    if (now === undefined && removed.has(id)) continue;
    const emit = emitInto(changes, (now ?? old).area);
    const resource = {
      ...old,
      operation: newId(id),
      links: old.links.map((link) => ({ ...link, operation: newId(link.operation) })),
    };
    compareResource(resource, now, { emit, docs });
  }
  for (const [id, now] of after.resources)
    if (!matched.has(id) && !added.has(id))
      compareResource(undefined, now, { emit: emitInto(changes, now.area), docs });
  return changes;
}

/** The links of one resource on both sides (either may be missing); old links name new operation ids. */
function compareResource(
  old: ResourceSchema | undefined,
  now: ResourceSchema | undefined,
  { emit, docs }: { emit: Emit; docs: boolean },
): void {
  const path = (link: LinkSchema) => `${(now ?? old)!.operation}/links/${link.rel}`;
  if (old !== undefined && now !== undefined) compareDocAndPage(emit, `${now.operation}/links`, old, now, docs);
  const pairing = pairByKey(old?.links ?? [], now?.links ?? [], [
    (link) => `${link.rel} ${link.operation}`,
    (link) => (link.type === undefined ? undefined : `${link.rel} ${link.type}`),
    (link) => link.rel,
  ]);
  for (const link of pairing.removed) emit("link-removed", path(link), describeLink(link));
  for (const link of pairing.added) emit("link-added", path(link), undefined, describeLink(link));
  for (const [was, is] of pairing.pairs) {
    if (describeLink(was) !== describeLink(is))
      emit("link-target-changed", path(is), describeLink(was), describeLink(is));
    // The href is the target as the pages write it; the operation is what following performs.
    else if (docs && was.href !== is.href) emit("doc-changed", path(is), was.href, is.href);
  }
}

/** `getJobIncludes (ObjectInJobList)`: the operation following performs, and the link's Type. */
function describeLink(link: LinkSchema): string {
  return link.type === undefined ? link.operation : `${link.operation} (${link.type})`;
}
