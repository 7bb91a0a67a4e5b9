/**
 * How long `emx validate` on one small file takes from process start to exit, against a bare
 * `node -e 0`: the two taken in turn, five times each, medians compared. The CLI runs compiled
 * (`bin/emx.js` over `dist/`), as an installed package does.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** Median wall time of each command, in milliseconds, and their ratio. */
export interface ColdStart {
  readonly nodeMilliseconds: number;
  readonly emxMilliseconds: number;
  readonly ratio: number;
  readonly runs: number;
}

export function measureColdStart(root: string, runs = 5): ColdStart {
  const document = join(root, "test", "fixtures", "documents", "nas-job-full.xml");
  const bare = [process.execPath, "-e", "0"];
  const emx = [process.execPath, join(root, "bin", "emx.js"), "validate", document];
  const node: number[] = [];
  const ours: number[] = [];
  for (let run = 0; run < runs; run++) {
    node.push(wallTime(bare));
    ours.push(wallTime(emx));
  }
  const nodeMilliseconds = median(node);
  const emxMilliseconds = median(ours);
  return { nodeMilliseconds, emxMilliseconds, ratio: emxMilliseconds / nodeMilliseconds, runs };
}

function wallTime([command, ...args]: string[]): number {
  const started = performance.now();
  const result = spawnSync(command!, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${result.status}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
