/** Matching request paths under `/api/` to routes, and telling a wrong method (405) from no route (404). */
import type { IncomingMessage } from "node:http";
import type { XmlObject } from "../runtime/index.js";
import type { LogonSessionRecord } from "./logon-sessions.js";

/** What a handler gets. */
export interface RouteContext {
  readonly method: string;
  readonly url: URL;
  /** The `{...}` segments of the route pattern, decoded, in order. */
  readonly params: readonly string[];
  readonly request: IncomingMessage;
  /** The caller's logon session; absent only on public routes. */
  readonly session: LogonSessionRecord | undefined;
}

/** What a handler answers: a status, an optional EM document and extra headers. */
export interface Reply {
  readonly status: number;
  readonly body?: XmlObject;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
}

/** Answers one method of a route; throws EmError for EM error answers. */
export type Handler = (context: RouteContext) => Reply;

/** A resource: its path under `/api/` and a handler per method. */
export interface Route {
  /** Segments separated by `/`; `{name}` matches any one segment. `""` is the API root. */
  readonly pattern: string;
  /** Whether it answers without a logon session (the API root and logon). */
  readonly public?: boolean;
  readonly methods: Readonly<Partial<Record<string, Handler>>>;
}

/** A route that matched a path. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: readonly string[];
}

/** The path under `/api/` as segments, or undefined when the path is not under `/api`. */
export function apiSegments(pathname: string): string[] | undefined {
  const match = /^\/api(?:\/(.*))?$/i.exec(pathname);
  if (match === null) return undefined;
  // EM ignores a trailing slash: /api/jobs/ is /api/jobs, and /api/sessionMngr/ is the logon URL.
  const rest = (match[1] ?? "").replace(/\/+$/, "");
  return rest === "" ? [] : rest.split("/");
}

/** The route a path names; literal segments match without regard to case, as EM's URLs do. */
export function matchRoute(routes: readonly Route[], segments: readonly string[]): RouteMatch | undefined {
  for (const route of routes) {
    const pattern = route.pattern === "" ? [] : route.pattern.split("/");
    if (pattern.length !== segments.length) continue;
    const params: string[] = [];
    let matched = true;
    for (let index = 0; index < pattern.length && matched; index++) {
      const expected = pattern[index]!;
      const actual = safeDecode(segments[index]!);
      if (expected.startsWith("{")) params.push(actual);
      else matched = expected.toLowerCase() === actual.toLowerCase();
    }
    if (matched) return { route, params };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
