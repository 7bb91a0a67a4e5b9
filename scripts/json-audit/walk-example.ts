/**
 * Walks a JSON example against a schema type: every property to a member (names compared), every
 * object's properties against its type's sequence (order compared per declaring type, since EM's
 * serializer writes a derived class's members before its base's), wrappers nested or direct, and
 * `null` slots taken as absent values. Numbers and booleans written as strings are counted: EM's
 * serializer writes them as JSON values, so such an example was converted from XML by hand.
 */
import { builtinFacts } from "../../generator/builtin-types.js";
import { isRepeated, type IrElement, type IrScalar } from "../../generator/ir.js";
import { breaksOrder, inSchemaOrder, namesOf } from "./element-order.js";
import type { Finding } from "./findings.js";
import { describeValue, isObject, type JsonObject } from "./json-value.js";
import { jsonNameOf, matchProperty, shapeScore } from "./member-match.js";
import { classOf, derivedFrom, type Member, type SchemaView } from "./schema-view.js";

/** What walking one example found. */
export interface ExampleWalk {
  readonly findings: readonly Finding[];
  /** Numbers and booleans the example writes as strings. */
  readonly quotedScalars: number;
}

/** The walk under way: the schemas, the example's name, and what it found so far. */
interface Walk {
  readonly view: SchemaView;
  readonly example: string;
  readonly findings: Finding[];
  quotedScalars: number;
}

/** Walks one example, read as an instance of the given type. */
export function walkExample(view: SchemaView, typeName: string, value: unknown, example: string): ExampleWalk {
  const walk: Walk = { view, example, findings: [], quotedScalars: 0 };
  walkValueOfClass(walk, typeName, value, "");
  return { findings: walk.findings, quotedScalars: walk.quotedScalars };
}

function report(walk: Walk, finding: Omit<Finding, "source">, path: string): void {
  walk.findings.push({ ...finding, source: `${walk.example} ${path || "/"}` });
}

/** An object as an instance of a class, or of the derived class it fits best. */
function walkValueOfClass(walk: Walk, typeName: string, value: unknown, path: string): void {
  if (value === null) return;
  if (!isObject(value)) {
    report(
      walk,
      { kind: "shape", type: typeName, detail: `${describeValue(value)} where an object is expected` },
      path,
    );
    return;
  }
  const candidates = [typeName, ...derivedFrom(walk.view, typeName)];
  const best = candidates.reduce((chosen, candidate) =>
    shapeScore(walk.view, candidate, value) > shapeScore(walk.view, chosen, value) ? candidate : chosen,
  );
  walkObject(walk, best, value, path);
}

function walkObject(walk: Walk, typeName: string, object: JsonObject, path: string): void {
  const matched: Member[] = [];
  for (const [property, value] of Object.entries(object)) {
    const at = `${path}/${property}`;
    const match = matchProperty(walk.view, typeName, object, property);
    if (match === undefined) {
      report(walk, { kind: "missing", type: typeName, detail: property }, at);
      continue;
    }
    if (match.kind !== "exact") {
      const detail = `JSON ${property}, schema ${jsonNameOf(match.member)}`;
      report(walk, { kind: "name", type: match.member.owner, detail }, at);
    }
    matched.push(match.member);
    walkMemberValue(walk, match.member, value, at);
  }
  checkOrder(walk, matched, path);
}

function walkMemberValue(walk: Walk, member: Member, value: unknown, path: string): void {
  if (value === null) return;
  if (member.kind !== "element") {
    countQuoted(walk, member.kind === "text" ? member.scalar : member.attribute.scalar, value);
    return;
  }
  const element = member.element;
  const typeName = classOf(element);
  const items = Array.isArray(value) ? value : [value];
  if (typeName === undefined) {
    if (element.content.kind === "scalar") for (const item of items) countQuoted(walk, element.content.scalar, item);
    return;
  }
  const wrapper = walk.view.classes.get(typeName)!.wrapperOf;
  if (isRepeated(element) !== Array.isArray(value) && wrapper === undefined) {
    const detail = `${element.xmlName} is ${isRepeated(element) ? "repeated" : "single"}, the JSON has ${describeValue(value)}`;
    report(walk, { kind: "shape", type: member.owner, detail }, path);
  }
  const direct = !isRepeated(element) && Array.isArray(value) && wrapper !== undefined;
  if (wrapper !== undefined && !isRepeated(element)) checkForm(walk, typeName, direct, path);
  const itemType = direct ? classOfContent(wrapper.content) : typeName;
  if (itemType === undefined) return;
  items.forEach((item, index) =>
    walkValueOfClass(walk, itemType, item, Array.isArray(value) ? `${path}/${index}` : path),
  );
}

/** A wrapper's JSON form, the bare array of its items (`Links: [...]`) or an object holding it, must be the schema's. */
function checkForm(walk: Walk, typeName: string, direct: boolean, path: string): void {
  if (walk.view.classes.get(typeName)!.jsonArray === direct) return;
  const detail = direct
    ? "written as the bare array of its items; the schema does not mark it jsonArray"
    : "written as an object holding its items; the schema marks it jsonArray";
  report(walk, { kind: "form", type: typeName, detail }, path);
}

function classOfContent(content: IrElement["content"]): string | undefined {
  return content.kind === "class" ? content.type : undefined;
}

/** Numbers and booleans that an example writes as strings: a sign of JSON converted by hand. */
function countQuoted(walk: Walk, scalar: IrScalar, value: unknown): void {
  const type = builtinFacts(scalar.builtin).tsType;
  if (typeof value === "string" && (type === "number" || type === "boolean")) walk.quotedScalars++;
}

/** Elements of each declaring type must come in its sequence order. */
function checkOrder(walk: Walk, matched: readonly Member[], path: string): void {
  const elements = matched.flatMap((member) => (member.kind === "element" ? [member] : []));
  for (const owner of new Set(elements.map((member) => member.owner))) {
    const own = elements.filter((member) => member.owner === owner);
    if (!breaksOrder(own)) continue;
    const detail = `JSON ${namesOf(own)}; schema ${namesOf(inSchemaOrder(own))}`;
    report(walk, { kind: "order", type: owner, detail }, path);
  }
}
