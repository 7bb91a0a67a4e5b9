/**
 * Item streaming for a reader: the items of the document's first list go to a callback as each one
 * completes instead of being kept, and they are checked once, at the first, against the class the
 * caller named.
 */
import type { ElementSlot } from "./class-binding.js";
import type { BoundClass } from "./xml-object.js";

export class ItemStream {
  /** Where the items go; undefined when the reader keeps them. */
  onItem: ((item: unknown) => void) | undefined;
  private itemType: BoundClass | undefined;
  private field: ElementSlot | undefined;
  private depth = -1;

  /** `fail` stops the read with a located error; `nameAt` names the element open at a depth. */
  constructor(
    private readonly fail: (reason: string) => never,
    private readonly nameAt: (depth: number) => string,
  ) {}

  /** Streams the items of the next document's first list to `onItem` (undefined: keeps them). */
  start(onItem: ((item: unknown) => void) | undefined, itemType?: BoundClass): void {
    this.onItem = onItem;
    this.itemType = itemType;
    this.field = undefined;
    this.depth = -1;
  }

  /** Whether an occurrence of a list field under the element at `parentDepth` is a streamed item. */
  isStreamed(slot: ElementSlot, parentDepth: number): boolean {
    if (this.onItem === undefined) return false;
    if (this.field === undefined) {
      this.field = slot;
      this.depth = parentDepth;
      if (this.itemType !== undefined) this.checkItemType(slot, this.itemType, this.nameAt(parentDepth));
    }
    return this.field === slot && this.depth === parentDepth;
  }

  /** The items of the first list are all of the field's class. */
  private checkItemType(slot: ElementSlot, expected: BoundClass, parent: string): void {
    const item = slot.kind === "wrappedObjects" || slot.kind === "wrappedScalars" ? slot.item : slot.name;
    const items = `the ${item} items of ${parent}`;
    if (slot.kind === "scalar" || slot.kind === "wrappedScalars")
      this.fail(`${items} are ${slot.codec.name} values, not ${expected.binding.className} objects`);
    if (!slot.binding.extends(expected.binding))
      this.fail(`${items} are ${slot.binding.className} objects, not ${expected.binding.className}`);
  }
}
