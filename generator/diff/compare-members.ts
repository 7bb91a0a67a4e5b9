/** Compares one element, attribute or text content present on both sides of a type. */
import { change, type ChangeKind, type SchemaChange } from "./change-kinds.js";
import type { MemberView } from "./schema-view.js";
import { acceptsAllOf } from "./value-restriction.js";

/** Where a member sits: its type's path, TypeScript class and schema file. */
export interface MemberPlace {
  readonly type: string;
  readonly tsClass: string;
  readonly area: string;
  readonly docs: boolean;
}

type Emit = (kind: ChangeKind, old: string | undefined, now: string | undefined) => void;

/** Every change of one member, name and type first, then occurs, choice, default and doc. */
export function compareMember(place: MemberPlace, before: MemberView, after: MemberView): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const path = `${place.type}/${after.key}`;
  const typescript = `${place.tsClass}.${after.member}`;
  const emit: Emit = (kind, old, now) =>
    changes.push(change(kind, path, { old, new: now, area: place.area, typescript }));
  if (before.member !== after.member) emit("member-renamed-in-ts", before.member, after.member);
  compareTypes(before, after, emit);
  compareMinOccurs(before, after, emit);
  compareMaxOccurs(before, after, emit);
  if (before.exclusive !== after.exclusive) {
    const where = (member: MemberView) => (member.exclusive ? "in a choice" : "in a sequence");
    emit(after.exclusive ? "member-now-exclusive" : "member-no-longer-exclusive", where(before), where(after));
  }
  if (before.defaultValue !== after.defaultValue) emit("default-changed", before.defaultValue, after.defaultValue);
  if (place.docs && before.doc !== after.doc) emit("doc-changed", before.doc, after.doc);
  return changes;
}

/** `xs:int (number)`: the XML type, and the TypeScript type when it reads differently. */
export function describeType(member: MemberView): string {
  return member.tsType === member.xmlType ? member.xmlType : `${member.xmlType} (${member.tsType})`;
}

function compareTypes(before: MemberView, after: MemberView, emit: Emit): void {
  if (before.xmlIdentity !== after.xmlIdentity) {
    if (before.tsIdentity !== after.tsIdentity) emit("member-retyped", describeType(before), describeType(after));
    else if (before.restriction !== undefined && after.restriction !== undefined)
      emit(
        acceptsAllOf(before.restriction, after.restriction) ? "value-widened" : "value-narrowed",
        before.xmlType,
        after.xmlType,
      );
    else if (before.wrappedItem !== undefined && before.wrappedItem === after.wrappedItem)
      emit("wrapper-type-replaced", before.xmlType, after.xmlType);
    else emit("content-type-changed", describeWrapper(before), describeWrapper(after));
  } else if (before.tsIdentity !== after.tsIdentity || (before.array !== after.array && sameMax(before, after)))
    // Same XML type, another TypeScript type: a wrapper type began or stopped collapsing into an array.
    emit("member-retyped-in-ts", before.tsType, after.tsType);
}

/** `LinkListType (Link items)`: a wrapper's type and its item element. */
function describeWrapper(member: MemberView): string {
  return member.wrappedItem === undefined ? member.xmlType : `${member.xmlType} (${member.wrappedItem} items)`;
}

function sameMax(before: MemberView, after: MemberView): boolean {
  return before.maxOccurs === after.maxOccurs;
}

/** `0..1`, `1..unbounded` for elements; `required` or `optional` for attributes. */
export function occurs(member: Pick<MemberView, "key" | "minOccurs" | "maxOccurs">): string {
  if (member.key.startsWith("@")) return member.minOccurs > 0 ? "required" : "optional";
  return `${member.minOccurs}..${member.maxOccurs ?? "unbounded"}`;
}

function compareMinOccurs(before: MemberView, after: MemberView, emit: Emit): void {
  const { minOccurs: was } = before;
  const { minOccurs: is } = after;
  if (was === is) return;
  const kind: ChangeKind =
    was === 0
      ? "member-now-required"
      : is === 0 && !before.optional && after.optional
        ? "member-now-optional"
        : is > was
          ? "min-occurs-raised"
          : "min-occurs-lowered";
  emit(kind, occurs(before), occurs(after));
}

function compareMaxOccurs(before: MemberView, after: MemberView, emit: Emit): void {
  if (sameMax(before, after)) return;
  const limit = (max: number | undefined) => max ?? Number.POSITIVE_INFINITY;
  const kind: ChangeKind =
    !before.array && after.array
      ? "member-now-array"
      : before.array && !after.array
        ? "member-now-single"
        : limit(after.maxOccurs) < limit(before.maxOccurs)
          ? "max-occurs-lowered"
          : "max-occurs-raised";
  const describe = (member: MemberView) => `${occurs(member)} (${member.tsType})`;
  emit(kind, describe(before), describe(after));
}
