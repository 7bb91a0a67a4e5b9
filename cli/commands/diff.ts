/** `emx diff`: the changes between two schema sides, breaking ones named. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";

export const diffCommand = defineCommand({
  command: "diff <old> <new>",
  describe:
    "list the changes between two schema folders, RestAPI.xsd files or git revisions (HEAD~1:schemas); exit 1 when one breaks",
  builder: (argv) =>
    argv
      .positional("old", { type: "string", demandOption: true, describe: "folder, .xsd file or REVISION:PATH" })
      .positional("new", { type: "string", demandOption: true, describe: "folder, .xsd file or REVISION:PATH" })
      .option("format", { choices: ["text", "json", "markdown"] as const, default: "text" as const })
      .option("docs", { type: "boolean", default: false, describe: "list documentation edits too" }),
  async run(args) {
    const { diffSides } = await import("../diff.js");
    const breaking = diffSides({ old: args.old, new: args.new, format: args.format, docs: args.docs }, (text) =>
      process.stdout.write(text),
    );
    return breaking ? ExitCode.failed : ExitCode.ok;
  },
});
