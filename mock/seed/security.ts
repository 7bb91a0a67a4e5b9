/**
 * Enterprise Manager's accounts and roles: the roles the security pages name, an account for each
 * user the mock accepts (with the roles the user was given), a group of portal users and a
 * restore operator limited to one resource pool.
 */
import {
  EnterpriseAccount,
  EnterpriseAccountHierarchyScope,
  EnterpriseAccountInRole,
  EnterpriseRole,
  type AccountTypeEnumeration,
} from "../../generated/index.js";
import type { MockUser } from "../options.js";
import { ROLE_NAMES } from "../roles.js";
import type { StoreRecord } from "../store.js";
import type { Infrastructure } from "./infrastructure.js";
import { uidOf, type Seeder } from "./seeder.js";

/** The roles a user gets when none are given: everything. */
export const DEFAULT_ROLES: readonly string[] = ["Portal Administrator"];

/** Builds roles and accounts. */
export function seedSecurity(seeder: Seeder, users: readonly MockUser[], infrastructure: Infrastructure): void {
  const roles = new Map(
    ROLE_NAMES.map((name) => [
      name,
      seeder.add("role", (id) => new EnterpriseRole({ name, uid: uidOf("EnterpriseRole", id) })),
    ]),
  );
  for (const user of users) addAccount(seeder, user.username, "User", user.roles ?? DEFAULT_ROLES, roles, true);
  addAccount(seeder, "BUILTIN\\Users", "Group", ["Portal User"], roles, false);
  const operator = addAccount(
    seeder,
    "TECH\\helpdesk",
    "Group",
    ["VM Restore Operator", "File Restore Operator"],
    roles,
    false,
  );
  const vCenter = infrastructure.roots[0]![0]!;
  seeder.add(
    "accountScope",
    () =>
      new EnterpriseAccountHierarchyScope({
        name: "Production",
        hierarchyRootName: vCenter.entity.name,
        platform: "VMware",
        hierarchyObjectType: "ResourcePool",
        state: "Processed",
      }),
    { account: operator, hierarchyRoot: vCenter },
  );
}

/** Adds an account with roles; returns it. */
export function addAccount(
  seeder: Seeder,
  name: string,
  accountType: AccountTypeEnumeration,
  roleNames: readonly string[],
  roles: ReadonlyMap<string, StoreRecord>,
  allowRestoreAllVms: boolean,
): StoreRecord<EnterpriseAccount> {
  const account = seeder.add(
    "account",
    (id) =>
      new EnterpriseAccount({
        name,
        uid: uidOf("EnterpriseAccount", id),
        accountType,
        roles: [],
        allowRestoreAllVms,
        flrSettings: { flrInplaceOnly: false, flrExtentionRestrictions: "exe,dll,sys" },
      }),
  );
  for (const roleName of roleNames) {
    const role = roles.get(roleName);
    if (role === undefined)
      throw new RangeError(
        `mock user ${name} has the role "${roleName}", which is not one of ${ROLE_NAMES.join(", ")}`,
      );
    seeder.add("accountRole", () => new EnterpriseAccountInRole({ roleName }), { account, role });
  }
  return account;
}
