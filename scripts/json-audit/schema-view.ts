/**
 * The schemas as the audit sees them: classes by name (anonymous ones under their lowered names),
 * root elements, and every member of a class with the type that declares it, base chain included.
 */
import type { IrAttribute, IrClass, IrElement, IrModel, IrScalar } from "../../generator/ir.js";
import { classIndex } from "../../generator/ir.js";

/** A class's members and roots, looked up by name. */
export interface SchemaView {
  readonly classes: ReadonlyMap<string, IrClass>;
  /** Root element name → type name. */
  readonly roots: ReadonlyMap<string, string>;
}

/** An attribute, child element or text content of a class, with the class of the chain that declares it. */
export type Member =
  | { readonly kind: "attribute"; readonly name: string; readonly owner: string; readonly attribute: IrAttribute }
  | { readonly kind: "text"; readonly name: string; readonly owner: string; readonly scalar: IrScalar }
  | {
      readonly kind: "element";
      readonly name: string;
      readonly owner: string;
      /** Index among the owner's own elements, in schema order. */
      readonly index: number;
      readonly element: IrElement;
    };

/**
 * The property EM's JSON gives the text of a simple-content element (`<Day Name="Sunday">1,1,...</Day>`
 * is `{ "Name": "Sunday", "Value": "1,1,..." }`): the name of the .NET property behind it.
 */
export const JSON_TEXT_PROPERTY = "Value";

/** Builds the view of a model (passes applied, so wrappers are marked). */
export function schemaView(model: IrModel): SchemaView {
  const roots = new Map<string, string>();
  for (const file of model.files) for (const root of file.roots) roots.set(root.element, root.type);
  return { classes: classIndex(model), roots };
}

/** The class and its bases, the most basic first. */
export function chainOf(view: SchemaView, typeName: string): IrClass[] {
  const chain: IrClass[] = [];
  for (let name: string | undefined = typeName; name !== undefined; name = view.classes.get(name)?.base) {
    const type = view.classes.get(name);
    if (type === undefined) break;
    chain.unshift(type);
  }
  return chain;
}

/** Every attribute and element of a class, bases first, and its text content last. */
export function membersOf(view: SchemaView, typeName: string): Member[] {
  const members: Member[] = chainOf(view, typeName).flatMap((type) => [
    ...type.attributes.map((attribute) => ({
      kind: "attribute" as const,
      name: attribute.xmlName,
      owner: type.schemaName,
      attribute,
    })),
    ...type.elements.map((element, index) => ({
      kind: "element" as const,
      name: element.xmlName,
      owner: type.schemaName,
      index,
      element,
    })),
  ]);
  const text = view.classes.get(typeName)?.text;
  if (text !== undefined) members.push({ kind: "text", name: JSON_TEXT_PROPERTY, owner: typeName, scalar: text });
  return members;
}

/** The class an element holds, if it holds one. */
export function classOf(element: IrElement): string | undefined {
  return element.content.kind === "class" ? element.content.type : undefined;
}

/** Classes derived from the given one, directly or not. */
export function derivedFrom(view: SchemaView, typeName: string): string[] {
  return [...view.classes.values()]
    .filter(
      (type) =>
        type.schemaName !== typeName && chainOf(view, type.schemaName).some((base) => base.schemaName === typeName),
    )
    .map((type) => type.schemaName);
}

/** Every class reachable from a class through its elements (derived classes included), itself first. */
export function reachableFrom(view: SchemaView, typeName: string): string[] {
  const seen = new Set<string>([typeName]);
  const queue = [typeName];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const targets = [
      ...derivedFrom(view, next),
      ...membersOf(view, next).flatMap((member) =>
        member.kind === "element" && classOf(member.element) !== undefined ? [classOf(member.element)!] : [],
      ),
    ];
    for (const target of targets) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}
