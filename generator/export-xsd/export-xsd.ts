/**
 * Exports the schema files as one XSD of the EM namespace: the inverse of `import-xsd`. Every
 * construct of our format has an XSD counterpart, except the `linkTypes` of root elements (which
 * only the generated registry uses) and the file boundaries (each file's doc becomes a top-level
 * annotation before its declarations). Deterministic: the same schemas give the same text.
 */
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import { escapeAttribute, escapeText } from "../../runtime/xml/escape.js";
import { EM_NAMESPACE } from "../../runtime/xml/namespaces.js";
import type { LoadedSchema } from "../load/load-schemas.js";
import type {
  AnyParticleSchema,
  AttributeSchema,
  ElementParticleSchema,
  GroupSchema,
  ParticleSchema,
  RootElementSchema,
  SimpleTypeSchema,
  TypeBodySchema,
} from "../schema-types.js";
import { XSD_NAMESPACE } from "../import-xsd/xsd-tree.js";

/** One element of the XSD being written; attributes in the order they are written. */
interface XsdElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string | number | boolean | undefined])[];
  readonly children: readonly XsdElement[];
  readonly text?: string;
}

const xs = (
  name: string,
  attributes: XsdElement["attributes"] = [],
  children: readonly (XsdElement | undefined)[] = [],
): XsdElement => ({
  name: `xs:${name}`,
  attributes,
  children: children.filter((child): child is XsdElement => child !== undefined),
});

/** `<xs:annotation><xs:documentation>` for a doc string, or nothing. */
function annotation(doc: string | undefined, source?: string): XsdElement | undefined {
  if (doc === undefined) return undefined;
  return xs("annotation", [], [{ ...xs("documentation", [["source", source]]), text: doc }]);
}

/** Writes the tree with two-space indentation; an element holding only text stays on one line. */
function render(element: XsdElement, indent: string, lines: string[]): void {
  const attributes = element.attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
  const open = `${indent}<${element.name}${attributes}`;
  if (element.text !== undefined) lines.push(`${open}>${escapeText(element.text)}</${element.name}>`);
  else if (element.children.length === 0) lines.push(`${open} />`);
  else {
    lines.push(`${open}>`);
    for (const child of element.children) render(child, `${indent}  `, lines);
    lines.push(`${indent}</${element.name}>`);
  }
}

/** Converts checked schema files into the text of one XSD; throws {@link SchemaError} for what XSD cannot say. */
export function exportXsd(schemas: readonly LoadedSchema[]): string {
  const exporter = new Exporter(schemas);
  const declarations: XsdElement[] = [];
  for (const { file, schema } of schemas) {
    declarations.push(annotation(schema.doc, file)!);
    schema.simpleTypes?.forEach((type) => declarations.push(exporter.simpleType(type)));
    schema.complexTypes?.forEach((type, index) =>
      declarations.push(
        exporter.complexType(type.name, type, type.abstract === true, { file, pointer: `/complexTypes/${index}` }),
      ),
    );
    schema.elements?.forEach((element) => declarations.push(exporter.rootElement(element)));
  }
  if (exporter.problems.length > 0) throw new SchemaError(exporter.problems);
  const root = xs(
    "schema",
    [
      ["xmlns:xs", XSD_NAMESPACE],
      ["xmlns", EM_NAMESPACE],
      ["targetNamespace", EM_NAMESPACE],
      ["elementFormDefault", "qualified"],
    ],
    declarations,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<!-- Written by `emx export-xsd` from the schema files; do not edit. -->",
  ];
  render(root, "", lines);
  return `${lines.join("\n")}\n`;
}

class Exporter {
  readonly problems: SchemaProblem[] = [];
  /** Complex types whose content is simple, directly or through a base. */
  private readonly simpleContentTypes = new Set<string>();

  constructor(schemas: readonly LoadedSchema[]) {
    const bases = new Map<string, TypeBodySchema>();
    for (const { schema } of schemas) for (const type of schema.complexTypes ?? []) bases.set(type.name, type);
    const hasSimpleContent = (name: string, seen: Set<string>): boolean => {
      const type = bases.get(name);
      if (type === undefined || seen.has(name)) return false;
      seen.add(name);
      return type.simpleContent !== undefined || (type.base !== undefined && hasSimpleContent(type.base, seen));
    };
    for (const name of bases.keys()) if (hasSimpleContent(name, new Set())) this.simpleContentTypes.add(name);
  }

  simpleType(type: SimpleTypeSchema): XsdElement {
    return xs(
      "simpleType",
      [["name", type.name]],
      [
        annotation(type.doc),
        xs(
          "restriction",
          [["base", type.base]],
          [
            ...(type.enumeration ?? []).map((value) => xs("enumeration", [["value", value]])),
            type.pattern === undefined ? undefined : xs("pattern", [["value", type.pattern]]),
          ],
        ),
      ],
    );
  }

  /** A named complex type, or (without a name) the anonymous type of an element. */
  complexType(
    name: string | undefined,
    body: TypeBodySchema,
    abstract: boolean,
    at: { file: string; pointer: string },
  ): XsdElement {
    const attributes = (body.attributes ?? []).map((attribute) => this.attribute(attribute));
    const group = body.content === undefined ? undefined : this.group(body.content, at);
    let content: (XsdElement | undefined)[];
    if (body.simpleContent !== undefined && body.base !== undefined) {
      // XSD extends one base: text of a simple type, or a complex type (whose text, if any, is kept).
      this.problems.push({
        file: at.file,
        pointer: at.pointer,
        message: `has both a base (${body.base}) and simple content (${body.simpleContent}); an XSD type extends one of them`,
      });
      content = [];
    } else if (body.simpleContent !== undefined || (body.base !== undefined && this.simpleContentTypes.has(body.base)))
      content = [xs("simpleContent", [], [xs("extension", [["base", body.simpleContent ?? body.base]], attributes)])];
    else if (body.base !== undefined)
      content = [xs("complexContent", [], [xs("extension", [["base", body.base]], [group, ...attributes])])];
    else content = [group, ...attributes];
    return xs(
      "complexType",
      [
        ["name", name],
        ["abstract", abstract ? true : undefined],
      ],
      [annotation(body.doc), ...content],
    );
  }

  rootElement(element: RootElementSchema): XsdElement {
    return xs(
      "element",
      [
        ["name", element.name],
        ["type", element.type],
      ],
      [annotation(element.doc)],
    );
  }

  private attribute(attribute: AttributeSchema): XsdElement {
    return xs(
      "attribute",
      [
        ["name", attribute.name],
        ["type", attribute.type],
        ["use", attribute.use],
        ["default", attribute.default],
      ],
      [annotation(attribute.doc)],
    );
  }

  private group(group: GroupSchema, at: { file: string; pointer: string }): XsdElement {
    const key = group.sequence !== undefined ? "sequence" : "choice";
    const particles = group[key] ?? [];
    return xs(
      key,
      occurs(group),
      particles.map((particle, index) =>
        this.particle(particle, { file: at.file, pointer: `${at.pointer}/${key}/${index}` }),
      ),
    );
  }

  private particle(particle: ParticleSchema, at: { file: string; pointer: string }): XsdElement {
    if ("element" in particle) return this.element(particle, at);
    if ("any" in particle) {
      const wildcard = particle as AnyParticleSchema;
      return xs("any", [
        ["namespace", wildcard.any],
        ["processContents", wildcard.processContents],
        ...occurs(wildcard),
      ]);
    }
    return this.group(particle as GroupSchema, at);
  }

  private element(particle: ElementParticleSchema, at: { file: string; pointer: string }): XsdElement {
    return xs(
      "element",
      [["name", particle.element], ["type", particle.type], ...occurs(particle)],
      [
        annotation(particle.doc),
        particle.complexType === undefined
          ? undefined
          : this.complexType(undefined, particle.complexType, false, {
              file: at.file,
              pointer: `${at.pointer}/complexType`,
            }),
      ],
    );
  }
}

function occurs(item: { minOccurs?: number; maxOccurs?: number | "unbounded" }): XsdElement["attributes"] {
  return [
    ["minOccurs", item.minOccurs],
    ["maxOccurs", item.maxOccurs],
  ];
}
