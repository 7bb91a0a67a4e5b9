/** A small element tree of an XSD document, read with saxes, keeping each element's line. */
import { SaxesParser } from "saxes";
import { SchemaError } from "../../runtime/errors.js";

export const XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";

/** One element of the XSD. */
export interface XsdNode {
  /** Local name (`complexType`, `sequence`, ...). */
  readonly name: string;
  readonly namespace: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XsdNode[];
  /** Text directly inside (for documentation). */
  text: string;
  readonly line: number;
  /** Namespace prefixes in force, to resolve QName values such as `type="xs:string"`. */
  readonly prefixes: Readonly<Record<string, string>>;
}

/** Reads XSD text into a tree; not well-formed XML is a {@link SchemaError} at the file and line. */
export function readXsdTree(text: string, fileName: string): XsdNode {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName });
  const stack: XsdNode[] = [];
  let root: XsdNode | undefined;
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const prefixes: Record<string, string> = { ...(parent?.prefixes ?? {}) };
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === "xmlns") prefixes[attribute.local] = attribute.value;
      else if (attribute.name === "xmlns") prefixes[""] = attribute.value;
      else if (attribute.prefix === "") attributes[attribute.local] = attribute.value;
    }
    const node: XsdNode = {
      name: tag.local,
      namespace: tag.uri,
      attributes,
      children: [],
      text: "",
      line: parser.line,
      prefixes,
    };
    if (parent === undefined) root = node;
    else parent.children.push(node);
    stack.push(node);
  });
  parser.on("text", (value) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += value;
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("error", (error) => {
    // saxes prefixes its message with the file, line and column; the problem says them apart.
    const reason = error.message.replace(/^.*?:\d+:\d+: /, "");
    throw new SchemaError([
      { file: fileName, pointer: `line ${parser.line}`, message: `not well-formed XML: ${reason}` },
    ]);
  });
  parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  if (root === undefined) throw new SchemaError([{ file: fileName, pointer: "", message: "no root element" }]);
  return root;
}
