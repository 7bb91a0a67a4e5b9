/** The `emx` command line: thin shells over the library functions. */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import yargs, { type Argv } from "yargs";
import { hideBin } from "yargs/helpers";
import { generate } from "../generator/generate.js";
import {
  CodecError,
  EmHttpError,
  EmRequestError,
  EmTaskError,
  SchemaError,
  XmlReadError,
  XmlWriteError,
} from "../runtime/errors.js";
import { UsageError } from "./usage-error.js";

/** Errors whose message says all a user needs; anything else is a bug and is shown with its stack. */
const KNOWN_ERRORS = [
  UsageError,
  SchemaError,
  XmlReadError,
  XmlWriteError,
  CodecError,
  EmHttpError,
  EmRequestError,
  EmTaskError,
];
import type { Bindings } from "./validate.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/** The options every command that talks to a server has; the password is never one of them. */
function connectionOptions<T>(command: Argv<T>) {
  return command
    .option("url", {
      type: "string",
      describe: "API root, https://em.example:9398/api/ (or EMX_URL)",
    })
    .option("username", {
      type: "string",
      describe: "user name (or EMX_USERNAME); the password comes from EMX_PASSWORD or a prompt",
    })
    .option("ca", {
      type: "string",
      describe: "PEM file of the CA to trust (or EMX_CA)",
    })
    .option("insecure", {
      type: "boolean",
      default: false,
      describe: "do not verify the certificate (dangerous; prefer --ca)",
    });
}

/** Loads a generated index module (TypeScript works: the CLI runs under tsx). */
async function loadBindings(path: string): Promise<Bindings> {
  const module = (await import(pathToFileURL(path).href)) as Partial<Bindings>;
  if (typeof module.parse !== "function" || typeof module.serialize !== "function") {
    throw new Error(`${path} is not a generated index: it exports no parse and serialize`);
  }
  return module as Bindings;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const failed = (error: unknown) => {
    exitCode = 2;
    // Known failures are told in one message; anything else is a bug, shown with its stack.
    if (KNOWN_ERRORS.some((known) => error instanceof known)) {
      console.error(`emx: ${(error as Error).message}`);
    } else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
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
        "convert an EM RestAPI.xsd into a folder of schema files, or merge it into the area files",
        (command) =>
          command
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
        async (args) => {
          const { importXsdCommand } = await import("./import-xsd.js");
          await importXsdCommand(
            { xsd: args.xsd, out: args.out, into: args.into, keepRemoved: args.keepRemoved, dryRun: args.dryRun },
            (text) => process.stdout.write(text),
          );
        },
      )
      .command(
        "diff <old> <new>",
        "list the changes between two schema folders, RestAPI.xsd files or git revisions (HEAD~1:schemas); exit 1 when one breaks",
        (command) =>
          command
            .positional("old", { type: "string", demandOption: true, describe: "folder, .xsd file or REVISION:PATH" })
            .positional("new", { type: "string", demandOption: true, describe: "folder, .xsd file or REVISION:PATH" })
            .option("format", { choices: ["text", "json", "markdown"] as const, default: "text" as const })
            .option("docs", { type: "boolean", default: false, describe: "list documentation edits too" }),
        async (args) => {
          const { diffCommand } = await import("./diff.js");
          exitCode = diffCommand({ old: args.old, new: args.new, format: args.format, docs: args.docs }, (text) =>
            process.stdout.write(text),
          );
        },
      )
      .command(
        "export-xsd",
        "write the schema files as one XSD of the EM namespace",
        (command) =>
          command
            .option("out", {
              type: "string",
              demandOption: true,
              describe: "XSD file to write",
            })
            .option("schemas", {
              type: "string",
              default: resolve(root, "schemas"),
              describe: "folder of schema files",
            }),
        async (args) => {
          const { writeXsdFile } = await import("../generator/export-xsd/write-file.js");
          const summary = writeXsdFile(args.schemas, args.out);
          console.log(
            `exported ${summary.complexTypes} complex types, ${summary.simpleTypes} simple types and ${summary.elements} root elements to ${summary.file}`,
          );
        },
      )
      .command(
        "get <path>",
        "read a resource from an Enterprise Manager (credentials from EMX_* variables or a prompt)",
        (command) =>
          connectionOptions(command)
            .positional("path", {
              type: "string",
              demandOption: true,
              describe: "a path under /api/ (backupServers) or a full URL",
            })
            .option("entity", {
              type: "boolean",
              default: false,
              describe: "ask for the entity (?format=Entity)",
            })
            .option("format", {
              choices: ["xml", "json"] as const,
              default: "xml" as const,
            }),
        async (args) => {
          const { connect, getCommand } = await import("./client-commands.js");
          process.stdout.write(
            await getCommand(await connect(args), args.path, {
              entity: args.entity,
              format: args.format,
            }),
          );
        },
      )
      .command(
        "query <type>",
        "run a query of the query service (credentials from EMX_* variables or a prompt)",
        (command) =>
          connectionOptions(command)
            .positional("type", {
              type: "string",
              demandOption: true,
              describe: "the query type, such as BackupJobSession",
            })
            .option("filter", {
              type: "string",
              describe: 'filter expression, such as Result=="Failed";CreationTime>="2026-11-01T00:00:00Z"',
            })
            .option("sort-asc", { type: "string" })
            .option("sort-desc", { type: "string" })
            .option("page-size", { type: "number" })
            .option("page", { type: "number" })
            .option("entities", {
              type: "boolean",
              default: false,
              describe: "entities instead of references",
            })
            .option("all", {
              type: "boolean",
              default: false,
              describe: "every item of every page, one per line",
            })
            .option("format", {
              choices: ["xml", "json"] as const,
              default: "xml" as const,
            }),
        async (args) => {
          const { connect, queryCommand } = await import("./client-commands.js");
          const count = await queryCommand(
            await connect(args),
            {
              type: args.type,
              filter: args.filter,
              sortAsc: args.sortAsc,
              sortDesc: args.sortDesc,
              pageSize: args.pageSize,
              page: args.page,
              entities: args.entities,
              all: args.all,
              format: args.format,
            },
            (text) => process.stdout.write(text),
          );
          if (args.all) console.error(`${count} items`);
        },
      )
      .command(
        "mock",
        "run a mock Enterprise Manager over HTTPS on loopback until interrupted",
        (command) =>
          command
            .option("port", { type: "number", describe: "port to listen on (default: any free port)" })
            .option("idle-timeout", {
              type: "number",
              describe: "idle expiry of logon sessions, in seconds (default 900)",
            })
            .option("ca-out", {
              type: "string",
              describe: "file to write the server's certificate to, for clients to trust",
            }),
        async (args) => {
          const { runMockCommand } = await import("../mock/cli.js");
          const em = await runMockCommand({
            port: args.port,
            idleTimeoutMs: args.idleTimeout === undefined ? undefined : args.idleTimeout * 1000,
            caOut: args.caOut,
          });
          await new Promise<void>((resolve) => {
            const stop = () => void em.close().then(resolve);
            process.once("SIGINT", stop);
            process.once("SIGTERM", stop);
          });
        },
      )
      .command(
        "validate <paths..>",
        "parse, check against the schema, write back and compare documents (files or folders of *.xml)",
        (command) =>
          command
            .positional("paths", { type: "string", array: true, demandOption: true })
            .option("strict", {
              type: "boolean",
              default: false,
              describe: "stop at unknown elements and attributes, undocumented values and misplaced elements",
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
            .option("bindings", {
              type: "string",
              describe: "index module of other generated bindings to validate with (default: this package's)",
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
        async (args) => {
          const { validateDocuments, textReport, jsonReport } = await import("./validate.js");
          const bindings = args.bindings === undefined ? undefined : await loadBindings(resolve(args.bindings));
          const showProgress = process.stderr.isTTY === true;
          const results = validateDocuments(
            args.paths,
            { strict: args.strict, facets: args.facets, allowNoNamespace: args.allowNoNamespace, bindings },
            (done, total) => {
              if (showProgress && total > 20 && (done % 25 === 0 || done === total))
                process.stderr.write(`\rvalidated ${done}/${total}${done === total ? "\n" : ""}`);
            },
          );
          process.stdout.write(
            args.format === "json" ? jsonReport(results) : textReport(results, { showWarnings: args.warnings }),
          );
          if (results.length === 0) throw new UsageError("no documents found under the given paths");
          if (results.some((result) => !result.ok)) exitCode = 1;
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

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(hideBin(process.argv));
}
