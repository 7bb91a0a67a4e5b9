/**
 * Writing records as EM serves them: the entity with its `Href`, `Type` and the links its page
 * documents (from the operation table, filled in from the record's relations), the reference
 * (`EntityRef`) form, and collections of either. Links are written only where they resolve.
 */
import { listSlotOf } from "./list-slot.js";
import { EntityRef, Link } from "../generated/index.js";
import { registry } from "../generated/registry.gen.js";
import type { BoundClass, XmlObject } from "../runtime/index.js";
import { identityOf, type Families, type FamilySpec } from "./family.js";
import { hasFormats, type LinkSchema, type OperationSchema, type OperationTable } from "./operation-table.js";
import { compileTemplate, splitPath } from "./path-template.js";
import type { Store, StoreRecord } from "./store.js";
import { COMPOSERS } from "./compose.js";
import type { UrlSpace } from "./url-space.js";

/** Options of a link made by the mock itself (not from a Links table). */
export interface LinkOptions {
  readonly type?: string;
  readonly name?: string;
  readonly query?: Readonly<Record<string, string>>;
}

/** A path template with each parameter bound to its family once, for filling in from records fast. */
interface PathPlan {
  readonly segments: readonly ({ readonly text: string } | { readonly family: FamilySpec | undefined })[];
  /** Whether the path is a record's own (its last parameter ends a family's item path). */
  readonly endsAtItem: boolean;
}

/** Turns records into generated objects with links, for one API root. */
export class Representer {
  private readonly plans = new Map<string, PathPlan>();
  private readonly entityTypes = new Map<string, string | undefined>();

  constructor(
    readonly table: OperationTable,
    readonly urls: UrlSpace,
    readonly families: Families,
    readonly store: Store,
  ) {}

  /** The family of a record. */
  familyOf(record: StoreRecord): FamilySpec {
    return this.families.get(record.family);
  }

  /** The path of a record's own resource below the API root (`jobs/8d…`). */
  pathOf(record: StoreRecord): string {
    const plan = this.plan(this.urls.template(this.familyOf(record).item).source);
    const parts = plan.segments.map((segment) => {
      if ("text" in segment) return segment.text;
      const value = segment.family === undefined ? undefined : this.families.related(record, segment.family.name)?.id;
      return encodeURIComponent(value ?? record.id);
    });
    return parts.join("/");
  }

  /** The URL of a record's reference (or of the record, when it has no reference form). */
  hrefOf(record: StoreRecord): string {
    return this.urls.url(this.pathOf(record));
  }

  /** The URL of a record's entity form. */
  entityHrefOf(record: StoreRecord): string {
    const formats = hasFormats(this.table.operation(this.familyOf(record).item));
    return this.urls.url(this.pathOf(record), formats ? { format: "Entity" } : {});
  }

  /** The entity as served: a copy of the stored one with `Href`, `Type` and the documented links. */
  entity<E extends XmlObject>(record: StoreRecord<E>): E {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(record.entity) as object) as E, record.entity);
    Object.assign(copy, { href: this.entityHrefOf(record), type: this.entityType(record), links: this.links(record) });
    COMPOSERS.get(record.family)?.(copy, record, { store: this.store, rep: this });
    return copy;
  }

  /**
   * The reference form: UID, name, `Href`, the reference type, and its links up, to the entity and
   * down to the record's sessions, as the pages' references show them.
   */
  reference(record: StoreRecord): EntityRef {
    const { name, uid } = identityOf(record.entity);
    const alternate = new Link({
      rel: "Alternate",
      href: this.entityHrefOf(record),
      type: this.entityType(record),
      name: name ?? this.familyOf(record).nameOf?.(record),
    });
    const links = this.links(record).filter(
      (link) => link.rel === "Up" || (link.rel === "Down" && /SessionReferenceList$/.test(link.type ?? "")),
    );
    const ups = links.filter((link) => link.rel === "Up");
    const downs = links.filter((link) => link.rel === "Down");
    // Resources without a UID or a name of their own (a job's include) are named by their id.
    const type = this.referenceType(record) ?? `${this.entityType(record)}Reference`;
    return new EntityRef({
      uid: uid ?? `urn:veeam:${this.entityType(record)}:${record.id}`,
      name: name ?? this.familyOf(record).nameOf?.(record) ?? record.id,
      href: this.hrefOf(record),
      type,
      links: [...ups, alternate, ...downs],
    });
  }

  /** The `Type` of a record's references: the one the table gives its item operation. */
  referenceType(record: StoreRecord): string | undefined {
    const operation = this.table.operation(this.familyOf(record).item);
    return operation.responses.find((response) => response.referenceType !== undefined)?.referenceType;
  }

  /** The `Type` of a record's entity (found once per family). */
  entityType(record: StoreRecord): string | undefined {
    if (this.entityTypes.has(record.family)) return this.entityTypes.get(record.family);
    const family = this.familyOf(record);
    const reference = this.referenceType(record);
    const type =
      family.entityType ??
      reference?.replace(/Reference$/, "") ??
      registry.entries.find((entry) => entry.type() === record.entity.constructor)?.linkTypes[0];
    this.entityTypes.set(record.family, type);
    return type;
  }

  /** The links the record's page documents, in its order, each filled in from the record's relations. */
  links(record: StoreRecord): Link[] {
    const family = this.familyOf(record);
    const documented = [
      ...(family.links ?? this.table.resource(family.item)?.links ?? []),
      ...(family.extraLinks ?? []),
    ];
    return documented.flatMap((link) => {
      if (family.linkApplies?.(link.operation, record) === false) return [];
      const made = this.fill(link, record);
      return made === undefined ? [] : [made];
    });
  }

  /** A link to an operation, made by the mock (a service's links, a logon session's). */
  linkTo(rel: string, operationId: string, values: readonly string[] = [], options: LinkOptions = {}): Link {
    return new Link({
      rel,
      href: this.urls.href(operationId, values, options.query),
      type: options.type ?? this.defaultLinkType(this.table.operation(operationId), options.query?.format),
      name: options.name,
    });
  }

  /** A collection element holding items: the answer's root class with its one list member set. */
  list(element: string, items: readonly XmlObject[]): XmlObject {
    const type = registry.rootClass(element);
    if (type === undefined) throw new Error(`no root element ${element} in the bindings`);
    const field = listSlotOf(type.binding);
    if (field === undefined) throw new Error(`${element} has no list member`);
    const list = new (type as BoundClass)();
    (list as unknown as Record<string, unknown>)[field.member] = [...items];
    return list;
  }

  /** The link Type EM writes for an operation's answer: the list of its references, or its element's Type. */
  private defaultLinkType(operation: OperationSchema, format: string | undefined): string | undefined {
    const answer = operation.responses.find((response) => (response.format ?? "") === (format ?? ""));
    if (answer?.referenceType !== undefined)
      return answer.element === "EntityReferences" ? `${answer.referenceType}List` : answer.referenceType;
    if (answer?.element === undefined) return undefined;
    return registry.entries.find((entry) => entry.element === answer.element)?.linkTypes[0];
  }

  private fill(link: LinkSchema, record: StoreRecord): Link | undefined {
    const question = link.href.indexOf("?");
    const plan = this.plan(question < 0 ? link.href : link.href.slice(0, question));
    let parts: string[] = [];
    let target: StoreRecord | undefined;
    for (const segment of plan.segments) {
      if ("text" in segment) {
        parts.push(segment.text);
        continue;
      }
      target = segment.family === undefined ? undefined : this.families.related(record, segment.family.name);
      if (target === undefined) return undefined;
      // A record standing in for another family (an agent job for a job) has its own path.
      if (target.family !== segment.family!.name) parts = splitPath(this.pathOf(target));
      else parts.push(encodeURIComponent(target.id));
    }
    const query = question < 0 ? "" : link.href.slice(question);
    // A link to a record itself (up, to its other form, or related) carries the record's name.
    const toItem =
      target !== undefined && question < 0 && plan.endsAtItem && ["Up", "Alternate", "Related"].includes(link.rel);
    const name = toItem ? (identityOf(target!.entity).name ?? this.familyOf(target!).nameOf?.(target!)) : undefined;
    return new Link({ rel: link.rel, href: this.urls.apiRoot + parts.join("/") + query, type: link.type, name });
  }

  /** The plan of a path template, made once. */
  private plan(path: string): PathPlan {
    let plan = this.plans.get(path);
    if (plan === undefined) {
      const template = compileTemplate(path);
      const segments = template.segments.map((segment, index) =>
        segment.kind === "literal" ? { text: segment.text } : { family: this.families.atPrefix(template, index + 1) },
      );
      const endsAtItem = this.families.atPrefix(template, template.segments.length) !== undefined;
      this.plans.set(path, (plan = { segments, endsAtItem }));
    }
    return plan;
  }
}
