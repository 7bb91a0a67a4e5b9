// Runs every uvu suite (through tsx) and ends with one plain summary line, `N passed, N failed`,
// that CI logs can be read by. The exit code is uvu's.
import { spawn } from "node:child_process";

const child = spawn(process.execPath, ["node_modules/uvu/bin.js", "-r", "tsx", "test", "\\.test\\.ts$"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, ...(process.stdout.isTTY ? {} : { NO_COLOR: "1", FORCE_COLOR: "0" }) },
});
let output = "";
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on("close", (code) => {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
  const count = (label) => Number(plain.match(new RegExp(`^\\s*${label}:\\s+(\\d+)`, "m"))?.[1] ?? "0");
  const total = count("Total");
  const passed = count("Passed");
  const skipped = count("Skipped");
  console.log(`\n${passed} passed, ${total - passed - skipped} failed, ${skipped} skipped`);
  process.exitCode = code ?? 1;
});
