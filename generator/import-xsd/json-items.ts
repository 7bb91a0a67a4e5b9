/** Plain JSON values of schema files, and what the items of their lists are known by. */

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What each item of a list is known by: an attribute or type by its name, an element by its name,
 * a nested group by its kind and rank among the groups, `xs:any` by its rank; plain values by nothing.
 */
export function identities(items: readonly Json[]): (string | undefined)[] {
  const ranks = new Map<string, number>();
  return items.map((item) => {
    if (!isJsonObject(item)) return undefined;
    if (typeof item.name === "string") return `name ${item.name}`;
    if (typeof item.element === "string") return `element ${item.element}`;
    const kind = "sequence" in item ? "sequence" : "choice" in item ? "choice" : "any" in item ? "any" : "other";
    const rank = ranks.get(kind) ?? 0;
    ranks.set(kind, rank + 1);
    return `${kind} ${rank}`;
  });
}
