/**
 * Resource families: what the store holds, each tied to the operation that reads one of its
 * records. From that operation the URL space gives the family its place (`/jobs/{ID}`), and every
 * path parameter of any route is bound to the family whose item path ends there.
 */
import type { XmlObject } from "../runtime/index.js";
import type { LinkSchema } from "./operation-table.js";
import type { StoreRecord } from "./store.js";
import { relatedList } from "./store.js";
import { prefixKey, type PathTemplate } from "./path-template.js";
import type { UrlSpace } from "./url-space.js";

/** A kind of resource. */
export interface FamilySpec {
  /** The family's name, also the key other records relate to it by. */
  readonly name: string;
  /** The id of the GET operation that reads one record. */
  readonly item: string;
  /** Families this one may stand in for (an agent job is the job of an agent backup session). */
  readonly standsFor?: readonly string[];
  /** The `Type` of the entity when it is not the reference type without `Reference`. */
  readonly entityType?: string;
  /** The schema type of the entity, where the item operation answers no document (a DELETE). */
  readonly schemaType?: string;
  /** Which records a listing operation shows, by operation id (the NAS sessions of `/nas/backupSessions`). */
  readonly listed?: Readonly<Record<string, (record: StoreRecord) => boolean>>;
  /** Whether a documented link applies to a record, by the link's operation (Sync only on backup copy jobs). */
  readonly linkApplies?: (operationId: string, record: StoreRecord) => boolean;
  /** Links for a family whose page has no Links table, in the table's form (guesses from the page's XML). */
  readonly links?: readonly LinkSchema[];
  /** Links the page's Links table leaves out, to resources below this one the mock serves (guesses). */
  readonly extraLinks?: readonly LinkSchema[];
  /** The name written on links to a record, when its entity has no `name`. */
  readonly nameOf?: (record: StoreRecord) => string | undefined;
}

/** The families of a mock, with the family of each path prefix. */
export class Families {
  private readonly byName = new Map<string, FamilySpec>();
  private readonly byKey = new Map<string, FamilySpec>();

  constructor(
    specs: readonly FamilySpec[],
    readonly urls: UrlSpace,
  ) {
    for (const spec of specs) {
      this.byName.set(spec.name, spec);
      this.byKey.set(urls.template(spec.item).key, spec);
    }
  }

  /** A family by name; throws for a name no family has (a mistake of the mock). */
  get(name: string): FamilySpec {
    const spec = this.byName.get(name);
    if (spec === undefined) throw new Error(`the mock has no resource family ${name}`);
    return spec;
  }

  /** Every family. */
  all(): FamilySpec[] {
    return [...this.byName.values()];
  }

  /** The family whose item path is the first `count` segments of a template (`/jobs/{ID}` of `/jobs/{ID}/includes`). */
  atPrefix(template: PathTemplate, count: number): FamilySpec | undefined {
    return this.byKey.get(prefixKey(template, count));
  }

  /** The first family a predicate holds for. */
  whose(predicate: (spec: FamilySpec) => boolean): FamilySpec | undefined {
    return this.all().find(predicate);
  }

  /** Whether a record may stand where the family `name` is expected. */
  fits(record: StoreRecord, name: string): boolean {
    return record.family === name || (this.byName.get(record.family)?.standsFor?.includes(name) ?? false);
  }

  /**
   * The record of family `name` a record relates to: itself, one it names, or (nearest first, up to
   * three steps) one those name. A record of a family standing in for `name` counts.
   */
  related(record: StoreRecord, name: string): StoreRecord | undefined {
    let frontier = [record];
    const seen = new Set<StoreRecord>();
    for (let depth = 0; depth <= 3 && frontier.length > 0; depth++) {
      for (const candidate of frontier) if (this.fits(candidate, name)) return candidate;
      for (const candidate of frontier) seen.add(candidate);
      frontier = frontier.flatMap((candidate) =>
        Object.keys(candidate.related).flatMap((key) => relatedList(candidate, key)),
      );
      frontier = frontier.filter((candidate) => !seen.has(candidate));
    }
    return undefined;
  }

  /** Whether `item` belongs under `parent` directly, named by either of the two. */
  belongsTo(item: StoreRecord, parent: StoreRecord): boolean {
    const names = [parent.family, ...(this.byName.get(parent.family)?.standsFor ?? [])];
    if (names.some((name) => relatedList(item, name).includes(parent))) return true;
    const itemNames = [item.family, ...(this.byName.get(item.family)?.standsFor ?? [])];
    return itemNames.some((name) => relatedList(parent, name).includes(item));
  }
}

/** The `Name` and `UID` of an entity, where its class has them. */
export function identityOf(entity: XmlObject): { name?: string; uid?: string } {
  const fields = entity as { name?: unknown; uid?: unknown };
  return {
    name: typeof fields.name === "string" ? fields.name : undefined,
    uid: typeof fields.uid === "string" ? fields.uid : undefined,
  };
}
