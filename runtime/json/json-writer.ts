/**
 * The JSON writer: EM's JSON form of bound objects, from the same bindings as the XML writer. It
 * walks a class's JSON layout in EM's order, writes `null` where the object read one, puts the
 * properties the bindings do not know back where they were, and writes kept lexical forms of
 * untouched scalars.
 */
import { CodecError, XmlWriteError } from "../errors.js";
import type { Codec } from "../codecs/codec.js";
import type { ClassBinding } from "../xml/class-binding.js";
import { EXTRAS, type Extras } from "../xml/extras.js";
import { keptFormHolds, lexicalKey } from "../xml/lexical.js";
import { flattened } from "../xml/strings.js";
import type { XmlObject } from "../xml/xml-object.js";
import type { JsonExtras, KeptProperty } from "./json-extras.js";
import { jsonLayout, type JsonProperty } from "./json-layout.js";
import { camelName, type JsonCase } from "./json-names.js";
import { jsonCodec, scalarJson } from "./json-scalar.js";
import { formatJsonValue } from "./json-value.js";

/** Options of the JSON writer. */
export interface JsonWriteOptions {
  /** Indentation per level; `""` writes everything on one line. Default two spaces. */
  readonly indent?: string;
  /** The property-name case; default the case the object was read in, else `pascal` (EM 12). */
  readonly case?: JsonCase;
  /** Called with each piece of output when about this many characters are ready (streaming). */
  readonly chunkSize?: number;
  readonly onChunk?: (chunk: string) => void;
}

/** Where a list's scalar items keep their forms: the owner's extras and the key of item `index`. */
interface ItemForms {
  readonly extras: Extras | undefined;
  readonly key: (index: number) => string;
}

/** Writes bound objects as EM's JSON. One instance writes one document. */
export class JsonWriter {
  private out = "";
  private readonly done: string[] = [];
  private readonly indent: string;
  private readonly colon: string;
  private readonly newlines: string[] = [];
  private readonly chunkSize: number;
  private readonly onChunk: ((chunk: string) => void) | undefined;
  private jsonCase: JsonCase = "pascal";
  /** Whether names kept as read are written: when writing in the case the document was read in. */
  private keepNames = true;

  constructor(private readonly options: JsonWriteOptions = {}) {
    this.indent = options.indent ?? "  ";
    this.colon = this.indent === "" ? "" : " ";
    this.onChunk = options.onChunk;
    this.chunkSize = options.chunkSize ?? 65536;
  }

  /** Writes a whole document whose root is `object`; returns what was not given to `onChunk`. */
  document(object: XmlObject, binding: ClassBinding): string {
    const readIn = object[EXTRAS]?.json?.case ?? "pascal";
    this.jsonCase = this.options.case ?? readIn;
    this.keepNames = this.jsonCase === readIn;
    this.object(object, binding, 0);
    if (this.indent !== "") this.out += "\n";
    if (this.onChunk !== undefined) {
      if (this.out !== "") this.onChunk(this.out);
      this.out = "";
    }
    if (this.done.length === 0) return this.out;
    this.done.push(this.out);
    return this.done.join("");
  }

  /** Writes an object: its properties in EM's order, with the kept ones in their places. */
  private object(object: XmlObject, binding: ClassBinding, level: number): void {
    if (typeof object !== "object" || object === null)
      throw new XmlWriteError(`a ${binding.typeName} must be an object, got ${typeof object}`);
    const extras = object[EXTRAS];
    const json = extras?.json;
    const kept = json?.properties;
    const values = object as unknown as Record<string, unknown>;
    this.out += "{";
    let first = true;
    let next = 0;
    let known = 0;
    const placeKept = () => {
      while (kept !== undefined && next < kept.length && kept[next]!.after <= known)
        first = this.kept(kept[next++]!, level + 1, first);
    };
    placeKept();
    for (const property of jsonLayout(binding).properties) {
      const value = values[property.member];
      if (value === undefined || value === null) {
        if (json?.nulls?.has(property.member) !== true) continue;
        this.key(this.keyOf(property.keys, json, property.member), level + 1, first);
        this.out += "null";
      } else {
        this.key(this.keyOf(property.keys, json, property.member), level + 1, first);
        this.value(value, property, extras, binding, level + 1);
      }
      first = false;
      known++;
      placeKept();
    }
    while (kept !== undefined && next < kept.length) first = this.kept(kept[next++]!, level + 1, first);
    this.close("}", level, first);
    if (this.out.length >= this.chunkSize) this.flush();
  }

  /** Writes a known property's value. */
  private value(
    value: unknown,
    property: JsonProperty,
    extras: Extras | undefined,
    binding: ClassBinding,
    level: number,
  ): void {
    const field = property.field as { codec?: Codec<unknown>; binding?: ClassBinding } | undefined;
    switch (property.kind) {
      case "scalar": {
        const codec = field === undefined ? binding.textCodec! : field.codec!;
        this.out += this.scalar(value, codec, extras, property.member, property.member);
        return;
      }
      case "object":
        return this.object(value as XmlObject, field!.binding!, level);
      case "scalars":
      case "objects":
        return this.array(this.list(value, property), property, level, {
          extras,
          key: (index) => lexicalKey(property.member, index),
        });
      case "bareWrapper":
        return this.wrapperItems(this.list(value, property), property, level);
      case "wrapper":
        return this.wrapper(this.list(value, property), property, level);
    }
  }

  /** A wrapper's items as a bare array; scalar items keep their forms on the array. */
  private wrapperItems(items: readonly unknown[], property: JsonProperty, level: number): void {
    const extras = (items as { [EXTRAS]?: Extras })[EXTRAS];
    this.array(items, property, level, { extras, key: (index) => lexicalKey("", index) });
  }

  /** A wrapper as an object holding its items, with its own kept properties. */
  private wrapper(items: readonly unknown[], property: JsonProperty, level: number): void {
    const extras = (items as { [EXTRAS]?: Extras })[EXTRAS];
    const json: JsonExtras | undefined = extras?.json;
    const kept = json?.properties ?? [];
    this.out += "{";
    let first = true;
    let next = 0;
    for (; next < kept.length && kept[next]!.after <= 0; next++) first = this.kept(kept[next]!, level + 1, first);
    if (json?.items !== "absent") {
      this.key(this.keyOf(property.itemKeys!, json, ""), level + 1, first);
      if (json?.items === "null") this.out += "null";
      else this.wrapperItems(items, property, level + 1);
      first = false;
    }
    for (; next < kept.length; next++) first = this.kept(kept[next]!, level + 1, first);
    this.close("}", level, first);
  }

  private array(items: readonly unknown[], property: JsonProperty, level: number, forms: ItemForms): void {
    const field = property.field as { codec?: Codec<unknown>; binding?: ClassBinding };
    this.out += "[";
    for (let index = 0; index < items.length; index++) {
      if (index > 0) this.out += ",";
      this.out += this.newline(level + 1);
      const item = items[index];
      if (item === undefined || item === null) this.out += "null";
      else if (field.binding !== undefined) this.object(item as XmlObject, field.binding, level + 1);
      else this.out += this.scalar(item, field.codec!, forms.extras, forms.key(index), `${property.member}[${index}]`);
    }
    this.close("]", level, items.length === 0);
  }

  private list(value: unknown, property: JsonProperty): readonly unknown[] {
    if (!Array.isArray(value))
      throw new XmlWriteError(`${property.member} must be an array to write ${property.names.pascal}`);
    return value;
  }

  /** A scalar's JSON text: its kept form when the value is untouched, else its codec's form. */
  private scalar(
    value: unknown,
    fieldCodec: Codec<unknown>,
    extras: Extras | undefined,
    key: string,
    name: string,
  ): string {
    const codec = jsonCodec(fieldCodec);
    const kept = extras?.lexical?.get(key);
    let text: string;
    if (kept !== undefined && keptFormHolds(codec, kept, value)) text = kept;
    else {
      try {
        text = codec.format(value);
      } catch (error) {
        if (error instanceof CodecError) throw new XmlWriteError(`${name}: ${error.message}`);
        throw error;
      }
    }
    return scalarJson(value, text, extras?.json?.tokens?.get(key));
  }

  /** A property's `"Name":`: EM's name in the case written, or the name it was read under. */
  private keyOf(keys: Readonly<Record<JsonCase, string>>, json: JsonExtras | undefined, member: string): string {
    const kept = this.keepNames ? json?.names?.get(member) : undefined;
    return kept === undefined ? keys[this.jsonCase] : `${JSON.stringify(kept)}:`;
  }

  /** Writes a kept property; returns false (a property has been written). */
  private kept(property: KeptProperty, level: number, first: boolean): boolean {
    // Written in another case than read: a PascalCase name becomes camelCase as EM 13 writes it.
    const name = this.keepNames || this.jsonCase === "pascal" ? property.name : camelName(property.name);
    this.key(`${JSON.stringify(name)}:`, level, first);
    this.out += formatJsonValue(property.value, { indent: this.indent }, level);
    return false;
  }

  /** Starts a property: the comma after the one before, the line, and `"Name": `. */
  private key(key: string, level: number, first: boolean): void {
    this.out += first ? this.newline(level) : `,${this.newline(level)}`;
    this.out += key;
    this.out += this.colon;
  }

  /** Closes an object or array: on its own line unless it stayed empty. */
  private close(bracket: string, level: number, empty: boolean): void {
    this.out += empty ? bracket : `${this.newline(level)}${bracket}`;
  }

  private flush(): void {
    if (this.onChunk !== undefined) this.onChunk(this.out);
    else this.done.push(flattened(this.out));
    this.out = "";
  }

  /** A line end and the indentation of `level` (made once per level); nothing on one line. */
  private newline(level: number): string {
    if (this.indent === "") return "";
    return (this.newlines[level] ??= `\n${this.indent.repeat(level)}`);
  }
}
