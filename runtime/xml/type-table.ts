/** The table in which generated classes find the bindings of the types their fields name. */
import { BindingError } from "../errors.js";
import type { ClassBinding } from "./class-binding.js";

/**
 * The bindings of one set of generated modules by schema type name. Fields name their types
 * instead of importing classes, so modules import each other only for base classes and cannot
 * form evaluation cycles.
 */
export class TypeTable {
  private readonly bindings = new Map<string, ClassBinding>();

  /** Adds a binding (each generated class does on definition). */
  add(binding: ClassBinding): void {
    this.bindings.set(binding.typeName, binding);
  }

  /** The binding of a schema type; throws a {@link BindingError} when its module was never loaded. */
  get(typeName: string): ClassBinding {
    const binding = this.bindings.get(typeName);
    if (binding === undefined) {
      throw new BindingError(
        `type ${typeName} is not loaded: import the bindings from their package entry, which loads every module`,
      );
    }
    return binding;
  }
}
