/** Emit of the operation table and its reference: a small operation file of our own in, exact text out. */
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { format } from "prettier";
import { emitOperations } from "../../generator/emit/emit-operations.js";
import { emitOperationsReference } from "../../generator/emit/emit-operations-reference.js";
import { buildModel } from "../../generator/build-model.js";
import { PRETTIER_OPTIONS } from "../../generator/generate.js";
import type { LoadedOperationFile } from "../../generator/load/load-operations.js";
import { loadSchemaFolder } from "../../generator/load/load-schemas.js";
import type { OperationFile } from "../../generator/operation-types.js";
import { SchemaError } from "../../runtime/errors.js";
import { fixtures } from "../helpers.js";

const schemas = loadSchemaFolder(join(fixtures, "schemas", "small"));
const model = buildModel(schemas);

const shapes: OperationFile = {
  doc: "Shapes.",
  operations: [
    {
      id: "getShape",
      method: "GET",
      path: "/shapes/{ID}",
      doc: "Reads a shape.",
      page: "get_shapes_id.md",
      authentication: "session",
      pathParameters: [{ name: "ID", type: "xs:string", doc: "A shape." }],
      query: [{ name: "format", type: "xs:string", values: ["Entity"], doc: "Entity or not." }],
      responses: [{ status: 200, element: "Shape", format: "Entity" }],
    },
    {
      id: "paintShape",
      method: "POST",
      path: "/shapes/{ID}",
      action: "paint",
      doc: "Paints a shape.",
      page: "post_shapes_id_actionpaint.md",
      authentication: "session",
      pathParameters: [{ name: "ID", type: "xs:string", doc: "A shape." }],
      body: { element: "Shape", required: true },
      responses: [{ status: 204 }],
    },
  ],
  queryTypes: [
    {
      name: "Shape",
      doc: "Shapes.",
      page: "get_query_shape.md",
      entity: "Shape",
      fields: [
        { name: "Colour", type: "xs:string", values: ["Red", "Green"], filterable: true, sortable: false },
        { name: "Code", type: "CodeType", filterable: true, sortable: true },
        { name: "Sides", type: "xs:int", filterable: false, sortable: true },
      ],
    },
  ],
  resources: [
    {
      operation: "getShape",
      element: "Shape",
      page: "get_shapes_id.md",
      links: [{ rel: "Paint", href: "/shapes/{ID}?action=paint", operation: "paintShape" }],
    },
  ],
};
const files: LoadedOperationFile[] = [{ file: "operations/shapes.json", operations: shapes }];

const emit = suite("emit of the operation table");

emit("writes the operations, query types and links with the classes they name", async () => {
  const text = await format(emitOperations(model, schemas, files), PRETTIER_OPTIONS);
  assert.ok(text.startsWith("// Generated from schemas/operations/*.json by `npm run generate`."));
  assert.match(
    text,
    /import type \{ OperationTable, QueryTypeTable, ResourceTable \} from "\.\.\/runtime\/index\.js";/,
  );
  assert.match(text, /import \{ Shape \} from "\.\/shapes\.gen\.js";/);
  assert.match(
    text,
    '  /** Reads a shape. */\n  getShape: {\n    method: "GET",\n    path: "/shapes/{ID}",\n    parameters: ["ID"],\n' +
      '    query: { format: { values: ["Entity"] } },\n    answers: [{ status: 200, element: "Shape", type: Shape, format: "Entity" }],\n  },',
  );
  assert.match(text, 'body: { element: "Shape", type: Shape, required: true },\n    answers: [{ status: 204 }],');
  assert.match(
    text,
    'fields: {\n      Colour: { kind: "string", values: ["Red", "Green"], sortable: false },\n' +
      '      Code: { kind: "string" },\n      Sides: { kind: "number", filterable: false },\n    },',
  );
  assert.match(text, '{ rel: "Paint", href: "/shapes/{ID}?action=paint", operation: "paintShape" }');
  assert.match(text, "] as const satisfies ResourceTable;");
});

emit("names a root element the type schemas do not declare, with its file", () => {
  const broken: OperationFile = {
    ...shapes,
    operations: [{ ...shapes.operations![1]!, body: { element: "Circle", required: true } }],
  };
  assert.throws(
    () => emitOperations(model, schemas, [{ file: "operations/shapes.json", operations: broken }]),
    (error: Error) =>
      error instanceof SchemaError &&
      /operations\/shapes\.json#: root element "Circle" \(operation paintShape, body\) is not declared/.test(
        error.message,
      ),
  );
});

emit("writes the reference: operations by file, query types with their values, links", () => {
  const reference = emitOperationsReference(files);
  assert.match(
    reference,
    /^<!-- Generated from schemas\/operations\/\*\.json by `npm run generate`\. Do not edit\. -->/,
  );
  assert.match(reference, /2 operations, 1 query types, 1 resources with links, from 1 operation files\./);
  assert.match(
    reference,
    "| `paintShape` | `POST /shapes/{ID}?action=paint` | `Shape` | 204 | post_shapes_id_actionpaint.md |",
  );
  assert.match(reference, "| `getShape` | `GET /shapes/{ID}` |  | 200 `Shape` with format=Entity | get_shapes_id.md |");
  assert.match(reference, "| `Shape` | `Shape` |  | Colour (Red \\| Green), Code, Sides |");
  assert.match(reference, "| `Shape` | `getShape` | Paint |  | `paintShape` |");
});

emit.run();
