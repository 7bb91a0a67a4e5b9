/**
 * Turns ajv's errors into schema problems: one per place and message, in words, the summaries of
 * failed `oneOf`/`if` branches dropped where a more specific problem says what is wrong.
 */
import type { ErrorObject } from "ajv";
import type { SchemaProblem } from "../../runtime/errors.js";

/** Keywords whose failure only summarises the failures of their branches. */
const SUMMARY_KEYWORDS = new Set(["oneOf", "anyOf", "allOf", "not", "if"]);

/**
 * Turns ajv's errors into one problem per place and message. A summary (a failed `if`/`oneOf`)
 * is dropped when a problem at or below its place says what is actually wrong.
 */
export function describeAjvErrors(file: string, errors: readonly ErrorObject[]): SchemaProblem[] {
  const specific = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const kept = errors.filter(
    (error) =>
      !SUMMARY_KEYWORDS.has(error.keyword) ||
      !specific.some(
        (other) => other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`),
      ),
  );
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of kept) {
    const message = describeAjvError(error);
    const key = `${error.instancePath}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, pointer: error.instancePath, message });
  }
  return problems;
}

function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown property ${JSON.stringify(params.additionalProperty)}`;
    case "propertyNames":
      return `property ${JSON.stringify(params.propertyName)} is not allowed here`;
    case "required":
      return `missing property ${JSON.stringify(params.missingProperty)}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "minItems":
      return params.limit === 1 ? "must not be empty" : `must have at least ${String(params.limit)} items`;
    case "pattern":
      return `${error.message ?? "does not match its pattern"}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "oneOf":
      return params.passingSchemas === null ? "does not match any allowed form" : "matches more than one allowed form";
    case "not":
      return "combines properties that exclude each other (content and simpleContent)";
    default:
      return error.message ?? error.keyword;
  }
}
