/**
 * Decides which schema type a JSON example is an instance of. In order: the namespaced root of the
 * XML example shown with it; for a bare snippet (`<Weekly>...`), the type declaring that element
 * within the page's request body; the page's request body; and, failing all, the best fit by shape.
 * Where several types could hold it, the shape decides, and the placement says so.
 */
import type { JsonExample, PageFacts } from "./corpus.js";
import { isObject } from "./json-value.js";
import { matchProperty, shapeScore } from "./member-match.js";
import { xmlRootOfPair } from "./page-cells.js";
import { classOf, reachableFrom, type SchemaView } from "./schema-view.js";

/** The type an example is read as, and how that was decided. */
export interface Placement {
  readonly type: string;
  readonly how: string;
}

/** Where the example sits in the schemas. */
export function placeExample(view: SchemaView, example: JsonExample, page: PageFacts): Placement {
  const xml = xmlRootOfPair(page.cells, example.pair);
  const body = page.requestRoot === undefined ? undefined : view.roots.get(page.requestRoot);
  if (xml?.namespaced === true && view.roots.has(xml.element)) {
    return fit(view, view.roots.get(xml.element)!, example.value, `root ${xml.element} of the XML shown with it`);
  }
  if (xml !== undefined && !xml.namespaced) {
    const how = `fragment: element ${xml.element} of the snippet shown with it`;
    return fragment(view, body, xml.element, example.value, how) ?? byShape(view, example.value);
  }
  if (body !== undefined) return fit(view, body, example.value, `request body ${page.requestRoot} of the page`);
  return byShape(view, example.value);
}

/** The type itself when the value's properties are its members, else a fragment within it. */
function fit(view: SchemaView, typeName: string, value: unknown, how: string): Placement {
  const whole = { type: typeName, how };
  const [only, ...others] = isObject(value) ? Object.keys(value) : [];
  if (!isObject(value) || only === undefined || others.length > 0) return whole;
  if (matchProperty(view, typeName, value, only) !== undefined) return whole;
  return fragment(view, typeName, only, value, `${how}; fragment: its property ${only}`) ?? whole;
}

/**
 * The type declaring `element` that holds the example `{ element: ... }`: among those reachable
 * from the body (all types when there is none or none there does), the one the value fits best.
 */
function fragment(
  view: SchemaView,
  body: string | undefined,
  element: string,
  value: unknown,
  how: string,
): Placement | undefined {
  const declaring = (scope: Iterable<string>) =>
    [...scope].filter((typeName) =>
      view.classes
        .get(typeName)!
        .elements.some((candidate) => candidate.xmlName.toLowerCase() === element.toLowerCase()),
    );
  let parents = body === undefined ? [] : declaring(reachableFrom(view, body));
  if (parents.length === 0) parents = declaring(view.classes.keys());
  if (parents.length === 0) return undefined;
  const inner = isObject(value) ? Object.values(value)[0] : undefined;
  const score = (parent: string) => {
    const held = view.classes
      .get(parent)!
      .elements.find((candidate) => candidate.xmlName.toLowerCase() === element.toLowerCase())!;
    const typeName = classOf(held);
    return typeName === undefined ? 0 : shapeScore(view, typeName, Array.isArray(inner) ? inner[0] : inner);
  };
  const best = parents.reduce((chosen, parent) => (score(parent) > score(chosen) ? parent : chosen));
  const note =
    parents.length > 1 ? `; ${parents.length} types declare it (${parents.join(", ")}), chosen by shape` : "";
  return { type: best, how: `${how}, in ${best}${note}` };
}

/** The class the value fits best, over all classes. */
function byShape(view: SchemaView, value: unknown): Placement {
  const candidates = [...view.classes.values()].filter((type) => !type.abstract).map((type) => type.schemaName);
  const best = candidates.reduce((chosen, candidate) =>
    shapeScore(view, candidate, value) > shapeScore(view, chosen, value) ? candidate : chosen,
  );
  return {
    type: best,
    how: `by shape: no XML root or request body on the page; the best fit of ${candidates.length} types`,
  };
}
