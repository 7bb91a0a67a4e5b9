/** `emx get` and `emx query` against the mock Enterprise Manager, as a user runs them. */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DEFAULT_USER, startMockEm, type MockEm } from "../../mock/index.js";
import { emxCommand } from "../helpers.js";

const clientCommands = suite("emx get and query");

let em: MockEm;
let folder: string;

clientCommands.before(async () => {
  em = await startMockEm({ backupSessions: 300 });
  folder = mkdtempSync(join(tmpdir(), "emx-cli-"));
  writeFileSync(join(folder, "ca.pem"), em.ca);
});

clientCommands.after(async () => {
  await em.close();
  rmSync(folder, { recursive: true });
});

/** Runs emx with the connection in the environment, as the README says; the password never in argv. */
function emx(
  args: string[],
  environment: Record<string, string> = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(...emxCommand(...args), {
      env: {
        ...process.env,
        EMX_URL: em.url,
        EMX_USERNAME: DEFAULT_USER.username,
        EMX_PASSWORD: DEFAULT_USER.password,
        EMX_CA: join(folder, "ca.pem"),
        ...environment,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

clientCommands("emx get prints a resource as XML, or in EM's JSON", async () => {
  const xml = await emx(["get", "backupServers"]);
  assert.is(xml.code, 0, xml.err);
  assert.match(xml.out, /^<EntityReferences xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0">/);
  const json = await emx(["get", "backupServers", "--entity", "--format", "json"]);
  assert.is(json.code, 0, json.err);
  const servers = JSON.parse(json.out) as { BackupServers: { Name: string }[] };
  assert.is(servers.BackupServers.length, 2);
  const camel = await emx(["get", "backupServers", "--entity", "--format", "json", "--case", "camel"]);
  assert.is(camel.code, 0, camel.err);
  assert.is((JSON.parse(camel.out) as { backupServers: unknown[] }).backupServers.length, 2);
});

clientCommands("emx query pages through every item with a filter", async () => {
  const result = await emx([
    "query",
    "BackupJobSession",
    "--filter",
    'Result=="Failed"',
    "--page-size",
    "20",
    "--all",
    "--format",
    "json",
  ]);
  assert.is(result.code, 0, result.err);
  const lines = result.out.trim().split("\n");
  assert.ok(lines.length > 0);
  assert.match(result.err, new RegExp(`^${lines.length} items`));
  for (const line of lines) assert.match(line, /"UID":"urn:veeam:BackupJobSession:/);
});

clientCommands("a wrong password or an untrusted server is one line and exit 3, without the password", async () => {
  const wrong = await emx(["get", "backupServers"], { EMX_PASSWORD: "wrong-secret" });
  assert.is(wrong.code, 3);
  assert.match(wrong.err, /^emx: POST .*sessionMngr.* answered 401/);
  assert.not.match(wrong.err, /wrong-secret/);
  const untrusted = await emx(["get", "backupServers"], { EMX_CA: "" });
  assert.is(untrusted.code, 3);
});

clientCommands("without a password in the environment and no terminal, it says so", async () => {
  const result = await emx(["get", "backupServers"], { EMX_PASSWORD: "" });
  assert.is(result.code, 2);
  assert.match(result.err, /^emx: no password: set EMX_PASSWORD/);
});

clientCommands.run();
