/**
 * The short doc of each operation, in words of our own: what it does to which resource, the
 * resource named by the doc of its type in the schemas.
 */
import type { TypeIndex } from "../../generator/load/type-index.js";
import type { OperationSchema } from "../../generator/operation-types.js";

type Undocumented = Omit<OperationSchema, "doc">;

/**
 * The doc of an operation, from its method, its action (the `action` query value, or the last path
 * segment of a path action such as `/nas/jobs/{ID}/start`), its answers and the resource it acts on.
 */
export function describeOperation(
  operation: Undocumented,
  action: string | undefined,
  all: readonly Undocumented[],
  types: TypeIndex,
): string {
  const task = operation.responses.some((response) => response.element === "Task") ? " Answers a task to follow." : "";
  if (operation.method === "GET") return describeRead(operation, types);
  const subject = subjectOf(operation, all, types);
  const body =
    operation.body === undefined
      ? ""
      : ` Takes a ${operation.body.element}${operation.body.required ? "" : " (optional)"}.`;
  if (operation.method === "DELETE") return `Deletes ${subject}.${task}`;
  if (operation.method === "PUT") return `Changes ${subject}.${body}${task}`;
  if (action === undefined || action === "create") return `Adds to ${subject}.${body}${task}`;
  return `Runs "${action}" on ${subject}.${body}${task}`;
}

function describeRead(operation: Undocumented, types: TypeIndex): string {
  const [first, entity] = operation.responses;
  if (entity?.format === "Entity") {
    const what = first!.element === "EntityRef" ? "a reference" : "references";
    return `Reads ${phrase(types, entity.element!)}: ${what} by default, the entit${what === "a reference" ? "y" : "ies"} with format=Entity.`;
  }
  return `Reads ${phrase(types, first?.element)}.`;
}

/** The resource an operation acts on: what a GET on its path (or, for a path action, its parent) reads. */
function subjectOf(operation: Undocumented, all: readonly Undocumented[], types: TypeIndex): string {
  const paths = [operation.path, operation.path.replace(/\/[^/{}]+$/, "")];
  for (const path of paths) {
    const read = all.find((other) => other.method === "GET" && other.action === undefined && other.path === path);
    const element =
      read?.responses.find((response) => response.format === "Entity")?.element ?? read?.responses[0]?.element;
    if (element !== undefined) return phrase(types, element);
  }
  return `the resource at ${operation.path}`;
}

/** A root element's type doc as a phrase (`A file share backup job.` → `a file share backup job`). */
function phrase(types: TypeIndex, element: string | undefined): string {
  const doc =
    element === undefined
      ? undefined
      : types
          .docOf(element)
          ?.split(/[.:;]\s|\s\(|\.$/)[0]
          ?.trim();
  if (doc === undefined) return element === undefined ? "nothing" : `a ${element}`;
  return doc.charAt(0).toLowerCase() + doc.slice(1);
}
