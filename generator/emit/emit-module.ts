/**
 * Emits one generated module per schema file with ts-morph: structures for declarations, writer
 * functions for bodies; each file's statements are built in full, then created once.
 */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type ClassDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import {
  classIndex,
  isRepeated,
  type IrClass,
  type IrElement,
  type IrFile,
  type IrModel,
  type IrSimpleType,
} from "../ir.js";
import {
  builtinCodec,
  codecName,
  codecOf,
  contentType,
  enumerable,
  ImportSet,
  scalarType,
  symbolTable,
  type SymbolTable,
} from "./scalars.js";
import { jsonFormLiteral } from "./json-form.js";

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

/** A restricted simple type: its codec, and for an enumeration of strings or numbers its open union type. */
function emitSimpleType(simple: IrSimpleType, imports: ImportSet): StatementStructures[] {
  const statements: StatementStructures[] = [];
  const kind = simple.values === undefined ? undefined : enumerable(simple.builtin);
  const patterns =
    simple.patterns.length === 0
      ? undefined
      : `patterns: [${simple.patterns.map((pattern) => JSON.stringify(pattern)).join(", ")}]`;
  const values =
    simple.values === undefined ? undefined : `[${simple.values.map((value) => JSON.stringify(value)).join(", ")}]`;
  const name = JSON.stringify(simple.schemaName);
  let initializer: string;
  if (kind !== undefined) {
    const literals = simple.values!.map((value) => (kind === "string" ? JSON.stringify(value) : String(Number(value))));
    statements.push({
      kind: StructureKind.TypeAlias,
      name: simple.tsName,
      isExported: true,
      type: [...literals, `(${kind} & {})`].join(" | "),
      docs: [
        `${simple.doc ?? `Values of ${simple.schemaName}.`} Open: other values are kept (strict reading rejects them).`,
      ],
    });
    imports.runtime.add("enumerationCodec");
    const facets: string[] = [];
    if (kind === "number") {
      facets.push(`base: ${builtinCodec(simple.builtin)}`);
      imports.runtime.add(builtinCodec(simple.builtin));
    }
    if (patterns !== undefined) facets.push(patterns);
    initializer = `enumerationCodec<${simple.tsName}>(${name}, ${values}${facets.length === 0 ? "" : `, { ${facets.join(", ")} }`})`;
  } else {
    imports.runtime.add("restrictedCodec");
    imports.runtime.add(builtinCodec(simple.builtin));
    const facets = [values === undefined ? undefined : `values: ${values}`, patterns].filter(
      (facet) => facet !== undefined,
    );
    initializer = `restrictedCodec(${name}, ${builtinCodec(simple.builtin)}, { ${facets.join(", ")} })`;
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      kind === undefined ? `Codec of ${simple.schemaName}, with its facets.` : `Codec of {@link ${simple.tsName}}.`,
    ],
    declarations: [{ name: codecName(simple.tsName), initializer }],
  });
  return statements;
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

function emitClass(
  type: IrClass,
  classes: Map<string, IrClass>,
  symbols: SymbolTable,
  imports: ImportSet,
): StatementStructures[] {
  const name = type.tsName;
  const fieldsName = `${name}Fields`;
  const base = type.base === undefined ? undefined : classes.get(type.base)!;
  if (base !== undefined) imports.value(symbols.classes.get(base.schemaName)!.module, base.tsName);
  else imports.runtime.add("XmlObject");
  imports.runtime.add("defineBinding");
  imports.runtimeTypes.add("ClassBinding");
  imports.runtimeTypes.add("Init");

  const fieldLines: string[] = [];
  for (const attribute of type.attributes) {
    imports.runtime.add("attribute");
    fieldLines.push(
      `${attribute.member}: attribute(${JSON.stringify(attribute.xmlName)}, ${JSON.stringify(attribute.member)}, ${codecOf(attribute.scalar, symbols, imports)}${attribute.required ? ", true" : ""}),`,
    );
  }
  for (const element of type.elements)
    fieldLines.push(
      `${element.member}: ${fieldExpression(element, symbols, imports, jsonFormLiteral(element, classes))},`,
    );

  const properties: NonNullable<ClassDeclarationStructure["properties"]> = [];
  const ownText = type.text !== undefined && (base === undefined || base.text === undefined);
  if (ownText) {
    properties.push({
      name: "value",
      type: scalarType(type.text!, symbols, imports),
      hasQuestionToken: true,
      hasDeclareKeyword: true,
      docs: ["The text content."],
    });
  }
  // Every member is optional, required ones too: see "Required items" in README.
  for (const attribute of type.attributes) {
    properties.push({
      name: attribute.member,
      type: scalarType(attribute.scalar, symbols, imports),
      hasQuestionToken: true,
      hasDeclareKeyword: true,
      docs: docsOf(attribute.doc, `Attribute ${attribute.xmlName}`, [
        attribute.required ? REQUIRED_NOTE : undefined,
        attribute.defaultValue === undefined ? undefined : `Absent means ${attribute.defaultValue}.`,
      ]),
    });
  }
  for (const element of type.elements) {
    const item =
      element.wrapped === undefined
        ? contentType(element.content, symbols, imports)
        : contentType(element.wrapped.content, symbols, imports);
    const array = element.wrapped !== undefined || isRepeated(element);
    properties.push({
      name: element.member,
      type: array ? `${item}[]` : item,
      hasQuestionToken: true,
      hasDeclareKeyword: true,
      docs: docsOf(element.doc, `Element ${element.xmlName}`, [
        element.minOccurs > 0 ? REQUIRED_NOTE : undefined,
        element.wrapped === undefined
          ? undefined
          : `Written as \`<${element.xmlName}>\` around one \`<${element.wrapped.item}>\` per item; absent and empty stay distinct.`,
      ]),
    });
  }

  const spec: string[] = [
    `typeName: ${JSON.stringify(type.schemaName)},`,
    "table: types,",
    `base: ${base === undefined ? "undefined" : `${base.tsName}.binding`},`,
  ];
  if (type.abstract) {
    imports.runtime.add("abstractType");
    spec.push(`create: abstractType(${JSON.stringify(type.schemaName)}),`);
  } else spec.push(`create: () => new ${name}(),`);
  if (ownText) spec.push(`text: ${codecOf(type.text!, symbols, imports)},`);
  if (type.openContent) spec.push("openContent: true,");
  const choices = choiceGroups(type);
  if (choices.length > 0) spec.push(`choices: ${JSON.stringify(choices)},`);
  spec.push(
    // The field constants are declared attributes first, then elements in schema order: the order the spec wants.
    type.attributes.length + type.elements.length === 0 ? "fields: []," : `fields: Object.values(${fieldsName}),`,
  );

  const statements: StatementStructures[] = [];
  if (fieldLines.length > 0) {
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: fieldsName, initializer: (writer) => writer.write(`{\n${fieldLines.join("\n")}\n}`) }],
    });
  }
  statements.push({
    kind: StructureKind.Class,
    name,
    isExported: true,
    isAbstract: type.abstract,
    extends: base === undefined ? "XmlObject" : base.tsName,
    docs: [type.doc ?? `The ${type.schemaName} type.`],
    properties: [
      ...properties,
      {
        name: "binding",
        isStatic: true,
        isReadonly: true,
        hasOverrideKeyword: base !== undefined,
        type: `ClassBinding<${name}>`,
        docs: ["How instances are read and written."],
        initializer: (writer) => writer.write(`defineBinding<${name}>({\n${spec.join("\n")}\n})`),
      },
    ],
    ctors: [
      {
        parameters: [{ name: "init", type: `Init<${name}>`, hasQuestionToken: true }],
        statements: ["super(init);"],
        docs: ["Makes an instance, optionally from plain data (nested objects may be plain too)."],
      },
    ],
  });
  return statements;
}

/** The type's own choice groups (outermost), as the element names of each branch, for validation. */
function choiceGroups(type: IrClass): { required: boolean; branches: string[][] }[] {
  const groups = new Map<number, { required: boolean; branches: string[][] }>();
  for (const element of type.elements) {
    const choice = element.choices[0];
    if (choice === undefined) continue;
    const group = groups.get(choice.group) ?? { required: choice.required, branches: [] };
    (group.branches[choice.branch] ??= []).push(element.xmlName);
    groups.set(choice.group, group);
  }
  return [...groups.values()].map((group) => ({
    required: group.required,
    branches: [...group.branches].map((branch) => branch ?? []),
  }));
}

/** A field factory call; `json`, the element's JSON form when the schema gives one, comes last. */
function fieldExpression(element: IrElement, symbols: SymbolTable, imports: ImportSet, json?: string): string {
  const name = JSON.stringify(element.xmlName);
  const member = JSON.stringify(element.member);
  const jsonArgument = json === undefined ? "" : `, ${json}`;
  if (element.wrapped !== undefined) {
    const item = JSON.stringify(element.wrapped.item);
    const min = (element.minOccurs === 0 && json === undefined ? "" : `, ${element.minOccurs}`) + jsonArgument;
    if (element.wrapped.content.kind === "scalar") {
      imports.runtime.add("wrappedScalars");
      return `wrappedScalars(${name}, ${member}, ${item}, ${codecOf(element.wrapped.content.scalar, symbols, imports)}${min})`;
    }
    imports.runtime.add("wrappedElement");
    return `wrappedElement(types, ${name}, ${member}, ${item}, ${JSON.stringify(element.wrapped.content.type)}${min})`;
  }
  // Occurs are written only when they differ from the common optional single element.
  const max = element.maxOccurs === undefined ? "Infinity" : String(element.maxOccurs);
  const occurs =
    (element.minOccurs === 0 && max === "1" && json === undefined ? "" : `, ${element.minOccurs}, ${max}`) +
    jsonArgument;
  if (element.content.kind === "scalar") {
    imports.runtime.add("scalarElement");
    return `scalarElement(${name}, ${member}, ${codecOf(element.content.scalar, symbols, imports)}${occurs})`;
  }
  imports.runtime.add("objectElement");
  return `objectElement(types, ${name}, ${member}, ${JSON.stringify(element.content.type)}${occurs})`;
}

/** What a member's doc says when the schema requires the item; the type cannot (it is optional). */
const REQUIRED_NOTE = "Required by the schema: strict reading fails without it.";

function docsOf(doc: string | undefined, fallback: string, notes: readonly (string | undefined)[]): string[] {
  return [[doc ?? `${fallback}.`, ...notes.filter((note) => note !== undefined)].join("\n\n")];
}
