/**
 * Fault injection for client tests: rules that make matching requests fail the ways a real
 * Enterprise Manager or the network between can fail.
 */

/** Which requests a rule applies to. */
export interface FaultMatch {
  /** HTTP method, any letter case; every method when absent. */
  readonly method?: string;
  /** A prefix of the request path (with its query string), or a pattern tested against it. */
  readonly path: string | RegExp;
  /** How many matching requests the rule spoils; every one when absent. */
  readonly times?: number;
}

/** Answer with this status and an EM `Error` body. */
export interface ErrorFault extends FaultMatch {
  readonly kind?: "error";
  readonly status: 404 | 500 | 503;
  /** The error's Message; a generic one per status when absent. */
  readonly message?: string;
}

/** Answer with an HTML error page, as a proxy or IIS in front of EM would. */
export interface HtmlFault extends FaultMatch {
  readonly kind: "html";
  readonly status: number;
}

/** Answer 200 with XML that is not well formed. */
export interface MalformedFault extends FaultMatch {
  readonly kind: "malformed";
}

/** Never answer; the request stays open until the client gives up or the mock closes. */
export interface StallFault extends FaultMatch {
  readonly kind: "stall";
}

/** Send the headers and half of a body, then destroy the connection. */
export interface DropFault extends FaultMatch {
  readonly kind: "drop";
}

/** A fault rule of {@link MockEm.fault}. */
export type FaultRule = ErrorFault | HtmlFault | MalformedFault | StallFault | DropFault;

export const DEFAULT_MESSAGES: Readonly<Record<number, string>> = {
  404: "The requested resource was not found (injected fault)",
  500: "An internal error occurred on the server (injected fault)",
  503: "The service is temporarily unavailable (injected fault)",
};

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

/** The rules of one mock, tried in the order they were added. */
export class FaultInjector {
  private rules: ActiveRule[] = [];

  /** Adds a rule; the returned function removes it. */
  add(rule: FaultRule): () => void {
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
      throw new RangeError(`fault times ${String(rule.times)} is not a positive integer`);
    }
    const active: ActiveRule = { rule, remaining: rule.times ?? Number.POSITIVE_INFINITY };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((candidate) => candidate !== active);
    };
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The rule a request trips, counting it; undefined when none applies. */
  take(method: string, path: string): FaultRule | undefined {
    const active = this.rules.find((candidate) => candidate.remaining > 0 && matches(candidate.rule, method, path));
    if (active === undefined) return undefined;
    active.remaining--;
    if (active.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== active);
    return active.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (typeof rule.path === "string") return path.startsWith(rule.path);
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}
