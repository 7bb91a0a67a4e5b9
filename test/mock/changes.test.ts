/**
 * Changing the mock: creates add what they describe, edits change it, deletes remove it (with
 * what belongs to it), and a body that is not the operation's declared root, read strictly, is a
 * 400 whose message says what is wrong and where.
 */
import * as assert from "uvu/assert";
import {
  CloudTenants,
  CreateCloudTenantSpec,
  CreateObjectInJobSpec,
  CredentialsInfo,
  CredentialsInfoList,
  CredentialsInfoSpec,
  HierarchyItems,
  Job,
  ObjectsInJob,
  serialize,
  type EntityRef,
} from "../../generated/index.js";
import { assertError, getOk, hrefOf, mockSuite, read, runTask, send } from "./helpers.js";
import type { MockEm } from "../../mock/index.js";

const test = mockSuite("mock changes", { taskStepMs: 5, backupSessions: 50 });

async function vmRef(em: MockEm, token: string, name: string): Promise<string> {
  const roots = read((await send(em, "GET", "hierarchyRoots?format=Entity", { token })).body) as {
    hierarchyRoots?: { uid?: string; hostType?: string }[];
  };
  const vCenter = roots.hierarchyRoots!.find((root) => root.hostType === "VC")!.uid!;
  const found = await getOk(
    em,
    token,
    `lookup?host=${encodeURIComponent(vCenter)}&name=${name}&type=VM`,
    HierarchyItems,
  );
  return found.hierarchyItems![0]!.objectRef!;
}

test("adds a VM to a job, shows it in the job and its includes, and removes it again", async ({ em, token }) => {
  const job = await hrefOf(em, token, "jobs", "Exchange Backup");
  const spec = new CreateObjectInJobSpec({
    hierarchyObjRef: await vmRef(em, token, "web01"),
    hierarchyObjName: "web01",
  });
  const task = await runTask(em, token, "POST", `${job}/includes`, serialize(spec));
  assert.equal([task.result!.success, task.operation], [true, "UpdateJob"]);
  const includes = await getOk(em, token, `${job}/includes`, ObjectsInJob);
  const added = includes.objectInJobs!.find((include) => include.name === "web01")!;
  assert.is(added.order, 2);
  const entity = await getOk(em, token, `${job}?format=Entity`, Job);
  assert.ok(entity.jobInfo!.backupJobInfo!.includes!.some((include) => include.name === "web01"));
  const twice = await runTask(em, token, "POST", `${job}/includes`, serialize(spec));
  assert.equal([twice.result!.success, twice.result!.message], [false, "The object web01 is already in the job."]);
  await runTask(em, token, "DELETE", added.href!);
  assertError(await send(em, "GET", added.href!, { token }), 404, /ObjectInJob .* was not found/);
  const unknown = new CreateObjectInJobSpec({
    hierarchyObjRef: "urn:VMware:Vm:nowhere.vm-1",
    hierarchyObjName: "ghost",
  });
  const failed = await runTask(em, token, "POST", `${job}/includes`, serialize(unknown));
  assert.match(failed.result!.message!, /urn:VMware:Vm:nowhere\.vm-1 was not found/);
});

test("edits a job by GET, change, PUT; and deletes it with its includes", async ({ em, token }) => {
  const job = await hrefOf(em, token, "jobs", "SQL Backup");
  const entity = await getOk(em, token, `${job}?format=Entity`, Job);
  entity.description = "Nightly SQL Server backup";
  const edit = await runTask(em, token, "PUT", job, serialize(entity));
  assert.equal([edit.result!.success, edit.operation], [true, "EditJob"]);
  assert.is((await getOk(em, token, `${job}?format=Entity`, Job)).description, "Nightly SQL Server backup");
  const include = (await getOk(em, token, `${job}/includes`, ObjectsInJob)).objectInJobs![0]!.href!;
  await runTask(em, token, "DELETE", job);
  assertError(await send(em, "GET", job, { token }), 404);
  assertError(await send(em, "GET", include, { token }), 404);
});

test("creates, changes and deletes stored credentials at once, answering 201, 204 and 204", async ({ em, token }) => {
  const servers = read((await send(em, "GET", "backupServers", { token })).body) as { refs?: EntityRef[] };
  const credentials = `${servers.refs![0]!.href}/credentials`;
  const spec = new CredentialsInfoSpec({
    username: "TECH\\restore",
    description: "Restore account",
    password: "Secret1!",
  });
  const created = await send(em, "POST", `${credentials}?action=create`, { token, body: serialize(spec) });
  assert.is(created.status, 201, created.body);
  const location = String(created.headers.location);
  const stored = await getOk(em, token, location, CredentialsInfo);
  assert.equal([stored.username, stored.description, stored.password], ["TECH\\restore", "Restore account", undefined]);
  stored.description = "Restores only";
  assert.is((await send(em, "PUT", location, { token, body: serialize(stored) })).status, 204);
  assert.is((await getOk(em, token, location, CredentialsInfo)).description, "Restores only");
  assert.is((await send(em, "DELETE", location, { token })).status, 204);
  const left = await getOk(em, token, credentials, CredentialsInfoList);
  assert.not.ok(left.credentialsInfos!.some((item) => item.username === "TECH\\restore"));
});

test("creates a cloud tenant with its backup resource from the create spec", async ({ em, token }) => {
  const server = (read((await send(em, "GET", "backupServers", { token })).body) as { refs?: EntityRef[] }).refs![0]!
    .uid!;
  const repository = (read((await send(em, "GET", "repositories", { token })).body) as { refs?: EntityRef[] }).refs![0]!
    .uid!;
  const spec = new CreateCloudTenantSpec({
    name: "Fabrikam",
    description: "New tenant",
    enabled: true,
    resources: [{ name: "Fabrikam backups", repositoryUid: repository, quotaMb: 51_200 }],
    backupServerUid: server,
    tenantType: "Standalone",
  });
  const task = await runTask(em, token, "POST", "cloud/tenants", serialize(spec));
  assert.equal([task.result!.success, task.operation], [true, "CreateCloudTenant"]);
  const tenants = await getOk(em, token, "cloud/tenants?format=Entity", CloudTenants);
  const tenant = tenants.cloudTenants!.find((candidate) => candidate.name === "Fabrikam")!;
  assert.equal(
    tenant.resources!.map((resource) => [resource.repositoryQuota!.displayName, resource.repositoryQuota!.quota]),
    [["Fabrikam backups", 51_200]],
  );
  assert.equal(tenant.tenantType!.standaloneTenant!.tenantCredentials!.username, "Fabrikam");
  const again = await runTask(em, token, "POST", "cloud/tenants", serialize(spec));
  assert.match(again.result!.message!, /named "Fabrikam" already exists/);
});

test("answers 400 naming what and where for a body that is not the declared root, read strictly, and 415 to an unknown form", async ({
  em,
  token,
}) => {
  const job = await hrefOf(em, token, "jobs", "Fileserver Backup");
  const target = `${job}/includes`;
  const cases: [body: string, message: RegExp][] = [
    ['<Job xmlns="http://www.veeam.com/ent/v1.0" />', /not a valid CreateObjectInJobSpec: .*Job/],
    [
      '<CreateObjectInJobSpec xmlns="http://www.veeam.com/ent/v1.0"><HierarchyObjRef>urn:VMware:Vm:a.vm-1</HierarchyObjRef></CreateObjectInJobSpec>',
      /HierarchyObjName is missing in CreateObjectInJobSpec .*\(1:\d+ at \/CreateObjectInJobSpec\)/,
    ],
    [
      '<CreateObjectInJobSpec xmlns="http://www.veeam.com/ent/v1.0"><HierarchyObjRef>urn:VMware:Vm:a.vm-1</HierarchyObjRef><HierarchyObjName>a</HierarchyObjName><Colour>red</Colour></CreateObjectInJobSpec>',
      /Colour.*\/CreateObjectInJobSpec/,
    ],
    [
      '<CreateObjectInJobSpec xmlns="http://www.veeam.com/ent/v1.0"><HierarchyObjRef>urn:VMware:Vm:a.vm-1</HierarchyObjRef><HierarchyObjName>a</HierarchyObjName><Order>first</Order></CreateObjectInJobSpec>',
      /"first".*Order/,
    ],
    ["<CreateObjectInJobSpec", /not a valid CreateObjectInJobSpec: .*1:/],
    ["", /request body is missing: POST \/jobs\/\{ID\}\/includes takes a CreateObjectInJobSpec/],
  ];
  for (const [body, message] of cases) assertError(await send(em, "POST", target, { token, body }), 400, message);
  const text = await send(em, "POST", target, { token, body: "a", headers: { "Content-Type": "text/plain" } });
  assertError(text, 415, /application\/xml or application\/json bodies, not text\/plain/);
});

test.run();
