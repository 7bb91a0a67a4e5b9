/** Waiting between attempts: EM's Retry-After when it gives one, and cancellable delays. */
import { EmRequestError } from "../errors.js";
import type { HttpAnswer } from "./http.js";

/** The wait an answer asks for in its Retry-After header, in milliseconds (at most 30 s). */
export function retryAfter(answer: HttpAnswer): number | undefined {
  const header = answer.headers["retry-after"];
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 30_000) : undefined;
}

/** Resolves after `milliseconds`, or rejects when the signal aborts. */
export function delay(milliseconds: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new EmRequestError("WAIT", what, "aborted", "aborted", { cause: signal.reason }));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new EmRequestError("WAIT", what, "aborted", "aborted", { cause: signal?.reason }));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
