/**
 * Lowers checked schema files to the IR: anonymous types become named classes, content models
 * become flat element lists with effective occurs, type references become scalars or classes.
 * Names for TypeScript are left empty for `allocate-names`.
 */
import type {
  IrAttribute,
  IrClass,
  IrContent,
  IrElement,
  IrFile,
  IrModel,
  IrRoot,
  IrScalar,
  IrSimpleType,
} from "../ir.js";
import type { LoadedSchema } from "../load/load-schemas.js";
import {
  isBuiltin,
  type GroupSchema,
  type MaxOccurs,
  type ParticleSchema,
  type SimpleTypeSchema,
  type TypeBodySchema,
} from "../schema-types.js";

/** Builds the IR model from loaded schema files (already checked, so references resolve). */
export function lower(schemas: readonly LoadedSchema[], reservedNames: readonly string[] = []): IrModel {
  const simpleTypes = new Map<string, SimpleTypeSchema>();
  const simpleContent = new Map<string, string | undefined>();
  const bases = new Map<string, string | undefined>();
  for (const { schema } of schemas) {
    for (const type of schema.simpleTypes ?? []) simpleTypes.set(type.name, type);
    for (const type of schema.complexTypes ?? []) {
      simpleContent.set(type.name, type.simpleContent);
      bases.set(type.name, type.base);
    }
  }

  const scalarOf = (typeName: string): IrScalar => {
    const patterns: string[] = [];
    let enumeration: string | undefined;
    let restricted: string | undefined;
    let name = typeName;
    while (!isBuiltin(name)) {
      const simple = simpleTypes.get(name)!;
      if (simple.pattern !== undefined) patterns.push(simple.pattern);
      if (simple.enumeration !== undefined && enumeration === undefined) enumeration = simple.name;
      if ((simple.enumeration !== undefined || simple.pattern !== undefined) && restricted === undefined)
        restricted = simple.name;
      name = simple.base;
    }
    return { builtin: name, simpleType: restricted, enumeration, patterns };
  };

  const contentOf = (typeName: string): IrContent =>
    isBuiltin(typeName) || simpleTypes.has(typeName)
      ? { kind: "scalar", scalar: scalarOf(typeName) }
      : { kind: "class", type: typeName };

  /** The text scalar of a simple-content type, looking through its bases. */
  const textOf = (body: TypeBodySchema): IrScalar | undefined => {
    if (body.simpleContent !== undefined) return scalarOf(body.simpleContent);
    for (let base = body.base; base !== undefined; base = bases.get(base)) {
      const text = simpleContent.get(base);
      if (text !== undefined) return scalarOf(text);
    }
    return undefined;
  };

  const files: IrFile[] = [];
  for (const { file, schema } of schemas) {
    const classes: IrClass[] = [];
    const restricted: IrSimpleType[] = (schema.simpleTypes ?? [])
      .filter((type) => type.enumeration !== undefined || type.pattern !== undefined)
      .map((type) => {
        const scalar = scalarOf(type.name);
        const enumeration =
          scalar.enumeration === undefined ? undefined : simpleTypes.get(scalar.enumeration)!.enumeration;
        return {
          schemaName: type.name,
          builtin: scalar.builtin,
          tsName: "",
          values: enumeration,
          patterns: scalar.patterns,
          doc: type.doc,
        };
      });

    const lowerType = (name: string, body: TypeBodySchema, abstract: boolean): void => {
      const elements: IrElement[] = [];
      let openContent = false;
      let groups = 0;
      type Choice = IrElement["choices"][number];
      const visit = (
        particle: ParticleSchema,
        min: number,
        max: number | undefined,
        choices: readonly Choice[],
      ): void => {
        const ownMin = particle.minOccurs ?? 1;
        const ownMax = maxOf(particle.maxOccurs);
        const effectiveMax = max === undefined || ownMax === undefined ? undefined : max * ownMax;
        if ("element" in particle) {
          let content: IrContent;
          if (particle.complexType !== undefined) {
            const anonymous = `${name.replace(/Type$/, "")}${particle.element}Type`;
            lowerType(anonymous, particle.complexType, false);
            content = { kind: "class", type: anonymous };
          } else content = contentOf(particle.type!);
          elements.push({
            xmlName: particle.element,
            jsonName: particle.jsonName,
            member: "",
            content,
            minOccurs: min * ownMin,
            maxOccurs: effectiveMax,
            choices,
            wrapped: undefined,
            doc: particle.doc,
          });
        } else if ("any" in particle) {
          openContent = true;
        } else {
          const group = particle as GroupSchema;
          const exclusive = (group.choice?.length ?? 0) > 1;
          const id = exclusive ? groups++ : -1;
          const required = min * ownMin >= 1;
          (group.sequence ?? group.choice ?? []).forEach((child, branch) => {
            // A branch of a choice may be absent whenever another branch is taken.
            visit(
              child,
              exclusive ? 0 : min * ownMin,
              effectiveMax,
              exclusive ? [...choices, { group: id, branch, required }] : choices,
            );
          });
        }
      };
      if (body.content !== undefined) visit(body.content, 1, 1, []);
      const attributes: IrAttribute[] = (body.attributes ?? []).map((attribute) => ({
        xmlName: attribute.name,
        member: "",
        scalar: scalarOf(attribute.type),
        required: attribute.use === "required",
        defaultValue: attribute.default,
        doc: attribute.doc,
      }));
      classes.push({
        schemaName: name,
        tsName: "",
        doc: body.doc,
        abstract,
        base: body.base,
        attributes,
        elements,
        text: textOf(body),
        openContent,
        jsonArray: body.jsonArray === true,
        wrapperOf: undefined,
      });
    };

    for (const type of schema.complexTypes ?? []) lowerType(type.name, type, type.abstract === true);
    const roots: IrRoot[] = (schema.elements ?? []).map((element) => ({
      element: element.name,
      type: element.type,
      linkTypes: element.linkTypes ?? [],
      doc: element.doc,
    }));
    files.push({
      source: file,
      module: file.replace(/\.json$/, ""),
      doc: schema.doc,
      simpleTypes: restricted,
      classes,
      roots,
    });
  }
  return { files, reservedNames };
}

function maxOf(max: MaxOccurs | undefined): number | undefined {
  return max === undefined ? 1 : max === "unbounded" ? undefined : max;
}
