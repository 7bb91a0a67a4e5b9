/** Timers of one mock, cleared together when it closes, and never keeping a test process alive. */

/** A set of pending timers. */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();
  private disposed = false;

  /** Runs `step` after `delayMs` unless the timers are disposed first; returns a function that cancels it. */
  later(delayMs: number, step: () => void): () => void {
    if (this.disposed) return () => undefined;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      step();
    }, delayMs);
    // A forgotten close() must not keep a test process alive.
    timer.unref();
    this.pending.add(timer);
    return () => {
      clearTimeout(timer);
      this.pending.delete(timer);
    };
  }

  /** Clears every pending timer; later() does nothing afterwards. */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
