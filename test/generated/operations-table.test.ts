/**
 * The generated operation table against the operation files it comes from: every operation, query
 * type and resource is there with the same facts, and each class is the one the registry binds the
 * named root element to.
 */
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { operations, queryTypes, resources } from "../../generated/operations.gen.js";
import { registry } from "../../generated/registry.gen.js";
import { loadOperationFolder } from "../../generator/load/load-operations.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import type { OperationSchema } from "../../generator/operation-types.js";
import type { AnswerEntry, OperationEntry, QueryTypeEntry } from "../../runtime/client/operation-table.js";
import { projectRoot } from "../helpers.js";

const folder = join(projectRoot, "schemas");
const files = loadOperationFolder(folder, loadSchemaFolder(folder, { operations: false }));
const schemaOperations = files.flatMap((file) => file.operations.operations ?? []);
const table: Readonly<Record<string, OperationEntry>> = operations;

const generated = suite("generated operation table");

/** The facts of an operation as the table holds them, from its schema. */
function expectedEntry(operation: OperationSchema): object {
  const parameters = operation.pathParameters ?? [];
  return {
    method: operation.method,
    path: operation.path,
    action: operation.action,
    parameters: parameters.length === 0 ? undefined : parameters.map((parameter) => parameter.name),
    query: operation.query?.map(({ name, values, valuesFrom, required }) => ({ name, values, valuesFrom, required })),
    body: operation.body,
    answers: operation.responses.map(({ status, element, format, referenceType, mediaType }) =>
      prune({ status, element, format, referenceType, mediaType }),
    ),
    authentication: operation.authentication === "session" ? undefined : operation.authentication,
  };
}

function actualEntry(entry: OperationEntry): object {
  return {
    method: entry.method,
    path: entry.path,
    action: entry.action,
    parameters: entry.parameters,
    query: entry.query === undefined ? undefined : Object.entries(entry.query).map(([name, facts]) => ({ name, ...facts })),
    body: entry.body === undefined ? undefined : { element: entry.body.element, required: entry.body.required },
    answers: entry.answers.map(({ type: _type, ...facts }) => prune(facts)),
    authentication: entry.authentication,
  };
}

function prune<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, fact]) => fact !== undefined)) as T;
}

generated("holds every operation of the files, and nothing else", () => {
  assert.ok(schemaOperations.length >= 317, `${schemaOperations.length} operations`);
  assert.equal(Object.keys(table).sort(), schemaOperations.map((operation) => operation.id).sort());
});

generated("holds each operation's method, path, action, parameters, query, body and answers", () => {
  for (const operation of schemaOperations) {
    const expected = JSON.parse(JSON.stringify(expectedEntry(operation))) as object;
    const actual = JSON.parse(JSON.stringify(actualEntry(table[operation.id]!))) as object;
    assert.equal(actual, expected, operation.id);
  }
});

generated("binds each body and answer to the class the registry gives its root element", () => {
  const classOf = (entry: { element?: string; type?: unknown }, where: string) =>
    assert.is(entry.type, entry.element === undefined ? undefined : registry.rootClass(entry.element), where);
  for (const [id, entry] of Object.entries(table)) {
    if (entry.body !== undefined) classOf(entry.body, `${id} body`);
    entry.answers.forEach((answer: AnswerEntry) => classOf(answer, `${id} answer ${answer.status}`));
  }
});

generated("holds every query type with its fields, and every resource with its links", () => {
  const schemaTypes = files.flatMap((file) => file.operations.queryTypes ?? []);
  assert.equal(Object.keys(queryTypes), schemaTypes.map((type) => type.name));
  for (const type of schemaTypes) {
    const entry: QueryTypeEntry = queryTypes[type.name as keyof typeof queryTypes];
    assert.is(entry.entity, registry.rootClass(type.entity), type.name);
    const fields = entry.fields;
    assert.equal(Object.keys(fields), type.fields.map((field) => field.name), type.name);
    for (const field of type.fields) assert.equal(fields[field.name]!.values, field.values, `${type.name}.${field.name}`);
  }
  const schemaResources = files.flatMap((file) => file.operations.resources ?? []);
  assert.equal(
    resources.map(({ element, operation, links }) => ({ element, operation, links: links.map((link) => prune({ ...link })) })),
    schemaResources.map(({ element, operation, links }) => ({ element, operation, links: links.map((link) => prune({ ...link })) })),
  );
  for (const resource of resources) assert.is(resource.type, registry.rootClass(resource.element), resource.element);
});

generated("tells resources apart by their class alone: an entry holds its element, class, operation and links", () => {
  for (const resource of resources)
    assert.equal(Object.keys(resource).sort(), ["element", "links", "operation", "type"], resource.element);
});

generated.run();
