/** `emx operations`: the documented operations the client knows. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";

export const operationsCommand = defineCommand({
  command: "operations [match]",
  describe: "list the documented operations of the EM REST API the client is typed from (exit 1 when none matches)",
  builder: (argv) =>
    argv
      .positional("match", { type: "string", describe: "only operations whose id or path holds this text" })
      .option("format", { choices: ["text", "json"] as const, default: "text" as const }),
  async run(args) {
    const { formatOperations, listOperations } = await import("../list-operations.js");
    const items = listOperations(args.match);
    process.stdout.write(formatOperations(items, args.format));
    if (items.length > 0) return ExitCode.ok;
    console.error(`emx: no operation matches ${JSON.stringify(args.match)}`);
    return ExitCode.failed;
  },
});
