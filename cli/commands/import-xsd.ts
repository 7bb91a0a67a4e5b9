/** `emx import-xsd`: schema files from an EM RestAPI.xsd, in a new folder or merged into the area files. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";

export const importXsdCommand = defineCommand({
  command: "import-xsd <xsd>",
  describe: "convert an EM RestAPI.xsd into a folder of schema files, or merge it into the area files",
  builder: (argv) =>
    argv
      .positional("xsd", { type: "string", demandOption: true })
      .option("out", { type: "string", describe: "folder to write one schema file to" })
      .option("into", {
        type: "string",
        describe: "folder of area files to merge into (docs, names and placement kept); prints the diff",
      })
      .option("keep-removed", {
        type: "boolean",
        default: false,
        describe: "with --into: keep definitions the XSD no longer has",
      })
      .option("dry-run", { type: "boolean", default: false, describe: "with --into: report, write nothing" }),
  async run(args) {
    const { importXsd } = await import("../import-xsd.js");
    const { xsd, out, into, keepRemoved, dryRun } = args;
    await importXsd({ xsd, out, into, keepRemoved, dryRun }, (text) => process.stdout.write(text));
    return ExitCode.ok;
  },
});
