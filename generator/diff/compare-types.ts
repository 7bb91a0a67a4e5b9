/** Compares the complex types of two views: types added and removed, and each common type's members. */
import { change, type SchemaChange } from "./change-kinds.js";
import { compareMember, describeType, occurs, type MemberPlace } from "./compare-members.js";
import { movedElements } from "./compare-order.js";
import type { MemberView, SchemaView, TypeView } from "./schema-view.js";

/** Every change of the complex types between two views. */
export function compareTypes(before: SchemaView, after: SchemaView, docs: boolean): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [name, old] of before.types) {
    const now = after.types.get(name);
    if (now === undefined)
      changes.push(change("type-removed", name, { old: old.tsName, area: old.area, typescript: old.tsName }));
    else changes.push(...compareType(old, now, { before, after, docs }));
  }
  for (const [name, now] of after.types) {
    if (!before.types.has(name))
      changes.push(change("type-added", name, { new: now.tsName, area: now.area, typescript: now.tsName }));
  }
  return changes;
}

interface Sides {
  readonly before: SchemaView;
  readonly after: SchemaView;
  readonly docs: boolean;
}

function compareType(old: TypeView, now: TypeView, sides: Sides): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const at = { area: now.area, typescript: now.tsName };
  const emit = (kind: Parameters<typeof change>[0], before?: string, after?: string) =>
    changes.push(change(kind, now.name, { old: before, new: after, ...at }));
  if (old.tsName !== now.tsName) emit("type-renamed-in-ts", old.tsName, now.tsName);
  if (old.base !== now.base) emit("base-changed", old.base ?? "(none)", now.base ?? "(none)");
  const abstract = (type: TypeView) => (type.abstract ? "abstract" : "concrete");
  if (old.abstract !== now.abstract)
    emit(now.abstract ? "type-now-abstract" : "type-no-longer-abstract", abstract(old), abstract(now));
  const content = (type: TypeView) => (type.openContent ? "open (xs:any)" : "closed");
  if (old.openContent !== now.openContent)
    emit(now.openContent ? "open-content-added" : "open-content-removed", content(old), content(now));
  if (sides.docs && old.doc !== now.doc) emit("doc-changed", old.doc, now.doc);
  changes.push(...compareOwnMembers(old, now, sides));
  return changes;
}

/** A member of a type or of one of its bases, with the type that declares it. */
function findMember(
  view: SchemaView,
  type: TypeView,
  key: string,
): { owner: TypeView; member: MemberView } | undefined {
  for (let owner: TypeView | undefined = type; owner !== undefined;) {
    const member = owner.members.find((candidate) => candidate.key === key);
    if (member !== undefined) return { owner, member };
    owner = owner.base === undefined ? undefined : view.types.get(owner.base);
  }
  return undefined;
}

function compareOwnMembers(old: TypeView, now: TypeView, sides: Sides): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const place: MemberPlace = { type: now.name, tsClass: now.tsName, area: now.area, docs: sides.docs };
  const at = (member: MemberView) => ({ area: now.area, typescript: `${now.tsName}.${member.member}` });
  const path = (member: MemberView) => `${now.name}/${member.key}`;
  for (const was of old.members) {
    const is = findMember(sides.after, now, was.key);
    if (is === undefined) changes.push(change("member-removed", path(was), { old: describeType(was), ...at(was) }));
    else if (is.owner === now) changes.push(...compareMember(place, was, is.member));
    else {
      // Moved up into a base: the same member, now written with the base's members, before this type's.
      const where = { old: `declared in ${old.name}`, new: `declared in ${is.owner.name}` };
      if (was.slot >= 0) changes.push(change("member-moved", path(was), { ...where, ...at(was) }));
      changes.push(...compareMember(place, was, is.member));
    }
  }
  for (const is of now.members) {
    if (old.members.some((member) => member.key === is.key)) continue;
    const was = findMember(sides.before, old, is.key);
    if (was === undefined) {
      const kind = is.minOccurs > 0 ? "required-member-added" : "member-added";
      changes.push(change(kind, path(is), { new: `${describeType(is)} ${occurs(is)}`, ...at(is) }));
    } else {
      const where = { old: `declared in ${was.owner.name}`, new: `declared in ${now.name}` };
      if (is.slot >= 0) changes.push(change("member-moved", path(is), { ...where, ...at(is) }));
      changes.push(...compareMember(place, was.member, is));
    }
  }
  for (const moved of movedElements(old.members, now.members)) {
    const member = now.members.find((candidate) => candidate.key === moved.key)!;
    changes.push(change("member-moved", path(member), { old: moved.before, new: moved.after, ...at(member) }));
  }
  return changes;
}
