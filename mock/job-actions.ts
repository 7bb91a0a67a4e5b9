/**
 * What each job action does: the URL form per job family, the task Operation EM names it with, the
 * confirmation message, and the failure of jobs whose name starts with "Broken".
 */
import { isBroken, type JobFamily, type JobRecord } from "./dataset.js";
import type { TaskPlan } from "./tasks.js";

/** The actions the mock runs. */
export type JobAction = "start" | "stop" | "retry" | "toggleScheduleEnabled";

const ACTIONS: readonly JobAction[] = ["start", "stop", "retry", "toggleScheduleEnabled"];

/** Actions EM documents for jobs that the mock does not model (they need request bodies or linked objects). */
const UNMODELLED_ACTIONS: readonly string[] = ["clone", "sync", "edit"];

// Operation names as the POST pages of each family show them (agent start is documented as StartJob).
const OPERATIONS: Readonly<Record<JobFamily, Readonly<Record<JobAction, string>>>> = {
  vm: { start: "StartJob", stop: "StopJob", retry: "RetryJob", toggleScheduleEnabled: "UpdateJob" },
  nas: { start: "StartNasJob", stop: "StopNasJob", retry: "RetryNasJob", toggleScheduleEnabled: "UpdateJob" },
  agent: { start: "StartJob", stop: "StopAgentJob", retry: "RetryAgentJob", toggleScheduleEnabled: "UpdateJob" },
};

/** How an action name from a URL resolves. */
export type ActionLookup =
  { readonly action: JobAction } | { readonly unmodelled: string } | { readonly unknown: string };

/** Resolves an action name; EM matches them without regard to letter case. */
export function lookupAction(name: string): ActionLookup {
  const lower = name.toLowerCase();
  const action = ACTIONS.find((candidate) => candidate.toLowerCase() === lower);
  if (action !== undefined) return { action };
  if (UNMODELLED_ACTIONS.includes(lower)) return { unmodelled: name };
  return { unknown: name };
}

/** The task plan of an action on a job. */
export function planAction(job: JobRecord, action: JobAction): TaskPlan {
  const operation = OPERATIONS[job.family][action];
  if (isBroken(job)) {
    return {
      operation,
      success: false,
      message: `Failed to ${describe(action)} job "${job.name}": the backup repository of the job is not available.`,
    };
  }
  if (action === "toggleScheduleEnabled") {
    return {
      operation,
      success: true,
      message: "Ok",
      apply: () => {
        job.scheduleEnabled = !job.scheduleEnabled;
      },
    };
  }
  return { operation, success: true, message: `Job "${job.name}" triggered to ${action}.` };
}

function describe(action: JobAction): string {
  return action === "toggleScheduleEnabled" ? "update" : action;
}
