/**
 * Imports an EM `RestAPI.xsd` into a schema file of our format. Mechanical: every construct EM's
 * XSD uses has a counterpart; anything else stops the import with the construct and its line.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { SchemaError } from "../../runtime/errors.js";
import type {
  AttributeSchema,
  ComplexTypeSchema,
  GroupSchema,
  MaxOccurs,
  ParticleSchema,
  RootElementSchema,
  SchemaFile,
  SimpleTypeSchema,
  TypeBodySchema,
} from "../schema-types.js";
import { BUILTIN_TYPES, isBuiltin } from "../builtin-types.js";
import { readXsdTree, XSD_NAMESPACE, type XsdNode } from "./xsd-tree.js";

/** The supported built-ins by their local names, for the message about one that is not. */
const BUILTIN_SUPPORTED = BUILTIN_TYPES.map((type) => type.slice("xs:".length)).join(", ");

/** Import failures: one message per unsupported construct, with file and line. */
class ImportProblems {
  readonly list: { file: string; pointer: string; message: string }[] = [];
  constructor(private readonly file: string) {}

  add(node: XsdNode, message: string): void {
    this.list.push({ file: this.file, pointer: `line ${node.line}`, message });
  }
}

/** Reads an XSD file and returns the schema file it corresponds to. */
export function importXsdFile(path: string): SchemaFile {
  return importXsd(readFileSync(path, "utf8"), basename(path));
}

/** Converts XSD text into a schema file; throws {@link SchemaError} listing every unsupported construct. */
export function importXsd(text: string, fileName: string): SchemaFile {
  const root = readXsdTree(text, fileName);
  const problems = new ImportProblems(fileName);
  if (root.namespace !== XSD_NAMESPACE || root.name !== "schema") {
    problems.add(root, `the root element is ${root.name}, not xs:schema`);
    throw new SchemaError(problems.list);
  }
  const complexNames = new Set(
    root.children
      .filter((child) => child.namespace === XSD_NAMESPACE && child.name === "complexType")
      .map((child) => child.attributes.name ?? ""),
  );
  const importer = new Importer(problems, complexNames);
  const simpleTypes: SimpleTypeSchema[] = [];
  const complexTypes: ComplexTypeSchema[] = [];
  const elements: RootElementSchema[] = [];
  for (const node of xsdChildren(root, problems)) {
    switch (node.name) {
      case "element":
        elements.push(importer.rootElement(node));
        break;
      case "complexType":
        complexTypes.push({ name: importer.requireName(node), ...importer.typeBody(node, true) });
        break;
      case "simpleType": {
        const simple = importer.simpleType(node);
        if (simple !== undefined) simpleTypes.push(simple);
        break;
      }
      case "annotation":
        break;
      default:
        problems.add(node, `xs:${node.name} at the top level is not supported`);
    }
  }
  if (problems.list.length > 0) throw new SchemaError(problems.list);
  return {
    doc: `Imported from ${fileName}.`,
    ...(simpleTypes.length > 0 ? { simpleTypes } : {}),
    ...(complexTypes.length > 0 ? { complexTypes } : {}),
    ...(elements.length > 0 ? { elements } : {}),
  };
}

/** The XSD-namespace children of a node; elements of other namespaces are reported. */
function xsdChildren(node: XsdNode, problems: ImportProblems): XsdNode[] {
  return node.children.filter((child) => {
    if (child.namespace === XSD_NAMESPACE) return true;
    problems.add(
      child,
      `element ${child.name} of namespace ${child.namespace || "(none)"} inside xs:${node.name} is not supported`,
    );
    return false;
  });
}

class Importer {
  constructor(
    private readonly problems: ImportProblems,
    /** Names of the document's complex types, to tell a simple-content base that is one. */
    private readonly complexNames: ReadonlySet<string>,
  ) {}

  requireName(node: XsdNode): string {
    const name = node.attributes.name;
    if (name === undefined) {
      this.problems.add(node, `xs:${node.name} needs a name here`);
      return "_unnamed";
    }
    return name;
  }

  /** A QName value (`xs:string`, `UidType`) as a type reference of our format. */
  typeReference(node: XsdNode, value: string): string {
    const colon = value.indexOf(":");
    const prefix = colon < 0 ? "" : value.slice(0, colon);
    const local = colon < 0 ? value : value.slice(colon + 1);
    const namespace = node.prefixes[prefix];
    if (namespace === XSD_NAMESPACE) {
      if (isBuiltin(`xs:${local}`)) return `xs:${local}`;
      this.problems.add(node, `the built-in type xs:${local} is not supported (supported: ${BUILTIN_SUPPORTED})`);
      return "xs:string";
    }
    return local;
  }

  documentation(node: XsdNode): { doc?: string } {
    const annotation = node.children.find((child) => child.name === "annotation" && child.namespace === XSD_NAMESPACE);
    const text = annotation?.children
      .filter((child) => child.name === "documentation")
      .map((child) => child.text.trim().replace(/\s+/g, " "))
      .join(" ")
      .trim();
    return text === undefined || text === "" ? {} : { doc: text };
  }

  occurs(node: XsdNode): { minOccurs?: number; maxOccurs?: MaxOccurs } {
    const result: { minOccurs?: number; maxOccurs?: MaxOccurs } = {};
    const { minOccurs, maxOccurs } = node.attributes;
    if (minOccurs !== undefined) {
      if (!/^[0-9]+$/.test(minOccurs))
        this.problems.add(node, `minOccurs ${JSON.stringify(minOccurs)} is not a number`);
      else if (minOccurs !== "1") result.minOccurs = Number(minOccurs);
    }
    if (maxOccurs !== undefined) {
      if (maxOccurs === "unbounded") result.maxOccurs = "unbounded";
      else if (!/^[0-9]+$/.test(maxOccurs) || maxOccurs === "0")
        this.problems.add(node, `maxOccurs ${JSON.stringify(maxOccurs)} is not supported`);
      else if (maxOccurs !== "1") result.maxOccurs = Number(maxOccurs);
    }
    return result;
  }

  rootElement(node: XsdNode): RootElementSchema {
    const name = this.requireName(node);
    const type = node.attributes.type;
    if (type === undefined) {
      this.problems.add(node, `root element ${name} needs a type attribute (anonymous root types are not supported)`);
      return { name, type: "xs:string" };
    }
    return { name, type: this.typeReference(node, type), ...this.documentation(node) };
  }

  simpleType(node: XsdNode): SimpleTypeSchema | undefined {
    const name = this.requireName(node);
    const restriction = xsdChildren(node, this.problems).find((child) => child.name === "restriction");
    const other = xsdChildren(node, this.problems).find(
      (child) => child.name !== "restriction" && child.name !== "annotation",
    );
    if (other !== undefined)
      this.problems.add(other, `xs:${other.name} in a simple type is not supported (only xs:restriction)`);
    if (restriction === undefined) {
      this.problems.add(node, `simple type ${name} has no xs:restriction`);
      return undefined;
    }
    const base = restriction.attributes.base;
    if (base === undefined) {
      this.problems.add(restriction, `the restriction of ${name} needs a base`);
      return undefined;
    }
    const enumeration: string[] = [];
    const patterns: string[] = [];
    for (const facet of xsdChildren(restriction, this.problems)) {
      if (facet.name === "enumeration") enumeration.push(facet.attributes.value ?? "");
      else if (facet.name === "pattern") patterns.push(facet.attributes.value ?? "");
      else if (facet.name !== "annotation")
        this.problems.add(facet, `the facet xs:${facet.name} is not supported (only enumeration and pattern)`);
    }
    return {
      name,
      base: this.typeReference(restriction, base),
      ...this.documentation(node),
      ...(enumeration.length > 0 ? { enumeration } : {}),
      // Several patterns on one step mean any of them (XSD ORs patterns of the same step).
      ...(patterns.length > 0
        ? { pattern: patterns.length === 1 ? patterns[0]! : patterns.map((pattern) => `(?:${pattern})`).join("|") }
        : {}),
    };
  }

  /** The body of a named or anonymous complex type. */
  typeBody(node: XsdNode, named: boolean): TypeBodySchema {
    const body: { -readonly [K in keyof TypeBodySchema]: TypeBodySchema[K] } = { ...this.documentation(node) };
    if (node.attributes.abstract === "true") {
      if (named) body.abstract = true;
      else this.problems.add(node, "an anonymous type cannot be abstract");
    }
    if (node.attributes.mixed === "true") this.problems.add(node, "mixed content is not supported");
    const attributes: AttributeSchema[] = [];
    for (const child of xsdChildren(node, this.problems)) {
      switch (child.name) {
        case "annotation":
          break;
        case "sequence":
        case "choice":
          body.content = this.group(child);
          break;
        case "attribute":
          attributes.push(this.attribute(child));
          break;
        case "complexContent":
          this.complexContent(child, body, attributes);
          break;
        case "simpleContent":
          this.simpleContent(child, body, attributes);
          break;
        default:
          this.problems.add(child, `xs:${child.name} in a complex type is not supported`);
      }
    }
    if (attributes.length > 0) body.attributes = attributes;
    return body;
  }

  private complexContent(
    node: XsdNode,
    body: { base?: string; content?: GroupSchema },
    attributes: AttributeSchema[],
  ): void {
    const derivation = xsdChildren(node, this.problems).filter((child) => child.name !== "annotation");
    const extension = derivation[0];
    if (extension === undefined || extension.name !== "extension" || derivation.length > 1) {
      this.problems.add(
        extension ?? node,
        `xs:complexContent must hold one xs:extension (xs:${extension?.name ?? "nothing"} is not supported)`,
      );
      return;
    }
    const base = extension.attributes.base;
    if (base === undefined) this.problems.add(extension, "xs:extension needs a base");
    else body.base = this.typeReference(extension, base);
    for (const child of xsdChildren(extension, this.problems)) {
      if (child.name === "sequence" || child.name === "choice") body.content = this.group(child);
      else if (child.name === "attribute") attributes.push(this.attribute(child));
      else if (child.name !== "annotation")
        this.problems.add(child, `xs:${child.name} in xs:extension is not supported`);
    }
  }

  private simpleContent(
    node: XsdNode,
    body: { base?: string; simpleContent?: string },
    attributes: AttributeSchema[],
  ): void {
    const extension = xsdChildren(node, this.problems).find((child) => child.name !== "annotation");
    if (extension === undefined || extension.name !== "extension") {
      this.problems.add(
        extension ?? node,
        `xs:simpleContent must hold an xs:extension (xs:${extension?.name ?? "nothing"} is not supported)`,
      );
      return;
    }
    const base = extension.attributes.base;
    if (base === undefined) {
      this.problems.add(extension, "xs:extension needs a base");
      return;
    }
    // The base is a simple type (the text), or a complex type with simple content that this extends.
    const reference = this.typeReference(extension, base);
    if (this.complexNames.has(reference)) body.base = reference;
    else body.simpleContent = reference;
    for (const child of xsdChildren(extension, this.problems)) {
      if (child.name === "attribute") attributes.push(this.attribute(child));
      else if (child.name !== "annotation")
        this.problems.add(child, `xs:${child.name} in a simple-content extension is not supported`);
    }
  }

  private attribute(node: XsdNode): AttributeSchema {
    const name = this.requireName(node);
    const type = node.attributes.type;
    if (type === undefined)
      this.problems.add(node, `attribute ${name} needs a type (anonymous attribute types are not supported)`);
    if (node.attributes.ref !== undefined) this.problems.add(node, "attribute references (ref=) are not supported");
    const use = node.attributes.use;
    if (use !== undefined && use !== "required" && use !== "optional")
      this.problems.add(node, `attribute use ${JSON.stringify(use)} is not supported`);
    return {
      name,
      type: type === undefined ? "xs:string" : this.typeReference(node, type),
      ...(use === "required" ? { use: "required" as const } : {}),
      ...(node.attributes.default !== undefined ? { default: node.attributes.default } : {}),
      ...this.documentation(node),
    };
  }

  private group(node: XsdNode): GroupSchema {
    const particles: ParticleSchema[] = [];
    for (const child of xsdChildren(node, this.problems)) {
      switch (child.name) {
        case "annotation":
          break;
        case "element":
          particles.push(this.elementParticle(child));
          break;
        case "sequence":
        case "choice":
          particles.push(this.group(child));
          break;
        case "any":
          particles.push({
            any:
              (child.attributes.namespace as "##any" | "##other" | "##local" | "##targetNamespace" | undefined) ??
              "##any",
            ...(child.attributes.processContents !== undefined
              ? { processContents: child.attributes.processContents as "strict" | "lax" | "skip" }
              : {}),
            ...this.occurs(child),
          });
          break;
        default:
          this.problems.add(child, `xs:${child.name} in xs:${node.name} is not supported`);
      }
    }
    const key = node.name === "choice" ? "choice" : "sequence";
    if (key === "choice" && particles.length === 0) this.problems.add(node, "an empty xs:choice is not supported");
    return { [key]: particles, ...this.occurs(node) };
  }

  private elementParticle(node: XsdNode): ParticleSchema {
    if (node.attributes.ref !== undefined) {
      this.problems.add(node, "element references (ref=) are not supported");
      return { element: node.attributes.ref, type: "xs:string" };
    }
    const name = this.requireName(node);
    const common = { element: name, ...this.occurs(node), ...this.documentation(node) };
    if (node.attributes.type !== undefined) return { ...common, type: this.typeReference(node, node.attributes.type) };
    const anonymous = xsdChildren(node, this.problems).find(
      (child) => child.name === "complexType" || child.name === "simpleType",
    );
    if (anonymous?.name === "complexType") return { ...common, complexType: this.typeBody(anonymous, false) };
    if (anonymous?.name === "simpleType")
      this.problems.add(anonymous, `the anonymous simple type of element ${name} is not supported; name it`);
    // No type at all means anyType in XSD; EM's schema never does this.
    else this.problems.add(node, `element ${name} has no type`);
    return { ...common, type: "xs:string" };
  }
}
