/** `emx convert`: a document from XML to EM's JSON, or back. */
import { readFileSync, writeFileSync } from "node:fs";
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";

export const convertCommand = defineCommand({
  command: "convert <file>",
  describe: "convert a document between XML and EM's JSON (read and written from the same bindings)",
  builder: (argv) =>
    argv
      .positional("file", { type: "string", demandOption: true, describe: "an XML or JSON document" })
      .option("to", { choices: ["json", "xml"] as const, demandOption: true, describe: "the form to write" })
      .option("type", {
        type: "string",
        describe:
          "root element of a JSON input (JSON names none); without it, inferred where the shape makes it certain",
      })
      .option("case", {
        choices: ["pascal", "camel"] as const,
        describe:
          "property-name case of JSON output: pascal as EM 12 writes, camel as EM 13 (default: as read, else pascal)",
      })
      .option("strict", { type: "boolean", default: false, describe: "stop at content the schema does not describe" })
      .option("output", { alias: "o", type: "string", describe: "write to this file instead of standard output" }),
  async run(args) {
    const { convertDocument } = await import("../convert.js");
    const conversion = convertDocument(readFileSync(args.file, "utf8"), {
      to: args.to,
      type: args.type,
      case: args.case,
      strict: args.strict,
    });
    if (args.output === undefined) process.stdout.write(conversion.output);
    else writeFileSync(args.output, conversion.output);
    if (conversion.inferred !== undefined) console.error(`emx: read as ${conversion.type}, ${conversion.inferred}`);
    const form = args.to === "json" ? "EM's JSON" : "XML";
    for (const note of conversion.notes) console.error(`emx: note: ${note}`);
    for (const loss of conversion.losses) console.error(`emx: lost: ${loss}: ${form} has no place for it`);
    return conversion.losses.length === 0 ? ExitCode.ok : ExitCode.failed;
  },
});
