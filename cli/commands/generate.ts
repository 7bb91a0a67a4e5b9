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
      .option("dump-ir", { type: "boolean", default: false, describe: "print the IR as JSON instead of generating" })
      .option("after", {
        type: "string",
        describe: "with --dump-ir: the stage to show the IR after (lower, or a pass such as collapse-wrappers)",
      })
      .option("only", {
        type: "string",
        describe: "with --dump-ir: only the declarations of this schema or TypeScript name (NASJob, NASJobType)",
      }),
  async run(args) {
    await requireToolchain();
    const schemas = resolve(args.schemas ?? packagePath("schemas"));
    if (args.dumpIr) return dump(schemas, args.after, args.only);
    if (args.after !== undefined || args.only !== undefined)
      throw new UsageError("--after and --only go with --dump-ir");
    const { generate } = await import("../../generator/generate.js");
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

/** Prints the IR, after the stage asked for, narrowed to a name when one is given. */
async function dump(schemas: string, after: string | undefined, only: string | undefined): Promise<ExitCode> {
  const { dumpIr, IR_STAGES } = await import("../../generator/dump-ir.js");
  if (after !== undefined && !IR_STAGES.includes(after))
    throw new UsageError(`--after ${JSON.stringify(after)} is not a stage; the stages are ${IR_STAGES.join(", ")}`);
  process.stdout.write(dumpIr(schemas, { after, name: only }));
  return ExitCode.ok;
}

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
