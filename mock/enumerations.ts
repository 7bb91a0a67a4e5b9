/** Enumeration values as the generated codecs hold them, so the mock never keeps its own copy. */
import type { BoundClass, Codec } from "../runtime/index.js";

/** The documented values of an enumeration codec, in their documented order. */
export function valuesOf(codec: Codec<unknown>): string[] {
  return [...(codec.values ?? [])];
}

/** The documented values of a class's element or attribute (by its XML name); empty when it is no enumeration. */
export function fieldValues(type: BoundClass, name: string): string[] {
  const field = type.binding.findChild(name) ?? type.binding.findAttribute(name);
  if (field === undefined) throw new Error(`${type.name} has no field ${name}`);
  return field.codec === undefined ? [] : valuesOf(field.codec);
}
