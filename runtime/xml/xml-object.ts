/** The base of every generated class, and construction from plain init objects. */
import { XmlDateTime } from "../codecs/date-time.js";
import type { ClassBinding, ElementSlot } from "./class-binding.js";
import { EXTRAS, type Extras } from "./extras.js";
import type { AttributeField } from "./fields.js";

/** A generated class: constructible from an init object, with its binding. */
export interface BoundClass<T extends XmlObject = XmlObject> {
  new (init?: never): T;
  readonly binding: ClassBinding<T>;
}

/** Plain data accepted where a generated class is expected: nested objects may be plain too. */
export type Init<T> = {
  [K in keyof T as K extends symbol ? never : T[K] extends Function ? never : K]?: InitValue<T[K]>;
};

type InitValue<V> = V extends XmlObject
  ? V | Init<V>
  : V extends readonly (infer Item)[]
    ? InitValue<Item>[]
    : V extends XmlDateTime
      ? V | Date
      : V;

/**
 * The base of every generated class. Constructing with an init object copies it, turning nested
 * plain objects into instances of the field's class and `Date`s into {@link XmlDateTime}s.
 */
export abstract class XmlObject {
  declare [EXTRAS]?: Extras;

  constructor(init?: object) {
    if (init !== undefined) initialize(this, init, (new.target as unknown as BoundClass).binding);
  }
}

function initialize(target: XmlObject, init: object, binding: ClassBinding): void {
  const members = binding.members;
  for (const [key, value] of Object.entries(init)) {
    const field = members.get(key);
    (target as unknown as Record<string, unknown>)[key] =
      field === undefined || value === undefined ? value : convertInit(field, value);
  }
}

function convertInit(field: AttributeField | ElementSlot, value: unknown): unknown {
  let one: (item: unknown) => unknown;
  switch (field.kind) {
    case "object":
    case "wrappedObjects": {
      const binding = field.binding;
      one = (item) => {
        if (item instanceof XmlObject || item === null || typeof item !== "object") return item;
        const object = binding.create();
        initialize(object, item, binding);
        return object;
      };
      break;
    }
    default: {
      const dateTime = field.codec.name === "dateTime";
      one = (item) => (item instanceof Date && dateTime ? XmlDateTime.fromDate(item) : item);
    }
  }
  return Array.isArray(value) ? value.map(one) : one(value);
}

/**
 * The name of a generated class, or of an instance's class, for messages: the name the generator
 * gave it, which a bundler's renaming does not reach (`name` of a minified class is `t`).
 */
export function classNameOf(classOrInstance: object): string {
  const type = (typeof classOrInstance === "function" ? classOrInstance : classOrInstance.constructor) as {
    readonly name: string;
    readonly binding?: { readonly className?: string };
  };
  return type.binding?.className ?? type.name;
}
