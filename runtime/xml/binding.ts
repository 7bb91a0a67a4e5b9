/**
 * The contract between generated classes and the runtime, in one import: field descriptors
 * (fields.ts), class bindings (class-binding.ts), the type table (type-table.ts), and the base of
 * every generated class (xml-object.ts).
 */
export {
  attribute,
  scalarElement,
  objectElement,
  wrappedElement,
  wrappedScalars,
  type AttributeField,
  type ScalarField,
  type ObjectField,
  type WrappedObjectsField,
  type WrappedScalarsField,
  type ElementField,
  type Field,
  type JsonForm,
} from "./fields.js";
export {
  ClassBinding,
  abstractType,
  defineBinding,
  type BindingSpec,
  type ChoiceGroup,
  type ElementSlot,
  type ScalarSlot,
  type ObjectSlot,
  type WrappedObjectsSlot,
  type WrappedScalarsSlot,
} from "./class-binding.js";
export { TypeTable } from "./type-table.js";
export { XmlObject, type BoundClass, type Init } from "./xml-object.js";
