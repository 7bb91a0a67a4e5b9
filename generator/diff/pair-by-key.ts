/** Pairs the items of two sides by a list of identities, tried in order on what is still unpaired. */

/** Items of both sides, paired; what is left over was removed or added. */
export interface Pairing<T> {
  readonly pairs: readonly (readonly [T, T])[];
  readonly removed: readonly T[];
  readonly added: readonly T[];
}

/** An identity of an item; `undefined` when the item has none of this sort. */
export type Identity<T> = (item: T) => string | undefined;

/**
 * Pairs `before` with `after`: by the first identity, then the left-over items by the next, and so
 * on. An identity pairs two items only when each is the only unpaired item with it on its side, so
 * that no guess is made between look-alikes. Pairs keep the order of `before`.
 */
export function pairByKey<T>(
  before: readonly T[],
  after: readonly T[],
  identities: readonly Identity<T>[],
): Pairing<T> {
  const partner = new Map<T, T>();
  let oldLeft = [...before];
  let newLeft = [...after];
  for (const identity of identities) {
    const newByKey = unique(newLeft, identity);
    for (const [key, old] of unique(oldLeft, identity)) {
      const now = newByKey.get(key);
      if (now !== undefined) partner.set(old, now);
    }
    const paired = new Set(partner.values());
    oldLeft = oldLeft.filter((item) => !partner.has(item));
    newLeft = newLeft.filter((item) => !paired.has(item));
  }
  return {
    pairs: before.filter((item) => partner.has(item)).map((item) => [item, partner.get(item)!] as const),
    removed: oldLeft,
    added: newLeft,
  };
}

/** The items whose identity no other item shares, by identity. */
function unique<T>(items: readonly T[], identity: Identity<T>): Map<string, T> {
  const byKey = new Map<string, T>();
  const shared = new Set<string>();
  for (const item of items) {
    const key = identity(item);
    if (key === undefined) continue;
    if (byKey.has(key)) shared.add(key);
    byKey.set(key, item);
  }
  for (const key of shared) byKey.delete(key);
  return byKey;
}
