/**
 * Request bodies of our own for every request root the operation table declares, built with the
 * generated classes from what the mock serves (UIDs, references of the virtual infrastructure). An
 * edit sends the entity it read back with one field changed, as a client does. What the builders
 * read goes through a {@link BodySource}, so the mock's own tests (raw HTTP) and the typed client's
 * tests share them.
 */
import {
  BackupServerSpec,
  CdpFailoverStartSpec,
  CdpReplicaIntervals,
  CloudFailoverPlanManagementSpec,
  CloudHardwarePlanCreateSpec,
  CloudPublicIpAddressCreateSpec,
  CloudSubtenantCreateSpec,
  CloudTenantComputeResourceCreateSpec,
  CloudTenantVCloudComputeResourceCreateSpec,
  CreateCloudGatewayPoolSpec,
  CreateCloudGatewaySpec,
  CreateCloudTenantResourceSpec,
  CreateCloudTenantSpec,
  CreateObjectInJobSpec,
  CredentialsInfoSpec,
  EnterpriseAccountCreateSpec,
  EnterpriseAccountInRoleCreateSpec,
  FailoverPlanManagementSpec,
  FileRestoreSpec,
  HierarchyItems,
  HierarchyScopeCreateSpec,
  JobCloneSpec,
  LoginSpec,
  ObjectsInJob,
  PasswordKeyInfoSpec,
  QuickBackupStartupSpec,
  RebuildScopeJobSpec,
  RestoreSpec,
  VCloudOrganizationConfigCreateSpec,
  VeeamZipStartupSpec,
  VSphereSelfServiceCreateSpec,
  type EmRoot,
} from "../../generated/index.js";
import { operations } from "../../generated/operations.gen.js";
import { XmlDateTime, type XmlObject } from "../../index.js";
import type { OperationEntry } from "../../runtime/client/operation-table.js";

/** What a builder passes to a read: path parameters, query, and the entity form. */
export interface ReadInput {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly format?: "Entity";
}

/** What bodies are built from: reads of the table's GET operations, and the request the body is for. */
export interface BodySource {
  /** The operation the body is sent with. */
  readonly operationId: string;
  /** The values of its path parameters, by name. */
  readonly params: Readonly<Record<string, string>>;
  /** Runs a GET operation of the table and reads its answer. */
  read(operationId: string, input?: ReadInput): Promise<EmRoot>;
  /** The entity of one resource the GET operation reads, one the source has found. */
  entityOf(operationId: string): Promise<EmRoot>;
}

const table: Readonly<Record<string, OperationEntry>> = operations;

/** Whether a GET operation answers the entity with `format=Entity`. */
export function hasEntityForm(operationId: string): boolean {
  return table[operationId]!.answers.some((answer) => answer.format === "Entity");
}

/** The GET operation reading the resource at an operation's path (`getJob` for `cloneJob`). */
export function readerOf(operationId: string): string | undefined {
  const path = table[operationId]!.path;
  return Object.keys(table).find((id) => {
    const entry = table[id]!;
    return entry.method === "GET" && entry.action === undefined && entry.path === path;
  });
}

/** The entity at the request's path, in its entity form where it has one. */
async function targetEntity(source: BodySource): Promise<EmRoot> {
  const reader = readerOf(source.operationId);
  if (reader === undefined) throw new Error(`no GET operation reads the target of ${source.operationId}`);
  return source.read(reader, { params: source.params, format: hasEntityForm(reader) ? "Entity" : undefined });
}

async function uidOf(source: BodySource, operationId: string): Promise<string> {
  return ((await source.entityOf(operationId)) as { uid?: string }).uid!;
}

/** A VM of the vCenter, found with the lookup service by name. */
async function vmNamed(source: BodySource, name: string): Promise<{ ref: string; name: string }> {
  const roots = await source.read("getHierarchyRoots", { format: "Entity" });
  const root = (roots as { hierarchyRoots?: { uid?: string; hostType?: string }[] }).hierarchyRoots!.find(
    (candidate) => candidate.hostType === "VC",
  )!;
  const found = await source.read("getLookup", { query: { host: root.uid!, name, type: "VM" } });
  const item = (found as HierarchyItems).hierarchyItems![0]!;
  return { ref: item.objectRef!, name: item.objectName! };
}

/** A VM the job or policy at the request's path does not include yet. */
async function vmNotIncluded(source: BodySource): Promise<{ ref: string; name: string }> {
  const includes = await source.read(readerOf(source.operationId)!, { params: source.params });
  const included = new Set((includes as ObjectsInJob).objectInJobs?.map((include) => include.hierarchyObjRef));
  for (const name of ["web01", "web02", "gold-app01"]) {
    const vm = await vmNamed(source, name);
    if (!included.has(vm.ref)) return vm;
  }
  throw new Error(`${source.operationId}: every VM the bodies name is included already`);
}

type Builder = (source: BodySource) => Promise<XmlObject>;

const unique = () => Math.random().toString(36).slice(2, 8);

/** The bodies of the create specs and action specs, by root element. */
const BUILDERS: Readonly<Record<string, Builder>> = {
  LoginSpec: async () => new LoginSpec({}),
  BackupServerSpec: async () =>
    new BackupServerSpec({
      description: "Added by a test",
      dnsNameOrIpAddress: `vbr-${unique()}.tech.local`,
      port: "9392",
      username: "TECH\\admin",
      password: "secret",
    }),
  CredentialsInfoSpec: async () =>
    new CredentialsInfoSpec({ username: "TECH\\backup", description: "Test credentials", password: "secret" }),
  PasswordKeyInfoSpec: async () => new PasswordKeyInfoSpec({ hint: "Test hint", password: "secret" }),
  QuickBackupStartupSpec: async (source) => {
    const include = await source.entityOf("getJobInclude");
    return new QuickBackupStartupSpec({ vmRef: (include as { hierarchyObjRef?: string }).hierarchyObjRef });
  },
  VeeamZipStartupSpec: async (source) =>
    new VeeamZipStartupSpec({
      vmRefs: [(await vmNamed(source, "web01")).ref],
      repositoryUid: await uidOf(source, "getRepository"),
      compressionLevel: 5,
      backupRetention: "In1Week",
      disableGuestQuiescence: false,
    }),
  CreateObjectInJobSpec: async (source) => {
    const object = await vmNotIncluded(source);
    return new CreateObjectInJobSpec({ hierarchyObjRef: object.ref, hierarchyObjName: object.name });
  },
  JobCloneSpec: async (source) => {
    const job = (await targetEntity(source)) as { jobType?: string };
    const name = `Clone ${unique()}`;
    if (job.jobType === "Replica")
      return new JobCloneSpec({ replicaJobCloneInfo: { jobName: name, vmSuffix: "_clone" } });
    if (job.jobType === "BackupCopy")
      return new JobCloneSpec({
        backupCopyJobCloneInfo: {
          jobName: name,
          jobFileName: name,
          repositoryUid: await uidOf(source, "getRepository"),
        },
      });
    return new JobCloneSpec({
      backupJobCloneInfo: { jobName: name, folderName: name, repositoryUid: await uidOf(source, "getRepository") },
    });
  },
  FailoverPlanManagementSpec: async () => new FailoverPlanManagementSpec({ startNow: true }),
  CloudFailoverPlanManagementSpec: async () => new CloudFailoverPlanManagementSpec({ startNow: true }),
  CdpFailoverStartSpec: async () => new CdpFailoverStartSpec({ restoreCurrent: true, restoreCurrentVss: false }),
  CdpReplicaIntervals: async () =>
    new CdpReplicaIntervals({
      startDate: XmlDateTime.fromDate(new Date("2026-11-30T20:00:00Z")),
      endDate: XmlDateTime.fromDate(new Date("2026-11-30T23:00:00Z")),
      intervals: [],
      restorePoints: [],
    }),
  RestoreSpec: async (source) => {
    if (source.operationId === "restoreVAppRestorePoint") {
      const point = await uidOf(source, "getVmRestorePoint");
      return new RestoreSpec({
        vCloudVAppRestoreSpec: {
          powerOnAfterRestore: true,
          hierarchyRootUid: await uidOf(source, "getHierarchyRoot"),
          orgVdcRef: "urn:vCloud:OrgVdc:abc.urn:vcloud:vdc:1",
          vmsRestoreParameters: [{ vmRestorePointUid: point }],
        },
      });
    }
    return new RestoreSpec({
      vmRestoreSpec: {
        powerOnAfterRestore: false,
        hierarchyRootUid: await uidOf(source, "getHierarchyRoot"),
        quickRollback: false,
      },
    });
  },
  FileRestoreSpec: async () =>
    new FileRestoreSpec({
      toOriginalLocation: {
        overwrite: true,
        permissionsOnly: false,
        guestCredentials: { userName: "TECH\\admin", password: "secret" },
      },
    }),
  ...tenantBuilders(),
  ...cloudInfrastructureBuilders(),
  ...adminBuilders(),
};

function tenantBuilders(): Record<string, Builder> {
  return {
    CreateCloudTenantSpec: async (source) =>
      new CreateCloudTenantSpec({
        name: `Tenant ${unique()}`,
        description: "Created by a test",
        password: "secret",
        enabled: true,
        resources: [{ name: "Test backups", repositoryUid: await uidOf(source, "getRepository"), quotaMb: 10240 }],
        backupServerUid: await uidOf(source, "getBackupServer"),
        tenantType: "Standalone",
      }),
    CreateCloudTenantResourceSpec: async (source) =>
      new CreateCloudTenantResourceSpec({
        name: "More backups",
        repositoryUid: await uidOf(source, "getRepository"),
        quotaMb: 2048,
      }),
    CloudTenantComputeResourceCreateSpec: async (source) =>
      new CloudTenantComputeResourceCreateSpec({
        cloudHardwarePlanUid: await uidOf(source, "getCloudHardwarePlan"),
        platformType: "VMware",
        useNetworkFailoverResources: false,
      }),
    CloudTenantVCloudComputeResourceCreateSpec: async () =>
      new CloudTenantVCloudComputeResourceCreateSpec({
        virtualDataCenterRef: "urn:vCloud:OrgVdc:abc.urn:vcloud:vdc:2",
        useNetworkFailoverResources: false,
      }),
    CloudSubtenantCreateSpec: async (source) => {
      const resources = await source.read("getCloudTenantResources", { params: { ID: source.params.ID! } });
      const resource = (resources as { cloudTenantResources?: { id?: string }[] }).cloudTenantResources![0]!;
      return new CloudSubtenantCreateSpec({
        name: `sub-${unique()}`,
        password: "secret",
        tenantResourceId: resource.id,
        quotaMb: 1024,
        unlimitedQuota: false,
      });
    },
  };
}

function cloudInfrastructureBuilders(): Record<string, Builder> {
  return {
    CreateCloudGatewaySpec: async (source) =>
      new CreateCloudGatewaySpec({
        serverHostName: `gw-${unique()}.cloud.tech.local`,
        networkType: "Direct",
        backupServerUid: await uidOf(source, "getBackupServer"),
      }),
    CreateCloudGatewayPoolSpec: async (source) =>
      new CreateCloudGatewayPoolSpec({
        name: `Pool ${unique()}`,
        cloudGateways: [await uidOf(source, "getCloudGateway")],
        cloudTenants: [],
        backupServerUid: await uidOf(source, "getBackupServer"),
      }),
    CloudHardwarePlanCreateSpec: async (source) => {
      const plan = (await source.entityOf("getCloudHardwarePlan")) as { hardwarePlanDetails?: object };
      return new CloudHardwarePlanCreateSpec({
        backupServerUid: await uidOf(source, "getBackupServer"),
        name: `Plan ${unique()}`,
        processorUsageLimitMhz: 1000,
        memoryUsageLimitMb: 2048,
        hardwarePlanDetails: plan.hardwarePlanDetails as never,
      });
    },
    CloudPublicIpAddressCreateSpec: async (source) =>
      new CloudPublicIpAddressCreateSpec({
        backupServerUid: await uidOf(source, "getBackupServer"),
        ipAddressLowerBound: "192.0.2.10",
        ipAddressUpperBound: "192.0.2.12",
      }),
  };
}

function adminBuilders(): Record<string, Builder> {
  return {
    EnterpriseAccountCreateSpec: async (source) =>
      new EnterpriseAccountCreateSpec({
        accountType: "User",
        accountName: `TECH\\user-${unique()}`,
        roles: { enterpriseRoles: [{ enterpriseRoleUid: await uidOf(source, "getSecurityRole") }] },
        allowRestoreAllVms: true,
      }),
    RebuildScopeJobSpec: async () => new RebuildScopeJobSpec({ rebuildAll: {} }),
    EnterpriseAccountInRoleCreateSpec: async (source) =>
      new EnterpriseAccountInRoleCreateSpec({ enterpriseRoleUid: (await roleToGrant(source)).uid }),
    HierarchyScopeCreateSpec: async (source) => {
      const object = await vmNamed(source, "web01");
      return new HierarchyScopeCreateSpec({
        hierarchyScopeItems: [{ hierarchyObjRef: object.ref, objectName: object.name }],
      });
    },
    VSphereSelfServiceCreateSpec: async (source) =>
      new VSphereSelfServiceCreateSpec({
        accountName: `TECH\\ss-${unique()}`,
        accountType: "User",
        repositoryUid: await uidOf(source, "getRepository"),
        quotaGb: 50,
      }),
    VCloudOrganizationConfigCreateSpec: async (source) =>
      new VCloudOrganizationConfigCreateSpec({
        organizationName: `Org ${unique()}`,
        backupServerUid: await uidOf(source, "getBackupServer"),
        repositoryUid: await uidOf(source, "getRepository"),
        quotaGb: 100,
        repositoryFriendlyName: "Cloud repository",
        jobSchedulerType: "Partial",
        hostUid: await uidOf(source, "getHierarchyRoot"),
      }),
  };
}

/**
 * A role the account does not hold yet, and no restore operator's: a restore operator sees only its
 * restore scope, which the tests that grant roles do not mean to narrow.
 */
async function roleToGrant(source: BodySource): Promise<{ uid?: string; name?: string }> {
  const held = (await source.read("getSecurityAccountRoles", { params: { ID: source.params.ID! } })) as {
    enterpriseAccountInRoles?: { roleName?: string }[];
  };
  const names = new Set((held.enterpriseAccountInRoles ?? []).map((role) => role.roleName));
  const roles = (await source.read("getSecurityRoles", { format: "Entity" })) as {
    enterpriseRoleEntities?: { uid?: string; name?: string }[];
  };
  const role = roles.enterpriseRoleEntities!.find(
    (candidate) => !names.has(candidate.name) && !/Restore Operator$/.test(candidate.name!),
  );
  if (role === undefined) throw new Error(`account ${source.params.ID} holds every role but the restore operators'`);
  return role;
}

/** The body of a request with root `element`: a spec, or the resource at the request's path read back for an edit. */
export async function bodyFor(source: BodySource, element: string): Promise<XmlObject> {
  const builder = BUILDERS[element];
  if (builder !== undefined) return builder(source);
  const entity = (await targetEntity(source)) as XmlObject & { description?: string };
  if ("description" in entity || typeof entity.description === "string") entity.description = "Changed by a test";
  return entity;
}
