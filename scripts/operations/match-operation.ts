/**
 * Finds the operation a request is for: same method, path matching the template, and the same
 * `action` when the operation is selected by one (an action the URL names but no operation is
 * selected by goes to the operation without an action, whose parameters may allow it).
 */
import { matchPath, splitApiUrl } from "./path-templates.js";

/** What a request is matched on. */
export interface Matchable {
  readonly method: string;
  readonly path: string;
  readonly action?: string | undefined;
}

/** A request matched to its operation(s). */
export interface Match<T extends Matchable> {
  readonly candidates: readonly T[];
  readonly path: string;
  readonly query: ReadonlyMap<string, string>;
}

/** The operations a request may be for (exactly one when the table and the request agree). */
export function matchRequest<T extends Matchable>(operations: readonly T[], method: string, url: string): Match<T> {
  const split = splitApiUrl(url);
  if (split === undefined) return { candidates: [], path: url, query: new Map() };
  const action = queryValue(split.query, "action");
  const onPath = operations.filter(
    (operation) => operation.method === method && matchPath(operation.path, split.path) !== undefined,
  );
  const selected = onPath.filter(
    (operation) => action !== undefined && operation.action?.toLowerCase() === action.toLowerCase(),
  );
  const candidates = selected.length > 0 ? selected : onPath.filter((operation) => operation.action === undefined);
  return { candidates, path: split.path, query: split.query };
}

/** A query value by name without regard to case (EM reads `Format` as `format`). */
export function queryValue(query: ReadonlyMap<string, string>, name: string): string | undefined {
  for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}
