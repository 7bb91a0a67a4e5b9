/**
 * Matching a JSON property to a member of a class: exactly, by case only, or by a near spelling
 * (a letter or two apart), which is how a misspelt name on one side shows.
 */
import { isObject, type JsonObject } from "./json-value.js";
import { membersOf, type Member, type SchemaView } from "./schema-view.js";

/** How a property matched its member. */
export type MatchKind = "exact" | "case" | "spelling";

export interface MemberMatch {
  readonly member: Member;
  readonly kind: MatchKind;
}

/** The name EM's JSON gives a member: its own JSON name where the schema records one, else its XML name. */
export function jsonNameOf(member: Member): string {
  return member.kind === "element" ? (member.element.jsonName ?? member.name) : member.name;
}

/** The member a property stands for by its name: exactly, else by case only. */
export function matchMember(members: readonly Member[], property: string): MemberMatch | undefined {
  const exact = members.find((member) => jsonNameOf(member) === property);
  if (exact !== undefined) return { member: exact, kind: "exact" };
  const lower = property.toLowerCase();
  const byCase = members.find(
    (member) => jsonNameOf(member).toLowerCase() === lower || member.name.toLowerCase() === lower,
  );
  return byCase === undefined ? undefined : { member: byCase, kind: "case" };
}

/**
 * The member a property of an object of the class stands for: by name ({@link matchMember}); else
 * a member no other property names whose name is a near spelling; else, in a wrapper type, its one
 * repeated element, when the property is the object's only one and holds an array.
 */
export function matchProperty(
  view: SchemaView,
  typeName: string,
  object: JsonObject,
  property: string,
): MemberMatch | undefined {
  const members = membersOf(view, typeName);
  const byName = matchMember(members, property);
  if (byName !== undefined) return byName;
  const keys = Object.keys(object);
  const free = members.filter((member) => !keys.some((key) => matchMember([member], key) !== undefined));
  const near = free.find((member) => isNearSpelling(jsonNameOf(member), property));
  if (near !== undefined) return { member: near, kind: "spelling" };
  const wrapped = view.classes.get(typeName)?.wrapperOf !== undefined && keys.length === 1;
  const item = members.find((member) => member.kind === "element");
  return wrapped && Array.isArray(object[property]) && item !== undefined
    ? { member: item, kind: "spelling" }
    : undefined;
}

/** How well a JSON object fits a class: properties it names exactly or by case, less the others. */
export function shapeScore(view: SchemaView, typeName: string, value: unknown): number {
  if (!isObject(value)) return 0;
  const members = membersOf(view, typeName);
  return Object.keys(value).reduce((score, key) => score + (matchMember(members, key) === undefined ? -1 : 1), 0);
}

/** Whether two names differ by at most two letters (case aside), both being long enough to tell. */
export function isNearSpelling(left: string, right: string): boolean {
  if (Math.min(left.length, right.length) < 4) return false;
  return editDistance(left.toLowerCase(), right.toLowerCase()) <= 2;
}

/** Levenshtein distance. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}
