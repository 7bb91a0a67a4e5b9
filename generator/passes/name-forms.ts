/** The forms generated names take: PascalCase types, camelCase members and constants, plural arrays. */

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
