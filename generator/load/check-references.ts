/**
 * The checks of a set of schema files that need every file: names defined once, references
 * resolved to the right kind of type, occurs in order, base chains that end and do not lead back
 * to a file they started in.
 */
import type { SchemaProblem } from "../../runtime/errors.js";
import { xsdPatternToRegExp } from "../../runtime/codecs/pattern.js";
import { isBuiltin } from "../builtin-types.js";
import type { GroupSchema, SimpleTypeSchema, TypeBodySchema } from "../schema-types.js";
import { checkFileCycles, type BaseUse } from "./check-file-cycles.js";
import type { LoadedSchema } from "./load-schemas.js";

/** A named type, where it is defined, and what the checks need of it. */
interface Definition {
  readonly kind: "simple" | "complex";
  readonly file: string;
  readonly pointer: string;
  readonly base: string | undefined;
  readonly simpleContent: boolean;
}

type Wanted = "simple" | "complex" | "any";

/** Every problem of the set that no single file shows. */
export function checkReferences(loaded: readonly LoadedSchema[]): SchemaProblem[] {
  const checker = new ReferenceChecker();
  for (const schema of loaded) checker.define(schema);
  for (const schema of loaded) checker.checkFile(schema);
  // A chain that loops crosses files in a loop too; told once, as the loop.
  if (!checker.checkBaseChains()) return checker.problems;
  return [...checker.problems, ...checkFileCycles(checker.baseUses, checker.fileOfType())];
}

class ReferenceChecker {
  readonly problems: SchemaProblem[] = [];
  /** Every base a complex type names, anonymous types included, for the check of file cycles. */
  readonly baseUses: BaseUse[] = [];
  private readonly definitions = new Map<string, Definition>();
  private readonly roots = new Map<string, string>();

  /** Records the types and root elements of a file, reporting those defined twice. */
  define({ file, schema }: LoadedSchema): void {
    schema.simpleTypes?.forEach((type, index) =>
      this.defineType(type.name, {
        kind: "simple",
        file,
        pointer: `/simpleTypes/${index}`,
        base: type.base,
        simpleContent: false,
      }),
    );
    schema.complexTypes?.forEach((type, index) =>
      this.defineType(type.name, {
        kind: "complex",
        file,
        pointer: `/complexTypes/${index}`,
        base: type.base,
        simpleContent: type.simpleContent !== undefined,
      }),
    );
    schema.elements?.forEach((element, index) => {
      const existing = this.roots.get(element.name);
      if (existing === undefined) this.roots.set(element.name, `${file}#/elements/${index}`);
      else
        this.report(file, `/elements/${index}`, `root element ${element.name} is declared twice (also at ${existing})`);
    });
  }

  /** Checks the references and occurs of every definition of a file. */
  checkFile({ file, schema }: LoadedSchema): void {
    schema.simpleTypes?.forEach((type, index) => this.checkSimpleType(file, `/simpleTypes/${index}`, type));
    schema.complexTypes?.forEach((type, index) => this.checkBody(file, `/complexTypes/${index}`, type));
    schema.elements?.forEach((element, index) =>
      this.expect(file, `/elements/${index}/type`, element.type, "complex", "root element type"),
    );
  }

  /** Base chains must end: a type may not extend itself through any path. Whether all of them do. */
  checkBaseChains(): boolean {
    let sound = true;
    for (const [name, definition] of this.definitions) {
      const chain = [name];
      for (
        let base = definition.base;
        base !== undefined && !isBuiltin(base);
        base = this.definitions.get(base)?.base
      ) {
        if (chain.includes(base)) {
          const message = `type ${name} extends itself (${[...chain, base].join(" -> ")})`;
          this.report(definition.file, `${definition.pointer}/base`, message);
          sound = false;
          break;
        }
        chain.push(base);
      }
    }
    return sound;
  }

  /** The file of every complex type by name. */
  fileOfType(): Map<string, string> {
    const files = new Map<string, string>();
    for (const [name, definition] of this.definitions)
      if (definition.kind === "complex") files.set(name, definition.file);
    return files;
  }

  private defineType(name: string, definition: Definition): void {
    const existing = this.definitions.get(name);
    if (existing === undefined) this.definitions.set(name, definition);
    else
      this.report(
        definition.file,
        definition.pointer,
        `type ${name} is defined twice (also at ${existing.file}#${existing.pointer})`,
      );
  }

  private checkSimpleType(file: string, pointer: string, type: SimpleTypeSchema): void {
    this.expect(file, `${pointer}/base`, type.base, "simple", "base type");
    if (type.enumeration !== undefined && type.pattern !== undefined)
      this.report(file, pointer, "has both an enumeration and a pattern; use one");
    if (type.pattern === undefined) return;
    try {
      xsdPatternToRegExp(type.pattern);
    } catch (error) {
      const reason = (error as Error).message;
      this.report(file, `${pointer}/pattern`, `pattern is not a valid regular expression: ${reason}`);
    }
  }

  private checkBody(file: string, pointer: string, body: TypeBodySchema): void {
    if (body.base !== undefined) this.checkBase(file, pointer, body, body.base);
    if (body.simpleContent !== undefined)
      this.expect(file, `${pointer}/simpleContent`, body.simpleContent, "simple", "simple content type");
    const seen = new Set<string>();
    body.attributes?.forEach((attribute, index) => {
      const at = `${pointer}/attributes/${index}`;
      if (seen.has(attribute.name)) this.report(file, at, `attribute ${attribute.name} is declared twice`);
      seen.add(attribute.name);
      this.expect(file, `${at}/type`, attribute.type, "simple", "attribute type");
      if (attribute.use === "required" && attribute.default !== undefined)
        this.report(file, at, `attribute ${attribute.name} is required, so it cannot have a default`);
    });
    if (body.content !== undefined) this.checkGroup(file, `${pointer}/content`, body.content);
  }

  private checkBase(file: string, pointer: string, body: TypeBodySchema, base: string): void {
    this.baseUses.push({ file, pointer: `${pointer}/base`, base });
    this.expect(file, `${pointer}/base`, base, "complex", "base type");
    const baseHasText = this.definitions.get(base)?.simpleContent === true;
    if (body.simpleContent === undefined && baseHasText && body.content !== undefined) {
      const message = `base type ${base} has simple content, so this type cannot add elements`;
      this.report(file, `${pointer}/content`, message);
    }
  }

  private checkGroup(file: string, pointer: string, group: GroupSchema): void {
    this.checkOccurs(file, pointer, group);
    const key = group.sequence !== undefined ? "sequence" : "choice";
    (group[key] ?? []).forEach((particle, index) => {
      const at = `${pointer}/${key}/${index}`;
      this.checkOccurs(file, at, particle);
      if ("element" in particle) {
        if (particle.type !== undefined) this.expect(file, `${at}/type`, particle.type, "any", "element type");
        if (particle.complexType !== undefined) this.checkBody(file, `${at}/complexType`, particle.complexType);
      } else if ("sequence" in particle || "choice" in particle) this.checkGroup(file, at, particle as GroupSchema);
    });
  }

  private checkOccurs(file: string, pointer: string, item: { minOccurs?: number; maxOccurs?: number | "unbounded" }) {
    const min = item.minOccurs ?? 1;
    const max = item.maxOccurs ?? 1;
    if (max !== "unbounded" && min > max)
      this.report(file, pointer, `minOccurs ${min} is greater than maxOccurs ${max}`);
  }

  /** Reports a reference that names no type, or a type of the wrong kind. */
  private expect(file: string, pointer: string, name: string, wanted: Wanted, role: string): void {
    const kind = isBuiltin(name) ? "simple" : this.definitions.get(name)?.kind;
    if (kind === undefined)
      this.report(
        file,
        pointer,
        `${role} ${JSON.stringify(name)} is not a built-in or a type defined in any schema file`,
      );
    else if (wanted !== "any" && kind !== wanted)
      this.report(file, pointer, `${role} ${name} is a ${kind} type; a ${wanted} type is needed here`);
  }

  private report(file: string, pointer: string, message: string): void {
    this.problems.push({ file, pointer, message });
  }
}
