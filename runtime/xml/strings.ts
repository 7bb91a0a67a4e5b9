/**
 * Control over how V8 holds strings. A substring of 13 characters or more is a view into the
 * string it was cut from, and a string built by `+=` is a tree of its pieces: both keep more
 * memory alive than their characters. These are the two ways around that, in one place.
 */

/** V8's shortest substring that is a view rather than a copy. */
const SHORTEST_VIEW = 13;

/**
 * A copy of `text` in memory of its own, exactly its length, so keeping it keeps nothing it was cut
 * from (a shorter substring is a copy already). Equal texts share the copy.
 */
export function ownCopy(text: string): string {
  return text.length < SHORTEST_VIEW ? text : interned(text);
}

/**
 * V8's one internalised copy of `text` (a property key is internalised): memory of its own, and the
 * very string a literal of the same text in code is, so that comparing the two, or looking one up in
 * a `Map` keyed by the other, stops at their identity. Meant for the few dozen names of a vocabulary.
 */
export function interned(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}

/**
 * Makes V8 copy a string built by `+=` into one flat string now, while the many small pieces it was
 * made of are still young (collected cheaply) rather than kept until it is read.
 */
export function flattened(text: string): string {
  text.charCodeAt(text.length >> 1);
  return text;
}
