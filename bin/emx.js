#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so a clone works without a build step.
import { register } from "tsx/esm/api";
import { hideBin } from "yargs/helpers";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(hideBin(process.argv));
