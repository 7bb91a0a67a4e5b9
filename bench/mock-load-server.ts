/**
 * The mock of the load benchmark, in a process of its own so its memory is measured apart from
 * the clients'. It tells its parent where it listens, reports its peak memory when asked, and
 * stops when told to.
 */
import { startMockEm } from "../mock/index.js";

const sessions = Number(process.argv[2] ?? "100000");
const em = await startMockEm({ backupSessions: sessions });
process.send!({ url: em.url, ca: em.ca, rssMB: process.memoryUsage().rss / 1048576 });

process.on("message", (message: { readonly kind: "report" | "stop" }) => {
  if (message.kind === "report") {
    // maxRSS is in kilobytes.
    process.send!({
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      heapMB: process.memoryUsage().heapUsed / 1048576,
    });
    return;
  }
  void em.close().then(() => process.exit(0));
});
