/** Compares the restricted simple types (enumerations, patterns) of two views. */
import { change, type ChangeKind, type SchemaChange } from "./change-kinds.js";
import type { SchemaView, SimpleTypeView } from "./schema-view.js";

/** Every change of the restricted simple types between two views. */
export function compareSimpleTypes(before: SchemaView, after: SchemaView, docs: boolean): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [name, old] of before.simpleTypes) {
    const now = after.simpleTypes.get(name);
    if (now === undefined)
      changes.push(change("simple-type-removed", name, { old: describe(old), area: old.area, typescript: old.tsName }));
    else changes.push(...compareSimpleType(old, now, docs));
  }
  for (const [name, now] of after.simpleTypes) {
    if (!before.simpleTypes.has(name))
      changes.push(change("simple-type-added", name, { new: describe(now), area: now.area, typescript: now.tsName }));
  }
  return changes;
}

/** `xs:string: Day | Month` or `xs:string matching [0-9]+`. */
function describe(type: SimpleTypeView): string {
  const facets = [
    ...(type.values === undefined ? [] : [type.values.join(" | ")]),
    ...type.patterns.map((pattern) => `matching ${pattern}`),
  ];
  return facets.length === 0 ? type.builtin : `${type.builtin}: ${facets.join(", ")}`;
}

function compareSimpleType(old: SimpleTypeView, now: SimpleTypeView, docs: boolean): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const emit = (kind: ChangeKind, before?: string, after?: string, path = now.schemaName) =>
    changes.push(change(kind, path, { old: before, new: after, area: now.area, typescript: now.tsName }));
  if (old.tsName !== now.tsName) emit("simple-type-renamed-in-ts", old.tsName, now.tsName);
  if (old.builtin !== now.builtin) emit("simple-type-retyped", old.builtin, now.builtin);
  if (old.values === undefined && now.values !== undefined) emit("enumeration-introduced", undefined, describe(now));
  else if (old.values !== undefined && now.values === undefined) emit("enumeration-dropped", describe(old));
  else if (old.values !== undefined && now.values !== undefined) {
    for (const value of old.values)
      if (!now.values.includes(value))
        emit("enumeration-value-removed", value, undefined, `${now.schemaName}/${value}`);
    for (const value of now.values)
      if (!old.values.includes(value)) emit("enumeration-value-added", undefined, value, `${now.schemaName}/${value}`);
  }
  const patterns = (type: SimpleTypeView) => type.patterns.join(" and ");
  if (patterns(old) !== patterns(now)) {
    const kind =
      old.patterns.length === 0 ? "pattern-added" : now.patterns.length === 0 ? "pattern-removed" : "pattern-changed";
    emit(kind, patterns(old) || undefined, patterns(now) || undefined);
  }
  if (docs && old.doc !== now.doc) emit("doc-changed", old.doc, now.doc);
  return changes;
}
