/** How `emx get` and `emx query` print what they read: XML, or EM's JSON in either case. */
import type { Argv } from "yargs";

export function outputOptions<T>(argv: Argv<T>) {
  return argv
    .option("format", {
      choices: ["xml", "json"] as const,
      default: "xml" as const,
      describe: "xml, or json: EM's JSON form of the same classes",
    })
    .option("case", {
      choices: ["pascal", "camel"] as const,
      describe: "property-name case of JSON: pascal as EM 12 writes (default), camel as EM 13",
    });
}
