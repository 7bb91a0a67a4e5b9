/**
 * The pieces the extraction reads pages with, on small pages of our own: titles, path templates
 * and their matching, the naming rule, examples, listed values.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseEmPage, possibleValues } from "../../scripts/operations/em-pages.js";
import { operationId } from "../../scripts/operations/naming.js";
import { pageExamples } from "../../scripts/operations/page-examples.js";
import { matchPath, parseTitle, uniqueTemplate } from "../../scripts/operations/path-templates.js";

const titles = suite("page titles and path templates");

titles("reads method, path and action from a title, spaces and escapes undone", () => {
  assert.equal(parseTitle("POST /jobs/{ID}?action=start"), {
    method: "POST",
    path: "/jobs/{ID}",
    query: new Map([["action", "start"]]),
  });
  assert.is(parseTitle("DELETE /security/accounts /{ID}/scopes/{ID}")!.path, "/security/accounts/{ID}/scopes/{ID}");
  assert.is(parseTitle("POST /cdpPolicies/{ID}&action=enable")!.query.get("action"), "enable");
  assert.is(parseTitle("GET /reports/summary/job\\_statistics")!.path, "/reports/summary/job_statistics");
  assert.is(parseTitle("GET Method"), undefined);
});

titles("names a repeated parameter after the collection before it", () => {
  assert.equal(uniqueTemplate("/jobs/{ID}/includes/{ID}").path, "/jobs/{jobID}/includes/{ID}");
  assert.equal(uniqueTemplate("/cdpPolicies/{ID}/includes/{ID}").path, "/cdpPolicies/{cdpPolicyID}/includes/{ID}");
  const mount = uniqueTemplate("/vmRestorePoints/{ID}/mounts/{ID}/{filepath}");
  assert.is(mount.path, "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}");
  assert.equal(
    mount.parameters.map((parameter) => [parameter.name, parameter.pageName, parameter.spansSegments]),
    [
      ["vmRestorePointID", "ID", false],
      ["ID", "ID", false],
      ["filepath", "filepath", true],
    ],
  );
});

titles("matches literal segments without regard to case and ignores a trailing slash", () => {
  assert.equal(matchPath("/nas/jobs/{ID}", "/NAS/Jobs/42"), new Map([["ID", "42"]]));
  assert.equal(matchPath("/sessionMngr/", "/sessionMngr"), new Map());
  assert.is(matchPath("/nas/jobs/{ID}", "/nas/jobs"), undefined);
  assert.is(matchPath("/nas/jobs/{ID}", "/nas/jobs/42/start"), undefined);
});

titles("gives a spanning parameter the rest of the path", () => {
  assert.equal(
    matchPath(
      "/vmRestorePoints/{vmRestorePointID}/mounts/{ID}/{filepath}",
      "/vmRestorePoints/a/mounts/1/C:/Docs/x.txt",
    ),
    new Map([
      ["vmRestorePointID", "a"],
      ["ID", "1"],
      ["filepath", "C:/Docs/x.txt"],
    ]),
  );
});

titles.run();

const naming = suite("operation ids");

const IDS: [string, string, string | undefined, string][] = [
  ["GET", "/nas/jobs/{ID}", undefined, "getNasJob"],
  ["GET", "/nas/jobs", undefined, "getNasJobs"],
  ["POST", "/jobs/{ID}", "start", "startJob"],
  ["POST", "/jobs/{ID}/includes", undefined, "createJobInclude"],
  ["POST", "/backupServers", "create", "createBackupServer"],
  ["PUT", "/cloud/tenants/{ID}", undefined, "editCloudTenant"],
  ["DELETE", "/cloud/publicIpAddresses/{ID}", undefined, "deleteCloudPublicIpAddress"],
  ["GET", "/reports/summary/job_statistics", undefined, "getReportsSummaryJobStatistics"],
  ["GET", "/vmRestorePoints/{ID}/mounts/{ID}/{filepath}", undefined, "getVmRestorePointMountPath"],
  ["POST", "/backupServers/{ID}", "toggleScheduleEnabled", "toggleScheduleEnabledBackupServer"],
];

for (const [method, path, action, id] of IDS) {
  naming(`names ${method} ${path}${action === undefined ? "" : `?action=${action}`} ${id}`, () => {
    assert.is(operationId({ method, path, ...(action === undefined ? {} : { action }) }), id);
  });
}

naming.run();

const examples = suite("example parsing");

const PAGE = [
  "---",
  'title: "POST /things/{ID}?action=poke"',
  "---",
  "",
  "Example",
  "",
  "|  |",
  "| --- |",
  '| Request:  POST https://em.example:9398/api/things/7?action=poke    Request Headers:  X-RestSvcSessionId   abc    Request Body:  <Poke xmlns="http://www.veeam.com/ent/v1.0"><Hard>true</Hard></Poke>    Response:  202 Accepted    Response Body:  <Task xmlns="http://www.veeam.com/ent/v1.0"> |',
  "",
  "|  |",
  "| --- |",
  "| Request:  GET https://em.example:9398/api/reports/summary/job\\_statistics    Response:  200 OK    Response Body:  None |",
].join("\n");

examples("reads each example's request, status and bodies", () => {
  const [poke, report] = pageExamples(parseEmPage("post_things.md", PAGE));
  assert.equal(
    { method: poke!.method, url: poke!.url, status: poke!.status, line: poke!.line },
    { method: "POST", url: "https://em.example:9398/api/things/7?action=poke", status: "202 Accepted", line: 9 },
  );
  assert.is(poke!.requestBody, '<Poke xmlns="http://www.veeam.com/ent/v1.0"><Hard>true</Hard></Poke>');
  assert.is(poke!.responseBody, '<Task xmlns="http://www.veeam.com/ent/v1.0">');
  assert.is(report!.url, "https://em.example:9398/api/reports/summary/job_statistics");
  assert.is(report!.requestBody, undefined);
  assert.is(report!.responseBody, undefined);
});

examples("reads the values a description lists", () => {
  assert.equal(possibleValues("State of it. Possible values:   * Running — busy. * Stopped — done."), [
    "Running",
    "Stopped",
  ]);
  assert.equal(possibleValues("Whether it is on. Possible values:   * True * False   When False, nothing runs."), [
    "True",
    "False",
  ]);
  assert.equal(possibleValues("A name."), []);
});

examples.run();
