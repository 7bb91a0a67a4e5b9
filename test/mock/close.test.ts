/** close(): the mock lets go of everything, so a test process ends on its own. */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { startMockEm } from "../../mock/index.js";
import { logon, send } from "./helpers.js";

const mockClose = suite("mock close");

const here = dirname(fileURLToPath(import.meta.url));

mockClose("leaves no timer, server or socket behind: the process exits by itself", () => {
  const started = Date.now();
  const child = spawnSync(process.execPath, ["--import", "tsx", join(here, "close-child.ts")], {
    encoding: "utf8",
    timeout: 30_000,
    cwd: join(here, "..", ".."),
  });
  assert.is(child.error, undefined, "the child exited before the timeout");
  assert.is(child.status, 0, child.stderr);
  assert.match(child.stdout, /stalled request ended: (socket hang up|read ECONNRESET)/);
  assert.match(child.stdout, /closed\n$/);
  // The task timer was 60 s away; exiting long before proves it was cleared.
  assert.ok(Date.now() - started < 25_000);
});

mockClose("closes twice without error and refuses connections afterwards", async () => {
  const em = await startMockEm({ backupSessions: 1 });
  await logon(em);
  await em.close();
  await em.close();
  await send(em, "GET", em.url).then(
    () => assert.unreachable("a closed mock answered"),
    (error: NodeJS.ErrnoException) => assert.is(error.code, "ECONNREFUSED"),
  );
});

mockClose("serves plain HTTP when tls is false", async () => {
  const em = await startMockEm({ tls: false, backupSessions: 1 });
  try {
    assert.match(em.url, /^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
    assert.is(em.ca, "");
    const token = await logon(em);
    assert.is((await send(em, "GET", "backupServers", { token })).status, 200);
  } finally {
    await em.close();
  }
});

mockClose.run();
