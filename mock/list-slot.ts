/** Lists in bindings: which element slots hold many items, and a collection class's list member. */
import type { ClassBinding, ElementSlot } from "../runtime/xml/binding.js";

/** Whether a slot holds a list: a wrapper surfaced as an array, or a repeated element. */
export function isList(slot: ElementSlot): boolean {
  return slot.kind === "wrappedObjects" || slot.kind === "wrappedScalars" || slot.repeated;
}

/** The list member of a collection class (`BackupJobSessions` holds `backupJobSessions`). */
export function listSlotOf(binding: ClassBinding): ElementSlot | undefined {
  return binding.elements.find(isList);
}
