/**
 * Emits the operation table of a generated set (`operations.gen.ts`): every documented operation
 * with the classes of its body and answers, the query service's types with their fields, and the
 * resources' links. The literal types of these tables are what the client is typed from.
 */
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type ImportDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { SchemaError } from "../../runtime/errors.js";
import type { IrModel } from "../ir.js";
import type { LoadedOperationFile } from "../load/load-operations.js";
import type { LoadedSchema } from "../load/load-schemas.js";
import type {
  OperationSchema,
  QueryFieldSchema,
  QueryTypeSchema,
  ResourceSchema,
  ResponseSchema,
} from "../operation-types.js";
import { isBuiltin } from "../builtin-types.js";
import { header, RUNTIME_ENTRY, type EmitOptions } from "./emit-module.js";
import { symbolTable } from "./scalars.js";

/** The module holding the operation table. */
export const OPERATIONS_MODULE = "operations";

/** The class a root element binds to, and the module declaring it. */
interface RootClass {
  readonly tsName: string;
  readonly module: string;
}

/** What the writers of the table look up: root classes by element, and the built-in of each simple type. */
interface EmitContext {
  readonly roots: ReadonlyMap<string, RootClass>;
  readonly simpleBases: ReadonlyMap<string, string>;
  /** The root classes the table names, collected while writing. */
  readonly used: Map<string, RootClass>;
  /** The file an operation or query type comes from, for problems. */
  file: string;
}

/** Emits `operations.gen.ts` (unformatted) from the operation files of a schema folder. */
export function emitOperations(
  model: IrModel,
  schemas: readonly LoadedSchema[],
  files: readonly LoadedOperationFile[],
  project = new Project({ useInMemoryFileSystem: true }),
  options: EmitOptions = { runtimeImport: RUNTIME_ENTRY },
): string {
  const context: EmitContext = {
    roots: rootClasses(model),
    simpleBases: simpleBases(schemas),
    used: new Map(),
    file: "",
  };
  const operations = tableText(files, (file) => file.operations.operations, writeOperation, context);
  const queryTypes = tableText(files, (file) => file.operations.queryTypes, writeQueryType, context);
  const resourceItems = files.flatMap((file) =>
    (file.operations.resources ?? []).map((resource) => {
      context.file = file.file;
      return writeResource(resource, context);
    }),
  );
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: options.runtimeImport,
      isTypeOnly: true,
      namedImports: ["OperationTable", "QueryTypeTable", "ResourceTable"].map((name) => ({ name })),
    },
    ...classImports(context.used),
    constant("operations", "Every documented operation of the EM REST API, by id.", "OperationTable", operations),
    constant("queryTypes", "The types of the query service, by name, with their fields.", "QueryTypeTable", queryTypes),
    constant(
      "resources",
      "The resources whose links are documented, with the operation each link performs.",
      "ResourceTable",
      `[\n${resourceItems.join(",\n")}\n]`,
    ),
  ];
  for (const statement of statements)
    if (statement.kind !== StructureKind.ImportDeclaration) statement.leadingTrivia = "\n";
  const file = project.createSourceFile(`${OPERATIONS_MODULE}.gen.ts`, { statements }, { overwrite: true });
  return `${header("schemas/operations/*.json")}\n\n${file.getFullText()}`;
}

/** An object literal of the named entries of every file, each written by `write`. */
function tableText<T extends { readonly doc: string }>(
  files: readonly LoadedOperationFile[],
  entries: (file: LoadedOperationFile) => readonly T[] | undefined,
  write: (entry: T, context: EmitContext) => string,
  context: EmitContext,
): string {
  const lines: string[] = [];
  for (const file of files) {
    context.file = file.file;
    for (const entry of entries(file) ?? []) lines.push(`${docComment(entry.doc)}\n${write(entry, context)}`);
  }
  return `{\n${lines.join(",\n")}\n}`;
}

function constant(name: string, doc: string, satisfied: string, text: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [
      { name, initializer: (writer: CodeBlockWriter) => writer.write(`${text} as const satisfies ${satisfied}`) },
    ],
  };
}

function writeOperation(operation: OperationSchema, context: EmitContext): string {
  const parts = [`method: ${JSON.stringify(operation.method)}`, `path: ${JSON.stringify(operation.path)}`];
  if (operation.action !== undefined) parts.push(`action: ${JSON.stringify(operation.action)}`);
  const parameters = operation.pathParameters ?? [];
  if (parameters.length > 0) parts.push(`parameters: ${JSON.stringify(parameters.map((parameter) => parameter.name))}`);
  const spanning = parameters
    .filter((parameter) => parameter.spansSegments === true)
    .map((parameter) => parameter.name);
  if (spanning.length > 0) parts.push(`spansSegments: ${JSON.stringify(spanning)}`);
  if (operation.query !== undefined && operation.query.length > 0) {
    const query = operation.query.map((parameter) => {
      const facts: string[] = [];
      if (parameter.values !== undefined) facts.push(`values: ${JSON.stringify(parameter.values)}`);
      if (parameter.valuesFrom !== undefined) facts.push(`valuesFrom: ${JSON.stringify(parameter.valuesFrom)}`);
      if (parameter.required === true) facts.push("required: true");
      return `${JSON.stringify(parameter.name)}: { ${facts.join(", ")} }`;
    });
    parts.push(`query: { ${query.join(", ")} }`);
  }
  if (operation.body !== undefined) {
    const type = classOf(operation.body.element, context, `operation ${operation.id}, body`);
    parts.push(
      `body: { element: ${JSON.stringify(operation.body.element)}, type: ${type}, required: ${operation.body.required} }`,
    );
  }
  const answers = operation.responses.map((response) => writeAnswer(response, operation, context));
  parts.push(`answers: [${answers.join(", ")}]`);
  if (operation.authentication !== "session") parts.push(`authentication: ${JSON.stringify(operation.authentication)}`);
  return `${operation.id}: { ${parts.join(", ")} }`;
}

function writeAnswer(response: ResponseSchema, operation: OperationSchema, context: EmitContext): string {
  const parts = [`status: ${response.status}`];
  if (response.element !== undefined) {
    parts.push(`element: ${JSON.stringify(response.element)}`);
    parts.push(`type: ${classOf(response.element, context, `operation ${operation.id}, answer ${response.status}`)}`);
  }
  if (response.format !== undefined) parts.push(`format: ${JSON.stringify(response.format)}`);
  if (response.referenceType !== undefined) parts.push(`referenceType: ${JSON.stringify(response.referenceType)}`);
  if (response.mediaType !== undefined) parts.push(`mediaType: ${JSON.stringify(response.mediaType)}`);
  return `{ ${parts.join(", ")} }`;
}

function writeQueryType(queryType: QueryTypeSchema, context: EmitContext): string {
  const entity = classOf(queryType.entity, context, `query type ${queryType.name}, entity`);
  const fields = queryType.fields.map((field) => `${JSON.stringify(field.name)}: ${writeField(field, context)}`);
  const reference =
    queryType.referenceType === undefined ? "" : `, referenceType: ${JSON.stringify(queryType.referenceType)}`;
  return `${JSON.stringify(queryType.name)}: { entity: ${entity}${reference}, fields: {\n${fields.join(",\n")}\n} }`;
}

function writeField(field: QueryFieldSchema, context: EmitContext): string {
  const parts = [`kind: ${JSON.stringify(fieldKind(field.type, context))}`];
  if (field.values !== undefined) parts.push(`values: ${JSON.stringify(field.values)}`);
  if (!field.filterable) parts.push("filterable: false");
  if (!field.sortable) parts.push("sortable: false");
  return `{ ${parts.join(", ")} }`;
}

function writeResource(resource: ResourceSchema, context: EmitContext): string {
  const type = classOf(resource.element, context, `resource of ${resource.operation}`);
  const links = resource.links.map((link) => {
    const type = link.type === undefined ? "" : `, type: ${JSON.stringify(link.type)}`;
    return `{ rel: ${JSON.stringify(link.rel)}${type}, href: ${JSON.stringify(link.href)}, operation: ${JSON.stringify(link.operation)} }`;
  });
  return `{ element: ${JSON.stringify(resource.element)}, type: ${type}, operation: ${JSON.stringify(resource.operation)}, links: [\n${links.join(",\n")}\n] }`;
}

/** The class name of a root element, noted for the imports; a problem when the types do not declare it. */
function classOf(element: string, context: EmitContext, where: string): string {
  const root = context.roots.get(element);
  if (root === undefined) {
    throw new SchemaError([
      {
        file: context.file,
        pointer: "",
        message: `root element ${JSON.stringify(element)} (${where}) is not declared`,
      },
    ]);
  }
  context.used.set(root.tsName, root);
  return root.tsName;
}

/** How a query field's values are typed: by the built-in its type comes down to. */
function fieldKind(type: string, context: EmitContext): "string" | "number" | "boolean" | "dateTime" {
  let builtin = type;
  for (let steps = 0; !isBuiltin(builtin) && steps < 32; steps++) {
    const base = context.simpleBases.get(builtin);
    if (base === undefined) break;
    builtin = base;
  }
  if (builtin === "xs:boolean") return "boolean";
  if (builtin === "xs:dateTime") return "dateTime";
  if (["xs:int", "xs:long", "xs:unsignedShort", "xs:unsignedLong", "xs:double"].includes(builtin)) return "number";
  return "string";
}

function rootClasses(model: IrModel): Map<string, RootClass> {
  const symbols = symbolTable(model);
  const roots = new Map<string, RootClass>();
  for (const root of model.files.flatMap((file) => file.roots))
    roots.set(root.element, symbols.classes.get(root.type)!);
  return roots;
}

function simpleBases(schemas: readonly LoadedSchema[]): Map<string, string> {
  const bases = new Map<string, string>();
  for (const { schema } of schemas) for (const simple of schema.simpleTypes ?? []) bases.set(simple.name, simple.base);
  return bases;
}

/** One import per module of the classes used, modules and names sorted. */
function classImports(used: ReadonlyMap<string, RootClass>): ImportDeclarationStructure[] {
  const byModule = new Map<string, string[]>();
  for (const root of used.values()) byModule.set(root.module, [...(byModule.get(root.module) ?? []), root.tsName]);
  return [...byModule.keys()].sort().map((module) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./${module}.gen.js`,
    namedImports: byModule
      .get(module)!
      .sort()
      .map((name) => ({ name })),
  }));
}

/** A JSDoc comment of one line of text. */
function docComment(text: string): string {
  return `/** ${text.replaceAll("*/", "*\\/")} */`;
}
