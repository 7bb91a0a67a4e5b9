/**
 * The mock's state: records of every resource family, each holding its entity (a generated class
 * instance, without `Href`, `Type` or `Links`, which are written when served) and its relations to
 * other records. Every change bumps `version`, so derived results (query pages) can be cached.
 */
import type { XmlObject } from "../runtime/index.js";

/** One resource: its family, its id in URLs, its entity and the records it belongs to or uses. */
export interface StoreRecord<E extends XmlObject = XmlObject> {
  readonly family: string;
  /** The id in URLs: a GUID in lower case, a task id, a VM name in the catalog. */
  readonly id: string;
  entity: E;
  /** Related records by family name: the backup server of a job, the pools of a tenant. */
  readonly related: Record<string, StoreRecord | readonly StoreRecord[]>;
}

/** The records of one mock. */
export class Store {
  private readonly families = new Map<string, Map<string, StoreRecord>>();
  private changes = 0;

  /** Grows on every change. */
  get version(): number {
    return this.changes;
  }

  /** Adds a record; its id is kept in lower case, as EM compares ids. */
  add<E extends XmlObject>(
    family: string,
    id: string,
    entity: E,
    related: Record<string, StoreRecord | readonly StoreRecord[]> = {},
  ): StoreRecord<E> {
    const record: StoreRecord<E> = { family, id: id.toLowerCase(), entity, related };
    this.records(family).set(record.id, record);
    this.changes++;
    return record;
  }

  /** A record by family and id (any letter case). */
  get(family: string, id: string): StoreRecord | undefined {
    return this.families.get(family)?.get(id.toLowerCase());
  }

  /** Every record of a family, oldest first. */
  all(family: string): StoreRecord[] {
    return [...this.records(family).values()];
  }

  /** How many records a family holds. */
  count(family: string): number {
    return this.families.get(family)?.size ?? 0;
  }

  /** Replaces a record's entity. */
  update<E extends XmlObject>(record: StoreRecord<E>, entity: E): void {
    record.entity = entity;
    this.changes++;
  }

  /** Marks a change made to an entity in place. */
  touch(): void {
    this.changes++;
  }

  /** Removes a record and every record that names it as its own (a job's includes go with the job). */
  remove(record: StoreRecord): void {
    if (this.families.get(record.family)?.get(record.id) !== record) return;
    this.families.get(record.family)!.delete(record.id);
    this.changes++;
    for (const records of this.families.values())
      for (const candidate of [...records.values()]) if (ownedBy(candidate, record)) this.remove(candidate);
  }

  private records(family: string): Map<string, StoreRecord> {
    let records = this.families.get(family);
    if (records === undefined) this.families.set(family, (records = new Map()));
    return records;
  }
}

/** Whether a record belongs to another: it names it as its one related record of that family. */
function ownedBy(candidate: StoreRecord, owner: StoreRecord): boolean {
  return candidate.related[owner.family] === owner;
}

/** The records a record names for a family, as a list. */
export function relatedList(record: StoreRecord, family: string): readonly StoreRecord[] {
  const related = record.related[family];
  if (related === undefined) return [];
  return Array.isArray(related) ? related : [related as StoreRecord];
}
