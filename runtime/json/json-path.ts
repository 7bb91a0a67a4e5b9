/** Property paths, the `$.Entities.BackupJobSessions.BackupJobSessions[3].CreationTimeUTC` of messages and findings. */

/** One step: a property name, or an item's index (from 0). */
export type JsonStep = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Paths longer than this keep their first and last steps and say how many they leave out. */
const LONGEST = 16;
const KEPT_AT_EACH_END = 4;

/** The path of the given steps, outermost first, from the root `$`. */
export function jsonPath(steps: readonly JsonStep[]): string {
  let path = "$";
  const elide = steps.length > LONGEST;
  for (let index = 0; index < steps.length; index++) {
    if (elide && index === KEPT_AT_EACH_END) {
      const resume = steps.length - KEPT_AT_EACH_END;
      path += `.…${resume - index} more…`;
      index = resume - 1;
      continue;
    }
    const step = steps[index]!;
    path += typeof step === "number" ? `[${step}]` : IDENTIFIER.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`;
  }
  return path;
}
