/**
 * The JSON form of an element's field as generated code declares it (the trailing `json` argument of
 * the field factories): only what the schema says, `jsonName` of the element and of a wrapper's item,
 * and `jsonArray` of a wrapper's type. The runtime's naming rules cover everything else.
 */
import type { IrClass, IrElement } from "../ir.js";

/** The object literal of an element's JSON form, or undefined when the schema gives none. */
export function jsonFormLiteral(element: IrElement, classes: ReadonlyMap<string, IrClass>): string | undefined {
  const parts: string[] = [];
  if (element.jsonName !== undefined) parts.push(`name: ${JSON.stringify(element.jsonName)}`);
  if (element.wrapped !== undefined && element.content.kind === "class") {
    const wrapper = classes.get(element.content.type)!;
    const item = itemElement(wrapper, element.wrapped.item, classes);
    if (item?.jsonName !== undefined) parts.push(`item: ${JSON.stringify(item.jsonName)}`);
    if (wrapper.jsonArray) parts.push("array: true");
  }
  return parts.length === 0 ? undefined : `{ ${parts.join(", ")} }`;
}

/** The item element of a wrapper type, declared by it or by one of its bases. */
function itemElement(wrapper: IrClass, item: string, classes: ReadonlyMap<string, IrClass>): IrElement | undefined {
  for (let type: IrClass | undefined = wrapper; type !== undefined;) {
    const found = type.elements.find((element) => element.xmlName === item);
    if (found !== undefined) return found;
    type = type.base === undefined ? undefined : classes.get(type.base);
  }
  return undefined;
}
