/** Compares the root (global) elements of two views and the link Types they answer to. */
import { change, type ChangeKind, type SchemaChange } from "./change-kinds.js";
import type { RootView, SchemaView } from "./schema-view.js";

/**
 * Every change of the root elements between two views. Link Types are compared only when both
 * sides have some (an XSD has none: they are ours, for the registry).
 */
export function compareRoots(before: SchemaView, after: SchemaView, docs: boolean): SchemaChange[] {
  const links = hasLinkTypes(before) && hasLinkTypes(after);
  const changes: SchemaChange[] = [];
  const tsName = (view: SchemaView, root: RootView) => view.types.get(root.type)?.tsName;
  for (const [name, old] of before.roots) {
    const now = after.roots.get(name);
    const path = `<${name}>`;
    if (now === undefined) {
      changes.push(change("root-removed", path, { old: old.type, area: old.area, typescript: tsName(before, old) }));
      continue;
    }
    const emit = (kind: ChangeKind, was?: string, is?: string) =>
      changes.push(change(kind, path, { old: was, new: is, area: now.area, typescript: tsName(after, now) }));
    if (old.type !== now.type) emit("root-retyped", old.type, now.type);
    for (const linkType of links ? old.linkTypes : [])
      if (!now.linkTypes.includes(linkType)) emit("link-type-removed", linkType);
    for (const linkType of links ? now.linkTypes : [])
      if (!old.linkTypes.includes(linkType)) emit("link-type-added", undefined, linkType);
    if (docs && old.doc !== now.doc) emit("doc-changed", old.doc, now.doc);
  }
  for (const [name, now] of after.roots) {
    if (!before.roots.has(name))
      changes.push(
        change("root-added", `<${name}>`, { new: now.type, area: now.area, typescript: tsName(after, now) }),
      );
  }
  return changes;
}

/** Whether any root element of a view names link Types. */
export function hasLinkTypes(view: SchemaView): boolean {
  return [...view.roots.values()].some((root) => root.linkTypes.length > 0);
}
