/**
 * Writer functions for the expressions generated code is made of: calls, object and array
 * literals, JSON literals. Emit builds bodies from these rather than joining strings.
 */
import { Writers, type CodeBlockWriter, type WriterFunction } from "ts-morph";

/** An expression: its text (an identifier, a literal) or a writer function. */
export type Expression = string | WriterFunction;

/** A JSON value (string, number, boolean, array, plain object) as a literal. */
export function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** `callee(argument, ...)`. */
export function call(callee: string, args: readonly Expression[]): WriterFunction {
  return (writer) => writeList(writer, `${callee}(`, args, ")");
}

/**
 * `{ key: value, ... }` of the entries whose value is defined, in order: on one line, or one entry
 * a line (prettier keeps an object broken over lines as it is written, and fits one on one line).
 */
export function objectLiteral(
  entries: Readonly<Record<string, Expression | undefined>>,
  layout: "inline" | "lines" = "inline",
): WriterFunction {
  const defined = Object.entries(entries).filter((entry): entry is [string, Expression] => entry[1] !== undefined);
  if (layout === "lines") return Writers.object(Object.fromEntries(defined));
  const properties = defined.map(
    ([key, value]): Expression =>
      (writer) =>
        writeList(writer, `${key}: `, [value], ""),
  );
  return (writer) => writeList(writer, "{ ", properties, " }");
}

/** `[item, ...]`. */
export function arrayLiteral(items: readonly Expression[]): WriterFunction {
  return (writer) => writeList(writer, "[", items, "]");
}

/** `A | B | ...` of type names; `never` for none. */
export function unionOf(types: readonly string[]): Expression {
  const [first, second, ...rest] = types;
  if (first === undefined) return "never";
  return second === undefined ? first : Writers.unionType(first, second, ...rest);
}

/** The items separated by commas, between `open` and `close`. */
function writeList(writer: CodeBlockWriter, open: string, items: readonly Expression[], close: string): void {
  writer.write(open);
  items.forEach((item, index) => {
    if (index > 0) writer.write(", ");
    if (typeof item === "string") writer.write(item);
    else item(writer);
  });
  writer.write(close);
}
