/**
 * What the operation files may name in the type schemas: root elements (with their types and link
 * Types), simple types, and the collection element that holds a given entity element.
 */
import { isBuiltin } from "../builtin-types.js";
import type { ComplexTypeSchema, GroupSchema, SchemaFile } from "../schema-types.js";

/** A root element of the type schemas. */
export interface RootInfo {
  readonly name: string;
  readonly type: string;
  readonly linkTypes: readonly string[];
}

/** Looks up the names the type schemas declare. */
export class TypeIndex {
  readonly roots = new Map<string, RootInfo>();
  readonly complexTypes = new Map<string, ComplexTypeSchema>();
  private readonly simpleTypes = new Set<string>();

  constructor(schemas: readonly { readonly schema: SchemaFile }[]) {
    for (const { schema } of schemas) {
      for (const type of schema.simpleTypes ?? []) this.simpleTypes.add(type.name);
      for (const type of schema.complexTypes ?? []) this.complexTypes.set(type.name, type);
      for (const element of schema.elements ?? [])
        this.roots.set(element.name, { name: element.name, type: element.type, linkTypes: element.linkTypes ?? [] });
    }
  }

  /** Whether a name is a built-in or a simple type of the schemas (what a parameter's value may be). */
  isSimpleType(name: string): boolean {
    return isBuiltin(name) || this.simpleTypes.has(name);
  }

  /** The root element whose link Types include this one (`NasJob` → `NASJob`). */
  rootForLinkType(linkType: string): RootInfo | undefined {
    for (const root of this.roots.values()) if (root.linkTypes.includes(linkType)) return root;
    return undefined;
  }

  /**
   * The root element of the collection of an entity: the one whose type is a repeated group with
   * an element of the entity's name and type (`NASJob` → `NASJobs`), else the only one with an
   * element of the entity's type under another name (EM calls the items of `VlanConfigurations`
   * `Vlans`).
   */
  collectionOf(entity: string): RootInfo | undefined {
    const itemType = this.roots.get(entity)?.type;
    if (itemType === undefined) return undefined;
    const holding = [...this.roots.values()].filter((root) => this.repeatedItems(root.type).includes(itemType));
    const named = holding.filter((root) => this.repeatedItems(root.type, entity).length > 0);
    if (named.length > 0) return named[0];
    return holding.length === 1 ? holding[0] : undefined;
  }

  /** The types of the repeated elements of a list type (of the given name, when one is given). */
  private repeatedItems(type: string, name?: string): string[] {
    const content = this.complexTypes.get(type)?.content;
    const particles = content?.choice ?? content?.sequence ?? [];
    return particles.flatMap((particle) => {
      if (!("element" in particle) || particle.type === undefined) return [];
      if (name !== undefined && particle.element !== name) return [];
      const repeated = content?.maxOccurs === "unbounded" || particle.maxOccurs === "unbounded";
      return repeated ? [particle.type] : [];
    });
  }

  /**
   * The child elements (name → type) of the element at a path below a root element, such as
   * `("QueryResult", "Entities")`; undefined when the path does not lead to a complex type.
   */
  childElements(root: string, ...path: readonly string[]): Map<string, string> | undefined {
    let type = this.roots.get(root)?.type;
    for (const name of path) type = type === undefined ? undefined : this.ownElements(type).get(name);
    return type === undefined || !this.complexTypes.has(type) ? undefined : this.ownElements(type);
  }

  private ownElements(type: string): Map<string, string> {
    const elements = new Map<string, string>();
    const visit = (group: GroupSchema | undefined) => {
      for (const particle of group?.sequence ?? group?.choice ?? []) {
        if ("element" in particle) {
          if (particle.type !== undefined) elements.set(particle.element, particle.type);
        } else if ("sequence" in particle || "choice" in particle) visit(particle as GroupSchema);
      }
    };
    visit(this.complexTypes.get(type)?.content);
    return elements;
  }

  /** The doc of a root element's type, when it has one. */
  docOf(element: string): string | undefined {
    const type = this.roots.get(element)?.type;
    return type === undefined ? undefined : this.complexTypes.get(type)?.doc;
  }
}
