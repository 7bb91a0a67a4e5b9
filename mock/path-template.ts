/**
 * Path templates of the operation table (`/jobs/{jobID}/includes/{ID}`): matching request paths
 * against them and filling them in. Literal segments match without regard to case, as EM's URLs do.
 */

/** One segment of a template. */
export type TemplateSegment =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "parameter"; readonly name: string; readonly spans: boolean };

/** A compiled template. */
export interface PathTemplate {
  /** The template as written, `/jobs/{ID}`. */
  readonly source: string;
  readonly segments: readonly TemplateSegment[];
  /** The template with literals in lower case and parameters as `{}`: equal keys mean the same URL space. */
  readonly key: string;
}

/** Compiles a template; `{name}` is a parameter, and `spanning` names the ones that may hold `/`. */
export function compileTemplate(source: string, spanning: ReadonlySet<string> = new Set()): PathTemplate {
  const segments: TemplateSegment[] = splitPath(source).map((text) => {
    const parameter = /^\{(\w+)\}$/.exec(text);
    if (parameter === null) return { kind: "literal", text };
    return { kind: "parameter", name: parameter[1]!, spans: spanning.has(parameter[1]!) };
  });
  return { source, segments, key: templateKey(segments) };
}

/** The segments of a path (`/a/b/` is `a`, `b`); an empty path has none. */
export function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function templateKey(segments: readonly TemplateSegment[]): string {
  return "/" + segments.map((segment) => (segment.kind === "literal" ? segment.text.toLowerCase() : "{}")).join("/");
}

/** The key of the first `count` segments of a template. */
export function prefixKey(template: PathTemplate, count: number): string {
  return templateKey(template.segments.slice(0, count));
}

/**
 * The parameter values of a request path (segments already split, still percent-encoded), in
 * template order, or undefined when it does not match. A spanning parameter takes the rest.
 */
export function matchTemplate(template: PathTemplate, segments: readonly string[]): string[] | undefined {
  const values: string[] = [];
  for (let index = 0; index < template.segments.length; index++) {
    const segment = template.segments[index]!;
    if (index >= segments.length) return undefined;
    if (segment.kind === "literal") {
      if (segment.text.toLowerCase() !== safeDecode(segments[index]!).toLowerCase()) return undefined;
      continue;
    }
    if (segment.spans) {
      values.push(segments.slice(index).map(safeDecode).join("/"));
      return values;
    }
    values.push(safeDecode(segments[index]!));
  }
  return segments.length === template.segments.length ? values : undefined;
}

/** Fills a template with values in order; each is percent-encoded, a spanning one part by part. */
export function fillTemplate(template: PathTemplate, values: readonly string[]): string {
  let next = 0;
  const parts = template.segments.map((segment) => {
    if (segment.kind === "literal") return segment.text;
    const value = values[next++];
    if (value === undefined) throw new Error(`template ${template.source} needs a value for {${segment.name}}`);
    return segment.spans ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
  return parts.join("/");
}

/** How many literal segments a template has: the more, the more specific. */
export function literalCount(template: PathTemplate): number {
  return template.segments.filter((segment) => segment.kind === "literal").length;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
