/**
 * The query service's types, made from the table's query types: each reads the records of the
 * family whose entity it names (`Task` reads the caller's tasks), with its fields bound to them,
 * and answers references or entities in the element the schema gives them.
 */
import { Entities, EntityRef, Resources } from "../generated/index.js";
import { registry } from "../generated/registry.gen.js";
import type { ClassBinding, XmlObject } from "../runtime/xml/binding.js";
import { isList, listSlotOf } from "./list-slot.js";
import type { MockState } from "./context.js";
import type { FamilySpec } from "./family.js";
import type { LogonSessionRecord } from "./logon-sessions.js";
import type { QueryTypeSchema } from "./operation-table.js";
import { bindFields, type QueryField } from "./query-fields.js";
import type { StoreRecord } from "./store.js";
import { taskOf } from "./handlers/session.js";

/** A query type the mock answers. */
export interface QueryType {
  readonly name: string;
  readonly fields: readonly QueryField[];
  /** The records queried, for a logon session (tasks are the session's own). */
  records(state: MockState, session: LogonSessionRecord): readonly StoreRecord[];
  /** The references of records. */
  references(state: MockState, records: readonly StoreRecord[]): EntityRef[];
  /** The entities of records in their element of `Entities` or `Resources`; undefined when the schema has none. */
  entities(
    state: MockState,
    records: readonly StoreRecord[],
  ): { entities?: Entities; resources?: Resources } | undefined;
}

/** The query types of a mock, by lower-case name. */
export function bindQueryTypes(state: MockState): Map<string, QueryType> {
  return new Map(state.table.queryTypes.map((schema) => [schema.name.toLowerCase(), bindType(state, schema)]));
}

function bindType(state: MockState, schema: QueryTypeSchema): QueryType {
  const entityClass = registry.rootClass(schema.entity);
  const family = state.families.whose((candidate) => entityElementOf(state, candidate) === schema.entity);
  const fields = bindFields(schema, entityClass, state.families);
  const place = placeOf(schema, entityClass?.binding);
  return {
    name: schema.name,
    fields,
    records: (current, session) =>
      family === undefined ? taskRecords(current, session) : current.store.all(family.name),
    references: (current, records) =>
      records.map((record) => (family === undefined ? taskReference(current, record) : current.rep.reference(record))),
    entities: (current, records) => {
      if (place === undefined) return undefined;
      const items = records.map((record) => (family === undefined ? record.entity : current.rep.entity(record)));
      const holder = new (place.holder === "entities" ? Entities : Resources)();
      (holder as unknown as Record<string, unknown>)[place.field.member] =
        isList(place.field) || place.field.kind !== "object" ? items : listObject(place.field.binding, items);
      return { [place.holder]: holder };
    },
  };
}

function entityElementOf(state: MockState, family: FamilySpec): string | undefined {
  const operation = state.table.operation(family.item);
  // A family read by no GET of its own (a linked job, only deleted at its path) is no query's.
  if (operation.method !== "GET") return undefined;
  return (
    operation.responses.find((response) => response.format !== undefined)?.element ?? operation.responses[0]?.element
  );
}

/** Where a type's entities go: its element of `Entities`, else the `Resources` element of its class. */
function placeOf(schema: QueryTypeSchema, entity: ClassBinding | undefined) {
  if (schema.entities !== undefined) {
    const field = Entities.binding.element(schema.entities);
    if (field !== undefined) return { holder: "entities" as const, field };
  }
  const field = Resources.binding.elements.find(
    (candidate) => "type" in candidate && candidate.type === entity?.typeName,
  );
  return field === undefined ? undefined : { holder: "resources" as const, field };
}

/** A list class holding items (`CloudGatewayPools` inside `Entities`). */
function listObject(binding: ClassBinding, items: readonly XmlObject[]): XmlObject {
  const list = binding.create();
  const field = listSlotOf(binding);
  (list as unknown as Record<string, unknown>)[field!.member] = [...items];
  return list;
}

/** The caller's tasks as records of the query. */
function taskRecords(state: MockState, session: LogonSessionRecord): StoreRecord[] {
  return state.tasks
    .of(session.sessionId)
    .map((task) => ({ family: "task", id: task.id, entity: taskOf(state, task), related: {} }));
}

/** A task has no reference form of its own; the mock names it by its id (a guess). */
function taskReference(state: MockState, record: StoreRecord): EntityRef {
  return new EntityRef({
    uid: `urn:veeam:Task:${record.id}`,
    name: record.id,
    href: state.urls.href("getTask", [record.id]),
    type: "TaskReference",
    links: [],
  });
}
