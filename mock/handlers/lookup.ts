/**
 * The virtual infrastructure lookup: `GET /lookup?host=...&name=...&type=...` finds objects of a
 * virtualization root by name and kind, `GET /lookup?hierarchyRef=...` one object by its reference.
 */
import { HierarchyItem, HierarchyItems, type HierarchyRoot } from "../../generated/index.js";
import type { MockState, OperationHandler } from "../context.js";
import { EmError } from "../em-error.js";
import { queryParameter } from "../query-parameters.js";
import { INVENTORY_OBJECTS } from "../seed/inventory.js";
import type { StoreRecord } from "../store.js";

/** Lookup `type` values that name an object kind by another word than the infrastructure does. */
const KIND_ALIASES: Readonly<Record<string, readonly string[]>> = {
  host: ["host", "hostsystem"],
  cluster: ["clustercomputeresource", "cluster"],
  computeresource: ["clustercomputeresource", "computeresource"],
};

const getLookup: OperationHandler = (request, state) => {
  const hierarchyRef = queryParameter(request.search, "hierarchyRef");
  const host = queryParameter(request.search, "host");
  if (hierarchyRef === undefined && host === undefined)
    throw new EmError(
      400,
      "the lookup needs hierarchyRef, or host with name and type (GET /lookup?host=...&name=...&type=...)",
    );
  const objects = state.store.all(INVENTORY_OBJECTS).filter((record) => {
    const item = record.entity as HierarchyItem;
    if (hierarchyRef !== undefined) return item.objectRef?.toLowerCase() === hierarchyRef.toLowerCase();
    return (
      rootOf(record)?.uid?.toLowerCase() === host!.toLowerCase() &&
      matchesName(request.search, item) &&
      matchesType(state, request.search, item)
    );
  });
  return { status: 200, body: new HierarchyItems({ hierarchyItems: objects.map((record) => itemOf(state, record)) }) };
};

function rootOf(record: StoreRecord): HierarchyRoot | undefined {
  return (record.related.hierarchyRoot as StoreRecord<HierarchyRoot> | undefined)?.entity;
}

/** Names match without regard to case; without a name every object of the kind is found (a guess). */
function matchesName(search: URLSearchParams, item: HierarchyItem): boolean {
  const name = queryParameter(search, "name");
  return name === undefined || item.objectName?.toLowerCase() === name.toLowerCase();
}

function matchesType(state: MockState, search: URLSearchParams, item: HierarchyItem): boolean {
  const type = queryParameter(search, "type");
  if (type === undefined) return true;
  const documented = state.table.operation("getLookup").query?.find((query) => query.name === "type")?.values ?? [];
  if (!documented.some((value) => value.toLowerCase() === type.toLowerCase()))
    throw new EmError(400, `the lookup type "${type}" is not one of ${documented.join(", ")}`);
  const kinds = KIND_ALIASES[type.toLowerCase()] ?? [type.toLowerCase()];
  return kinds.includes(item.objectType?.toLowerCase() ?? "");
}

function itemOf(state: MockState, record: StoreRecord): HierarchyItem {
  const item = record.entity as HierarchyItem;
  return new HierarchyItem({
    href: state.urls.href("getLookup", [], { hierarchyRef: item.objectRef! }),
    type: "HierarchyItem",
    objectRef: item.objectRef,
    objectType: item.objectType,
    objectName: item.objectName,
  });
}

/** The handlers of this file, by operation id. */
export const LOOKUP_HANDLERS: Readonly<Record<string, OperationHandler>> = { getLookup };
