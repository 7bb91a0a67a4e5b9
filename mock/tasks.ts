/**
 * Asynchronous tasks: an action answers 202 with a Running task that moves to OperationFinished and
 * then Finished, one state per step, as EM's tasks do while the backup server works and EM
 * collects. A task belongs to the logon session that started it; no other session sees it.
 */
import type { Timers } from "./timers.js";

/** A task as the mock keeps it. */
export interface TaskSnapshot {
  readonly id: string;
  readonly state: "Running" | "OperationFinished" | "Finished";
  readonly operation: string;
  readonly result?: { readonly success: boolean; readonly message: string };
}

/** What an accepted action will do. */
export interface TaskPlan {
  /** The `Operation` EM names the task with (`StartJob`, `UpdateJob`, ...). */
  readonly operation: string;
  /** The final `Result/Message` on success. */
  readonly message: string;
  /** Why the operation fails, when it is known to fail already. */
  readonly failure?: string;
  /**
   * The change the operation makes; it happens when the backup server finishes. A returned string
   * is a failure found only then (the task fails with it and nothing changes).
   */
  readonly apply?: () => string | void;
}

interface TaskEntry {
  snapshot: TaskSnapshot;
  readonly owner: string;
  readonly cancels: (() => void)[];
}

/** The tasks of one mock, numbered `task-1`, `task-2`, ... as EM numbers them. */
export class TaskStore {
  private counter = 0;
  private readonly tasks = new Map<string, TaskEntry>();

  constructor(
    private readonly stepMs: number,
    private readonly timers: Timers,
  ) {}

  /** Starts a task for a logon session; the answer is its Running state. */
  start(owner: string, plan: TaskPlan): TaskSnapshot {
    const id = `task-${++this.counter}`;
    const entry: TaskEntry = { snapshot: { id, state: "Running", operation: plan.operation }, owner, cancels: [] };
    this.tasks.set(id, entry);
    entry.cancels.push(this.timers.later(this.stepMs, () => this.finishOperation(entry, plan)));
    return entry.snapshot;
  }

  /** A task of a logon session by id (any letter case); undefined for another session's task. */
  get(owner: string, id: string): TaskSnapshot | undefined {
    const entry = this.tasks.get(id.toLowerCase());
    return entry?.owner === owner ? entry.snapshot : undefined;
  }

  /** The tasks of a logon session, oldest first. */
  of(owner: string): TaskSnapshot[] {
    return [...this.tasks.values()].filter((entry) => entry.owner === owner).map((entry) => entry.snapshot);
  }

  /** Removes a task of a logon session and stops its progress; false when the session has no such task. */
  remove(owner: string, id: string): boolean {
    const entry = this.tasks.get(id.toLowerCase());
    if (entry?.owner !== owner) return false;
    for (const cancel of entry.cancels) cancel();
    this.tasks.delete(entry.snapshot.id);
    return true;
  }

  /** Forgets the tasks of an ended logon session. */
  dropOwner(owner: string): void {
    for (const entry of [...this.tasks.values()]) if (entry.owner === owner) this.remove(owner, entry.snapshot.id);
  }

  private finishOperation(entry: TaskEntry, plan: TaskPlan): void {
    const failure = plan.failure ?? plan.apply?.() ?? undefined;
    const success = failure === undefined;
    const { id, operation } = entry.snapshot;
    // EM reports OperationFinished before it has collected the outcome; its message says just that.
    entry.snapshot = {
      id,
      state: "OperationFinished",
      operation,
      result: { success, message: success ? "OperationFinished" : failure },
    };
    entry.cancels.push(
      this.timers.later(this.stepMs, () => {
        entry.snapshot = { id, state: "Finished", operation, result: { success, message: failure ?? plan.message } };
      }),
    );
  }
}
