/** What the dataset builders share: the store, a seeded random source, the dataset's now, and small helpers. */
import { XmlDateTime, type XmlObject } from "../../runtime/index.js";
import { SeededRandom } from "../seeded-random.js";
import type { Store, StoreRecord } from "../store.js";

/** Relations of a new record, by family name. */
export type Relations = Record<string, StoreRecord | readonly StoreRecord[]>;

/** Adds seeded records to a store. */
export class Seeder {
  readonly random: SeededRandom;

  constructor(
    readonly store: Store,
    seed: number,
    /** The instant the dataset treats as now. */
    readonly now: Date,
  ) {
    this.random = new SeededRandom(seed);
  }

  /** A fresh id, lower-case GUID. */
  id(): string {
    return this.random.uuid();
  }

  /** Adds a record whose entity is made from its new id. */
  add<E extends XmlObject>(family: string, make: (id: string) => E, related: Relations = {}): StoreRecord<E> {
    const id = this.id();
    return this.store.add(family, id, make(id), related);
  }

  /** A time `minutes` before now. */
  ago(minutes: number): Date {
    return new Date(this.now.getTime() - minutes * 60_000);
  }

  /** A time `days` before now, at a given UTC hour and minute. */
  daysAgo(days: number, hour = 0, minute = 0): Date {
    const date = new Date(this.now.getTime() - days * 86_400_000);
    date.setUTCHours(hour, minute, 0, 0);
    return date;
  }
}

/** The UID EM gives a resource: `urn:veeam:<Kind>:<id>`. */
export function uidOf(kind: string, id: string): string {
  return `urn:veeam:${kind}:${id}`;
}

/** A date as EM writes it. */
export function dateTime(date: Date): XmlDateTime;
export function dateTime(date: Date | undefined): XmlDateTime | undefined;
export function dateTime(date: Date | undefined): XmlDateTime | undefined {
  return date === undefined ? undefined : XmlDateTime.fromDate(date);
}

/** `2026-11-14 05:22:52`, the stamp EM appends to a name to name a session. */
export function sessionStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/** Gibibytes in bytes. */
export function gib(count: number): number {
  return Math.round(count * 1024 ** 3);
}

/** The single record a record names for a family (a job's backup server). */
export function one(record: StoreRecord, family: string): StoreRecord {
  const related = record.related[family];
  if (related === undefined || Array.isArray(related))
    throw new Error(`${record.family} ${record.id} has no one ${family}`);
  return related as StoreRecord;
}
