/**
 * Emits one generated module per schema file with ts-morph: structures for declarations, writer
 * functions for bodies; each file's statements are built in full, then created once.
 */
import { Project, StructureKind, type StatementStructures } from "ts-morph";
import { classIndex, type IrFile, type IrModel } from "../ir.js";
import { emitClass } from "./emit-class.js";
import { emitSimpleType } from "./emit-simple-type.js";
import { ImportSet, symbolTable } from "./scalars.js";

/** The path generated modules import the runtime from, when generated into `generated/` here. */
export const RUNTIME_ENTRY = "../runtime/index.js";

/** What emit needs beyond the IR. */
export interface EmitOptions {
  /** The module specifier generated code imports the runtime from. */
  readonly runtimeImport: string;
}

const DEFAULT_EMIT: EmitOptions = { runtimeImport: RUNTIME_ENTRY };
/** The module that holds the type table of the generated set. */
export const TYPE_TABLE_MODULE = "type-table";

/** The first line of every generated file. */
export function header(source: string): string {
  return `// Generated from ${source} by \`npm run generate\`. Do not edit: change the schema or the generator, then regenerate.`;
}

/** Emits the module of one schema file as unformatted TypeScript. */
export function emitModule(
  model: IrModel,
  file: IrFile,
  project = new Project({ useInMemoryFileSystem: true }),
  options: EmitOptions = DEFAULT_EMIT,
): string {
  const symbols = symbolTable(model);
  const classes = classIndex(model);
  const imports = new ImportSet(file.module);
  const body: StatementStructures[] = [];

  for (const simple of file.simpleTypes) body.push(...emitSimpleType(simple, imports));
  for (const type of file.classes) body.push(...emitClass(type, classes, symbols, imports));
  // A blank line between declarations; prettier keeps blank lines but does not add them.
  for (const statement of body) statement.leadingTrivia = "\n";
  const statements: StatementStructures[] = [
    ...importStatements(imports, file.classes.length > 0, options.runtimeImport),
    ...body,
  ];
  const sourceFile = project.createSourceFile(`${file.module}.gen.ts`, { statements }, { overwrite: true });
  return `${header(`schemas/${file.source}`)}\n${file.doc === "" ? "" : `// ${file.doc}\n`}\n${sourceFile.getFullText()}`;
}

function importStatements(imports: ImportSet, needsTable: boolean, runtimeImport: string): StatementStructures[] {
  const statements: StatementStructures[] = [];
  const runtime = [...imports.runtime].sort();
  const runtimeTypes = [...imports.runtimeTypes].filter((name) => !imports.runtime.has(name)).sort();
  if (runtime.length + runtimeTypes.length > 0) {
    statements.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtimeImport,
      namedImports: [
        ...runtime.map((name) => ({ name })),
        ...runtimeTypes.map((name) => ({ name, isTypeOnly: true })),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    });
  }
  const modules = [...new Set([...imports.values.keys(), ...imports.types.keys()])].sort();
  for (const module of modules) {
    const values = [...(imports.values.get(module) ?? [])].sort();
    const types = [...(imports.types.get(module) ?? [])].filter((name) => !values.includes(name)).sort();
    statements.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./${module}.gen.js`,
      isTypeOnly: values.length === 0,
      namedImports: [
        ...values.map((name) => ({ name })),
        ...types.map((name) => ({ name, isTypeOnly: values.length > 0 })),
      ],
    });
  }
  if (needsTable) {
    statements.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./${TYPE_TABLE_MODULE}.gen.js`,
      namedImports: [{ name: "types" }],
    });
  }
  return statements;
}
