/**
 * Administration: Enterprise Manager accounts with their roles and restore scopes, rebuilding the
 * scopes, self-service portals for vSphere users and Cloud Director organizations, and switching
 * CDP policies and organizations on and off.
 */
import { randomUUID } from "node:crypto";
import {
  EnterpriseAccount,
  EnterpriseAccountCreateSpec,
  EnterpriseAccountHierarchyScope,
  EnterpriseAccountInRole,
  EnterpriseAccountInRoleCreateSpec,
  HierarchyScopeCreateSpec,
  SystemSession,
  VCloudOrganizationConfig,
  VCloudOrganizationConfigCreateSpec,
  VSphereSelfServiceConfig,
  VSphereSelfServiceCreateSpec,
  type HierarchyItem,
  type HierarchyScopeCreateSpecItem,
} from "../../generated/index.js";
import { XmlDateTime } from "../../runtime/index.js";
import { copyOf } from "../compose.js";
import type { MockState, OperationHandler } from "../context.js";
import { EmError } from "../em-error.js";
import { INVENTORY_OBJECTS } from "../seed/inventory.js";
import { uidOf } from "../seed/seeder.js";
import { relatedList, type StoreRecord } from "../store.js";
import { accepted, bodyOf, byUid, change } from "./changes.js";
import { targetOf } from "./scope.js";

function created(state: MockState, record: StoreRecord) {
  return { status: 201, headers: { Location: state.rep.hrefOf(record) } };
}

const createAccount: OperationHandler = (request, state) => {
  const spec = bodyOf(request, EnterpriseAccountCreateSpec);
  const name = spec.accountName ?? "";
  if (
    state.store
      .all("account")
      .some((record) => (record.entity as EnterpriseAccount).name?.toLowerCase() === name.toLowerCase())
  )
    throw new EmError(400, `the account "${name}" exists already`);
  const roles = (spec.roles?.enterpriseRoles ?? []).map((role) =>
    byUid(state, "role", role.enterpriseRoleUid, "EnterpriseRoleUid"),
  );
  const id = randomUUID();
  const account = state.store.add(
    "account",
    id,
    new EnterpriseAccount({
      name,
      uid: uidOf("EnterpriseAccount", id),
      accountType: spec.accountType,
      roles: [],
      allowRestoreAllVms: spec.allowRestoreAllVms,
      flrSettings: spec.flrSettings,
    }),
  );
  for (const role of roles) addRole(state, account, role);
  for (const item of spec.hierarchyScopeObjects?.hierarchyScopeItems ?? []) addScope(state, account, item);
  return created(state, account);
};

function addRole(state: MockState, account: StoreRecord, role: StoreRecord): StoreRecord {
  const roleName = (role.entity as { name?: string }).name;
  return state.store.add("accountRole", randomUUID(), new EnterpriseAccountInRole({ roleName }), { account, role });
}

/** A restore scope: an object of the virtual infrastructure the account may restore (unprocessed until rebuilt). */
function addScope(state: MockState, account: StoreRecord, item: HierarchyScopeCreateSpecItem): StoreRecord {
  const object = state.store
    .all(INVENTORY_OBJECTS)
    .find((record) => (record.entity as HierarchyItem).objectRef === item.hierarchyObjRef);
  if (object === undefined)
    throw new EmError(
      400,
      `HierarchyObjRef "${item.hierarchyObjRef ?? ""}" names no object of the virtual infrastructure`,
    );
  const root = object.related.hierarchyRoot as StoreRecord;
  const entity = new EnterpriseAccountHierarchyScope({
    name: item.objectName ?? (object.entity as HierarchyItem).objectName,
    hierarchyRootName: (root.entity as { name?: string }).name,
    platform: item.hierarchyObjRef!.startsWith("urn:HyperV")
      ? "Hyperv"
      : item.hierarchyObjRef!.startsWith("urn:vCloud")
        ? "vCloud"
        : "VMware",
    hierarchyObjectType: (object.entity as HierarchyItem).objectType,
    state: "Unprocessed",
  });
  return state.store.add("accountScope", randomUUID(), entity, { account, hierarchyRoot: root });
}

const createAccountRole: OperationHandler = (request, state) => {
  const account = targetOf(request, state);
  const role = byUid(
    state,
    "role",
    bodyOf(request, EnterpriseAccountInRoleCreateSpec).enterpriseRoleUid,
    "EnterpriseRoleUid",
  );
  const held = state.store
    .all("accountRole")
    .some((record) => relatedList(record, "account").includes(account) && relatedList(record, "role").includes(role));
  if (held) throw new EmError(400, `the account has the role ${(role.entity as { name?: string }).name} already`);
  return created(state, addRole(state, account, role));
};

const createAccountScope: OperationHandler = (request, state) => {
  const account = targetOf(request, state);
  const items = bodyOf(request, HierarchyScopeCreateSpec).hierarchyScopeItems ?? [];
  if (items.length === 0) throw new EmError(400, "the HierarchyScopeCreateSpec names no HierarchyScopeItem");
  const scopes = items.map((item) => addScope(state, account, item));
  return created(state, scopes.at(-1)!);
};

/** Flips whether the account may restore every VM or only those in its scopes. */
const toggleRestoreScopes: OperationHandler = (request, state) => {
  const account = targetOf(request, state) as StoreRecord<EnterpriseAccount>;
  const entity = Object.assign(copyOf(account.entity), { allowRestoreAllVms: !account.entity.allowRestoreAllVms });
  return change(request, state, "", () => state.store.update(account, entity));
};

/** Rebuilding processes every unprocessed scope, in a system session of that kind. */
const rebuildScopes: OperationHandler = (request, state) =>
  accepted(request, state, {
    message: "Scopes rebuilt.",
    apply: () => {
      for (const scope of state.store.all("accountScope") as StoreRecord<EnterpriseAccountHierarchyScope>[])
        if (scope.entity.state === "Unprocessed")
          state.store.update(scope, Object.assign(copyOf(scope.entity), { state: "Processed" }));
      const id = randomUUID();
      const now = XmlDateTime.fromDate(state.now());
      const session = new SystemSession({
        name: `Security Scopes Rebuild @${now.lexical.replace("T", " ").replace("Z", "")}`,
        uid: uidOf("SystemSession", id),
        sessionType: "SecurityScopesRebuild",
        creationTimeUTC: now,
        endTimeUTC: now,
        state: "CompletedSuccessfully",
        result: { result: "CompletedSuccessfully", message: "", isCanceled: false },
      });
      state.store.add("systemSession", id, session, { backupServer: state.store.all("backupServer")[0]! });
    },
  });

const createVSphereConfig: OperationHandler = (request, state) => {
  const spec = bodyOf(request, VSphereSelfServiceCreateSpec);
  const repository = byUid(state, "repository", spec.repositoryUid, "RepositoryUid");
  const server = state.families.related(repository, "backupServer")!;
  return accepted(request, state, {
    message: `${spec.accountName} added.`,
    apply: () => {
      const id = randomUUID();
      const config = new VSphereSelfServiceConfig({
        name: spec.accountName,
        uid: uidOf("VSphereSelfServiceConfig", id),
        backupServerUid: (server.entity as { uid?: string }).uid,
        repositoryUid: spec.repositoryUid,
        quotaGb: spec.quotaGb,
        perUser: spec.perUser ?? false,
        account: { accountName: spec.accountName, accountSid: "", accountType: spec.accountType ?? "User" },
        jobSettings: {
          defaultSettings: spec.templateJobUid === undefined,
          jobSchedulerType: "Full",
          highPriorityJob: spec.highPriorityJob ?? false,
          templateJobUid: spec.templateJobUid,
        },
        vCentersScope: spec.vCentersScope ?? [],
        tags: spec.tags ?? [],
        usedQuotaMb: 0,
      });
      state.store.add("vSphereConfig", id, config, { backupServer: server, repository });
    },
  });
};

const createVCloudConfig: OperationHandler = (request, state) => {
  const spec = bodyOf(request, VCloudOrganizationConfigCreateSpec);
  const server = byUid(state, "backupServer", spec.backupServerUid, "BackupServerUid");
  const root = byUid(state, "hierarchyRoot", spec.hostUid, "HostUid");
  return accepted(request, state, {
    message: `${spec.organizationName} added.`,
    apply: () => {
      const id = randomUUID();
      const config = new VCloudOrganizationConfig({
        name: spec.organizationName,
        uid: uidOf("VCloudOrganizationConfig", id),
        backupServerUid: spec.backupServerUid,
        repositoryUid: spec.repositoryUid,
        quotaGb: spec.quotaGb,
        isDisabled: false,
        jobSettings: {
          defaultSettings: spec.templateJobUid === undefined,
          customSettings: false,
          jobSchedulerType: spec.jobSchedulerType,
          highPriorityJob: spec.highPriorityJob ?? false,
          templateJobUid: spec.templateJobUid,
        },
        usedQuotaMb: 0,
        hostUid: spec.hostUid,
        repositoryFriendlyName: spec.repositoryFriendlyName,
      });
      state.store.add("vCloudOrgConfig", id, config, { backupServer: server, hierarchyRoot: root });
    },
  });
};

/** Sets fields of the target record through a task (enable, disable). */
function setting(fields: (entity: object) => object, message: string): OperationHandler {
  return (request, state) => {
    const record = targetOf(request, state);
    return accepted(request, state, {
      message,
      apply: () => state.store.update(record, Object.assign(copyOf(record.entity), fields(record.entity))),
    });
  };
}

/** The handlers of this file, by operation id. */
export const ADMIN_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  createSecurityAccount: createAccount,
  createSecurityAccountRole: createAccountRole,
  createSecurityAccountScope: createAccountScope,
  toggleRestoreScopesEnabledSecurityAccount: toggleRestoreScopes,
  rebuildScopeSecurityAccounts: rebuildScopes,
  createSelfServiceVSphereConfig: createVSphereConfig,
  createVCloudOrgConfig: createVCloudConfig,
  disableVCloudOrgConfig: setting(() => ({ isDisabled: true }), "Organization disabled."),
  enableCdpPolicy: setting(() => ({ scheduleEnabled: true }), "Policy enabled."),
  disableCdpPolicy: setting(() => ({ scheduleEnabled: false, nextRun: undefined }), "Policy disabled."),
};
