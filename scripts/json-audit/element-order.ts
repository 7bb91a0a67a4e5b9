/**
 * Whether elements, in the order a source gives them, keep the schema's order: each pair must come
 * as the sequence says, but for pairs the schema leaves open (branches of one choice, and the
 * repeated elements of one repeated choice).
 */
import { isRepeated, type IrElement } from "../../generator/ir.js";
import type { Member } from "./schema-view.js";

/** A member that is a child element. */
export type ElementMember = Extract<Member, { kind: "element" }>;

/** Whether elements of one declaring type, in the order given, break the schema's order. */
export function breaksOrder(elements: readonly ElementMember[]): boolean {
  return elements.some((later, j) =>
    elements.slice(0, j).some((earlier) => later.index < earlier.index && ordered(earlier.element, later.element)),
  );
}

/** Member names, comma-separated. */
export function namesOf(members: readonly Member[]): string {
  return members.map((member) => member.name).join(", ");
}

/** The same elements in schema order. */
export function inSchemaOrder(elements: readonly ElementMember[]): ElementMember[] {
  return [...elements].sort((left, right) => left.index - right.index);
}

/** Whether the schema fixes the relative order of two elements of one type. */
function ordered(left: IrElement, right: IrElement): boolean {
  return !left.choices.some((choice) =>
    right.choices.some(
      (other) =>
        other.group === choice.group && (other.branch !== choice.branch || (isRepeated(left) && isRepeated(right))),
    ),
  );
}
