/**
 * Gives every generated name in one place: classes and enumeration types (PascalCase), codec
 * constants and field tables, members (camelCase, plural for arrays). Module-level names share one
 * namespace across the generated set, apart from what JavaScript and the runtime already name, so
 * no import can clash with a local name; collisions are renamed deterministically.
 */
import { classIndex, isRepeated, lookUp, type IrClass, type IrFile, type IrModel } from "../ir.js";
import { camelCase, pascalCase, plural } from "./name-forms.js";

/**
 * Names a generated module may not take because JavaScript or TypeScript already gives them a
 * meaning; the runtime's own names come with the model (`reservedNames`).
 */
const GLOBAL_NAMES = [
  "Array",
  "ArrayBuffer",
  "BigInt",
  "Boolean",
  "Buffer",
  "DataView",
  "Date",
  "Error",
  "EvalError",
  "Function",
  "Infinity",
  "Intl",
  "JSON",
  "Map",
  "Math",
  "NaN",
  "Number",
  "Object",
  "Promise",
  "Proxy",
  "RangeError",
  "ReferenceError",
  "Reflect",
  "RegExp",
  "Set",
  "String",
  "Symbol",
  "SyntaxError",
  "TypeError",
  "URIError",
  "URL",
  "WeakMap",
  "WeakRef",
  "WeakSet",
  "Record",
  "Partial",
  "Required",
  "Readonly",
  "Pick",
  "Omit",
  "Exclude",
  "Extract",
  "NonNullable",
  "Parameters",
  "ReturnType",
  "InstanceType",
  "Awaited",
];

/** Member names that would break an object or shadow what every class has. */
const RESERVED_MEMBERS = new Set([
  "constructor",
  "__proto__",
  "prototype",
  "binding",
  "toString",
  "toJSON",
  "valueOf",
  "hasOwnProperty",
]);

/** The module-level names of the generated set: each given once, none of them reserved. */
class ModuleNames {
  private readonly taken = new Set<string>();
  constructor(private readonly reserved: ReadonlySet<string>) {}

  /** The first free candidate, else the last one numbered from 2. */
  claim(candidates: readonly string[]): string {
    const free = candidates.find((candidate) => !this.reserved.has(candidate) && !this.taken.has(candidate));
    let name = free;
    if (name === undefined) {
      const base = candidates[candidates.length - 1]!;
      let index = 2;
      while (this.taken.has(`${base}${index}`) || this.reserved.has(`${base}${index}`)) index++;
      name = `${base}${index}`;
    }
    this.taken.add(name);
    return name;
  }
}

/** Every name the pass assigns, by schema type name (and for members, by type and key). */
interface Names {
  readonly types: Map<string, string>;
  readonly codecs: Map<string, string>;
  readonly fieldTables: Map<string, string>;
  readonly members: (type: IrClass) => ReadonlyMap<string, string>;
}

export function allocateNames(model: IrModel): IrModel {
  const moduleNames = new ModuleNames(new Set([...GLOBAL_NAMES, ...model.reservedNames]));
  const types = typeNames(model, moduleNames);
  const names: Names = {
    types,
    ...constantNames(model, types, moduleNames),
    members: memberNamer(model),
  };
  return { ...model, files: model.files.map((file) => nameFile(file, names)) };
}

/**
 * Class and enumeration names. Classes named after their one root element come first, so `NASJob`
 * wins over a look-alike type name; then the other classes and the simple types, file by file.
 */
function typeNames(model: IrModel, moduleNames: ModuleNames): Map<string, string> {
  const rootsByType = new Map<string, string[]>();
  for (const root of model.files.flatMap((file) => file.roots))
    rootsByType.set(root.type, [...(rootsByType.get(root.type) ?? []), root.element]);
  const stripped = (name: string) => pascalCase(name.replace(/Type$/, "") || name);
  const names = new Map<string, string>();
  const claim = (schemaName: string, candidates: string[]) => names.set(schemaName, moduleNames.claim(candidates));
  for (const type of model.files.flatMap((file) => file.classes)) {
    const roots = rootsByType.get(type.schemaName);
    if (roots?.length === 1)
      claim(type.schemaName, [pascalCase(roots[0]!), stripped(type.schemaName), pascalCase(type.schemaName)]);
  }
  for (const file of model.files) {
    for (const type of file.classes)
      if (!names.has(type.schemaName)) claim(type.schemaName, [stripped(type.schemaName), pascalCase(type.schemaName)]);
    for (const simple of file.simpleTypes)
      claim(simple.schemaName, [stripped(simple.schemaName), pascalCase(simple.schemaName)]);
  }
  return names;
}

/** The codec constant of each simple type (`jobTypeCodec`) and the field table of each class with fields (`NASJobFields`). */
function constantNames(
  model: IrModel,
  types: ReadonlyMap<string, string>,
  moduleNames: ModuleNames,
): Pick<Names, "codecs" | "fieldTables"> {
  const codecs = new Map<string, string>();
  const fieldTables = new Map<string, string>();
  for (const file of model.files) {
    for (const simple of file.simpleTypes)
      codecs.set(simple.schemaName, moduleNames.claim([`${camelCase(types.get(simple.schemaName)!)}Codec`]));
    for (const type of file.classes)
      if (type.attributes.length + type.elements.length > 0)
        fieldTables.set(type.schemaName, moduleNames.claim([`${types.get(type.schemaName)!}Fields`]));
  }
  return { codecs, fieldTables };
}

/**
 * Member names by class: `@Name` for attributes, `#text` for the text, the element name for
 * elements. An inherited field keeps its base's name; a new one that clashes is numbered.
 */
function memberNamer(model: IrModel): (type: IrClass) => ReadonlyMap<string, string> {
  const classes = classIndex(model);
  const cache = new Map<string, ReadonlyMap<string, string>>();
  const membersOf = (type: IrClass): ReadonlyMap<string, string> => {
    const cached = cache.get(type.schemaName);
    if (cached !== undefined) return cached;
    const base = type.base === undefined ? undefined : lookUp(classes, type.base);
    const members = new Map(base === undefined ? [] : membersOf(base));
    const used = new Set(members.values());
    const pick = (key: string, wanted: string) => {
      if (members.has(key)) return;
      const allowed = RESERVED_MEMBERS.has(wanted) ? `${wanted}_` : wanted;
      let name = allowed;
      for (let index = 2; used.has(name); index++) name = `${allowed}${index}`;
      used.add(name);
      members.set(key, name);
    };
    // The runtime reads and writes the text content as `value`, so the text claims it first.
    if (type.text !== undefined) pick("#text", "value");
    for (const attribute of type.attributes) pick(`@${attribute.xmlName}`, camelCase(attribute.xmlName));
    for (const element of type.elements) {
      const member = camelCase(element.xmlName);
      pick(element.xmlName, isRepeated(element) ? plural(member) : member);
    }
    cache.set(type.schemaName, members);
    return members;
  };
  return membersOf;
}

function nameFile(file: IrFile, names: Names): IrFile {
  return {
    ...file,
    simpleTypes: file.simpleTypes.map((simple) => ({
      ...simple,
      tsName: names.types.get(simple.schemaName)!,
      codecName: names.codecs.get(simple.schemaName)!,
    })),
    classes: file.classes.map((type) => {
      const members = names.members(type);
      return {
        ...type,
        tsName: names.types.get(type.schemaName)!,
        fieldsName: names.fieldTables.get(type.schemaName),
        attributes: type.attributes.map((attribute) => ({
          ...attribute,
          member: members.get(`@${attribute.xmlName}`)!,
        })),
        elements: type.elements.map((element) => ({ ...element, member: members.get(element.xmlName)! })),
      };
    }),
  };
}
