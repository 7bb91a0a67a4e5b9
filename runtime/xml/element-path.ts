/** Element paths, the `/QueryResult/Entities/BackupJobSessions/BackupJobSession[3]` of messages and findings. */

/** One step of a path: an element's name and its number among the siblings it is counted with. */
export interface PathStep {
  readonly name: string;
  readonly index: number;
  /** Whether the step shows its number (`[3]`). */
  readonly indexed: boolean;
}

/** Paths deeper than this keep their first and last steps and say how many they leave out. */
const LONGEST = 16;
const KEPT_AT_EACH_END = 4;

/** The path of `steps[first]` to `steps[last]`, outermost first. */
export function elementPath(steps: readonly PathStep[], first: number, last: number): string {
  let path = "";
  const elide = last - first + 1 > LONGEST;
  for (let index = first; index <= last; index++) {
    if (elide && index === first + KEPT_AT_EACH_END) {
      const resume = last - KEPT_AT_EACH_END + 1;
      path += `/…${resume - index} more…`;
      index = resume - 1;
      continue;
    }
    const step = steps[index]!;
    path += step.indexed ? `/${step.name}[${step.index}]` : `/${step.name}`;
  }
  return path;
}
