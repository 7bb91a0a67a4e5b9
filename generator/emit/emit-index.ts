/** Emits the modules that tie the generated set together: the type table and the index with the registry. */
import type { IrModel } from "../ir.js";
import { header, RUNTIME_ENTRY, TYPE_TABLE_MODULE, type EmitOptions } from "./emit-module.js";
import { symbolTable } from "./scalars.js";

/** The module holding the table every generated class adds its binding to. */
export function emitTypeTable(options: EmitOptions = { runtimeImport: RUNTIME_ENTRY }): string {
  return `${header("schemas/")}

import { TypeTable } from "${options.runtimeImport}";

/** The bindings of every generated class, by schema type name. */
export const types = new TypeTable();
`;
}

/** The entry of the generated set: every module, the registry of root elements, parse and serialize. */
export function emitIndex(model: IrModel, options: EmitOptions = { runtimeImport: RUNTIME_ENTRY }): string {
  const symbols = symbolTable(model);
  const roots = model.files.flatMap((file) => file.roots);
  const rootClasses = [...new Set(roots.map((root) => symbols.classes.get(root.type)!))];
  const byModule = new Map<string, string[]>();
  for (const target of rootClasses)
    byModule.set(target.module, [...(byModule.get(target.module) ?? []), target.tsName]);
  const lines = [header("schemas/*.json"), ""];
  lines.push(
    `import { EmClient, Registry, type BoundClass, type EmClientOptions, type ReadOptions, type SerializeOptions, type XmlObject } from "${options.runtimeImport}";`,
  );
  for (const [module, names] of [...byModule].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`import { ${[...names].sort().join(", ")} } from "./${module}.gen.js";`);
  }
  lines.push("");
  for (const file of model.files) lines.push(`export * from "./${file.module}.gen.js";`);
  lines.push(`export { types } from "./${TYPE_TABLE_MODULE}.gen.js";`, "");
  lines.push("/** Every class a document root binds to. */");
  lines.push(
    `export type EmRoot = ${
      rootClasses
        .map((target) => target.tsName)
        .sort()
        .join(" | ") || "never"
    };`,
    "",
  );
  lines.push("/** Root elements and link Types of the EM namespace, and the classes they bind to. */");
  lines.push("export const registry = new Registry([");
  for (const root of roots) {
    const target = symbols.classes.get(root.type)!;
    lines.push(
      `  { element: ${JSON.stringify(root.element)}, type: () => ${target.tsName}, linkTypes: ${JSON.stringify(root.linkTypes)} },`,
    );
  }
  lines.push("]);", "");
  lines.push(`/**
 * Reads an EM document (string or UTF-8 bytes) into the class its root element names.
 * With \`expect\`, only that class is accepted and the result is typed as it.
 */
export function parse<T extends XmlObject = EmRoot>(input: string | Uint8Array, options?: ReadOptions & { readonly expect?: BoundClass<T> }): T {
  return registry.parse(input, options) as T;
}

/** Reads an EM document from a Node Readable, a web ReadableStream or an async iterable of chunks. */
export async function parseStream<T extends XmlObject = EmRoot>(
  input: Parameters<Registry["parseStream"]>[0],
  options?: ReadOptions & { readonly expect?: BoundClass<T> },
): Promise<T> {
  return (await registry.parseStream(input, options)) as T;
}

/**
 * Streams the items of a document's first list (the Refs of EntityReferences, the entities of a
 * QueryResult, the members of a collection) one at a time, typed, reading only as fast as they are
 * taken. Returns the root without those items when done.
 */
export function streamItems<T extends XmlObject = XmlObject>(
  input: Parameters<Registry["parseStream"]>[0],
  options?: ReadOptions,
): AsyncGenerator<T, XmlObject, undefined> {
  return registry.streamItems<T>(input, options);
}

/** Writes an object as an EM document, under the root element its class is registered for. */
export function serialize(object: XmlObject, options?: SerializeOptions): string {
  return registry.serialize(object, options);
}

/** A client for an Enterprise Manager that reads and writes with these bindings. */
export function createClient(options: Omit<EmClientOptions<EmRoot>, "bindings">): EmClient<EmRoot> {
  return new EmClient<EmRoot>({ ...options, bindings: { parse, serialize } });
}
`);
  return lines.join("\n");
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
    const target = symbols.classes.get(root.type)!;
    const linkTypes = root.linkTypes.map((linkType) => `\`${escape(linkType)}\``).join(", ");
    lines.push(
      `| \`${root.element}\` | \`${target.tsName}\` (${root.type}) | ${linkTypes} | \`schemas/${file.source}\` |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
