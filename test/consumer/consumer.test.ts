/**
 * The package as a user gets it: packed, installed into an empty project (no dev dependencies, no
 * @types/node), a strict TypeScript program compiled against its declarations and run, the
 * installed `emx` commands run, bindings generated in that project, and the entry bundled for a
 * browser and run without Node's globals.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ConsumerProject } from "./project.js";

const consumer = suite("installed package");

let project: ConsumerProject;

consumer.before(async () => {
  project = await ConsumerProject.install();
});

consumer.after(() => project?.remove());

consumer("installs without the generator toolchain, well under 15 MB", () => {
  assert.not.ok(project.has("ts-morph"), "ts-morph is installed");
  assert.not.ok(project.has("prettier"), "prettier is installed");
  assert.not.ok(project.has("typescript"), "typescript is installed");
  const megabytes = project.installedBytes() / 1_000_000;
  console.log(`installed: ${megabytes.toFixed(1)} MB in node_modules`);
  assert.ok(megabytes <= 15, `${megabytes.toFixed(1)} MB`);
  const files = project.packedFiles();
  assert.ok(files.includes("LICENSE"));
  for (const file of files) assert.not.match(file, /^dist\/(test|bench|demo)\/|\.map$|\.tsbuildinfo$/, file);
});

consumer("a strict program compiles against the declarations without @types/node and runs", () => {
  project.copyApp("use-api.ts");
  project.compile("use-api.ts");
  const result = JSON.parse(project.node("use-api.js")) as Record<string, unknown>;
  assert.equal(result, {
    task: "task-1",
    any: "Task",
    refused: "root element Task binds to Task, not to the expected NASJob",
    written: true,
    streamed: ["a", "b"],
    user: "admin",
    jobs: result.jobs,
    finished: "Finished",
    failed: true,
  });
  assert.ok((result.jobs as number) > 0);
});

consumer("the installed emx answers --version and --help, validates, exports the XSD and diffs it", () => {
  assert.is(project.emx("--version").out.trim(), project.packageVersion());
  assert.match(project.emx("--help").out, /emx validate <paths\.\.>/);
  const document = project.write("task.xml", project.sampleTask());
  const validated = project.emx("validate", document);
  assert.is(validated.code, 0, validated.err);
  assert.match(validated.out, /^ok {4}.*task\.xml \(Task\)$/m);
  const exported = project.emx("export-xsd", "--out", "em.xsd");
  assert.is(exported.code, 0, exported.err);
  assert.match(project.read("em.xsd"), /<xs:element name="NASJob" type="NASJobEntityType"/);
  const diff = project.emx("diff", "em.xsd", "node_modules/emx/schemas");
  assert.is(diff.code, 0, diff.err);
  assert.match(diff.out, /^em\.xsd -> node_modules\/emx\/schemas: no changes/);
});

consumer("the installed emx mock answers GET /api/ over TLS, and emx get and query read from it", async () => {
  await project.withMock(async (url, ca) => {
    const root = await project.fetchOverTls(url, ca);
    assert.is(root.status, 200);
    assert.match(root.body, /<EnterpriseManager /);
    const connection = { EMX_URL: url, EMX_USERNAME: "admin", EMX_PASSWORD: "Passw0rd!", EMX_CA: "ca.pem" };
    const servers = await project.emxAsync(["get", "backupServers", "--entity"], connection);
    assert.is(servers.code, 0, servers.err);
    assert.match(servers.out, /<BackupServers /);
    const failed = await project.emxAsync(["query", "BackupJobSession", "--filter", 'Result=="Failed"'], connection);
    assert.is(failed.code, 0, failed.err);
    assert.match(failed.out, /<QueryResult /);
  });
});

consumer("emx generate names the missing toolchain, then generates bindings plain Node can load", () => {
  const without = project.emx("generate", "--schemas", project.smallSchemas(), "--out", "gen");
  assert.is(without.code, 2);
  assert.match(without.err, /^emx: emx generate needs ts-morph and prettier: npm install --save-dev ts-morph prettier/);
  project.installToolchain();
  const generated = project.emx("generate", "--schemas", project.smallSchemas(), "--out", "gen");
  assert.is(generated.code, 0, generated.err);
  assert.match(project.read("gen/shapes.gen.ts"), /from "emx\/runtime";/);
  project.copyApp("use-generated.ts");
  project.compile("use-generated.ts");
  assert.is(project.node("use-generated.js").trim(), "Shape square");
});

consumer("the entry bundles for a browser and runs without Node's globals", async () => {
  const bytes = await project.bundleForBrowser("browser-entry.js");
  console.log(`browser bundle of parse, serialize and NASJob: ${(bytes / 1000).toFixed(0)} kB (minified)`);
  const written = project.runBundleWithoutNode();
  assert.match(written, /<Description>new &amp; &lt;improved&gt;<\/Description>/);
});

consumer.run();
