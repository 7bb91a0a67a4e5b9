/**
 * Run by close.test.ts in its own process: starts a mock, leaves a task timer pending, a stalled
 * request and a keep-alive connection open, closes the mock and then does nothing. The process has
 * to exit by itself; if anything of the mock stayed alive, the parent's timeout catches it.
 */
import https from "node:https";
import { startMockEm } from "../../mock/index.js";
import { logon, send } from "./helpers.js";

const em = await startMockEm({ taskStepMs: 60_000, backupSessions: 100 });
const token = await logon(em);
const jobs = await send(em, "GET", "jobs", { token });
const jobHref = /Href="([^"]+\/jobs\/[0-9a-f-]{36})"/.exec(jobs.body)![1]!;
const started = await send(em, "POST", `${jobHref}?action=start`, { token });
if (started.status !== 202) throw new Error(`start answered ${started.status}`);

// A keep-alive connection that stays idle in the agent's pool.
const agent = new https.Agent({ keepAlive: true, ca: em.ca });
await new Promise<void>((resolve, reject) => {
  https
    .get(em.url, { agent }, (response) => {
      response.resume();
      response.on("end", resolve);
    })
    .on("error", reject);
});

// A request the mock never answers.
em.fault({ kind: "stall", path: "/api/backupServers" });
const stalled = new Promise<string>((resolve) => {
  https
    .get(new URL("backupServers", em.url), { ca: em.ca, agent: false, headers: { "X-RestSvcSessionId": token } }, () =>
      resolve("answered"),
    )
    .on("error", (error) => resolve(`stalled request ended: ${error.message}`));
});
await new Promise((resolve) => setTimeout(resolve, 100));

await em.close();
await em.close();
console.log(await stalled);
agent.destroy();
console.log("closed");
