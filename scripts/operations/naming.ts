/**
 * The naming rule of operation ids, applied to every operation alike:
 *
 * - the verb is the `action` when EM selects the operation by one (`?action=start`, or the last
 *   path segment of the NAS job actions); otherwise GET is `get`, PUT `edit`, DELETE `delete`, POST
 *   `create` (the words of EM's own link relations Edit, Delete, Create);
 * - the object is the path's literal segments in PascalCase, each collection that is followed by a
 *   parameter in the singular (`/nas/jobs/{ID}/includes` → `NasJobIncludes`), and also the last
 *   collection when the verb is `create` (one item is created); `{filepath}` adds `Path`, other
 *   parameters add nothing; `_` and `-` start a new word (`job_statistics` → `JobStatistics`);
 * - id = verb + object, camelCase (`getNasJob`, `startJob`, `createJobInclude`).
 *
 * The few ids this rule gets wrong are renamed in `corrections.ts`, each with its reason.
 */
import { singular } from "./path-templates.js";

/** What the id is made of. */
export interface NamedOperation {
  readonly method: string;
  /** The template with the page's parameter names. */
  readonly path: string;
  readonly action?: string;
}

const METHOD_VERBS: Readonly<Record<string, string>> = { GET: "get", PUT: "edit", DELETE: "delete", POST: "create" };

/** The id the rule gives an operation. */
export function operationId(operation: NamedOperation): string {
  const verb = operation.action ?? METHOD_VERBS[operation.method]!;
  const segments = operation.path.split("/").filter((segment) => segment !== "");
  const words: string[] = [];
  segments.forEach((segment, index) => {
    if (segment === "{filepath}") words.push("Path");
    if (segment.startsWith("{")) return;
    const next = segments[index + 1];
    const last = next === undefined;
    const itemFollows = next?.startsWith("{") === true && next !== "{filepath}";
    words.push(pascal(itemFollows || (last && verb === "create") ? singular(segment) : segment));
  });
  return camel(verb) + words.join("");
}

function pascal(word: string): string {
  return word
    .split(/[_-]/)
    .filter((part) => part !== "")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

function camel(word: string): string {
  const joined = pascal(word);
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}
