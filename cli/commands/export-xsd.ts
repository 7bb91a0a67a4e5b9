/** `emx export-xsd`: one XSD of the EM namespace from the schema files. */
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { packagePath } from "../package-root.js";

export const exportXsdCommand = defineCommand({
  command: "export-xsd",
  describe: "write the schema files as one XSD of the EM namespace",
  builder: (argv) =>
    argv
      .option("out", { type: "string", demandOption: true, describe: "XSD file to write" })
      .option("schemas", { type: "string", describe: "folder of schema files (default: the package's own)" }),
  async run(args) {
    const { writeXsdFile } = await import("../../generator/export-xsd/write-file.js");
    const summary = writeXsdFile(args.schemas ?? packagePath("schemas"), args.out);
    console.log(
      `exported ${summary.complexTypes} complex types, ${summary.simpleTypes} simple types and ${summary.elements} root elements to ${summary.file}`,
    );
    return ExitCode.ok;
  },
});
