/**
 * `emx import-xsd NEW.xsd --into schemas/`: merges an XSD into a folder of area files, checks the
 * result (meta-schema, references, base types between files) before writing anything, writes only
 * the files whose text changed, and returns where new definitions went and the diff it made.
 */
import { rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { diffSchemas, type SchemaDiff } from "../diff/diff-schemas.js";
import { checkSchemaTexts } from "../diff/schema-source.js";
import { readSchemaFiles } from "../load/schema-folder.js";
import { metaSchemaReference } from "../package-schemas.js";
import { importXsdFile } from "./import-xsd.js";
import type { Json } from "./json-items.js";
import { mergeIntoAreas, type AreaFile, type MergeResult } from "./merge-schemas.js";
import { writeSchemaJson } from "./preserving-json.js";

export interface IntoOptions {
  readonly keepRemoved: boolean;
  /** Compute and report, but write nothing. */
  readonly dryRun: boolean;
}

export interface IntoReport extends Pick<MergeResult, "placements" | "removed" | "kept" | "emptied"> {
  /** Files written (new or changed), by name. */
  readonly written: readonly string[];
  /** The diff between the folder before and after. */
  readonly diff: SchemaDiff;
}

/** Merges `xsdPath` into the schema files of `folder`. */
export async function importXsdIntoFolder(xsdPath: string, folder: string, options: IntoOptions): Promise<IntoReport> {
  const originals = readSchemaFiles(folder);
  const before = checkSchemaTexts(originals, folder);
  const areas: AreaFile[] = originals.map(({ file, text }) => ({ file, data: JSON.parse(text) as AreaFile["data"] }));
  const merged = mergeIntoAreas(areas, importXsdFile(xsdPath), {
    keepRemoved: options.keepRemoved,
    xsdName: basename(xsdPath),
    metaSchema: metaSchemaOf(areas) ?? metaSchemaReference(folder),
  });
  const texts = new Map<string, string>();
  for (const { file, data } of merged.files) {
    const original = originals.find((candidate) => candidate.file === file)?.text;
    texts.set(file, await writeSchemaJson(data as unknown as Json, original));
  }
  const after = checkSchemaTexts(
    [...texts].map(([file, text]) => ({ file, text })),
    `${folder} after the import`,
  );
  const written = [...texts].filter(
    ([file, text]) => originals.find((original) => original.file === file)?.text !== text,
  );
  if (!options.dryRun) {
    for (const [file, text] of written) writeFileSync(join(folder, file), text);
    for (const file of merged.emptied) rmSync(join(folder, file));
  }
  const { placements, removed, kept, emptied } = merged;
  return {
    placements,
    removed,
    kept,
    emptied,
    written: written.map(([file]) => file),
    diff: diffSchemas(before, after),
  };
}

/** The `$schema` reference the folder's files give editors, for a new file to give the same. */
function metaSchemaOf(areas: readonly AreaFile[]): string | undefined {
  for (const { data } of areas) if (typeof data.$schema === "string") return data.$schema;
  return undefined;
}
