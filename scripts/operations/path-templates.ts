/**
 * Path templates: reading them from page titles, naming their parameters uniquely, and matching a
 * request URL against them the way EM does (literal segments without regard to case; a trailing
 * slash does not matter; `{filepath}` takes the rest of the path).
 */
import { unescapeMarkdown } from "./em-pages.js";

/** A page title split into its parts: `POST /jobs/{ID}?action=start`. */
export interface TitleParts {
  readonly method: string;
  /** The path as the page writes it, `{ID}` for every identifier. */
  readonly path: string;
  /** The query the title carries (`action`, the query service's `type`, the lookup's parameters). */
  readonly query: ReadonlyMap<string, string>;
}

/** Parameters that hold a path with slashes rather than one segment. */
const SPANNING_PARAMETERS = new Set(["filepath"]);

/** Reads `METHOD /path?query` from a title; spaces and markdown escapes go, a lone `&` starts the query. */
export function parseTitle(title: string): TitleParts | undefined {
  const match = /^(GET|POST|PUT|DELETE) (\/.*)$/.exec(unescapeMarkdown(title).trim());
  if (match === null) return undefined;
  let target = match[2]!.replace(/\s+/g, "");
  if (!target.includes("?")) target = target.replace("&", "?");
  const [path, query = ""] = target.split("?", 2) as [string, string?];
  return { method: match[1]!, path, query: parseQuery(query) };
}

/** The pairs of a query string, names as written, values URL-decoded where they can be. */
export function parseQuery(query: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const name = at < 0 ? pair : pair.slice(0, at);
    const value = at < 0 ? "" : pair.slice(at + 1);
    pairs.set(name, safeDecode(value));
  }
  return pairs;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A parameter of a path template. */
export interface TemplateParameter {
  readonly name: string;
  /** The name the page writes (`ID` for every identifier). */
  readonly pageName: string;
  readonly spansSegments: boolean;
}

/**
 * Gives every parameter of a page's path a unique name: where the page writes the same name twice
 * (`/jobs/{ID}/includes/{ID}`), all but the last take the name of the collection before them
 * (`/jobs/{jobID}/includes/{ID}`).
 */
export function uniqueTemplate(path: string): { path: string; parameters: TemplateParameter[] } {
  const segments = path.split("/");
  const names = segments.map((segment) => /^\{(.+)\}$/.exec(segment)?.[1]);
  const parameters: TemplateParameter[] = [];
  const renamed = segments.map((segment, index) => {
    const name = names[index];
    if (name === undefined) return segment;
    const repeated = names.slice(index + 1).includes(name);
    const unique = repeated ? `${lowerFirst(singular(segments[index - 1] ?? ""))}${name}` : name;
    parameters.push({ name: unique, pageName: name, spansSegments: SPANNING_PARAMETERS.has(name) });
    return `{${unique}}`;
  });
  return { path: renamed.join("/"), parameters };
}

/** The singular of a collection name: `policies` → `policy`, `addresses` → `address`, `jobs` → `job`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/sses$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** The segments of a path, without the empty one a trailing slash leaves. */
function segmentsOf(path: string): string[] {
  const segments = path.split("/").slice(1);
  if (segments.length > 0 && segments[segments.length - 1] === "") segments.pop();
  return segments;
}

/**
 * Matches a request path (relative to `/api`, undecoded) against a template; gives the parameter
 * values, or undefined when it does not match.
 */
export function matchPath(template: string, path: string): Map<string, string> | undefined {
  const wanted = segmentsOf(template);
  const given = segmentsOf(path);
  const values = new Map<string, string>();
  for (let index = 0; index < wanted.length; index++) {
    const segment = wanted[index]!;
    const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
    if (parameter !== undefined && SPANNING_PARAMETERS.has(parameter)) {
      if (index >= given.length) return undefined;
      values.set(parameter, given.slice(index).join("/"));
      return values;
    }
    const value = given[index];
    if (value === undefined || value === "") return undefined;
    if (parameter !== undefined) values.set(parameter, value);
    else if (segment.toLowerCase() !== value.toLowerCase()) return undefined;
  }
  return given.length === wanted.length ? values : undefined;
}

/** Splits an absolute EM URL into its path below `/api` and its query; undefined for other URLs. */
export function splitApiUrl(url: string): { path: string; query: Map<string, string> } | undefined {
  const match = /^https?:\/\/[^/]+\/api(\/[^?#]*)?(?:\?([^#]*))?$/.exec(url);
  if (match === null) return undefined;
  return { path: match[1] ?? "/", query: parseQuery(match[2] ?? "") };
}
