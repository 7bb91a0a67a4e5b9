/** `emx validate`: read, check, write back and compare documents. */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { UsageError } from "../usage-error.js";
import type { Bindings } from "../validate.js";

export const validateCommand = defineCommand({
  command: "validate <paths..>",
  describe: "parse, check against the schema, write back and compare documents (files or folders of *.xml and *.json)",
  builder: (argv) =>
    argv
      .positional("paths", { type: "string", array: true, demandOption: true })
      .option("strict", {
        type: "boolean",
        default: false,
        describe:
          "stop at unknown roots, elements and attributes, repeated single elements, undocumented values and elements out of order (lenient reading keeps them, with warnings)",
      })
      .option("facets", {
        type: "boolean",
        default: true,
        describe:
          "check required items, occurrences, order, enumerations and patterns (--no-facets: parse and round trip only)",
      })
      .option("allow-no-namespace", {
        type: "boolean",
        default: false,
        describe: "accept roots without the EM namespace",
      })
      .option("xml-parser", {
        choices: ["emx", "saxes"] as const,
        default: "emx" as const,
        describe: "the XML parser under the binder: emx (this toolkit's tokenizer, faster) or saxes",
      })
      .option("type", {
        type: "string",
        describe:
          "root element of *.json documents (JSON names none); without it, inferred where the shape makes it certain",
      })
      .option("bindings", {
        type: "string",
        describe: "compiled index module of other generated bindings to validate with (default: this package's)",
      })
      .option("format", {
        choices: ["text", "json"] as const,
        default: "text" as const,
        describe: "json: one report for CI on standard output",
      })
      .option("warnings", {
        type: "boolean",
        default: true,
        describe: "list warnings in the text report (--no-warnings: errors only)",
      }),
  async run(args) {
    const { validateFiles, textReport, jsonReport } = await import("../validate.js");
    const bindings = args.bindings === undefined ? undefined : await loadBindings(resolve(args.bindings));
    const showProgress = process.stderr.isTTY === true;
    const results = await validateFiles(
      args.paths,
      {
        strict: args.strict,
        facets: args.facets,
        allowNoNamespace: args.allowNoNamespace,
        xmlParser: args.xmlParser,
        bindings,
        type: args.type,
      },
      (done, total) => {
        if (showProgress && total > 20 && (done % 25 === 0 || done === total))
          process.stderr.write(`\rvalidated ${done}/${total}${done === total ? "\n" : ""}`);
      },
    );
    if (results.length === 0) throw new UsageError("no documents found under the given paths");
    process.stdout.write(
      args.format === "json" ? jsonReport(results) : textReport(results, { showWarnings: args.warnings }),
    );
    return results.some((result) => !result.ok) ? ExitCode.failed : ExitCode.ok;
  },
});

/** Loads the index module of other generated bindings. */
async function loadBindings(path: string): Promise<Bindings> {
  const module = (await import(pathToFileURL(path).href)) as Partial<Bindings>;
  if (typeof module.parse !== "function" || typeof module.parseStream !== "function") {
    throw new UsageError(`${path} is not a generated index: it exports no parse and parseStream`);
  }
  return module as Bindings;
}
