/**
 * Property names of EM's JSON form. EM names properties after its .NET classes: an element or
 * attribute by its name, unless the schema records another (`jsonName`); an array by the plural its
 * class uses (`Refs` holds the `Ref` elements). EM 12 writes them in PascalCase as the classes have
 * them; EM 13 in camelCase, with .NET's rule for leading capitals (`UID` → `uid`, `CPUCount` →
 * `cpuCount`). Readers match names without regard to case, as EM's own reader does.
 */

/** The property-name case of a JSON document: EM 12 writes `pascal`, EM 13 `camel`. */
export type JsonCase = "pascal" | "camel";

/** The name `.NET`'s camel-case naming gives a PascalCase name: leading capitals lowered up to the last one before a lower-case letter. */
export function camelName(name: string): string {
  if (name === "" || !isUpper(name.charCodeAt(0))) return name;
  let lowered = 0;
  for (let index = 0; index < name.length; index++) {
    if (index === 1 && !isUpper(name.charCodeAt(index))) break;
    const hasNext = index + 1 < name.length;
    if (index > 0 && hasNext && !isUpper(name.charCodeAt(index + 1))) break;
    lowered = index + 1;
  }
  return name.slice(0, lowered).toLowerCase() + name.slice(lowered);
}

/**
 * The name of an array property for items named `item` when the schema records none: its English
 * plural, as EM's classes name their lists (`Refs`, `BackupJobSessions`, `CdpPolicies`); a name that
 * ends in `s` already is kept (`Days`, `Items`). Every array of EM's JSON examples is named so.
 */
export function arrayName(item: string): string {
  if (item.endsWith("s")) return item;
  if (/[^aeiou]y$/.test(item)) return `${item.slice(0, -1)}ies`;
  if (/(x|z|ch|sh)$/.test(item)) return `${item}es`;
  return `${item}s`;
}

/** The property EM's JSON gives the text of a simple-content element (the .NET `Value`). */
export const TEXT_PROPERTY = "Value";

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
