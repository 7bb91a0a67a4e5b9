/**
 * Canonical form for comparing JSON documents: what an EM client can observe. Ignored: whitespace,
 * how strings are escaped (`\u00e9` and `é` are the same), and the order of an object's properties
 * (EM writes resources in its classes' order but error bodies by name; readers take any order).
 * Everything else counts: names (case too), numbers as written (`1.0` is not `1`), `null` apart
 * from an absent property, the order of array items, duplicate names.
 */
import { XmlReadError } from "../errors.js";
import { withoutByteOrderMark } from "../xml/input.js";
import { jsonPath, type JsonStep } from "./json-path.js";
import { JsonTokenizer, type JsonTokenSink } from "./json-tokenizer.js";
import { formatJsonValue, isJsonObject, JsonValueBuilder, type JsonValue } from "./json-value.js";

/** Reads a whole JSON document into a kept value (no limits beyond the defaults; for documents already trusted). */
export function readJsonValue(text: string): JsonValue {
  const builder = new JsonValueBuilder();
  const sink: JsonTokenSink = {
    startObject: () => builder.startObject(),
    endObject: () => builder.endObject(),
    startArray: () => builder.startArray(),
    endArray: () => builder.endArray(),
    key: (name) => builder.key(name),
    string: (value) => builder.string(value),
    number: (raw) => builder.number(raw),
    literal: (value) => builder.literal(value),
    error(reason, malformed) {
      const { line, column } = tokens;
      throw new XmlReadError(`${malformed ? "document is not valid JSON: " : ""}${reason}`, { line, column, path: "" });
    },
  };
  const tokens = new JsonTokenizer(sink);
  tokens.write(withoutByteOrderMark(text));
  tokens.close();
  return builder.value;
}

/** The canonical text of a document: one line, members sorted by name. */
export function canonicalJson(text: string): string {
  return formatJsonValue(readJsonValue(text), { indent: "", sortKeys: true });
}

/** The first place where two JSON documents differ canonically, or undefined when they are equal. */
export function firstJsonDifference(
  expected: string,
  actual: string,
): { path: string; expected: string; actual: string } | undefined {
  return difference(readJsonValue(expected), readJsonValue(actual), []);
}

function difference(
  left: JsonValue,
  right: JsonValue,
  steps: JsonStep[],
): { path: string; expected: string; actual: string } | undefined {
  if (isJsonObject(left) && isJsonObject(right)) {
    const sort = (value: typeof left) => [...value.members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const [a, b] = [sort(left), sort(right)];
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const [nameA, valueA] = a[index] ?? [];
      const [nameB, valueB] = b[index] ?? [];
      if (nameA !== nameB) {
        const describe = (name: string | undefined) =>
          name === undefined ? "(no more properties)" : `property ${name}`;
        return { path: jsonPath(steps), expected: describe(nameA), actual: describe(nameB) };
      }
      const found = difference(valueA!, valueB!, [...steps, nameA!]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      if (index >= left.length || index >= right.length) {
        const describe = (items: readonly JsonValue[]) => (index < items.length ? "an item" : "(end of array)");
        return { path: jsonPath([...steps, index]), expected: describe(left), actual: describe(right) };
      }
      const found = difference(left[index]!, right[index]!, [...steps, index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const [a, b] = [brief(left), brief(right)];
  return a === b ? undefined : { path: jsonPath(steps), expected: a, actual: b };
}

/** A value in one line for messages: scalars whole, containers by kind. */
function brief(value: JsonValue): string {
  if (Array.isArray(value)) return "an array";
  if (isJsonObject(value)) return "an object";
  return formatJsonValue(value, { indent: "" });
}
