#!/usr/bin/env node
// The installed command runs the compiled CLI; in a checkout, `npm run emx --` runs the sources.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
