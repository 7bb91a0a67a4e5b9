/**
 * Logon sessions: Basic credentials in, a session id and token out; tokens expire after an idle
 * period that every authenticated request restarts.
 */
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { MockUser } from "./options.js";

/** A live logon session. */
export interface LogonSessionRecord {
  /** The id in `/logonSessions/{id}` and in the `SessionId` element. */
  readonly sessionId: string;
  /** What the client sends back in `X-RestSvcSessionId`. */
  readonly token: string;
  readonly userName: string;
  /** The API version asked for at logon (`v1_7` for `latest`). */
  readonly apiVersion: string;
  lastActivity: number;
}

/** Why a token was not accepted, so the 401 message can say it. */
export type TokenRejection = "missing" | "unknown" | "expired";

/** The result of checking a token. */
export type TokenCheck = { readonly session: LogonSessionRecord } | { readonly rejected: TokenRejection };

/** Keeps the sessions of one mock; time comes from `now` so idle expiry needs no timers. */
export class LogonSessionStore {
  private readonly byToken = new Map<string, LogonSessionRecord>();

  constructor(
    private readonly users: readonly MockUser[],
    private readonly idleTimeoutMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The account named by an `Authorization: Basic ...` header, if its password matches. */
  authenticate(authorization: string | undefined): MockUser | undefined {
    const credentials = parseBasic(authorization);
    if (credentials === undefined) return undefined;
    return this.users.find(
      (user) => user.username === credentials.username && sameText(user.password, credentials.password),
    );
  }

  /** Opens a session for an authenticated user. */
  open(user: MockUser, apiVersion: string): LogonSessionRecord {
    // Expiry is checked lazily, so idle sessions are swept here to keep the map from growing.
    const now = this.now();
    for (const [token, session] of this.byToken)
      if (now - session.lastActivity >= this.idleTimeoutMs) this.byToken.delete(token);
    const sessionId = randomUUID();
    // EM's token is the session id in base64, which is why the two always correspond.
    const token = Buffer.from(sessionId, "utf8").toString("base64");
    const session: LogonSessionRecord = { sessionId, token, userName: user.username, apiVersion, lastActivity: now };
    this.byToken.set(token, session);
    return session;
  }

  /** Checks a token and, when it is good, restarts its idle timer. */
  touch(token: string | undefined): TokenCheck {
    if (token === undefined || token === "") return { rejected: "missing" };
    const session = this.byToken.get(token);
    if (session === undefined) return { rejected: "unknown" };
    const now = this.now();
    if (now - session.lastActivity >= this.idleTimeoutMs) {
      this.byToken.delete(token);
      return { rejected: "expired" };
    }
    session.lastActivity = now;
    return { session };
  }

  /** A live session by its id (not its token). */
  find(sessionId: string): LogonSessionRecord | undefined {
    const wanted = sessionId.toLowerCase();
    for (const session of this.live()) if (session.sessionId === wanted) return session;
    return undefined;
  }

  /** Every session that has not idled out. */
  live(): LogonSessionRecord[] {
    const now = this.now();
    return [...this.byToken.values()].filter((session) => now - session.lastActivity < this.idleTimeoutMs);
  }

  /** Ends one session (logout). */
  end(session: LogonSessionRecord): void {
    this.byToken.delete(session.token);
  }

  /** Ends every session, as if all had idled out. */
  expireAll(): void {
    this.byToken.clear();
  }
}

/** The user name and password of a Basic `Authorization` header. */
export function parseBasic(authorization: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? "");
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function sameText(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(actual, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
