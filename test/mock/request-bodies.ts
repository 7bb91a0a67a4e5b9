/**
 * Request bodies of our own for every request root the operation table declares, built with the
 * generated classes from what the mock serves (UIDs, references of the virtual infrastructure). An
 * edit sends the entity it read back with one field changed, as a client does.
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
  PasswordKeyInfoSpec,
  QuickBackupStartupSpec,
  RebuildScopeJobSpec,
  RestoreSpec,
  VCloudOrganizationConfigCreateSpec,
  VeeamZipStartupSpec,
  VSphereSelfServiceCreateSpec,
  type EmRoot,
} from "../../generated/index.js";
import { XmlDateTime, type XmlObject } from "../../index.js";
import type { MockEm } from "../../mock/index.js";
import { read, send } from "./helpers.js";

/** What bodies are built from: the mock, a session, and the URL the walk found for each GET operation. */
export interface BodyContext {
  readonly em: MockEm;
  readonly token: string;
  readonly reached: ReadonlyMap<string, string>;
}

/** The entity the walk's URL of a GET operation names (its entity form). */
export async function entityOf(context: BodyContext, operationId: string): Promise<EmRoot> {
  const href = context.reached.get(operationId);
  if (href === undefined) throw new Error(`the walk reached no ${operationId}`);
  const url = new URL(href);
  url.searchParams.delete("format");
  url.searchParams.set("format", "Entity");
  const response = await send(context.em, "GET", hasFormat(operationId) ? url.href : href, { token: context.token });
  return read(response.body);
}

function hasFormat(operationId: string): boolean {
  return !/Include$|Resource$|Subtenant$|Credential$|Password$|Mount$/.test(operationId);
}

async function uidOf(context: BodyContext, operationId: string): Promise<string> {
  return ((await entityOf(context, operationId)) as { uid?: string }).uid!;
}

/** An object of the virtual infrastructure no job includes yet, found with the lookup service. */
async function freeObject(context: BodyContext): Promise<{ ref: string; name: string }> {
  const roots = await send(context.em, "GET", "hierarchyRoots?format=Entity", { token: context.token });
  const root = (read(roots.body) as { hierarchyRoots?: { uid?: string; hostType?: string }[] }).hierarchyRoots!.find(
    (candidate) => candidate.hostType === "VC",
  )!;
  const found = await send(context.em, "GET", `lookup?host=${encodeURIComponent(root.uid!)}&name=web01&type=VM`, {
    token: context.token,
  });
  const item = read(found.body, HierarchyItems).hierarchyItems![0]!;
  return { ref: item.objectRef!, name: item.objectName! };
}

type Builder = (context: BodyContext, target: string) => Promise<XmlObject>;

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
  QuickBackupStartupSpec: async (context) => {
    const include = await entityOf(context, "getJobInclude");
    return new QuickBackupStartupSpec({ vmRef: (include as { hierarchyObjRef?: string }).hierarchyObjRef });
  },
  VeeamZipStartupSpec: async (context) =>
    new VeeamZipStartupSpec({
      vmRefs: [(await freeObject(context)).ref],
      repositoryUid: await uidOf(context, "getRepository"),
      compressionLevel: 5,
      backupRetention: "In1Week",
      disableGuestQuiescence: false,
    }),
  CreateObjectInJobSpec: async (context) => {
    const object = await freeObject(context);
    return new CreateObjectInJobSpec({ hierarchyObjRef: object.ref, hierarchyObjName: object.name });
  },
  JobCloneSpec: async (context, target) => {
    const job = (await read(
      (await send(context.em, "GET", `${target.split("?")[0]}?format=Entity`, { token: context.token })).body,
    )) as { jobType?: string };
    const name = `Clone ${unique()}`;
    if (job.jobType === "Replica")
      return new JobCloneSpec({ replicaJobCloneInfo: { jobName: name, vmSuffix: "_clone" } });
    if (job.jobType === "BackupCopy")
      return new JobCloneSpec({
        backupCopyJobCloneInfo: {
          jobName: name,
          jobFileName: name,
          repositoryUid: await uidOf(context, "getRepository"),
        },
      });
    return new JobCloneSpec({
      backupJobCloneInfo: { jobName: name, folderName: name, repositoryUid: await uidOf(context, "getRepository") },
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
  RestoreSpec: async (context, target) => {
    if (target.includes("vAppRestorePoints")) {
      const point = await uidOf(context, "getVmRestorePoint");
      return new RestoreSpec({
        vCloudVAppRestoreSpec: {
          powerOnAfterRestore: true,
          hierarchyRootUid: await uidOf(context, "getHierarchyRoot"),
          orgVdcRef: "urn:vCloud:OrgVdc:abc.urn:vcloud:vdc:1",
          vmsRestoreParameters: [{ vmRestorePointUid: point }],
        },
      });
    }
    return new RestoreSpec({
      vmRestoreSpec: {
        powerOnAfterRestore: false,
        hierarchyRootUid: await uidOf(context, "getHierarchyRoot"),
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
    CreateCloudTenantSpec: async (context) =>
      new CreateCloudTenantSpec({
        name: `Tenant ${unique()}`,
        description: "Created by a test",
        password: "secret",
        enabled: true,
        resources: [{ name: "Test backups", repositoryUid: await uidOf(context, "getRepository"), quotaMb: 10240 }],
        backupServerUid: await uidOf(context, "getBackupServer"),
        tenantType: "Standalone",
      }),
    CreateCloudTenantResourceSpec: async (context) =>
      new CreateCloudTenantResourceSpec({
        name: "More backups",
        repositoryUid: await uidOf(context, "getRepository"),
        quotaMb: 2048,
      }),
    CloudTenantComputeResourceCreateSpec: async (context) =>
      new CloudTenantComputeResourceCreateSpec({
        cloudHardwarePlanUid: await uidOf(context, "getCloudHardwarePlan"),
        platformType: "VMware",
        useNetworkFailoverResources: false,
      }),
    CloudTenantVCloudComputeResourceCreateSpec: async () =>
      new CloudTenantVCloudComputeResourceCreateSpec({
        virtualDataCenterRef: "urn:vCloud:OrgVdc:abc.urn:vcloud:vdc:2",
        useNetworkFailoverResources: false,
      }),
    CloudSubtenantCreateSpec: async (context, target) => {
      const resources = await send(context.em, "GET", target.replace(/\/subtenants.*$/, "/resources"), {
        token: context.token,
      });
      const resource = (read(resources.body) as { cloudTenantResources?: { id?: string }[] }).cloudTenantResources![0]!;
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
    CreateCloudGatewaySpec: async (context) =>
      new CreateCloudGatewaySpec({
        serverHostName: `gw-${unique()}.cloud.tech.local`,
        networkType: "Direct",
        backupServerUid: await uidOf(context, "getBackupServer"),
      }),
    CreateCloudGatewayPoolSpec: async (context) =>
      new CreateCloudGatewayPoolSpec({
        name: `Pool ${unique()}`,
        cloudGateways: [await uidOf(context, "getCloudGateway")],
        cloudTenants: [],
        backupServerUid: await uidOf(context, "getBackupServer"),
      }),
    CloudHardwarePlanCreateSpec: async (context) => {
      const plan = (await entityOf(context, "getCloudHardwarePlan")) as { hardwarePlanDetails?: object };
      return new CloudHardwarePlanCreateSpec({
        backupServerUid: await uidOf(context, "getBackupServer"),
        name: `Plan ${unique()}`,
        processorUsageLimitMhz: 1000,
        memoryUsageLimitMb: 2048,
        hardwarePlanDetails: plan.hardwarePlanDetails as never,
      });
    },
    CloudPublicIpAddressCreateSpec: async (context) =>
      new CloudPublicIpAddressCreateSpec({
        backupServerUid: await uidOf(context, "getBackupServer"),
        ipAddressLowerBound: "192.0.2.10",
        ipAddressUpperBound: "192.0.2.12",
      }),
  };
}

function adminBuilders(): Record<string, Builder> {
  return {
    EnterpriseAccountCreateSpec: async (context) =>
      new EnterpriseAccountCreateSpec({
        accountType: "User",
        accountName: `TECH\\user-${unique()}`,
        roles: { enterpriseRoles: [{ enterpriseRoleUid: await uidOf(context, "getSecurityRole") }] },
        allowRestoreAllVms: true,
      }),
    RebuildScopeJobSpec: async () => new RebuildScopeJobSpec({ rebuildAll: {} }),
    EnterpriseAccountInRoleCreateSpec: async (context) => {
      const roles = read(
        (await send(context.em, "GET", "security/roles?format=Entity", { token: context.token })).body,
      ) as { enterpriseRoleEntities?: { uid?: string; name?: string }[] };
      return new EnterpriseAccountInRoleCreateSpec({
        enterpriseRoleUid: roles.enterpriseRoleEntities!.find((role) => role.name === "SQL Restore Operator")!.uid,
      });
    },
    HierarchyScopeCreateSpec: async (context) => {
      const object = await freeObject(context);
      return new HierarchyScopeCreateSpec({
        hierarchyScopeItems: [{ hierarchyObjRef: object.ref, objectName: object.name }],
      });
    },
    VSphereSelfServiceCreateSpec: async (context) =>
      new VSphereSelfServiceCreateSpec({
        accountName: `TECH\\ss-${unique()}`,
        accountType: "User",
        repositoryUid: await uidOf(context, "getRepository"),
        quotaGb: 50,
      }),
    VCloudOrganizationConfigCreateSpec: async (context) =>
      new VCloudOrganizationConfigCreateSpec({
        organizationName: `Org ${unique()}`,
        backupServerUid: await uidOf(context, "getBackupServer"),
        repositoryUid: await uidOf(context, "getRepository"),
        quotaGb: 100,
        repositoryFriendlyName: "Cloud repository",
        jobSchedulerType: "Partial",
        hostUid: await uidOf(context, "getHierarchyRoot"),
      }),
  };
}

/** The body of a request to `target` with root `element`: a spec, or the resource read back for an edit. */
export async function bodyFor(context: BodyContext, element: string, target: string): Promise<XmlObject> {
  const builder = BUILDERS[element];
  if (builder !== undefined) return builder(context, target);
  // An edit: read the resource at the same URL, change its description where it has one, send it back.
  const response = await send(
    context.em,
    "GET",
    hasEntityForm(target) ? `${target.split("?")[0]}?format=Entity` : target.split("?")[0]!,
    { token: context.token },
  );
  const entity = read(response.body) as XmlObject & { description?: string };
  if ("description" in entity || typeof entity.description === "string") entity.description = "Changed by a test";
  return entity;
}

function hasEntityForm(target: string): boolean {
  return !/\/(subtenants|credentials|passwords)\//.test(target);
}
