/** The reader's frames: one per open element, reused from depth to depth, and what they decide. */
import type { ClassBinding, ElementSlot, ScalarSlot, WrappedObjectsSlot, WrappedScalarsSlot } from "./class-binding.js";
import type { PathStep } from "./element-path.js";
import { ensureExtras, extrasOf, type PlacedNode } from "./extras.js";
import { NO_NAMESPACE, type Scope } from "./namespaces.js";

/** What an open element is read as. */
export const OBJECT = 0;
export const SCALAR = 1;
export const WRAPPER = 2;
export const UNKNOWN = 3;

/** One open element. Frames are reused from depth to depth, so reading allocates none per element. */
export class Frame implements PathStep {
  kind = OBJECT;
  /** The qualified name as written, for paths. */
  name = "";
  /** Position among consecutive siblings of the same name. */
  index = 0;
  /** Whether the path shows the index (repeated fields, or a second sibling of the name). */
  indexed = false;
  /**
   * OBJECT: the instance; SCALAR: where the value goes (object or array); WRAPPER: the array;
   * UNKNOWN: the kept node (the outermost unknown element's only).
   */
  target: any = undefined;
  /** OBJECT: the binding of the instance. */
  binding: ClassBinding | undefined = undefined;
  /** SCALAR: the field the value is read for. */
  scalar: ScalarSlot | WrappedScalarsSlot | undefined = undefined;
  /** WRAPPER: the field the items are read for. */
  wrapper: WrappedObjectsSlot | WrappedScalarsSlot | undefined = undefined;
  /** SCALAR in a list: the item's index, for the key of a kept lexical form; -1 for a single value. */
  item = -1;
  text = "";
  /** Known child elements started so far, the place of the next unknown node. */
  known = 0;
  /** OBJECT: the position of the field of the last known child, where the next one is looked for first; -1 before. */
  lastSlot = -1;
  /** OBJECT: the furthest position in schema order of a field read so far; -1 before. */
  furthest = -1;
  /** Whether this element is an item handed to the stream's consumer instead of kept in its list. */
  streamed = false;
  /** The name of the last child opened, and how many of that name came in a row: its path index. */
  lastChild = "";
  lastCount = 0;
  scope: Scope = NO_NAMESPACE;
  /**
   * OBJECT or WRAPPER: the unknown nodes met so far, `placedCount` of them, handed to the target's
   * extras as one list of their exact number when it ends. The array is the frame's, reused.
   */
  readonly placed: PlacedNode[] = [];
  placedCount = 0;

  /** Places an unknown node among the children of this frame's element, after those read so far. */
  place(node: PlacedNode): void {
    this.placed[this.placedCount++] = node;
  }

  /** Makes this frame the one of an element `name` just opened inside `parent`'s; the opener sets its kind and target. */
  open(name: string, scope: Scope, parent: Frame): void {
    if (parent.lastChild === name) this.index = ++parent.lastCount;
    else {
      parent.lastChild = name;
      this.index = parent.lastCount = 1;
    }
    this.indexed = this.index > 1;
    this.name = name;
    this.text = "";
    this.known = 0;
    this.lastSlot = -1;
    this.furthest = -1;
    this.lastChild = "";
    this.lastCount = 0;
    this.scope = scope;
    this.scalar = undefined;
    this.wrapper = undefined;
    this.binding = undefined;
    this.streamed = false;
  }
}

/** The element of a frame as messages name it: with its type, or what its wrapper holds. */
export function describeFrame(frame: Frame): string {
  if (frame.kind === WRAPPER) return `${frame.name}, which holds ${frame.wrapper!.item} elements`;
  return `${frame.name} (${frame.binding?.typeName ?? "unknown"})`;
}

/** The nodes a frame placed, as a list of their own; the frame's array lets go of them. */
export function takePlaced(frame: Frame): PlacedNode[] {
  const placed = frame.placed.slice(0, frame.placedCount);
  // Cleared, not shortened: the array keeps its room for the next element, and nothing of this document.
  frame.placed.fill(undefined as never, 0, frame.placedCount);
  frame.placedCount = 0;
  return placed;
}

/** Whether an element's text is content (blank included), rather than the layout between its children. */
export function keepsText(frame: Frame): boolean {
  return (
    frame.kind === SCALAR || frame.kind === UNKNOWN || (frame.kind === OBJECT && frame.binding?.textCodec !== undefined)
  );
}

/**
 * A finished list as an array of its own length. Lists grow by `push`, which leaves room for 16
 * or more items; a document of thousands of short lists would keep that room, and every garbage
 * collection would copy it.
 */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** {@link exact} for a list that may keep extras (a wrapper's items): they move to the new array. */
export function trimmed(list: unknown[]): unknown[] {
  if (list.length === 0) return list;
  const copy = list.slice();
  const extras = extrasOf(list);
  if (extras !== undefined) Object.assign(ensureExtras(copy), extras);
  return copy;
}

/**
 * The unknown attributes an object or array keeps, made {@link exact} once its start tag is read
 * (they are pushed one by one). Kept nodes need no such step: they are handed over exact.
 */
export function exactAttributes(target: object): void {
  const extras = extrasOf(target);
  if (extras?.attributes !== undefined) extras.attributes = exact(extras.attributes);
}

export function isWhitespace(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/** Whether a field's member is an array of its own occurrences. */
export function isList(slot: ElementSlot): boolean {
  return (slot.kind === "scalar" || slot.kind === "object") && slot.repeated;
}
