/**
 * The mock in EM's JSON: asked for `application/json` it answers every document as JSON in the case
 * of its option (camelCase by default, as EM 13), the same documents as in XML; it reads JSON bodies
 * in either case, and writes its errors as EM's JSON error.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  CreateObjectInJobSpec,
  EnterpriseManager,
  EntityReferences,
  HierarchyItems,
  HierarchyRoots,
  Job,
  Jobs,
  LogonSession,
  ObjectsInJob,
  parseJson,
  QueryResult,
  serializeJson,
  Task,
} from "../../index.js";
import { startMockEm, type MockEm } from "../../mock/index.js";
import { assertError, basic, hrefOf, logon, send } from "./helpers.js";
import { assertCase, assertJsonError, assertSameAsXml, finishedTaskJson, readJson, sendJson } from "./json-helpers.js";

interface Context {
  /** A mock with the default case. */
  camel: MockEm;
  /** A mock that writes PascalCase, as EM 12. */
  pascal: MockEm;
  camelToken: string;
  pascalToken: string;
}

const test = suite<Context>("mock in JSON", {} as Context);

test.before(async (context) => {
  context.camel = await startMockEm({ taskStepMs: 5, backupSessions: 50 });
  context.pascal = await startMockEm({ taskStepMs: 5, backupSessions: 50, jsonCase: "pascal" });
  context.camelToken = await logon(context.camel);
  context.pascalToken = await logon(context.pascal);
});

test.after(async (context) => {
  await Promise.all([context.camel.close(), context.pascal.close()]);
});

/** The mock and a logon session of each case. */
function mocks(context: Context): [jsonCase: "camel" | "pascal", em: MockEm, token: string][] {
  return [
    ["camel", context.camel, context.camelToken],
    ["pascal", context.pascal, context.pascalToken],
  ];
}

test("logs on in JSON: 201, the token in the header and a LogonSession in the mock's case", async (context) => {
  for (const [jsonCase, em] of mocks(context)) {
    const response = await sendJson(em, "POST", "sessionMngr/?v=latest", {
      headers: { Authorization: basic("admin", "Passw0rd!") },
    });
    const session = readJson(response, LogonSession, 201);
    assert.is(session.userName, "admin");
    assert.type(response.headers["x-restsvcsessionid"], "string");
    assertCase(response.body, jsonCase);
    assert.match(response.body, jsonCase === "camel" ? /"sessionId":/ : /"SessionId":/);
  }
});

test("answers a collection, an entity and the API root as the XML answers, in either case", async (context) => {
  for (const [jsonCase, em, token] of mocks(context)) {
    const job = await hrefOf(em, token, "jobs", "SQL Backup");
    for (const [path, expect] of [
      ["jobs", EntityReferences],
      ["jobs?format=Entity", Jobs],
      [`${job}?format=Entity`, Job],
      [`${job}/includes`, ObjectsInJob],
      ["hierarchyRoots?format=Entity", HierarchyRoots],
    ] as const) {
      const json = await assertSameAsXml(em, token, path, expect);
      assertCase(json, jsonCase);
    }
    assertCase(await assertSameAsXml(em, token, em.url, EnterpriseManager), jsonCase);
  }
});

test("answers a query in JSON: references and entities, paged, as in XML", async (context) => {
  for (const [jsonCase, em, token] of mocks(context)) {
    const page = "query?type=BackupJobSession&sortDesc=CreationTime&pageSize=7&page=2";
    assertCase(await assertSameAsXml(em, token, page, QueryResult), jsonCase);
    const entities = await assertSameAsXml(em, token, `query?type=Job&format=Entities`, QueryResult);
    const result = parseJson(entities, { strict: true, expect: QueryResult });
    assert.ok(result.entities!.jobs!.length > 0);
  }
});

test("takes a JSON body in either case, answers its Task in JSON, and the change shows in XML", async (context) => {
  const em = context.camel;
  const token = context.camelToken;
  const job = await hrefOf(em, token, "jobs", "Exchange Backup");
  const roots = readJson(await sendJson(em, "GET", "hierarchyRoots?format=Entity", { token }), HierarchyRoots);
  const vCenter = roots.hierarchyRoots!.find((root) => root.hostType === "VC")!.uid!;
  for (const [name, bodyCase] of [
    ["web01", "pascal"],
    ["web02", "camel"],
  ] as const) {
    const lookup = `lookup?host=${encodeURIComponent(vCenter)}&name=${name}&type=VM`;
    const found = readJson(await sendJson(em, "GET", lookup, { token }), HierarchyItems);
    const spec = new CreateObjectInJobSpec({
      hierarchyObjRef: found.hierarchyItems![0]!.objectRef!,
      hierarchyObjName: name,
    });
    const body = serializeJson(spec, { case: bodyCase });
    const task = readJson(await sendJson(em, "POST", `${job}/includes`, { token, body }), Task, 202);
    const finished = await finishedTaskJson(em, token, task);
    assert.equal([finished.result!.success, finished.operation], [true, "UpdateJob"]);
  }
  const includes = await assertSameAsXml(em, token, `${job}/includes`, ObjectsInJob);
  assert.match(includes, /"name":"web01"/);
  assert.match(includes, /"name":"web02"/);
});

test("edits a job by GET, change and PUT in JSON, and starts it by an action answering a Task", async (context) => {
  const em = context.pascal;
  const token = context.pascalToken;
  const job = await hrefOf(em, token, "jobs", "SQL Backup");
  const entity = readJson(await sendJson(em, "GET", `${job}?format=Entity`, { token }), Job);
  entity.description = "Nightly SQL Server backup";
  const body = serializeJson(entity);
  assert.match(body, /"Description": "Nightly SQL Server backup"/);
  const edit = readJson(await sendJson(em, "PUT", job, { token, body }), Task, 202);
  assert.equal((await finishedTaskJson(em, token, edit)).operation, "EditJob");
  const read = readJson(await sendJson(em, "GET", `${job}?format=Entity`, { token }), Job);
  assert.is(read.description, "Nightly SQL Server backup");
  const start = readJson(await sendJson(em, "POST", `${job}?action=start`, { token }), Task, 202);
  assert.is((await finishedTaskJson(em, token, start)).result!.success, true);
});

test("answers errors as EM's JSON error in the mock's case, with EM's null slots", async (context) => {
  for (const [jsonCase, em, token] of mocks(context)) {
    const missing = await sendJson(em, "GET", "jobs/nope?format=Entity", { token });
    const error = assertJsonError(missing, 404, /was not found/);
    assert.is(error.status, undefined);
    assertCase(missing.body, jsonCase);
    assert.match(missing.body, jsonCase === "camel" ? /"stackTrace":null/ : /"StackTrace":null/);
    assertJsonError(await sendJson(em, "GET", "jobs"), 401, /X-RestSvcSessionId/);
    assertJsonError(await sendJson(em, "DELETE", "jobs", { token }), 405, /DELETE is not allowed/);
  }
});

test("answers 400 naming the property and its path for a JSON body that is not the declared class", async (context) => {
  const { camel: em, camelToken: token } = context;
  const job = await hrefOf(em, token, "jobs", "Fileserver Backup");
  const cases: [body: string, message: RegExp][] = [
    ['{"hierarchyObjRef":"urn:VMware:Vm:a.vm-1"}', /CreateObjectInJobSpec: property hierarchyObjName is missing/],
    ['{"HierarchyObjRef":"urn:VMware:Vm:a.vm-1","HierarchyObjName":"a","Colour":"red"}', /Colour .*\$\.Colour/],
    ['{"hierarchyObjRef":"urn:VMware:Vm:a.vm-1","hierarchyObjName":"a","order":"first"}', /"first".*\$\.order/],
    ['{"hierarchyObjRef":', /not a valid CreateObjectInJobSpec: document is not valid JSON: .*\(1:20/],
  ];
  for (const [body, message] of cases)
    assertJsonError(await sendJson(em, "POST", `${job}/includes`, { token, body }), 400, message);
  const text = await sendJson(em, "POST", `${job}/includes`, {
    token,
    body: "{}",
    headers: { "Content-Type": "text/plain" },
  });
  assertJsonError(text, 415, /application\/xml or application\/json bodies, not text\/plain/);
});

test("answers an injected error fault in the form asked for", async (context) => {
  const { camel: em, camelToken: token } = context;
  const remove = em.fault({ path: "/api/jobs", status: 503, times: 2, message: "Service is restarting" });
  try {
    assertJsonError(await sendJson(em, "GET", "jobs", { token }), 503, /Service is restarting/);
    assertError(await send(em, "GET", "jobs", { token }), 503, /Service is restarting/);
  } finally {
    remove();
  }
});

const options = suite("mock option jsonCase");

options("rejects a case other than camel or pascal", async () => {
  const error = await startMockEm({ jsonCase: "kebab" as never }).then(
    (em) => em.close().then(() => undefined),
    (failure: unknown) => failure,
  );
  assert.instance(error, RangeError);
  assert.match((error as Error).message, /mock option jsonCase "kebab" is not "camel" or "pascal"/);
});

test.run();
options.run();
