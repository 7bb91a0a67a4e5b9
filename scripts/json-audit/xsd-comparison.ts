/**
 * Compares the types of a real `RestAPI.xsd` with the schemas' types of the same names: every XSD
 * element and attribute must be there under the same name, and the elements the two share must come
 * in the same order. The schemas may have more (EM grew after that XSD); that is not reported.
 */
import { basename } from "node:path";
import { buildModel } from "../../generator/build-model.js";
import { importXsdFile } from "../../generator/import-xsd/import-xsd.js";
import type { IrClass } from "../../generator/ir.js";
import type { Finding } from "./findings.js";
import { isNearSpelling } from "./member-match.js";
import { breaksOrder, inSchemaOrder, namesOf, type ElementMember } from "./element-order.js";
import { classOf, membersOf, schemaView, type SchemaView } from "./schema-view.js";

/** Every disagreement between the XSD at `path` and the schemas, by type. */
export function compareWithXsd(view: SchemaView, path: string): Finding[] {
  const xsd = schemaView(buildModel([{ file: basename(path), schema: importXsdFile(path) }]));
  const source = basename(path);
  const findings: Finding[] = [];
  for (const xsdType of xsd.classes.values()) {
    const counterpart = counterpartOf(view, xsd, xsdType.schemaName);
    if (counterpart === undefined) {
      findings.push({ kind: "xsd-missing", type: xsdType.schemaName, detail: "the type itself", source });
      continue;
    }
    findings.push(
      ...compareMembers(view, xsdType, counterpart, source),
      ...compareOrder(view, xsdType, view.classes.get(counterpart)!, source),
    );
  }
  return findings;
}

/**
 * The schema type an XSD type corresponds to: the one of the same name, or, for a type the XSD
 * declares inline (`CloudHardwarePlanCreateSpecHardwarePlanDetailsType`), the type the schemas give
 * the same element of the same parent.
 */
function counterpartOf(view: SchemaView, xsd: SchemaView, typeName: string): string | undefined {
  if (view.classes.has(typeName)) return typeName;
  for (const parent of xsd.classes.values()) {
    const element = parent.elements.find((candidate) => classOf(candidate) === typeName);
    if (element === undefined || !view.classes.has(parent.schemaName)) continue;
    const own = membersOf(view, parent.schemaName).find(
      (member) => member.kind === "element" && member.name === element.xmlName,
    );
    if (own?.kind === "element" && classOf(own.element) !== undefined) return classOf(own.element);
  }
  return undefined;
}

/** The XSD type's own elements and attributes, each looked up in the schema type and its bases. */
function compareMembers(view: SchemaView, xsdType: IrClass, type: string, source: string): Finding[] {
  const members = membersOf(view, type);
  const wanted = [
    ...xsdType.attributes.map((attribute) => ({ kind: "attribute" as const, name: attribute.xmlName })),
    ...xsdType.elements.map((element) => ({ kind: "element" as const, name: element.xmlName })),
  ];
  return wanted.flatMap(({ kind, name }): Finding[] => {
    const sameKind = members.filter((member) => member.kind === kind);
    if (sameKind.some((member) => member.name === name)) return [];
    const near = sameKind.find(
      (member) => member.name.toLowerCase() === name.toLowerCase() || isNearSpelling(member.name, name),
    );
    if (near !== undefined)
      return [{ kind: "xsd-name", type, detail: `XSD ${kind} ${name}, schema ${near.name}`, source }];
    return [{ kind: "xsd-missing", type, detail: `${kind} ${name}`, source }];
  });
}

/** The elements both declare as the type's own must come in the XSD's order. */
function compareOrder(view: SchemaView, xsdType: IrClass, own: IrClass, source: string): Finding[] {
  const members = membersOf(view, own.schemaName).filter(
    (member): member is ElementMember => member.kind === "element" && member.owner === own.schemaName,
  );
  const inXsdOrder = xsdType.elements.flatMap((element) => members.filter((member) => member.name === element.xmlName));
  if (!breaksOrder(inXsdOrder)) return [];
  const detail = `XSD ${namesOf(inXsdOrder)}; schema ${namesOf(inSchemaOrder(inXsdOrder))}`;
  return [{ kind: "xsd-order", type: own.schemaName, detail, source }];
}
