/**
 * Validation against the schema's facets, beside reading: required attributes and elements,
 * occurrences, order, choices, enumerations and patterns. The reader builds the objects and calls
 * this only when findings are wanted or strict reading is on; it tells what it binds, this says
 * what breaks the schema.
 */
import type { XmlLocation } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import type { ClassBinding, ElementSlot } from "./class-binding.js";

/** One thing validation found. */
export interface Finding {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly location: XmlLocation;
}

/** Hands a finding to the reader, which locates it; `child` names an element being opened, not yet on the path. */
export type Report = (severity: Finding["severity"], message: string, child?: string) => void;

/** Checks one document at a time, as the reader tells it what it binds; objects are told apart by depth. */
export class Validator {
  /** Per depth: the occurrences so far of each element field of the object open there, by position. */
  private readonly counts: number[][] = [];
  /** Per depth: the position of the last known child, to notice one out of order. */
  private readonly last: number[] = [];
  /** Per depth: the name of that child, as written, for messages. */
  private readonly lastName: string[] = [];

  /**
   * @param report where findings go
   * @param strict whether undocumented enumeration values and elements out of order are errors (strict reading) or warnings
   */
  constructor(
    private readonly report: Report,
    private readonly strict: boolean,
  ) {}

  /** An object element opens at `depth`, its attributes read into `object`. */
  openObject(depth: number, binding: ClassBinding, object: object, name: string): void {
    const counts = (this.counts[depth] ??= []);
    counts.length = 0;
    for (let index = 0; index < binding.elements.length; index++) counts.push(0);
    this.last[depth] = -1;
    const values = object as Record<string, unknown>;
    for (const field of binding.attributes) {
      if (field.required && values[field.member] === undefined)
        this.report("error", `attribute ${field.name} of ${name} is missing (the schema requires it)`);
    }
  }

  /** A known child element `childName` opens in the object at `depth`, named `parentName`. */
  child(depth: number, slot: ElementSlot, parentName: string, childName: string): void {
    this.counts[depth]![slot.position]!++;
    if (slot.position < this.last[depth]!) {
      // EM reads request bodies in schema order: reading keeps the value and writing restores the
      // order, which lenient reading warns of and strict reading refuses.
      const message = `element ${childName} is out of order in ${parentName}: it comes after ${this.lastName[depth]}, but the schema puts it before`;
      if (this.strict) this.report("error", message, childName);
      else this.report("warning", `${message}; writing puts it there`, childName);
    }
    this.last[depth] = slot.position;
    this.lastName[depth] = childName;
  }

  /** The object at `depth`, named `name`, ends: each element occurred as often as allowed, and the choices hold. */
  closeObject(depth: number, binding: ClassBinding, name: string): void {
    const counts = this.counts[depth]!;
    for (const link of binding.chain) {
      for (const choice of link.choices) {
        const taken = choice.branches.filter((branch) =>
          branch.some((element) => counts[binding.element(element)!.position]! > 0),
        );
        if (taken.length > 1) {
          const names = taken.map((branch) => branch[0]).join(" and ");
          this.report("error", `${names} are alternatives in ${name}: only one may be present`);
        } else if (taken.length === 0 && choice.required) {
          this.report("error", `${name} needs one of ${choice.branches.map((branch) => branch[0]).join(", ")}`);
        }
      }
    }
    for (const slot of binding.elements) this.checkOccurrences(slot, counts[slot.position]!, name);
  }

  private checkOccurrences(slot: ElementSlot, count: number, parentName: string): void {
    const max = slot.kind === "scalar" || slot.kind === "object" ? slot.max : 1;
    if (count < slot.min) {
      const required = slot.min === 1 ? "it" : `at least ${slot.min}`;
      this.report("error", `element ${slot.name} is missing in ${parentName} (the schema requires ${required})`);
    } else if (count > max) {
      this.report(
        "error",
        `element ${slot.name} occurs ${count} times in ${parentName}, more than the ${max} the schema allows`,
      );
    }
  }

  /** A scalar read from `text`; `kind` and `name` say what it belongs to, for messages. */
  value(codec: Codec<unknown>, text: string, kind: "attribute" | "element", name: string): void {
    if (codec.values !== undefined && !codec.values.has(text)) {
      const message = `${kind} ${name} has value ${JSON.stringify(text)}, which is not one of the documented ${codec.name} values`;
      this.report(this.strict ? "error" : "warning", message);
    }
    const pattern = codec.patterns?.find((candidate) => !candidate.regExp.test(text));
    if (pattern !== undefined) {
      this.report(
        "error",
        `${kind} ${name} has value ${JSON.stringify(text)}, which does not match the pattern ${pattern.xsd} of ${codec.name}`,
      );
    }
  }
}
