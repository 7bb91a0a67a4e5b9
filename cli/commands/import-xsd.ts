/** `emx import-xsd`: schema files from an EM RestAPI.xsd. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { packagePath } from "../package-root.js";

export const importXsdCommand = defineCommand({
  command: "import-xsd <xsd>",
  describe: "convert an EM RestAPI.xsd into a folder of schema files",
  builder: (argv) =>
    argv
      .positional("xsd", { type: "string", demandOption: true })
      .option("out", { type: "string", demandOption: true, describe: "folder to write the schema files to" }),
  async run(args) {
    const { importXsdToFolder } = await import("../../generator/import-xsd/write-folder.js");
    const summary = importXsdToFolder(args.xsd, args.out, packagePath("schemas", "schema.schema.json"));
    console.log(
      `imported ${summary.complexTypes} complex types, ${summary.simpleTypes} simple types and ${summary.elements} root elements into ${summary.file}`,
    );
    return ExitCode.ok;
  },
});
