/**
 * Merges an imported XSD into the curated area files. A definition the XSD still has keeps its file
 * and its place there and is updated in place (docs and link Types kept); a new one goes to the area
 * the evidence points to; one the XSD no longer has is removed, or kept on request. Sections of a
 * file this step does not know are left as they are.
 */
import type { SchemaFile } from "../schema-types.js";
import { mergeDefinition } from "./merge-definition.js";
import { placeNewDefinitions, type Placement } from "./place-new-types.js";
import type { Definition } from "./type-references.js";

/** A schema file as read: its name and its data (with `$schema` and any section). */
export interface AreaFile {
  readonly file: string;
  readonly data: SchemaFile & { readonly [section: string]: unknown };
}

export interface MergeOptions {
  /** Keep the definitions the XSD no longer has. */
  readonly keepRemoved: boolean;
  /** The file name of the XSD, for the doc of the file of types no area claimed. */
  readonly xsdName: string;
  /** The `$schema` reference of a new file, for editors. */
  readonly metaSchema: string;
}

/** A definition and the file it is in. */
export interface DefinitionPlace {
  readonly name: string;
  readonly kind: Definition["kind"];
  readonly file: string;
}

export interface MergeResult {
  /** Every file after the merge, the new ones included; files left empty are not among them. */
  readonly files: readonly AreaFile[];
  readonly placements: readonly Placement[];
  /** Definitions the XSD no longer has: removed, or kept on request. */
  readonly removed: readonly DefinitionPlace[];
  readonly kept: readonly DefinitionPlace[];
  /** Files that held definitions and hold none after the merge. */
  readonly emptied: readonly string[];
}

/** The sections of a schema file holding definitions, in the order a file lists them. */
export const SECTIONS = ["simpleTypes", "complexTypes", "elements"] as const;
type Section = (typeof SECTIONS)[number];

/** The file types no area claimed go to. */
export const UNSORTED_FILE = "unsorted.json";

/** Types by name, root elements by `<name>`. */
export function definitionKey(section: Section, name: string): string {
  return section === "elements" ? `<${name}>` : name;
}

/** The definitions of a schema file by key. */
export function definitionsOf(schema: SchemaFile): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const kind of SECTIONS)
    for (const item of schema[kind] ?? [])
      definitions.set(definitionKey(kind, item.name), { kind, item } as Definition);
  return definitions;
}

/** Merges `imported` into the area files. */
export function mergeIntoAreas(areas: readonly AreaFile[], imported: SchemaFile, options: MergeOptions): MergeResult {
  const incoming = definitionsOf(imported);
  const definitions = new Map(incoming);
  const placed = new Map<string, string>();
  const removed: DefinitionPlace[] = [];
  const kept: DefinitionPlace[] = [];
  const files = areas.map((area) => {
    const sections: Partial<Record<Section, unknown[]>> = {};
    for (const kind of SECTIONS) {
      if (area.data[kind] === undefined) continue;
      sections[kind] = (area.data[kind] as readonly { name: string }[]).flatMap((item) => {
        const key = definitionKey(kind, item.name);
        const update = incoming.get(key);
        if (update?.kind === kind) {
          placed.set(key, area.file);
          return [mergeDefinition(item, update.item)];
        }
        // A simple and a complex type cannot share a name: a definition the XSD redefines as the other kind goes.
        if (options.keepRemoved && update === undefined) {
          kept.push({ name: item.name, kind, file: area.file });
          definitions.set(key, { kind, item } as Definition);
          placed.set(key, area.file);
          return [item];
        }
        removed.push({ name: item.name, kind, file: area.file });
        return [];
      });
    }
    return { file: area.file, data: area.data, sections };
  });
  const added = [...incoming.keys()].filter((key) => !placed.has(key));
  const placements = placeNewDefinitions({ definitions, placed, added, fallbackFile: UNSORTED_FILE });
  return { ...assemble(files, placements, incoming, options), removed, kept };
}

interface WorkingFile {
  readonly file: string;
  readonly data: AreaFile["data"];
  readonly sections: Partial<Record<Section, unknown[]>>;
}

/** Appends the new definitions to their files and writes each file's sections back in place. */
function assemble(
  files: WorkingFile[],
  placements: readonly Placement[],
  incoming: ReadonlyMap<string, Definition>,
  options: MergeOptions,
): Pick<MergeResult, "files" | "placements" | "emptied"> {
  for (const placement of placements) {
    let target = files.find((file) => file.file === placement.file);
    if (target === undefined) {
      const doc = `Types of ${options.xsdName} that no area claimed when it was imported; move each to its area.`;
      target = { file: placement.file, data: { $schema: options.metaSchema, doc }, sections: {} };
      files.push(target);
    }
    const definition = incoming.get(definitionKey(placement.kind, placement.name))!;
    (target.sections[placement.kind] ??= []).push(definition.item);
  }
  const emptied: string[] = [];
  const result: AreaFile[] = [];
  for (const { file, data, sections } of files) {
    const count = (source: Partial<Record<Section, readonly unknown[]>>) =>
      SECTIONS.reduce((total, kind) => total + (source[kind]?.length ?? 0), 0);
    if (count(sections) === 0 && count(data) > 0) {
      emptied.push(file);
      continue;
    }
    result.push({ file, data: withSections(data, sections) });
  }
  return { files: result, placements, emptied };
}

/** The file's data with its definition sections replaced; a new section goes after those before it. */
function withSections(data: AreaFile["data"], sections: Partial<Record<Section, unknown[]>>): AreaFile["data"] {
  const isSection = (key: string): key is Section => (SECTIONS as readonly string[]).includes(key);
  const keys = Object.keys(data).filter((key) => !isSection(key) || (sections[key]?.length ?? 0) > 0);
  SECTIONS.forEach((kind, index) => {
    if (!sections[kind]?.length || keys.includes(kind)) return;
    const before = ["$schema", "doc", ...SECTIONS.slice(0, index)];
    keys.splice(Math.max(...before.map((key) => keys.lastIndexOf(key))) + 1, 0, kind);
  });
  const entries = keys.map((key) => [key, isSection(key) ? sections[key] : data[key]]);
  return Object.fromEntries(entries) as AreaFile["data"];
}
