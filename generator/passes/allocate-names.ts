/**
 * Gives every class, enumeration and member its TypeScript name, in one place: PascalCase types,
 * camelCase members, plural names for arrays, and collisions renamed deterministically.
 */
import { classIndex, isRepeated, type IrClass, type IrModel } from "../ir.js";

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

/** `NASJob` stays, `UID` → `uid`, `ACLEntries` → `aclEntries`, `HierarchyObjRef` → `hierarchyObjRef`. */
export function camelCase(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, "_");
  const match = /^[A-Z]+/.exec(cleaned);
  if (match === null) return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
  const run = match[0];
  if (run.length === cleaned.length) return cleaned.toLowerCase();
  if (run.length === 1) return cleaned[0]!.toLowerCase() + cleaned.slice(1);
  // The last capital of a run starts the next word: `ACLEntries` → `acl` + `Entries`.
  return run.slice(0, -1).toLowerCase() + cleaned.slice(run.length - 1);
}

/** PascalCase with the first letter raised and anything not an identifier character dropped. */
export function pascalCase(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]+(.)?/g, (_, next: string | undefined) => (next ?? "").toUpperCase());
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned[0]!.toUpperCase() + cleaned.slice(1);
}

/** `Link` → `links`, `Days` → `days`, `Entry` → `entries`. */
export function plural(member: string): string {
  if (/(s|x|z|ch|sh)$/.test(member)) return member;
  if (/[^aeiou]y$/.test(member)) return `${member.slice(0, -1)}ies`;
  return `${member}s`;
}

export function allocateNames(model: IrModel): IrModel {
  const classes = classIndex(model);
  const rootsByType = new Map<string, string[]>();
  for (const file of model.files) {
    for (const root of file.roots) rootsByType.set(root.type, [...(rootsByType.get(root.type) ?? []), root.element]);
  }

  const reserved = new Set([...GLOBAL_NAMES, ...model.reservedNames]);
  const taken = new Set<string>();
  const typeNames = new Map<string, string>();
  const claim = (schemaName: string, candidates: string[]) => {
    for (const candidate of candidates) {
      if (!reserved.has(candidate) && !taken.has(candidate)) {
        taken.add(candidate);
        typeNames.set(schemaName, candidate);
        return;
      }
    }
    const base = candidates[candidates.length - 1]!;
    let index = 2;
    while (taken.has(`${base}${index}`)) index++;
    taken.add(`${base}${index}`);
    typeNames.set(schemaName, `${base}${index}`);
  };
  const stripped = (name: string) => pascalCase(name.replace(/Type$/, "") || name);
  // Classes named after their one root element come first, so `NASJob` wins over a look-alike type name.
  for (const file of model.files) {
    for (const type of file.classes) {
      const roots = rootsByType.get(type.schemaName);
      if (roots?.length === 1)
        claim(type.schemaName, [pascalCase(roots[0]!), stripped(type.schemaName), pascalCase(type.schemaName)]);
    }
  }
  for (const file of model.files) {
    for (const type of file.classes) {
      if (!typeNames.has(type.schemaName))
        claim(type.schemaName, [stripped(type.schemaName), pascalCase(type.schemaName)]);
    }
    for (const enumeration of file.simpleTypes)
      claim(enumeration.schemaName, [stripped(enumeration.schemaName), pascalCase(enumeration.schemaName)]);
  }

  const memberNames = new Map<string, Map<string, string>>();
  const membersOf = (type: IrClass): Map<string, string> => {
    const cached = memberNames.get(type.schemaName);
    if (cached !== undefined) return cached;
    const inherited = type.base === undefined ? new Map<string, string>() : membersOf(classes.get(type.base)!);
    const own = new Map<string, string>();
    const used = new Set<string>(inherited.values());
    const pick = (key: string, wanted: string) => {
      let name = RESERVED_MEMBERS.has(wanted) ? `${wanted}_` : wanted;
      // An inherited member with the same key is the same field; a clash with another one is renamed.
      if (inherited.get(key) !== undefined) name = inherited.get(key)!;
      else if (used.has(name)) {
        let index = 2;
        while (used.has(`${name}${index}`)) index++;
        name = `${name}${index}`;
      }
      used.add(name);
      own.set(key, name);
    };
    if (type.text !== undefined && !inherited.has("#text")) pick("#text", "value");
    for (const attribute of type.attributes) pick(`@${attribute.xmlName}`, camelCase(attribute.xmlName));
    for (const element of type.elements) {
      const member = camelCase(element.xmlName);
      pick(element.xmlName, isRepeated(element) ? plural(member) : member);
    }
    const all = new Map([...inherited, ...own]);
    memberNames.set(type.schemaName, all);
    return all;
  };

  return {
    ...model,
    files: model.files.map((file) => ({
      ...file,
      simpleTypes: file.simpleTypes.map((simple) => ({ ...simple, tsName: typeNames.get(simple.schemaName)! })),
      classes: file.classes.map((type) => {
        const members = membersOf(type);
        return {
          ...type,
          tsName: typeNames.get(type.schemaName)!,
          attributes: type.attributes.map((attribute) => ({
            ...attribute,
            member: members.get(`@${attribute.xmlName}`)!,
          })),
          elements: type.elements.map((element) => ({ ...element, member: members.get(element.xmlName)! })),
        };
      }),
    })),
  };
}
