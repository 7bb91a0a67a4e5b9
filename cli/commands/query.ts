/** `emx query`: a query of the query service. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { connectionOptions } from "./connection-options.js";
import { outputOptions } from "./output-options.js";

export const queryCommand = defineCommand({
  command: "query <type>",
  describe: "run a query of the query service (credentials from EMX_* variables or a prompt)",
  builder: (argv) =>
    outputOptions(connectionOptions(argv))
      .positional("type", { type: "string", demandOption: true, describe: "the query type, such as BackupJobSession" })
      .option("filter", {
        type: "string",
        describe: 'filter expression, such as Result=="Failed";CreationTime>="2026-11-01T00:00:00Z"',
      })
      .option("sort-asc", { type: "string" })
      .option("sort-desc", { type: "string" })
      .option("page-size", { type: "number" })
      .option("page", { type: "number" })
      .option("entities", { type: "boolean", default: false, describe: "entities instead of references" })
      .option("all", { type: "boolean", default: false, describe: "every item of every page, one per line" }),
  async run(args) {
    const { connect, runQuery } = await import("../client-commands.js");
    const count = await runQuery(await connect(args), args, (text) => process.stdout.write(text));
    if (args.all) console.error(`${count} items`);
    return ExitCode.ok;
  },
});
