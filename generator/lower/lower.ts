/**
 * Lowers checked schema files to the IR: anonymous types become named classes, content models
 * become flat element lists with effective occurs, type references become scalars or classes.
 * Names for TypeScript are left empty for `allocate-names`.
 */
import type { IrAttribute, IrClass, IrFile, IrModel, IrRoot } from "../ir.js";
import type { LoadedSchema } from "../load/load-schemas.js";
import type { AttributeSchema, SchemaFile, TypeBodySchema } from "../schema-types.js";
import { flattenContent } from "./content-model.js";
import { ScalarResolver } from "./scalar-resolver.js";

/** Builds the IR model from loaded schema files (already checked, so references resolve). */
export function lower(schemas: readonly LoadedSchema[], reservedNames: readonly string[] = []): IrModel {
  const resolver = new ScalarResolver(schemas);
  return { files: schemas.map(({ file, schema }) => lowerFile(file, schema, resolver)), reservedNames };
}

function lowerFile(file: string, schema: SchemaFile, resolver: ScalarResolver): IrFile {
  const classes: IrClass[] = [];
  for (const type of schema.complexTypes ?? []) lowerType(type.name, type, type.abstract === true, resolver, classes);
  return {
    source: file,
    module: file.replace(/\.json$/, ""),
    doc: schema.doc,
    simpleTypes: (schema.simpleTypes ?? [])
      .filter((type) => type.enumeration !== undefined || type.pattern !== undefined)
      .map((type) => resolver.restrictedType(type)),
    classes,
    roots: (schema.elements ?? []).map((element): IrRoot => ({
      element: element.name,
      type: element.type,
      linkTypes: element.linkTypes ?? [],
      doc: element.doc,
    })),
  };
}

/** Lowers a type after the anonymous types of its elements (named after the type and the element). */
function lowerType(
  name: string,
  body: TypeBodySchema,
  abstract: boolean,
  resolver: ScalarResolver,
  classes: IrClass[],
): void {
  const anonymous: [string, TypeBodySchema][] = [];
  const content = flattenContent(body.content, (particle) => {
    if (particle.complexType !== undefined) {
      const typeName = `${name.replace(/Type$/, "")}${particle.element}Type`;
      anonymous.push([typeName, particle.complexType]);
      return { kind: "class", type: typeName };
    }
    if (particle.type === undefined)
      throw new Error(`lowering needs checked schemas: element ${particle.element} of ${name} has no type`);
    return resolver.contentOf(particle.type);
  });
  for (const [typeName, typeBody] of anonymous) lowerType(typeName, typeBody, false, resolver, classes);
  classes.push({
    schemaName: name,
    tsName: "",
    fieldsName: undefined,
    doc: body.doc,
    abstract,
    base: body.base,
    attributes: (body.attributes ?? []).map((attribute) => lowerAttribute(attribute, resolver)),
    ...content,
    text: resolver.textOf(body),
    ownText: resolver.ownTextOf(body),
    jsonArray: body.jsonArray === true,
    wrapperOf: undefined,
  });
}

function lowerAttribute(attribute: AttributeSchema, resolver: ScalarResolver): IrAttribute {
  return {
    xmlName: attribute.name,
    member: "",
    scalar: resolver.scalarOf(attribute.type),
    required: attribute.use === "required",
    defaultValue: attribute.default,
    doc: attribute.doc,
  };
}
