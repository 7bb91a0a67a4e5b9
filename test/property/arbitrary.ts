/**
 * Random valid instances of every generated class, from the IR: attributes by use, elements by
 * occurs (capped), one branch per choice, scalars within their facets (enumerations, patterns,
 * ranges, lexical forms of dates and times).
 */
import fc from "fast-check";
import { join } from "node:path";
import { buildModel } from "../../generator/build-model.js";
import {
  classIndex,
  isRepeated,
  type IrClass,
  type IrContent,
  type IrElement,
  type IrModel,
  type IrScalar,
} from "../../generator/ir.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import { types } from "../../generated/type-table.gen.js";
import { XmlDateTime, XmlTime, type BoundClass, type XmlObject } from "../../index.js";
import { xsdPatternToRegExp } from "../../runtime/codecs/pattern.js";
import { projectRoot } from "../helpers.js";

/** The IR of the project's schemas, built once. */
export const model: IrModel = buildModel(loadSchemaFolder(join(projectRoot, "schemas")));
const classes = classIndex(model);
const simpleTypes = new Map(
  model.files.flatMap((file) => file.simpleTypes.map((simple) => [simple.schemaName, simple] as const)),
);

/** Characters XML 1.0 can carry, with the ones a writer must escape well represented. */
const TEXT_UNIT = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(..."abcXYZ019 _-.:/\\") },
  { weight: 2, arbitrary: fc.constantFrom("&", "<", ">", '"', "'", "]]>", "\t", "\n", "\r", "\r\n") },
  { weight: 1, arbitrary: fc.constantFrom("é", "Ü", "日本", "файл", "🗂", "\u00a0", "\u2028") },
);
const text = fc.string({ unit: TEXT_UNIT, maxLength: 24 });

const two = (n: number) => String(n).padStart(2, "0");
const fraction = fc.oneof(
  fc.constant(""),
  fc.integer({ min: 1, max: 7 }).chain((digits) => fc.stringMatching(new RegExp(`^\\.[0-9]{${digits}}$`))),
);
const offset = fc.oneof(
  fc.constant(""),
  fc.constant("Z"),
  fc
    .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
    .map(([sign, hours, minutes]) => `${sign}${two(hours)}:${two(hours === 14 ? 0 : minutes)}`),
);
const clock = fc.tuple(
  fc.integer({ min: 0, max: 23 }),
  fc.integer({ min: 0, max: 59 }),
  fc.integer({ min: 0, max: 59 }),
  fraction,
  offset,
);
const dateTime = fc
  .tuple(fc.integer({ min: 1970, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), clock)
  .map(
    ([year, month, day, [hours, minutes, seconds, digits, zone]]) =>
      new XmlDateTime(
        `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}${digits}${zone}`,
      ),
  );
const time = clock.map(
  ([hours, minutes, seconds, digits, zone]) =>
    new XmlTime(`${two(hours)}:${two(minutes)}:${two(seconds)}${digits}${zone}`),
);
const duration = fc
  .tuple(fc.nat(400), fc.nat(23), fc.nat(59))
  .map(([days, hours, minutes]) => `P${days}DT${hours}H${minutes}M`);

/** Values of a scalar within its facets. */
export function scalarArbitrary(scalar: IrScalar): fc.Arbitrary<unknown> {
  const restricted = scalar.simpleType === undefined ? undefined : simpleTypes.get(scalar.simpleType);
  if (restricted?.values !== undefined) {
    const numeric = scalar.builtin !== "xs:string";
    return fc.constantFrom(...restricted.values.map((value) => (numeric ? Number(value) : value)));
  }
  if (restricted !== undefined && restricted.patterns.length > 0) {
    const [first, ...rest] = restricted.patterns.map(xsdPatternToRegExp);
    return fc
      .stringMatching(first!)
      .filter(
        (value) =>
          rest.every((pattern) => pattern.test(value)) &&
          !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ud800-\udfff\ufffe\uffff]/.test(value),
      );
  }
  switch (scalar.builtin) {
    case "xs:string":
      return text;
    case "xs:boolean":
      return fc.boolean();
    case "xs:int":
      return fc.integer({ min: -2147483648, max: 2147483647 });
    case "xs:long":
      return fc.maxSafeInteger();
    case "xs:unsignedShort":
      return fc.integer({ min: 0, max: 65535 });
    case "xs:unsignedLong":
      return fc.maxSafeNat();
    case "xs:double":
      return fc.oneof(
        fc.double(),
        fc.integer().map((value) => value / 8),
      );
    case "xs:dateTime":
      return dateTime;
    case "xs:time":
      return time;
    case "xs:duration":
      return duration;
  }
}

const cache = new Map<string, fc.Arbitrary<XmlObject>>();

/** Valid instances of the class of a schema type; deeper than `depth` only what is required is made. */
export function instanceArbitrary(typeName: string, depth = 0): fc.Arbitrary<XmlObject> {
  const key = `${typeName}@${Math.min(depth, 4)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const members = membersOf(typeName);
  const arbitrary = fc
    .tuple(fc.record(memberArbitraries(members, depth)), choiceBranches(members.elements))
    .map(([values, chosen]) => assembleInstance(typeName, members, values, chosen));
  cache.set(key, arbitrary);
  return arbitrary;
}

/** The members of a type and of its bases, base first; each element with the type that declares it. */
interface TypeMembers {
  readonly attributes: IrClass["attributes"];
  readonly elements: readonly { readonly element: IrElement; readonly owner: string }[];
  readonly text: IrClass["text"];
}

function membersOf(typeName: string): TypeMembers {
  const chain: IrClass[] = [];
  for (
    let link: IrClass | undefined = classes.get(typeName)!;
    link !== undefined;
    link = link.base === undefined ? undefined : classes.get(link.base)
  )
    chain.unshift(link);
  return {
    attributes: chain.flatMap((link) => link.attributes),
    elements: chain.flatMap((link) => link.elements.map((element) => ({ element, owner: link.schemaName }))),
    text: chain.find((link) => link.text !== undefined)?.text,
  };
}

/** An arbitrary per member value: `@member` attributes, `owner/member` elements, `#value` the text. */
function memberArbitraries(members: TypeMembers, depth: number): Record<string, fc.Arbitrary<unknown>> {
  const shallow = depth >= 4;
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const attribute of members.attributes) {
    const value = scalarArbitrary(attribute.scalar);
    parts[`@${attribute.member}`] = attribute.required
      ? value
      : shallow
        ? fc.constant(undefined)
        : fc.option(value, { nil: undefined });
  }
  for (const { element, owner } of members.elements) {
    parts[`${owner}/${element.member}`] = elementArbitrary(element, depth, shallow);
    // A required choice needs its chosen branch to have content: a present value to fall back on.
    if (element.choices.some((choice) => choice.required))
      parts[`!${owner}/${element.member}`] = presentArbitrary(element, depth);
  }
  // Simple content always has a text, if only an empty one; it reads back as "".
  if (members.text !== undefined) parts["#value"] = scalarArbitrary(members.text);
  return parts;
}

/** One branch per choice group of each declaring type, keyed `owner#group`. */
function choiceBranches(elements: TypeMembers["elements"]): fc.Arbitrary<Record<string, number>> {
  const groups = new Map<string, number>();
  for (const { element, owner } of elements)
    for (const choice of element.choices)
      groups.set(`${owner}#${choice.group}`, Math.max(groups.get(`${owner}#${choice.group}`) ?? 0, choice.branch + 1));
  return fc.record(Object.fromEntries([...groups].map(([group, count]) => [group, fc.nat(count - 1)])));
}

/** The instance of the drawn values: only the chosen branches are set; an empty required choice gets its fallback. */
function assembleInstance(
  typeName: string,
  { attributes, elements }: TypeMembers,
  values: Record<string, unknown>,
  chosen: Record<string, number>,
): XmlObject {
  const object = types.get(typeName).create();
  const target = object as unknown as Record<string, unknown>;
  for (const attribute of attributes) {
    const value = values[`@${attribute.member}`];
    if (value !== undefined) target[attribute.member] = value;
  }
  const filled = new Set<string>();
  for (const { element, owner } of elements) {
    const taken = element.choices.every((choice) => chosen[`${owner}#${choice.group}`] === choice.branch);
    const value = values[`${owner}/${element.member}`];
    if (taken && value !== undefined) {
      target[element.member] = value;
      for (const choice of element.choices) filled.add(`${owner}#${choice.group}`);
    }
  }
  for (const { element, owner } of elements) {
    const taken = element.choices.every((choice) => chosen[`${owner}#${choice.group}`] === choice.branch);
    const empty = element.choices.filter((choice) => choice.required && !filled.has(`${owner}#${choice.group}`));
    if (taken && empty.length > 0) {
      target[element.member] = values[`!${owner}/${element.member}`];
      for (const choice of element.choices) filled.add(`${owner}#${choice.group}`);
    }
  }
  if (values["#value"] !== undefined) target.value = values["#value"];
  return object;
}

function contentArbitrary(content: IrContent, depth: number): fc.Arbitrary<unknown> {
  return content.kind === "scalar"
    ? scalarArbitrary(content.scalar)
    : fc.constant(null).chain(() => instanceArbitrary(content.type, depth + 1));
}

/** A value of an element with at least one occurrence. */
function presentArbitrary(element: IrElement, depth: number): fc.Arbitrary<unknown> {
  if (element.wrapped !== undefined)
    return fc.array(contentArbitrary(element.wrapped.content, depth), { maxLength: 2 });
  const one = contentArbitrary(element.content, depth);
  return isRepeated(element) ? fc.array(one, { minLength: 1, maxLength: 2 }) : one;
}

function elementArbitrary(element: IrElement, depth: number, shallow: boolean): fc.Arbitrary<unknown> {
  if (element.wrapped !== undefined) {
    const items = fc.array(contentArbitrary(element.wrapped.content, depth), { maxLength: shallow ? 0 : 3 });
    return element.minOccurs > 0 ? items : fc.option(items, { nil: undefined });
  }
  const one = contentArbitrary(element.content, depth);
  if (isRepeated(element)) {
    const max = Math.min(element.maxOccurs ?? Infinity, element.minOccurs + (shallow ? 0 : 3));
    // No occurrence reads back as no array at all, so an empty list is made as undefined.
    return fc
      .array(one, { minLength: element.minOccurs, maxLength: max })
      .map((list) => (list.length === 0 ? undefined : list));
  }
  if (element.minOccurs > 0) return one;
  return shallow ? fc.constant(undefined) : fc.option(one, { nil: undefined });
}

/** Every concrete class, by schema type name. */
export function concreteTypes(): string[] {
  return [...classes.values()].filter((type) => !type.abstract).map((type) => type.schemaName);
}

/** A document whose root is a list of objects, with the random items it holds: what the item-stream tests stream. */
export interface ListSample {
  readonly element: string;
  readonly list: XmlObject;
  readonly items: readonly XmlObject[];
  readonly itemClass: BoundClass<XmlObject>;
}

/** Random documents of every root that is a list of objects (`runs` each, at least 2); `roots` says how many roots. */
export function listRootSamples(runs: number, seed: number): { roots: number; samples: ListSample[] } {
  const wrappers = new Map(model.files.flatMap((file) => file.classes).map((type) => [type.schemaName, type] as const));
  const lists = model.files.flatMap((file) =>
    file.roots.filter((root) => wrappers.get(root.type)?.wrapperOf?.content.kind === "class"),
  );
  const samples: ListSample[] = [];
  for (const root of lists) {
    const wrapper = wrappers.get(root.type)!;
    const itemType = (wrapper.wrapperOf!.content as { type: string }).type;
    const arrays = fc.sample(fc.array(instanceArbitrary(itemType), { minLength: 1, maxLength: 4 }), {
      numRuns: Math.max(2, runs),
      seed,
    });
    for (const items of arrays) {
      const list = types.get(root.type).create();
      (list as unknown as Record<string, unknown>)[wrapper.elements[0]!.member] = items;
      const itemClass = types.get(itemType).create().constructor as BoundClass<XmlObject>;
      samples.push({ element: root.element, list, items, itemClass });
    }
  }
  return { roots: lists.length, samples };
}
