/**
 * Checks one example of the reference pages against the operation table: it maps to exactly one
 * operation (and to the page's own operation when it is that page's request), its query
 * parameters are declared with allowed values, its status is a documented answer, and its bodies
 * parse as the declared request root and as an answer root for that status and `format` (where
 * several answers share them, the body is one of them).
 */
import type { OperationSchema, ResponseSchema } from "../../generator/operation-types.js";
import { parse } from "../../generated/index.js";
import { registry } from "../../generated/registry.gen.js";
import { matchRequest, queryValue } from "../../scripts/operations/match-operation.js";
import type { PageExample } from "../../scripts/operations/page-examples.js";

/** How much of a body an example shows. */
export type BodyShown = "complete" | "opening tag" | "none";

/** The outcome of checking one example. */
export type ExampleOutcome =
  | { readonly ok: true; readonly operation: string; readonly request: BodyShown; readonly response: BodyShown }
  | { readonly ok: false; readonly reason: string };

/** What an example is checked against. */
export interface ExampleContext {
  readonly operations: readonly OperationSchema[];
  readonly queryTypes: readonly string[];
  /**
   * The operations a page documents as its own request, by page file (those with the method of
   * the page's title; its other examples follow up with other requests).
   */
  readonly ownOperations: ReadonlyMap<string, readonly OperationSchema[]>;
}

/** Checks one example. */
export function checkExample(example: PageExample, context: ExampleContext): ExampleOutcome {
  const match = matchRequest(context.operations, example.method, example.url);
  if (match.candidates.length !== 1)
    return { ok: false, reason: `maps to ${match.candidates.length} operations: ${example.method} ${example.url}` };
  const operation = match.candidates[0]!;
  const own = context.ownOperations.get(example.page)?.filter((candidate) => candidate.method === example.method) ?? [];
  if (own.length > 0 && !own.includes(operation))
    return { ok: false, reason: `maps to ${operation.id}, not to the page's own ${own.map((o) => o.id).join(", ")}` };
  const parameterProblem = checkParameters(operation, match.query, context.queryTypes);
  if (parameterProblem !== undefined) return { ok: false, reason: parameterProblem };
  const status = Number(/^(\d{3})\b/.exec(example.status ?? "")?.[1]);
  const format = queryValue(match.query, "format");
  const answers = operation.responses.filter(
    (response) => response.status === status && sameFormat(response, format, operation),
  );
  if (answers.length === 0) {
    const shown = example.status ?? "(no status shown)";
    return { ok: false, reason: `${operation.id} documents no answer ${shown} for format ${format ?? "(none)"}` };
  }
  const request = checkBody(example.requestBody, operation.body?.element, "request");
  if (typeof request !== "string") return request;
  if (operation.body?.required === true && example.requestBody === undefined)
    return { ok: false, reason: `${operation.id} requires a ${operation.body.element} body; the example sends none` };
  const tried = answers.map((answer) => checkBody(example.responseBody, answer.element, "response"));
  const response = tried.find((outcome) => typeof outcome === "string") ?? tried[0]!;
  if (typeof response !== "string") return response;
  return { ok: true, operation: operation.id, request, response };
}

function sameFormat(response: ResponseSchema, format: string | undefined, operation: OperationSchema): boolean {
  const formats = operation.responses.some((candidate) => candidate.format !== undefined);
  if (!formats || format === undefined) return response.format === undefined;
  const selected = operation.responses.some((candidate) => candidate.format?.toLowerCase() === format.toLowerCase());
  return selected ? response.format?.toLowerCase() === format.toLowerCase() : response.format === undefined;
}

/** Every query parameter of the URL is declared, with an allowed value. */
function checkParameters(
  operation: OperationSchema,
  query: ReadonlyMap<string, string>,
  queryTypes: readonly string[],
): string | undefined {
  for (const [name, value] of query) {
    if (name.toLowerCase() === "action" && operation.action?.toLowerCase() === value.toLowerCase()) continue;
    const declared = operation.query?.find((parameter) => parameter.name.toLowerCase() === name.toLowerCase());
    if (declared === undefined) return `${operation.id} declares no query parameter ${JSON.stringify(name)}`;
    const allowed = declared.valuesFrom === "queryTypes" ? queryTypes : declared.values;
    if (allowed !== undefined && !allowed.some((candidate) => candidate.toLowerCase() === value.toLowerCase()))
      return `${operation.id} does not allow ${name}=${JSON.stringify(value)}`;
  }
  return undefined;
}

/** A body shown completely before its root closes, after its opening tag, or not at all. */
const OPENING_TAG_ONLY = /^(?:<\?xml[^>]*\?>\s*)?(<[A-Za-z_][^<>]*[^/<>]>)$/;
const DECLARATION_ONLY = /^<\?xml[^>]*\?>$/;

/** Parses a body as the expected root; answers how much of it was shown, or the problem. */
function checkBody(
  body: string | undefined,
  element: string | undefined,
  role: string,
): BodyShown | { ok: false; reason: string } {
  if (body === undefined || DECLARATION_ONLY.test(body)) return "none";
  if (element === undefined) return { ok: false, reason: `${role} body shown, but the operation declares none` };
  const expect = registry.rootClass(element);
  if (expect === undefined) return { ok: false, reason: `${role} element ${element} is not a registered root` };
  const openingTag = OPENING_TAG_ONLY.exec(body)?.[1];
  try {
    parse(openingTag === undefined ? body : openingTag.replace(/>$/, "/>"), { expect });
  } catch (error) {
    return { ok: false, reason: `${role} body does not parse as ${element}: ${(error as Error).message}` };
  }
  return openingTag === undefined ? "complete" : "opening tag";
}
