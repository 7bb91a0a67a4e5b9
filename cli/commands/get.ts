/** `emx get`: one resource from an Enterprise Manager. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { connectionOptions } from "./connection-options.js";
import { outputOptions } from "./output-options.js";

export const getCommand = defineCommand({
  command: "get <path>",
  describe: "read a resource from an Enterprise Manager (credentials from EMX_* variables or a prompt)",
  builder: (argv) =>
    outputOptions(connectionOptions(argv))
      .positional("path", {
        type: "string",
        demandOption: true,
        describe: "a path under /api/ (backupServers) or a full URL",
      })
      .option("entity", { type: "boolean", default: false, describe: "ask for the entity (?format=Entity)" }),
  async run(args) {
    const { connect, getResource } = await import("../client-commands.js");
    process.stdout.write(await getResource(await connect(args), args.path, args));
    return ExitCode.ok;
  },
});
