/** Finds the elements of a type whose place in the sequence changed. */
import type { MemberView } from "./schema-view.js";

/** An element that moved, with the element it followed before and follows now. */
export interface MovedElement {
  readonly key: string;
  readonly before: string;
  readonly after: string;
}

/**
 * The elements on both sides whose relative order changed: the longest run of common elements that
 * keeps its order stays; the others moved. Elements of one choice share a slot, so reordering the
 * branches of a choice is no move.
 */
export function movedElements(before: readonly MemberView[], after: readonly MemberView[]): MovedElement[] {
  const newSlots = new Map(after.filter((member) => member.slot >= 0).map((member) => [member.key, member.slot]));
  const common = before.filter((member) => member.slot >= 0 && newSlots.has(member.key));
  const slots = common.map((member) => newSlots.get(member.key)!);
  const kept = longestNonDecreasing(slots);
  return common
    .filter((_, index) => !kept.has(index))
    .map((member) => ({ key: member.key, before: follows(before, member.key), after: follows(after, member.key) }));
}

/** The indexes of a longest non-decreasing subsequence (O(n²); types have tens of elements). */
function longestNonDecreasing(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let best = -1;
  values.forEach((value, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      if (values[earlier]! <= value && length[earlier]! + 1 > length[index]!) {
        length[index] = length[earlier]! + 1;
        previous[index] = earlier;
      }
    }
    if (best < 0 || length[index]! > length[best]!) best = index;
  });
  const kept = new Set<number>();
  for (let index = best; index >= 0; index = previous[index]!) kept.add(index);
  return kept;
}

/** `after Description`, or `first`. */
function follows(members: readonly MemberView[], key: string): string {
  const elements = members.filter((member) => member.slot >= 0);
  const index = elements.findIndex((member) => member.key === key);
  return index <= 0 ? "first" : `after ${elements[index - 1]!.key}`;
}
