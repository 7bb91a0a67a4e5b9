/** runMockCommand: starts the mock, writes the certificate, prints how to use it. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runMockCommand } from "../../mock/cli.js";
import { logon, send } from "./helpers.js";
import { assertCase, sendJson } from "./json-helpers.js";

const mockCommand = suite("runMockCommand");

mockCommand("writes the CA file, prints URL, account, trust hints and the JSON case, and serves logons", async () => {
  const folder = mkdtempSync(join(tmpdir(), "emx-mock-"));
  const caOut = join(folder, "em-ca.pem");
  const printed: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  let em;
  try {
    em = await runMockCommand({ caOut, idleTimeoutMs: 60_000, jsonCase: "pascal" });
  } finally {
    process.stdout.write = write;
  }
  try {
    const output = printed.join("");
    assert.ok(output.includes(em.url));
    assert.match(output, /user name: admin/);
    assert.match(output, /password: {2}Passw0rd!/);
    assert.ok(output.includes(`NODE_EXTRA_CA_CERTS=${caOut}`));
    assert.is(readFileSync(caOut, "utf8"), em.ca);
    assert.match(em.ca, /^-----BEGIN CERTIFICATE-----/);
    const token = await logon(em);
    assert.is((await send(em, "GET", "jobs", { token })).status, 200);
    assert.match(output, /EM's JSON in PascalCase \(as EM 12\)/);
    const json = await sendJson(em, "GET", "jobs", { token });
    assert.is(json.status, 200);
    assertCase(json.body, "pascal");
  } finally {
    await em.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

mockCommand.run();
