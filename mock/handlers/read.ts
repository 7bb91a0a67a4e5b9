/**
 * Reading records: the GET of one record (its reference, or its entity with `format=Entity`) and
 * the GET of a collection (all of a family, or those under the record the path names), as
 * references or entities. Which family an operation reads comes from the table: its reference Type
 * or the element its list holds.
 */
import { EntityReferences } from "../../generated/index.js";
import { registry } from "../../generated/registry.gen.js";
import type { MockState, OperationHandler } from "../context.js";
import type { Families, FamilySpec } from "../family.js";
import type { OperationSchema, OperationTable } from "../operation-table.js";
import { compileTemplate } from "../path-template.js";
import type { StoreRecord } from "../store.js";
import { answerElement, scopeOf, wantsEntities } from "./scope.js";

/** Answers the GET of one record. */
export function itemReader(operation: OperationSchema): OperationHandler {
  return (request, state) => {
    const record = scopeOf(request, state).at(-1)!;
    const entities = wantsEntities(operation, request.search);
    if (!entities) return { status: 200, body: state.rep.reference(record) };
    return { status: 200, body: state.rep.entity(record), root: answerElement(operation, true) };
  };
}

/** Answers the GET of a collection of a family. */
export function collectionReader(operation: OperationSchema, family: FamilySpec): OperationHandler {
  return (request, state) => {
    const parent = scopeOf(request, state).at(-1);
    const records = collectionRecords(state, family, operation.id, parent);
    const entities = wantsEntities(operation, request.search);
    if (!entities)
      return {
        status: 200,
        body: new EntityReferences({ refs: records.map((record) => state.rep.reference(record)) }),
      };
    const element = answerElement(operation, true);
    return {
      status: 200,
      body: state.rep.list(
        element,
        records.map((record) => state.rep.entity(record)),
      ),
      root: element,
    };
  };
}

/** The records a listing shows: of the family, under the parent, passing the listing's own rule. */
export function collectionRecords(
  state: MockState,
  family: FamilySpec,
  operationId: string,
  parent?: StoreRecord,
): StoreRecord[] {
  const listed = family.listed?.[operationId];
  return state.store
    .all(family.name)
    .filter((record) => parent === undefined || state.families.belongsTo(record, parent))
    .filter((record) => listed === undefined || listed(record));
}

/** The family an operation reads one record of: the family whose item operation it is. */
export function itemFamily(families: Families, operation: OperationSchema): FamilySpec | undefined {
  return families.all().find((family) => family.item === operation.id);
}

/**
 * The family a collection operation lists: by the reference Type of its answer, else by the class its
 * list holds. Families of one class (a job's and a CDP policy's includes) are told apart by where
 * their records are: the family whose item path is the collection's path and one segment.
 */
export function listedFamily(
  table: OperationTable,
  families: Families,
  operation: OperationSchema,
): FamilySpec | undefined {
  const fits = listedFits(table, operation);
  if (fits === undefined) return undefined;
  const members = compileTemplate(`${operation.path}/{ID}`);
  const below = families.atPrefix(members, members.segments.length);
  return below !== undefined && fits(below) ? below : families.whose(fits);
}

function listedFits(table: OperationTable, operation: OperationSchema): ((family: FamilySpec) => boolean) | undefined {
  const referenceType = operation.responses.find((response) => response.element === "EntityReferences")?.referenceType;
  if (referenceType !== undefined) return (family) => referenceTypeOf(table, family) === referenceType;
  const element = operation.responses.find((response) => response.element !== undefined)?.element;
  const itemType = element === undefined ? undefined : itemTypeOf(element);
  if (itemType === undefined) return undefined;
  return (family) => entityTypeName(table, family) === itemType;
}

function referenceTypeOf(table: OperationTable, family: FamilySpec): string | undefined {
  return table.operation(family.item).responses.find((response) => response.referenceType !== undefined)?.referenceType;
}

/** The schema type of a family's entity (the element its item operation answers). */
function entityTypeName(table: OperationTable, family: FamilySpec): string | undefined {
  if (family.schemaType !== undefined) return family.schemaType;
  const operation = table.operation(family.item);
  const element =
    operation.responses.find((response) => response.format !== undefined)?.element ?? operation.responses[0]?.element;
  return element === undefined ? undefined : registry.rootClass(element)?.binding.typeName;
}

/** The schema type of the items of a list element, when it is a list. */
function itemTypeOf(element: string): string | undefined {
  const binding = registry.rootClass(element)?.binding;
  const slots = binding?.elements.filter(
    (slot) => (slot.kind === "object" && slot.repeated) || slot.kind === "wrappedObjects",
  );
  const types = new Set(slots?.map((slot) => (slot as { type: string }).type));
  return types.size === 1 ? [...types][0] : undefined;
}
