/**
 * What the pages show of a resource's XML: the labelled representations of a resource page
 * (`Entity reference resource representation:` then a box) and the example bodies mapped to an
 * operation. Most such XML is cut after its opening tag, so only the root element, its `Type` and
 * the first `Ref`'s `Type` are read from it.
 */
import { boxCells, sectionLines, type EmPage } from "./em-pages.js";
import { rootAttributeOf, rootElementOf } from "./page-examples.js";

/** One XML body the pages show for a resource. */
export interface ShownBody {
  readonly root: string;
  /** The `Type` attribute of the root element. */
  readonly type: string | undefined;
  /** The path below `/api` of the root's `Href`, without its query. */
  readonly href: string | undefined;
  /** The `Type` of the first `Ref` inside, for reference lists. */
  readonly refType: string | undefined;
  /** The path below `/api` of the first `Ref`'s `Href`. */
  readonly refHref: string | undefined;
  /** The `Type` and `Rel` of every link inside, and the path of its Href below `/api`. */
  readonly links: readonly ShownLink[];
  /** Which representation it is: `reference`, `entity` or `` when the page does not say. */
  readonly kind: "reference" | "entity" | "";
}

/** A link as an XML body shows it. */
export interface ShownLink {
  readonly rel: string;
  readonly type: string | undefined;
  readonly href: string;
}

/** Reads what a body shows; undefined when it shows no root element. */
export function shownBody(body: string | undefined, kind: ShownBody["kind"] = ""): ShownBody | undefined {
  const root = rootElementOf(body);
  if (root === undefined) return undefined;
  return {
    root,
    type: rootAttributeOf(body, "Type"),
    href: apiPath(rootAttributeOf(body, "Href")),
    refType: /<Ref\s[^>]*\bType="([^"]*)"/.exec(body!)?.[1],
    refHref: apiPath(/<Ref\s[^>]*\bHref="([^"]*)"/.exec(body!)?.[1]),
    links: shownLinks(body!),
    kind,
  };
}

/** The path below `/api` of an absolute EM URL, without its query. */
export function apiPath(url: string | undefined): string | undefined {
  return url === undefined ? undefined : (/^https?:\/\/[^/]+\/api(\/[^?#]*)?/.exec(url)?.[1] ?? undefined);
}

function shownLinks(body: string): ShownLink[] {
  const links: ShownLink[] = [];
  for (const tag of body.match(/<Link\s[^>]*>/g) ?? []) {
    const rel = /\bRel="([^"]*)"/.exec(tag)?.[1];
    const href = /\bHref="https?:\/\/[^/"]+\/api([^"]*)"/.exec(tag)?.[1];
    if (rel === undefined || href === undefined) continue;
    links.push({ rel, type: /\bType="([^"]*)"/.exec(tag)?.[1], href });
  }
  return links;
}

/** The representations a resource page (titled with a path) shows, labelled by kind where it says. */
export function pageRepresentations(page: EmPage): ShownBody[] {
  const section = sectionLines(page, "Resource Representation");
  if (section.length === 0) return [];
  const first = page.lines.indexOf("Resource Representation");
  const bodies: ShownBody[] = [];
  for (const cell of boxCells(page)) {
    if (cell.line < first || cell.line > first + section.length) continue;
    const label = labelBefore(page, cell.line - 2);
    const kind = /entity reference/i.test(label) ? "reference" : /entity resource/i.test(label) ? "entity" : "";
    const body = shownBody(cell.text, kind);
    if (body !== undefined) bodies.push(body);
  }
  return bodies;
}

function labelBefore(page: EmPage, line: number): string {
  for (let index = line - 1; index >= 0; index--) {
    const text = page.lines[index]!.trim();
    if (text !== "") return text.endsWith(":") ? text : "";
  }
  return "";
}
