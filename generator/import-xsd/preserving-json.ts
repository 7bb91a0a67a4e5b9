/**
 * Writes a schema file so that what did not change keeps its bytes: every object or list equal to
 * the one at the same place in the original text is copied from it (with its line breaks), the rest
 * is written afresh, and prettier formats the whole as the project does.
 */
import { format } from "prettier";
import { ts } from "ts-morph";
import { identities, isJsonObject, type Json } from "./json-items.js";

/** The text of a schema file holding `value`, reusing the unchanged parts of `original`. */
export async function writeSchemaJson(value: Json, original?: string): Promise<string> {
  const file = ts.parseJsonText("schema.json", original ?? "");
  const text = render(value, original === undefined ? undefined : file.statements[0]?.expression, file);
  return format(text, { parser: "json", printWidth: 120 });
}

function render(value: Json, node: ts.Expression | undefined, file: ts.JsonSourceFile): string {
  const original = node === undefined ? undefined : file.text.slice(node.getStart(file), node.end);
  if (original !== undefined && JSON.stringify(JSON.parse(original)) === JSON.stringify(value)) return original;
  if (isJsonObject(value)) {
    const properties = node !== undefined && ts.isObjectLiteralExpression(node) ? propertyNodes(node) : new Map();
    const entries = Object.entries(value).map(
      ([key, item]) => `${JSON.stringify(key)}: ${render(item, properties.get(key), file)}`,
    );
    return entries.length === 0 ? "{}" : `{\n${entries.join(",\n")}\n}`;
  }
  if (Array.isArray(value)) {
    const elements = node !== undefined && ts.isArrayLiteralExpression(node) ? [...node.elements] : [];
    const values = elements.map((element) => JSON.parse(file.text.slice(element.getStart(file), element.end)) as Json);
    const known = new Map<string, ts.Expression>();
    identities(values).forEach((identity, index) => identity !== undefined && known.set(identity, elements[index]!));
    const wanted = identities(value);
    const items = value.map((item, index) => render(item, known.get(wanted[index] ?? ""), file));
    return `[${items.join(", ")}]`;
  }
  return JSON.stringify(value);
}

function propertyNodes(node: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const properties = new Map<string, ts.Expression>();
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.name))
      properties.set(property.name.text, property.initializer);
  }
  return properties;
}
