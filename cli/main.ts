/** The `emx` command line: thin shells over the library functions. */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { generate } from "../generator/generate.js";
import { CodecError, SchemaError, XmlReadError } from "../runtime/errors.js";

/** A command line that does not make sense (unknown option, missing argument). */
class UsageError extends Error {}
import type { Bindings } from "./validate.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/** Loads a generated index module (TypeScript works: the CLI runs under tsx). */
async function loadBindings(path: string): Promise<Bindings> {
  const module = (await import(pathToFileURL(path).href)) as Partial<Bindings>;
  if (
    typeof module.parse !== "function" ||
    typeof module.serialize !== "function"
  ) {
    throw new Error(
      `${path} is not a generated index: it exports no parse and serialize`,
    );
  }
  return module as Bindings;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const failed = (error: unknown) => {
    exitCode = 2;
    // Known failures are told in one message; anything else is a bug, shown with its stack.
    if (
      error instanceof UsageError ||
      error instanceof SchemaError ||
      error instanceof XmlReadError ||
      error instanceof CodecError
    ) {
      console.error(`emx: ${error.message}`);
    } else
      console.error(
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
  };
  try {
    await yargs(argv)
      .scriptName("emx")
      .strict()
      .demandCommand(1, "name a command")
      .command(
        "generate",
        "compile the schemas into generated/",
        (command) =>
          command
            .option("check", {
              type: "boolean",
              default: false,
              describe: "write nothing; fail naming the stale files",
            })
            .option("schemas", {
              type: "string",
              default: resolve(root, "schemas"),
              describe: "folder of schema files",
            })
            .option("out", {
              type: "string",
              default: resolve(root, "generated"),
              describe: "folder of generated files",
            })
            .option("runtime-import", {
              type: "string",
              describe:
                "module specifier generated code imports the runtime from (default: this package's runtime, relative to --out)",
            }),
        async (args) => {
          const started = performance.now();
          const { stale } = await generate({
            schemas: args.schemas,
            out: args.out,
            check: args.check,
            runtimeImport: args.runtimeImport,
          });
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          if (args.check) {
            if (stale.length > 0) {
              console.error(
                `generated/ is stale; run \`npm run generate\`. Files that differ:\n${stale.map((name) => `  ${name}`).join("\n")}`,
              );
              exitCode = 1;
            } else console.log(`generated/ is up to date (${seconds} s)`);
          } else
            console.log(
              `generated ${stale.length === 0 ? "nothing new" : `${stale.length} changed file(s)`} in ${seconds} s`,
            );
        },
      )
      .command(
        "import-xsd <xsd>",
        "convert an EM RestAPI.xsd into a folder of schema files",
        (command) =>
          command
            .positional("xsd", { type: "string", demandOption: true })
            .option("out", {
              type: "string",
              demandOption: true,
              describe: "folder to write the schema files to",
            }),
        async (args) => {
          const { importXsdToFolder } =
            await import("../generator/import-xsd/write-folder.js");
          const summary = importXsdToFolder(
            args.xsd,
            args.out,
            resolve(root, "schemas", "schema.schema.json"),
          );
          console.log(
            `imported ${summary.complexTypes} complex types, ${summary.simpleTypes} simple types and ${summary.elements} root elements into ${summary.file}`,
          );
        },
      )
      .command(
        "validate <paths..>",
        "parse, write back and compare documents (files or folders of *.xml)",
        (command) =>
          command
            .positional("paths", {
              type: "string",
              array: true,
              demandOption: true,
            })
            .option("strict", {
              type: "boolean",
              default: false,
              describe:
                "reject unknown elements, attributes and enumeration values",
            })
            .option("allow-no-namespace", {
              type: "boolean",
              default: false,
              describe: "accept roots without the EM namespace",
            })
            .option("bindings", {
              type: "string",
              describe:
                "index module of other generated bindings to validate with (default: this package's)",
            }),
        async (args) => {
          const { validateDocuments } = await import("./validate.js");
          const bindings =
            args.bindings === undefined
              ? undefined
              : await loadBindings(resolve(args.bindings));
          const results = validateDocuments(args.paths, {
            strict: args.strict,
            allowNoNamespace: args.allowNoNamespace,
            bindings,
          });
          for (const result of results) {
            console.log(
              result.ok
                ? `ok    ${result.file} (${result.type})`
                : `FAIL  ${result.file}: ${result.problem}`,
            );
          }
          const failed = results.filter((result) => !result.ok).length;
          console.log(`${results.length - failed} passed, ${failed} failed`);
          if (failed > 0 || results.length === 0) exitCode = 1;
        },
      )
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      })
      .parseAsync();
  } catch (error) {
    failed(error);
  }
  return exitCode;
}

if (
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.exitCode = await main(hideBin(process.argv));
}
