/** What a test or the CLI can tune on the mock, and the defaults that mirror a real Enterprise Manager. */

/** The property-name case of EM's JSON: EM 12 writes `pascal`, EM 13 `camel`. */
export type MockJsonCase = "camel" | "pascal";

/** An account the mock accepts on logon. */
export interface MockUser {
  readonly username: string;
  readonly password: string;
  /**
   * The Enterprise Manager roles of the user's account, by the names of the security pages
   * (`Portal Administrator`, `Portal User`, `VM Restore Operator`, ...). Default: Portal Administrator.
   */
  readonly roles?: readonly string[];
}

/** Options of {@link startMockEm}. */
export interface MockOptions {
  /** Port to listen on; 0 (the default) takes any free port. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** How long a logon session may stay idle before it expires. Default 15 minutes, as EM. */
  readonly idleTimeoutMs?: number;
  /** How long a task stays in each state (Running, OperationFinished) before the next. Default 200. */
  readonly taskStepMs?: number;
  /** How many backup job sessions the dataset holds. Default 6000. */
  readonly backupSessions?: number;
  /** How long a backup job session started through the API runs before it finishes. Default 4 task steps. */
  readonly sessionRunMs?: number;
  /** Accounts accepted on logon. Default one: `admin` / `Passw0rd!`. */
  readonly users?: readonly MockUser[];
  /** Serve HTTPS with a fresh self-signed certificate (the default) or plain HTTP. */
  readonly tls?: boolean;
  /**
   * The property-name case of JSON answers: `camel` as EM 13 writes (the default: the mock imitates
   * EM 13.0.1) or `pascal` as EM 12 does. JSON request bodies are read in either case.
   */
  readonly jsonCase?: MockJsonCase;
}

/** {@link MockOptions} with every default filled in. */
export interface ResolvedMockOptions {
  readonly port: number;
  readonly host: string;
  readonly idleTimeoutMs: number;
  readonly taskStepMs: number;
  readonly backupSessions: number;
  readonly sessionRunMs: number;
  readonly users: readonly MockUser[];
  readonly tls: boolean;
  readonly jsonCase: MockJsonCase;
}

/** The account the mock accepts when no `users` are given. */
export const DEFAULT_USER: MockUser = { username: "admin", password: "Passw0rd!" };

/** Fills in defaults and rejects values that would make the mock misbehave silently. */
export function resolveOptions(options: MockOptions = {}): ResolvedMockOptions {
  const resolved: ResolvedMockOptions = {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    idleTimeoutMs: options.idleTimeoutMs ?? 15 * 60_000,
    taskStepMs: options.taskStepMs ?? 200,
    backupSessions: options.backupSessions ?? 6000,
    sessionRunMs: options.sessionRunMs ?? 4 * (options.taskStepMs ?? 200),
    users: options.users ?? [DEFAULT_USER],
    tls: options.tls ?? true,
    jsonCase: options.jsonCase ?? "camel",
  };
  requireInteger("port", resolved.port, 0, 65535);
  requireInteger("idleTimeoutMs", resolved.idleTimeoutMs, 1, Number.MAX_SAFE_INTEGER);
  requireInteger("taskStepMs", resolved.taskStepMs, 0, 2 ** 31 - 1);
  requireInteger("backupSessions", resolved.backupSessions, 0, 10_000_000);
  requireInteger("sessionRunMs", resolved.sessionRunMs, 0, 2 ** 31 - 1);
  if (resolved.jsonCase !== "camel" && resolved.jsonCase !== "pascal")
    throw new RangeError(`mock option jsonCase "${String(resolved.jsonCase)}" is not "camel" or "pascal"`);
  if (resolved.users.length === 0) throw new RangeError("mock option users must name at least one account");
  return resolved;
}

function requireInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`mock option ${name} ${String(value)} is not an integer from ${min} to ${max}`);
  }
}
