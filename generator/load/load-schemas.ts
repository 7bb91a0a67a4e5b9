/**
 * Reads schema files and checks them: first each against the meta-schema (ajv, all errors), then
 * the set as a whole (names defined once, references resolved, occurs in order, bases sound).
 * Every problem is reported at once, each with its file and JSON pointer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Ajv } from "ajv";
import { SchemaError, type SchemaProblem } from "../../runtime/errors.js";
import { xsdPatternToRegExp } from "../../runtime/codecs/pattern.js";
import { describeAjvErrors } from "./ajv-problems.js";
import { loadOperationFolder } from "./load-operations.js";
import {
  isBuiltin,
  type GroupSchema,
  type ParticleSchema,
  type SchemaFile,
  type TypeBodySchema,
} from "../schema-types.js";

/** A schema file with the name it is reported under. */
export interface LoadedSchema {
  /** The file name, such as `nas.json`. */
  readonly file: string;
  readonly schema: SchemaFile;
}

const META_SCHEMA_FILE = "schema.schema.json";

let validator: ReturnType<Ajv["compile"]> | undefined;

function metaValidator(metaSchema: object) {
  if (validator === undefined) validator = new Ajv({ allErrors: true, strict: false }).compile(metaSchema);
  return validator;
}

/**
 * Reads and checks every `*.json` in a folder except the meta-schema, in name order, and then the
 * operation files of its `operations/` folder, if it has one (unless `operations` is false).
 */
export function loadSchemaFolder(folder: string, options: { operations?: boolean } = {}): LoadedSchema[] {
  const metaSchema = JSON.parse(readFileSync(join(folder, META_SCHEMA_FILE), "utf8")) as object;
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".json") && name !== META_SCHEMA_FILE)
    .sort();
  const sources = names.map((name) => ({ file: name, text: readFileSync(join(folder, name), "utf8") }));
  const loaded = checkSchemas(sources, metaSchema);
  // The operation files are checked against these types here; the IR does not carry them (yet).
  if (options.operations !== false) loadOperationFolder(folder, loaded);
  return loaded;
}

/** Parses and checks schema texts; throws one {@link SchemaError} listing every problem. */
export function checkSchemas(sources: readonly { file: string; text: string }[], metaSchema: object): LoadedSchema[] {
  const problems: SchemaProblem[] = [];
  const loaded: LoadedSchema[] = [];
  const validate = metaValidator(metaSchema);
  for (const { file, text } of sources) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({ file: basename(file), pointer: "", message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    if (!validate(data)) {
      problems.push(...describeAjvErrors(basename(file), validate.errors ?? []));
      continue;
    }
    loaded.push({ file: basename(file), schema: data as SchemaFile });
  }
  problems.push(...checkReferences(loaded));
  if (problems.length > 0) throw new SchemaError(problems);
  return loaded;
}

interface Definition {
  readonly kind: "simple" | "complex";
  readonly file: string;
  readonly pointer: string;
  readonly base: string | undefined;
  readonly simpleContent: boolean;
}

/** The checks that need every file: names, references, occurs, base chains. */
function checkReferences(loaded: readonly LoadedSchema[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const definitions = new Map<string, Definition>();
  const roots = new Map<string, string>();
  const define = (name: string, definition: Definition) => {
    const existing = definitions.get(name);
    if (existing !== undefined) {
      problems.push({
        file: definition.file,
        pointer: definition.pointer,
        message: `type ${name} is defined twice (also at ${existing.file}#${existing.pointer})`,
      });
    } else definitions.set(name, definition);
  };
  for (const { file, schema } of loaded) {
    schema.simpleTypes?.forEach((type, index) =>
      define(type.name, {
        kind: "simple",
        file,
        pointer: `/simpleTypes/${index}`,
        base: type.base,
        simpleContent: false,
      }),
    );
    schema.complexTypes?.forEach((type, index) =>
      define(type.name, {
        kind: "complex",
        file,
        pointer: `/complexTypes/${index}`,
        base: type.base,
        simpleContent: type.simpleContent !== undefined,
      }),
    );
    schema.elements?.forEach((element, index) => {
      const existing = roots.get(element.name);
      if (existing !== undefined) {
        problems.push({
          file,
          pointer: `/elements/${index}`,
          message: `root element ${element.name} is declared twice (also at ${existing})`,
        });
      } else roots.set(element.name, `${file}#/elements/${index}`);
    });
  }

  const kindOf = (name: string) => (isBuiltin(name) ? "simple" : definitions.get(name)?.kind);
  const expect = (file: string, pointer: string, name: string, wanted: "simple" | "complex" | "any", role: string) => {
    const kind = kindOf(name);
    if (kind === undefined)
      problems.push({
        file,
        pointer,
        message: `${role} ${JSON.stringify(name)} is not a built-in or a type defined in any schema file`,
      });
    else if (wanted !== "any" && kind !== wanted)
      problems.push({ file, pointer, message: `${role} ${name} is a ${kind} type; a ${wanted} type is needed here` });
  };

  const checkOccurs = (
    file: string,
    pointer: string,
    item: { minOccurs?: number; maxOccurs?: number | "unbounded" },
  ) => {
    const min = item.minOccurs ?? 1;
    const max = item.maxOccurs ?? 1;
    if (max !== "unbounded" && min > max)
      problems.push({ file, pointer, message: `minOccurs ${min} is greater than maxOccurs ${max}` });
  };

  const checkBody = (file: string, pointer: string, body: TypeBodySchema) => {
    if (body.base !== undefined) {
      expect(file, `${pointer}/base`, body.base, "complex", "base type");
      if (
        body.simpleContent === undefined &&
        definitions.get(body.base)?.simpleContent === true &&
        body.content !== undefined
      ) {
        problems.push({
          file,
          pointer: `${pointer}/content`,
          message: `base type ${body.base} has simple content, so this type cannot add elements`,
        });
      }
    }
    if (body.simpleContent !== undefined)
      expect(file, `${pointer}/simpleContent`, body.simpleContent, "simple", "simple content type");
    const seen = new Set<string>();
    body.attributes?.forEach((attribute, index) => {
      const at = `${pointer}/attributes/${index}`;
      if (seen.has(attribute.name))
        problems.push({ file, pointer: at, message: `attribute ${attribute.name} is declared twice` });
      seen.add(attribute.name);
      expect(file, `${at}/type`, attribute.type, "simple", "attribute type");
      if (attribute.use === "required" && attribute.default !== undefined) {
        problems.push({
          file,
          pointer: at,
          message: `attribute ${attribute.name} is required, so it cannot have a default`,
        });
      }
    });
    if (body.content !== undefined) checkGroup(file, `${pointer}/content`, body.content);
  };

  const checkGroup = (file: string, pointer: string, group: GroupSchema) => {
    checkOccurs(file, pointer, group);
    const key = group.sequence !== undefined ? "sequence" : "choice";
    (group[key] ?? []).forEach((particle: ParticleSchema, index: number) => {
      const at = `${pointer}/${key}/${index}`;
      checkOccurs(file, at, particle);
      if ("element" in particle) {
        if (particle.type !== undefined) expect(file, `${at}/type`, particle.type, "any", "element type");
        if (particle.complexType !== undefined) checkBody(file, `${at}/complexType`, particle.complexType);
      } else if ("sequence" in particle || "choice" in particle) checkGroup(file, at, particle as GroupSchema);
    });
  };

  for (const { file, schema } of loaded) {
    schema.simpleTypes?.forEach((type, index) => {
      const pointer = `/simpleTypes/${index}`;
      expect(file, `${pointer}/base`, type.base, "simple", "base type");
      if (type.enumeration !== undefined && type.pattern !== undefined) {
        problems.push({ file, pointer, message: "has both an enumeration and a pattern; use one" });
      }
      if (type.pattern !== undefined) {
        try {
          xsdPatternToRegExp(type.pattern);
        } catch (error) {
          problems.push({
            file,
            pointer: `${pointer}/pattern`,
            message: `pattern is not a valid regular expression: ${(error as Error).message}`,
          });
        }
      }
    });
    schema.complexTypes?.forEach((type, index) => checkBody(file, `/complexTypes/${index}`, type));
    schema.elements?.forEach((element, index) =>
      expect(file, `/elements/${index}/type`, element.type, "complex", "root element type"),
    );
  }

  // Base chains must end: a type may not extend itself through any path.
  for (const [name, definition] of definitions) {
    const chain = [name];
    for (let base = definition.base; base !== undefined && !isBuiltin(base); base = definitions.get(base)?.base) {
      if (chain.includes(base)) {
        problems.push({
          file: definition.file,
          pointer: `${definition.pointer}/base`,
          message: `type ${name} extends itself (${[...chain, base].join(" -> ")})`,
        });
        break;
      }
      chain.push(base);
    }
  }
  return problems;
}
