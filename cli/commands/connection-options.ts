/** The options every command that talks to a server has; the password is never one of them. */
import type { Argv } from "yargs";

export function connectionOptions<T>(argv: Argv<T>) {
  return argv
    .option("url", { type: "string", describe: "API root, https://em.example:9398/api/ (or EMX_URL)" })
    .option("username", {
      type: "string",
      describe: "user name (or EMX_USERNAME); the password comes from EMX_PASSWORD or a prompt",
    })
    .option("ca", { type: "string", describe: "PEM file of the CA to trust (or EMX_CA)" })
    .option("insecure", {
      type: "boolean",
      default: false,
      describe: "do not verify the certificate (dangerous; prefer --ca)",
    });
}
