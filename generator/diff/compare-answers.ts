/** Compares the documented answers of an operation, by status and the `format` that selects them. */
import type { OperationSchema, ResponseSchema } from "../operation-types.js";
import type { Emit } from "./operation-view.js";

/**
 * Every change of the answers of an operation. Answers sharing a status and format are one answer
 * whose body is one of theirs, so they are compared as one.
 */
export function compareAnswers(old: OperationSchema, now: OperationSchema, emit: Emit): void {
  const before = answersByKey(old);
  const after = answersByKey(now);
  const path = (key: string) => `${now.id}/${key}`;
  for (const [key, was] of before) {
    const is = after.get(key);
    if (is === undefined) emit("answer-removed", path(key), was);
    else if (is !== was) emit("answer-retyped", path(key), was, is);
  }
  for (const [key, is] of after) if (!before.has(key)) emit("answer-added", path(key), undefined, is);
}

/** `200` or `200 format=Entity`, to the bodies it may have: `EntityRef (JobReference) | Job`. */
function answersByKey(operation: OperationSchema): Map<string, string> {
  const bodies = new Map<string, string[]>();
  for (const answer of operation.responses) {
    const key = answer.format === undefined ? `${answer.status}` : `${answer.status} format=${answer.format}`;
    bodies.set(key, [...(bodies.get(key) ?? []), describeAnswer(answer)]);
  }
  return new Map([...bodies].map(([key, list]) => [key, [...new Set(list)].sort().join(" | ")]));
}

/** `EntityRef (JobReference)`, `file (application/zip)`, `no body`. */
function describeAnswer(answer: ResponseSchema): string {
  if (answer.element !== undefined)
    return answer.referenceType === undefined ? answer.element : `${answer.element} (${answer.referenceType})`;
  return answer.mediaType === undefined ? "no body" : `file (${answer.mediaType})`;
}
