/**
 * Authorization by role: the caller's Enterprise Manager account (the account named as the user
 * who logged on) holds roles, and an operation is allowed when one of them makes it available.
 * Logging on, off and reading the API root need no role.
 */
import type { EnterpriseAccountInRole } from "../generated/index.js";
import type { MockState } from "./context.js";
import { EmError } from "./em-error.js";
import type { LogonSessionRecord } from "./logon-sessions.js";
import type { OperationSchema } from "./operation-table.js";
import { compileTemplate } from "./path-template.js";
import { queryParameter } from "./query-parameters.js";
import { ROLE_RULES } from "./role-rules.js";
import { relatedList } from "./store.js";

/** The names of the roles, as the security pages give them. */
export const ROLE_NAMES: readonly string[] = [...ROLE_RULES.keys()];

/** Operations every logged-on user may use whatever the roles: the session's own resources. */
const ALWAYS_ALLOWED = new Set([
  "getApiRoot",
  "createLogonSession",
  "getLogonSessions",
  "getLogonSession",
  "deleteLogonSession",
]);

interface Rule {
  readonly method: string;
  readonly key: string;
  readonly below: boolean;
  readonly action?: string;
  readonly queryType?: string;
}

const parsed = new Map<string, Rule[]>();

/** Throws 403 when none of the caller's roles makes the operation available. */
export function checkPermission(
  state: MockState,
  session: LogonSessionRecord,
  operation: OperationSchema,
  search: URLSearchParams,
): void {
  if (ALWAYS_ALLOWED.has(operation.id)) return;
  const roles = rolesOf(state, session.userName);
  const queryType = operation.id === "getQuery" ? queryParameter(search, "type") : undefined;
  if (roles.some((role) => permits(role, operation, queryType))) return;
  const what = `${operation.method} ${operation.path}${operation.action === undefined ? "" : `?action=${operation.action}`}`;
  const held = roles.length === 0 ? "no role" : `the roles ${roles.join(", ")}`;
  // EM's wording is not documented; the message names the account, its roles and the operation.
  throw new EmError(
    403,
    `Access denied: the account "${session.userName}" has ${held}, which do not allow ${what}${queryType === undefined ? "" : ` of type ${queryType}`}`,
  );
}

/** The role names of the account named as a user (without regard to case). */
export function rolesOf(state: MockState, userName: string): string[] {
  const wanted = userName.toLowerCase();
  const account = state.store
    .all("account")
    .find((record) => (record.entity as { name?: string }).name?.toLowerCase() === wanted);
  if (account === undefined) return [];
  return state.store
    .all("accountRole")
    .filter((record) => relatedList(record, "account").includes(account))
    .map((record) => (record.entity as EnterpriseAccountInRole).roleName ?? "");
}

/** Whether a role makes an operation available (a query by its type). */
export function permits(role: string, operation: OperationSchema, queryType?: string): boolean {
  if (!ROLE_RULES.has(role)) return false;
  const rules = rulesOf(role);
  if (rules === undefined) return true;
  const key = compileTemplate(operation.path).key;
  return rules.some((rule) => matches(rule, operation, key, queryType));
}

function matches(rule: Rule, operation: OperationSchema, key: string, queryType: string | undefined): boolean {
  if (rule.below) return key === rule.key || key.startsWith(`${rule.key}/`);
  if (rule.method !== operation.method || rule.key !== key) return false;
  if (rule.queryType !== undefined) return queryType?.toLowerCase() === rule.queryType;
  // A GET rule covers every GET on the path (a folder listing is a read like the folder itself).
  if (operation.method === "GET") return true;
  return (rule.action ?? "") === (operation.action?.toLowerCase() ?? "");
}

function rulesOf(role: string): Rule[] | undefined {
  const texts = ROLE_RULES.get(role);
  if (texts === undefined) return undefined;
  let rules = parsed.get(role);
  if (rules === undefined) parsed.set(role, (rules = texts.map(parseRule)));
  return rules;
}

function parseRule(text: string): Rule {
  const [method, target] = text.split(" ") as [string, string];
  const [path, search] = target.split("?") as [string, string | undefined];
  const parameters = new URLSearchParams(search ?? "");
  return {
    method,
    key: compileTemplate(path).key,
    below: method === "*",
    action: parameters.get("action")?.toLowerCase(),
    queryType: parameters.get("type")?.toLowerCase(),
  };
}
