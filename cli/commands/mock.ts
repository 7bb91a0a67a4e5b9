/** `emx mock`: a mock Enterprise Manager on loopback until interrupted. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";

export const mockCommand = defineCommand({
  command: "mock",
  describe: "run a mock Enterprise Manager over HTTPS on loopback until interrupted",
  builder: (argv) =>
    argv
      .option("port", { type: "number", describe: "port to listen on (default: any free port)" })
      .option("idle-timeout", { type: "number", describe: "idle expiry of logon sessions, in seconds (default 900)" })
      .option("ca-out", {
        type: "string",
        describe: "file to write the server's certificate to, for clients to trust",
      })
      .option("json-case", {
        choices: ["camel", "pascal"] as const,
        describe: "property-name case of JSON answers: camel as EM 13 writes (default), pascal as EM 12",
      }),
  async run(args) {
    const { runMockCommand } = await import("../../mock/cli.js");
    const em = await runMockCommand({
      port: args.port,
      idleTimeoutMs: args.idleTimeout === undefined ? undefined : args.idleTimeout * 1000,
      caOut: args.caOut,
      jsonCase: args.jsonCase,
    });
    await new Promise<void>((resolve) => {
      const stop = () => void em.close().then(resolve);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return ExitCode.ok;
  },
});
