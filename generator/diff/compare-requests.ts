/** Compares what a request of an operation carries: its query parameters and allowed values, and its body. */
import type { OperationSchema, QueryParameterSchema, RequestBodySchema } from "../operation-types.js";
import type { Emit } from "./operation-view.js";

/** What the comparison of one operation's request needs to know about the sides. */
export interface RequestContext {
  readonly emit: Emit;
  readonly docs: boolean;
  /** The names of each side's query types: the values of a parameter taking them (`type` of `/query`). */
  readonly queryTypeNames: { readonly old: readonly string[]; readonly new: readonly string[] };
}

/** Every change of the query parameters and the body of an operation on both sides. */
export function compareRequest(old: OperationSchema, now: OperationSchema, context: RequestContext): void {
  compareQueryParameters(old, now, context);
  compareBody(`${now.id}/body`, old.body, now.body, context.emit);
}

function compareQueryParameters(old: OperationSchema, now: OperationSchema, context: RequestContext): void {
  const { emit, docs } = context;
  const after = new Map((now.query ?? []).map((parameter) => [parameter.name, parameter]));
  const path = (parameter: QueryParameterSchema) => `${now.id}?${parameter.name}`;
  for (const was of old.query ?? []) {
    const is = after.get(was.name);
    if (is === undefined) {
      emit("query-parameter-removed", path(was), describeParameter(was));
      continue;
    }
    if (was.type !== is.type) emit("query-parameter-retyped", path(is), was.type, is.type);
    if (need(was) !== need(is))
      emit(
        is.required ? "query-parameter-now-required" : "query-parameter-now-optional",
        path(is),
        need(was),
        need(is),
      );
    if (was.valuesFrom === undefined || is.valuesFrom === undefined)
      compareAllowedValues(
        emit,
        path(is),
        valuesOf(was, context.queryTypeNames.old),
        valuesOf(is, context.queryTypeNames.new),
      );
    if (docs && was.doc !== is.doc) emit("doc-changed", path(is), was.doc, is.doc);
  }
  const before = new Set((old.query ?? []).map((parameter) => parameter.name));
  for (const is of now.query ?? [])
    if (!before.has(is.name))
      emit(
        is.required ? "required-query-parameter-added" : "query-parameter-added",
        path(is),
        undefined,
        describeParameter(is),
      );
}

/** `xs:string, required: Entity | Full`. */
function describeParameter(parameter: QueryParameterSchema): string {
  const values = parameter.valuesFrom === "queryTypes" ? "a query type" : parameter.values?.join(" | ");
  return `${parameter.type}, ${need(parameter)}${values === undefined ? "" : `: ${values}`}`;
}

function need(parameter: QueryParameterSchema): string {
  return parameter.required === true ? "required" : "optional";
}

/** The values a parameter allows; the query types' names for `valuesFrom`; `undefined` for any value. */
function valuesOf(parameter: QueryParameterSchema, queryTypeNames: readonly string[]): readonly string[] | undefined {
  return parameter.valuesFrom === "queryTypes" ? queryTypeNames : parameter.values;
}

/** Compares the values a query parameter or field allows: a list of them, or any (`undefined`). */
export function compareAllowedValues(
  emit: Emit,
  path: string,
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): void {
  const describe = (values: readonly string[] | undefined) => values?.join(" | ") ?? "any value";
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    emit(
      before === undefined ? "allowed-values-introduced" : "allowed-values-lifted",
      path,
      describe(before),
      describe(after),
    );
    return;
  }
  for (const value of before) if (!after.includes(value)) emit("allowed-value-removed", `${path}=${value}`, value);
  for (const value of after)
    if (!before.includes(value)) emit("allowed-value-added", `${path}=${value}`, undefined, value);
}

function compareBody(
  path: string,
  was: RequestBodySchema | undefined,
  is: RequestBodySchema | undefined,
  emit: Emit,
): void {
  const describe = (body: RequestBodySchema | undefined) =>
    body === undefined ? "none" : `${body.element} (${body.required ? "required" : "optional"})`;
  if (was === undefined && is === undefined) return;
  if (was === undefined || is === undefined) {
    const kind =
      is === undefined ? "request-body-removed" : is.required ? "request-body-now-required" : "request-body-added";
    emit(kind, path, describe(was), describe(is));
    return;
  }
  if (was.element !== is.element) emit("request-body-retyped", path, was.element, is.element);
  if (was.required !== is.required)
    emit(is.required ? "request-body-now-required" : "request-body-now-optional", path, describe(was), describe(is));
}
