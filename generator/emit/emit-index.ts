/**
 * Emits the modules that tie a generated set together: the type table, the registry of root
 * elements and link Types, and the index (the classes, `EmRoot`, and the document functions).
 */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type ExportDeclarationStructure,
  type ImportDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { lookUp, type IrModel } from "../ir.js";
import { header, RUNTIME_ENTRY, TYPE_TABLE_MODULE, type EmitOptions } from "./emit-module.js";
import { symbolTable } from "./scalars.js";
import { arrayLiteral, call, literal, objectLiteral, unionOf } from "./writers.js";

/** The module holding the registry of root elements. */
export const REGISTRY_MODULE = "registry";

const DEFAULT_EMIT: EmitOptions = { runtimeImport: RUNTIME_ENTRY };

/** The module holding the table every generated class adds its binding to. */
export function emitTypeTable(project: Project, options: EmitOptions = DEFAULT_EMIT): string {
  return render(project, `${TYPE_TABLE_MODULE}.gen.ts`, "schemas/", [
    namedImport(options.runtimeImport, ["TypeTable"]),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["The bindings of every generated class, by schema type name."],
      declarations: [{ name: "types", initializer: "new TypeTable()" }],
    },
  ]);
}

/** The registry: every root element with its class and link Types. */
export function emitRegistry(model: IrModel, project: Project, options: EmitOptions = DEFAULT_EMIT): string {
  const symbols = symbolTable(model);
  const roots = model.files.flatMap((file) => file.roots);
  const entries = roots.map((root) =>
    objectLiteral({
      element: literal(root.element),
      type: `() => ${lookUp(symbols.classes, root.type).tsName}`,
      linkTypes: literal(root.linkTypes),
    }),
  );
  return render(project, `${REGISTRY_MODULE}.gen.ts`, "schemas/*.json", [
    namedImport(options.runtimeImport, ["Registry"]),
    ...moduleImports(rootClassesByModule(model), false),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Root elements and link Types of the namespace, and the classes they bind to."],
      declarations: [{ name: "registry", initializer: call("new Registry", [arrayLiteral(entries)]) }],
    },
  ]);
}

/** The entry of the generated set: its classes and enumeration types, `EmRoot`, and the document functions. */
export function emitIndex(model: IrModel, project: Project, options: EmitOptions = DEFAULT_EMIT): string {
  const rootNames = [...rootClassesByModule(model).values()].flat().sort();
  return render(project, "index.ts", "schemas/*.json", [
    namedImport(options.runtimeImport, ["createBindings"]),
    namedImport(`./${REGISTRY_MODULE}.gen.js`, ["registry"]),
    ...moduleImports(rootClassesByModule(model), true),
    ...publicExports(model),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "EmRoot",
      docs: ["Every class a document root binds to."],
      type: unionOf(rootNames),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Reading and writing documents with these bindings."],
      declarations: [
        { name: "{ parse, parseStream, streamItems, serialize }", initializer: "createBindings<EmRoot>(registry)" },
      ],
    },
  ]);
}

/** Root classes by the module that declares them, modules and names sorted. */
function rootClassesByModule(model: IrModel): Map<string, string[]> {
  const symbols = symbolTable(model);
  const byModule = new Map<string, Set<string>>();
  for (const root of model.files.flatMap((file) => file.roots)) {
    const target = lookUp(symbols.classes, root.type);
    byModule.set(target.module, (byModule.get(target.module) ?? new Set()).add(target.tsName));
  }
  return new Map(
    [...byModule].sort(([a], [b]) => a.localeCompare(b)).map(([module, names]) => [module, [...names].sort()]),
  );
}

/** Each module's classes and enumeration types; codecs and the type table stay internal. */
function publicExports(model: IrModel): ExportDeclarationStructure[] {
  return model.files.map((file) => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: `./${file.module}.gen.js`,
    namedExports: [
      ...file.classes.map((type) => ({ name: type.tsName })),
      ...file.simpleTypes
        .filter((simple) => simple.literals !== undefined)
        .map((simple) => ({ name: simple.tsName, isTypeOnly: true })),
    ].sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

function moduleImports(byModule: Map<string, string[]>, typeOnly: boolean): ImportDeclarationStructure[] {
  return [...byModule].map(([module, names]) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./${module}.gen.js`,
    isTypeOnly: typeOnly,
    namedImports: names.map((name) => ({ name })),
  }));
}

function namedImport(moduleSpecifier: string, names: string[]): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports: names.map((name) => ({ name })) };
}

/** One file from its statements, under the generated header; a blank line between declarations. */
function render(project: Project, name: string, source: string, statements: StatementStructures[]): string {
  for (const statement of statements)
    if (statement.kind !== StructureKind.ImportDeclaration) statement.leadingTrivia = "\n";
  const file = project.createSourceFile(name, { statements }, { overwrite: true });
  return `${header(source)}\n\n${file.getFullText()}`;
}

/** The reference of the bindings: every root element with its class, link Types and schema file. */
export function emitBindingsReference(model: IrModel): string {
  const symbols = symbolTable(model);
  const rows = model.files
    .flatMap((file) => file.roots.map((root) => ({ root, file })))
    .sort((a, b) => a.root.element.localeCompare(b.root.element));
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  const lines = [
    "<!-- Generated from schemas/*.json by `npm run generate`. Do not edit. -->",
    "",
    "# Bindings of the EM namespace",
    "",
    `${rows.length} root elements, ${model.files.reduce((count, file) => count + file.classes.length, 0)} classes, ` +
      `${model.files.reduce((count, file) => count + file.simpleTypes.filter((simple) => simple.values !== undefined).length, 0)} enumerations, from ${model.files.length} schema files.`,
    "",
    "| Root element | Class | Link Types | Schema file |",
    "| --- | --- | --- | --- |",
  ];
  for (const { root, file } of rows) {
    const target = lookUp(symbols.classes, root.type);
    const linkTypes = root.linkTypes.map((linkType) => `\`${escape(linkType)}\``).join(", ");
    lines.push(
      `| \`${root.element}\` | \`${target.tsName}\` (${root.type}) | ${linkTypes} | \`schemas/${file.source}\` |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
