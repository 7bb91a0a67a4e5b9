/**
 * The generic root: what lenient reading makes of a root element the bindings do not know (one of
 * an older EM version, or of another namespace). It holds the element's name, attributes and content
 * as kept content, the same way an object keeps an unknown child, and is written back as it came.
 */
import { ClassBinding } from "./class-binding.js";
import { ensureExtras, extrasOf, type RawAttribute } from "./extras.js";
import { EM_NAMESPACE } from "./namespaces.js";
import { TypeTable } from "./type-table.js";
import { XmlObject } from "./xml-object.js";

/**
 * A root element that no generated class binds to, read by a lenient `parse` or `parseStream`
 * (without `expect`) so that nothing is lost: `serialize` writes it back as it was read. Its child
 * elements, text and comments are kept whole, in order; only its name, namespace and attributes are
 * surfaced here.
 */
export class UnknownRoot extends XmlObject {
  /** The binding of the class: no fields, and any content kept. */
  static readonly binding: ClassBinding<UnknownRoot> = new ClassBinding<UnknownRoot>({
    typeName: "UnknownRoot",
    className: "UnknownRoot",
    table: new TypeTable(),
    base: undefined,
    openContent: true,
    create: () => new UnknownRoot(),
    fields: [],
  });

  /** The element's qualified name as written (`Foo`, `old:Foo`). */
  get name(): string {
    return extrasOf(this)?.rootName ?? "";
  }

  /** The attributes as written, namespace declarations included, in document order. */
  get attributes(): readonly (readonly [name: string, value: string])[] {
    return extrasOf(this)?.attributes ?? [];
  }

  /** The namespace URI of the element (`""`: none), from its own declarations, as a root has no others. */
  get namespace(): string {
    const name = this.name;
    const colon = name.indexOf(":");
    const declaration = colon < 0 ? "xmlns" : `xmlns:${name.slice(0, colon)}`;
    return this.attributes.find(([attribute]) => attribute === declaration)?.[1] ?? "";
  }
}

/** Why a root is not bound: the reader's error when it cannot keep the root, its warning when it does. */
export function unknownRootReason(name: string, namespace: string, allowNoNamespace: boolean): string {
  if (namespace === "" && !allowNoNamespace) return `root element ${name} has no namespace; expected ${EM_NAMESPACE}`;
  if (namespace !== EM_NAMESPACE && namespace !== "")
    return `root element ${name} is in namespace ${namespace}; expected ${EM_NAMESPACE}`;
  return `root element ${name} is not an EM resource this library knows`;
}

/**
 * An {@link UnknownRoot} for the start tag `name` with the first `count` attributes given. Every
 * attribute is kept as written, declarations included, and the root is written with them alone:
 * the writer adds no EM declaration of its own, which could change what its content means.
 */
export function unknownRoot(
  name: string,
  names: readonly string[],
  values: readonly string[],
  count: number,
): UnknownRoot {
  const root = new UnknownRoot();
  const extras = ensureExtras(root);
  extras.rootName = name;
  extras.noNamespace = true;
  if (count > 0) {
    const attributes: RawAttribute[] = [];
    for (let index = 0; index < count; index++) attributes.push([names[index]!, values[index]!]);
    extras.attributes = attributes;
  }
  return root;
}
