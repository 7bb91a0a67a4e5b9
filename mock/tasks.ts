/**
 * Asynchronous tasks: an action answers 202 with a Running task that moves to OperationFinished and
 * then Finished, one state per step, as EM's tasks do while the backup server works and EM collects.
 */
import type { TaskSnapshot } from "./representations.js";

/** What an accepted action will do. */
export interface TaskPlan {
  /** The `Operation` EM names the task with (`StartJob`, `UpdateJob`, ...). */
  readonly operation: string;
  /** Whether the operation will succeed. */
  readonly success: boolean;
  /** The final `Result/Message`: the confirmation on success, the reason on failure. */
  readonly message: string;
  /** The change the operation makes; it happens when the backup server finishes, and only on success. */
  readonly apply?: () => void;
}

interface TaskEntry {
  snapshot: TaskSnapshot;
  readonly timers: Set<NodeJS.Timeout>;
}

/** The tasks of one mock, numbered `task-1`, `task-2`, ... as EM numbers them. */
export class TaskStore {
  private counter = 0;
  private readonly tasks = new Map<string, TaskEntry>();
  private disposed = false;

  constructor(private readonly stepMs: number) {}

  /** Starts a task for a plan; the answer is its Running state. */
  start(plan: TaskPlan): TaskSnapshot {
    const id = `task-${++this.counter}`;
    const entry: TaskEntry = { snapshot: { id, state: "Running", operation: plan.operation }, timers: new Set() };
    this.tasks.set(id, entry);
    this.later(entry, this.stepMs, () => {
      if (plan.success) plan.apply?.();
      // EM reports OperationFinished before it has collected the outcome; its message says just that.
      const message = plan.success ? "OperationFinished" : plan.message;
      entry.snapshot = {
        id,
        state: "OperationFinished",
        operation: plan.operation,
        result: { success: plan.success, message },
      };
      this.later(entry, this.stepMs, () => {
        entry.snapshot = {
          id,
          state: "Finished",
          operation: plan.operation,
          result: { success: plan.success, message: plan.message },
        };
      });
    });
    return entry.snapshot;
  }

  /** A task by id (`task-1`, any letter case). */
  get(id: string): TaskSnapshot | undefined {
    return this.tasks.get(id.toLowerCase())?.snapshot;
  }

  /** Every task, oldest first. */
  all(): TaskSnapshot[] {
    return [...this.tasks.values()].map((entry) => entry.snapshot);
  }

  /** Removes a task and stops its progress; false when there is no such task. */
  remove(id: string): boolean {
    const entry = this.tasks.get(id.toLowerCase());
    if (entry === undefined) return false;
    for (const timer of entry.timers) clearTimeout(timer);
    this.tasks.delete(id.toLowerCase());
    return true;
  }

  /** Clears every pending timer, so a closed mock keeps nothing alive. */
  dispose(): void {
    this.disposed = true;
    for (const entry of this.tasks.values()) {
      for (const timer of entry.timers) clearTimeout(timer);
      entry.timers.clear();
    }
  }

  private later(entry: TaskEntry, delay: number, step: () => void): void {
    if (this.disposed) return;
    const timer = setTimeout(() => {
      entry.timers.delete(timer);
      step();
    }, delay);
    // A forgotten close() must not keep a test process alive because of a task.
    timer.unref();
    entry.timers.add(timer);
  }
}
