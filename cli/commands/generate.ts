/** `emx generate`: compile schema files into a folder of generated TypeScript. */
import { resolve } from "node:path";
import { defineCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { packagePath, packageRoot } from "../package-root.js";
import { UsageError } from "../usage-error.js";

export const generateCommand = defineCommand({
  command: "generate",
  describe: "compile schema files into TypeScript bindings (needs ts-morph and prettier installed)",
  builder: (argv) =>
    argv
      .option("check", { type: "boolean", default: false, describe: "write nothing; fail naming the stale files" })
      .option("schemas", { type: "string", describe: "folder of schema files (default: the package's own)" })
      .option("out", {
        type: "string",
        describe: "folder to write the generated files to (required outside this package's own checkout)",
      })
      .option("runtime-import", {
        type: "string",
        describe: "module specifier the generated code imports the runtime from (default: emx/runtime)",
      })
      .option("dump-ir", { type: "boolean", default: false, describe: "print the IR as JSON instead of generating" }),
  async run(args) {
    await requireToolchain();
    const { generate, dumpIr } = await import("../../generator/generate.js");
    const schemas = resolve(args.schemas ?? packagePath("schemas"));
    if (args.dumpIr) {
      process.stdout.write(await dumpIr(schemas));
      return ExitCode.ok;
    }
    const out = outputFolder(args.out);
    const started = performance.now();
    const { stale } = await generate({ schemas, out, check: args.check, runtimeImport: args.runtimeImport });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!args.check) {
      console.log(
        `generated ${stale.length === 0 ? "nothing new" : `${stale.length} changed file(s)`} in ${seconds} s`,
      );
      return ExitCode.ok;
    }
    if (stale.length === 0) {
      console.log(`${out} is up to date (${seconds} s)`);
      return ExitCode.ok;
    }
    console.error(
      `${out} is stale; generate again. Files that differ:\n${stale.map((name) => `  ${name}`).join("\n")}`,
    );
    return ExitCode.failed;
  },
});

/**
 * Where to write. Only in this package's own checkout does a default make sense (its `generated/`);
 * anywhere else the default would write into node_modules.
 */
function outputFolder(out: string | undefined): string {
  if (out !== undefined) return resolve(out);
  if (resolve(process.cwd()) === packageRoot()) return packagePath("generated");
  throw new UsageError("name the folder to write the bindings to with --out");
}

/**
 * The generator's toolchain is an optional peer dependency: applications that only use the
 * bindings do not install it. Said in one line when it is missing.
 */
async function requireToolchain(): Promise<void> {
  const missing: string[] = [];
  for (const name of ["ts-morph", "prettier"]) {
    try {
      await import(name);
    } catch {
      missing.push(name);
    }
  }
  if (missing.length > 0)
    throw new UsageError(`emx generate needs ${missing.join(" and ")}: npm install --save-dev ${missing.join(" ")}`);
}
