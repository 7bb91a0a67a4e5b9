/**
 * What strict reading and validation check of an object read from JSON once it has ended: required
 * attributes and elements, occurrences, and choices. JSON has no order to check (EM's reader takes
 * properties in any order), so this looks at the finished object rather than at each property.
 */
import type { ClassBinding, ElementSlot } from "../xml/class-binding.js";
import { jsonLayout } from "./json-layout.js";
import type { JsonCase } from "./json-names.js";

/** Hands a finding about the object to the reader, which locates it. */
export type ObjectReport = (severity: "error" | "warning", message: string) => void;

/** Checks a finished object against its binding's occurrences and choices. */
export function checkJsonObject(binding: ClassBinding, object: object, jsonCase: JsonCase, report: ObjectReport): void {
  const values = object as Record<string, unknown>;
  const nameOf = (member: string) =>
    jsonLayout(binding).properties.find((property) => property.member === member)?.names[jsonCase] ?? member;
  for (const field of binding.attributes) {
    if (field.required && values[field.member] === undefined)
      report("error", `property ${nameOf(field.member)} is missing (the schema requires it)`);
  }
  const counts = binding.elements.map((slot) => occurrences(slot, values[slot.member]));
  for (const link of binding.chain) {
    for (const choice of link.choices) {
      const taken = choice.branches.filter((branch) =>
        branch.some((element) => counts[binding.element(element)!.position]! > 0),
      );
      const names = (branches: readonly (readonly string[])[]) =>
        branches.map((branch) => nameOf(binding.element(branch[0]!)!.member));
      if (taken.length > 1) report("error", `${names(taken).join(" and ")} are alternatives: only one may be present`);
      else if (taken.length === 0 && choice.required)
        report("error", `one of ${names(choice.branches).join(", ")} is needed`);
    }
  }
  for (const slot of binding.elements) {
    const count = counts[slot.position]!;
    const max = slot.kind === "scalar" || slot.kind === "object" ? slot.max : 1;
    if (count < slot.min) {
      const required = slot.min === 1 ? "it" : `at least ${slot.min}`;
      report("error", `property ${nameOf(slot.member)} is missing (the schema requires ${required})`);
    } else if (count > max) {
      report("error", `property ${nameOf(slot.member)} has ${count} items, more than the ${max} the schema allows`);
    }
  }
}

/** How many times an element occurs, given its member's value. */
function occurrences(slot: ElementSlot, value: unknown): number {
  if (value === undefined || value === null) return 0;
  if ((slot.kind === "scalar" || slot.kind === "object") && slot.repeated && Array.isArray(value))
    return value.filter((item) => item !== null && item !== undefined).length;
  return 1;
}
