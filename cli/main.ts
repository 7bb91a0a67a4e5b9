/** The `emx` command line: thin shells over the library functions, one module per command. */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yargs, { type Argv } from "yargs";
import type { EmxCommand } from "./command.js";
import { convertCommand } from "./commands/convert.js";
import { diffCommand } from "./commands/diff.js";
import { exportXsdCommand } from "./commands/export-xsd.js";
import { generateCommand } from "./commands/generate.js";
import { getCommand } from "./commands/get.js";
import { importXsdCommand } from "./commands/import-xsd.js";
import { mockCommand } from "./commands/mock.js";
import { operationsCommand } from "./commands/operations.js";
import { queryCommand } from "./commands/query.js";
import { validateCommand } from "./commands/validate.js";
import { classifyFailure, ExitCode } from "./exit-codes.js";
import { packageVersion } from "./package-root.js";
import { UsageError } from "./usage-error.js";

/** Every command, in the order `--help` lists them. */
const COMMANDS: readonly EmxCommand<any>[] = [
  validateCommand,
  convertCommand,
  generateCommand,
  diffCommand,
  importXsdCommand,
  exportXsdCommand,
  operationsCommand,
  getCommand,
  queryCommand,
  mockCommand,
];

/** Runs `emx` with the given arguments (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  let parser: Argv = yargs([...argv])
    .scriptName("emx")
    .version(packageVersion())
    .strict()
    .demandCommand(1, "name a command")
    .epilogue(
      "Exit codes: 0 done, 1 what was checked failed, 2 bad command line, 3 the server failed or refused, 70 a fault in emx.",
    )
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  for (const command of COMMANDS) {
    parser = parser.command(command.command, command.describe, command.builder, async (args) => {
      exitCode = await command.run(args);
    });
  }
  try {
    await parser.parseAsync();
  } catch (error) {
    const { code, known } = classifyFailure(error);
    console.error(known ? `emx: ${(error as Error).message}` : describeFault(error));
    exitCode = code;
  }
  return exitCode;
}

function describeFault(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
