/**
 * Finds wrapper types (no attributes, no text, one repeated element and nothing else, bases
 * included) and marks single-occurrence elements of such types as wrapped, so that
 * `<Links><Link/>...</Links>` surfaces as `links: Link[]` while `<Links/>` stays distinct from absent.
 */
import { classIndex, isRepeated, lookUp, type IrClass, type IrModel } from "../ir.js";

export function collapseWrappers(model: IrModel): IrModel {
  const classes = classIndex(model);
  const wrapperOf = (type: IrClass): IrClass["wrapperOf"] => {
    if (type.attributes.length > 0 || type.text !== undefined || type.openContent) return undefined;
    const elements = [...type.elements];
    for (let base = type.base; base !== undefined; base = lookUp(classes, base).base) {
      const baseClass = lookUp(classes, base);
      if (baseClass.attributes.length > 0 || baseClass.openContent) return undefined;
      elements.push(...baseClass.elements);
    }
    const [only] = elements;
    if (elements.length !== 1 || only === undefined || only.maxOccurs !== undefined || only.minOccurs !== 0)
      return undefined;
    return { item: only.xmlName, content: only.content };
  };
  const wrappers = new Map<string, NonNullable<IrClass["wrapperOf"]>>();
  for (const type of classes.values()) {
    const wrapper = wrapperOf(type);
    if (wrapper !== undefined) wrappers.set(type.schemaName, wrapper);
  }
  return {
    ...model,
    files: model.files.map((file) => ({
      ...file,
      classes: file.classes.map((type) => ({
        ...type,
        wrapperOf: wrappers.get(type.schemaName),
        elements: type.elements.map((element) => {
          if (element.content.kind !== "class" || isRepeated(element)) return element;
          const wrapped = wrappers.get(element.content.type);
          return wrapped === undefined ? element : { ...element, wrapped };
        }),
      })),
    })),
  };
}
