/** What values a scalar accepts on the wire, and whether one set of rules accepts all another did. */
import { builtinFacts, isBuiltin } from "../builtin-types.js";
import type { IrScalar } from "../ir.js";

/** The rules of a scalar: its built-in, the enumeration values and the patterns it must match. */
export interface ValueRestriction {
  readonly builtin: string;
  readonly values: readonly string[] | undefined;
  readonly patterns: readonly string[];
}

/** The restriction of a scalar, given the values of the enumerations by name. */
export function restrictionOf(scalar: IrScalar, values: ReadonlyMap<string, readonly string[]>): ValueRestriction {
  return {
    builtin: scalar.builtin,
    values: scalar.enumeration === undefined ? undefined : values.get(scalar.enumeration),
    patterns: scalar.patterns.map(normalizePattern),
  };
}

/**
 * Whether every value `before` accepts, `after` accepts too. Patterns are compared as text: a
 * changed pattern counts as narrowing, since no one can tell in general.
 */
export function acceptsAllOf(before: ValueRestriction, after: ValueRestriction): boolean {
  const builtin =
    before.builtin === after.builtin ||
    (isBuiltin(before.builtin) && builtinFacts(before.builtin).widerTypes.includes(after.builtin));
  const values =
    after.values === undefined ||
    (before.values !== undefined && before.values.every((v) => after.values!.includes(v)));
  const patterns = after.patterns.every((pattern) => before.patterns.includes(pattern));
  return builtin && values && patterns;
}

/** Characters a backslash changes the meaning of in an XSD pattern (escaping anything else is noise). */
const META_CHARACTERS = new Set([..."\\|.-^?*+{}()[]$"]);

/** Drops escapes that change nothing (`urn\:veeam` is `urn:veeam`), so that spelling is no change. */
export function normalizePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, (escape, character: string) =>
    /[A-Za-z0-9]/.test(character) || META_CHARACTERS.has(character) ? escape : character,
  );
}
