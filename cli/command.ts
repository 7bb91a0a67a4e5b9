/** The shape of one `emx` command: its yargs definition and what it runs. */
import type { ArgumentsCamelCase, Argv } from "yargs";
import type { ExitCode } from "./exit-codes.js";

/**
 * One command. Its module holds only the definition; `run` imports what the command needs when it
 * runs, so starting `emx validate` never loads the generator or the client.
 */
export interface EmxCommand<Args> {
  /** The yargs command string, such as `validate <paths..>`. */
  readonly command: string;
  readonly describe: string;
  builder(argv: Argv): Argv<Args>;
  run(args: ArgumentsCamelCase<Args>): Promise<ExitCode>;
}

/** Declares a command, keeping its argument type from builder to run. */
export function defineCommand<Args>(command: EmxCommand<Args>): EmxCommand<Args> {
  return command;
}
