/**
 * What the audit reports: one finding per disagreement between a source (a JSON example, the v1_2
 * XSD) and the schemas, keyed by type so that the same disagreement seen twice is one line.
 */

/** The kinds of disagreement. */
export type FindingKind =
  /** A JSON property names a member with another spelling. */
  | "name"
  /** A JSON property the type has no member for. */
  | "missing"
  /** JSON properties in an order other than the type's sequence. */
  | "order"
  /** A JSON value of another structure than the member's (an array for a single object, ...). */
  | "shape"
  /** A wrapper written as a bare array where the schema says an object holding it, or the reverse. */
  | "form"
  /** An XSD element or attribute with another spelling than the schema's. */
  | "xsd-name"
  /** An XSD element or attribute the schema type lacks. */
  | "xsd-missing"
  /** XSD elements in an order other than the schema's. */
  | "xsd-order";

export interface Finding {
  readonly kind: FindingKind;
  /** The schema type the finding is about (the one declaring the member, for names and order). */
  readonly type: string;
  /** What differs, without the place: the same text for the same disagreement anywhere. */
  readonly detail: string;
  /** Where it was seen: an example file and JSON path, or the XSD. */
  readonly source: string;
}

/** A finding with every place it was seen. */
export interface GroupedFinding {
  readonly key: string;
  readonly kind: FindingKind;
  readonly type: string;
  readonly sources: readonly string[];
}

/** The text that identifies a finding: `Type kind: detail`. */
export function findingKey(finding: Pick<Finding, "kind" | "type" | "detail">): string {
  return `${finding.type} ${finding.kind}: ${finding.detail}`;
}

/** Merges findings with the same key, keeping their sources; sorted by key. */
export function groupFindings(findings: readonly Finding[]): GroupedFinding[] {
  const byKey = new Map<string, { kind: FindingKind; type: string; sources: Set<string> }>();
  for (const finding of findings) {
    const key = findingKey(finding);
    const group = byKey.get(key) ?? { kind: finding.kind, type: finding.type, sources: new Set<string>() };
    group.sources.add(finding.source);
    byKey.set(key, group);
  }
  return [...byKey.entries()]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([key, group]) => ({ key, kind: group.kind, type: group.type, sources: [...group.sources].sort() }));
}
