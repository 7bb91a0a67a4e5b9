/**
 * Cloud Connect on the headquarters server: hardware plans, gateways in a gateway pool, three
 * tenants (standalone, Active Directory, Cloud Director) with their backup resources, compute
 * resources and subtenants, public IP addresses and VLANs. Replicas and failover are in
 * `cloud-replication.ts`.
 */
import {
  CloudGateway,
  CloudGatewayPool,
  CloudHardwarePlan,
  CloudPublicIpAddress,
  CloudSubtenant,
  CloudTenant,
  CloudTenantComputeResource,
  CloudTenantResource,
  CloudTenantVCloudComputeResource,
  VlanConfiguration,
  type CloudTenantTypeInfo,
} from "../../generated/index.js";
import type { StoreRecord } from "../store.js";
import type { Infrastructure } from "./infrastructure.js";
import { objectRef } from "./inventory.js";
import { dateTime, uidOf, type Seeder } from "./seeder.js";

/** What the cloud replication builder uses. */
export interface CloudConnect {
  readonly server: StoreRecord;
  readonly tenants: readonly StoreRecord<CloudTenant>[];
}

/** Builds Cloud Connect. */
export function seedCloud(seeder: Seeder, infrastructure: Infrastructure): CloudConnect {
  const server = infrastructure.servers[0]!;
  const root = infrastructure.roots[0]![0]!;
  const plans = seedHardwarePlans(seeder, server, infrastructure);
  const pool = seeder.add(
    "cloudGatewayPool",
    (id) =>
      new CloudGatewayPool({
        name: "Europe Gateways",
        uid: uidOf("CloudGatewayPool", id),
        description: "Gateways in the Frankfurt data center",
        cloudGateways: [],
        cloudTenants: [],
        backupServerUid: (server.entity as { uid?: string }).uid,
      }),
    { backupServer: server },
  );
  seedGateways(seeder, server, pool);
  const tenants = TENANTS.map((seed) => seedTenant(seeder, seed, server, pool, infrastructure));
  seedComputeResources(seeder, tenants, plans, infrastructure);
  seedSubtenants(seeder, tenants[0]!);
  seedPublicIps(seeder, server, tenants[0]!);
  seedVlans(seeder, server, root);
  return { server, tenants };
}

function seedHardwarePlans(seeder: Seeder, server: StoreRecord, infrastructure: Infrastructure) {
  const vCenter = infrastructure.roots[0]![0]!;
  const hyperV = infrastructure.roots[0]![1]!;
  const silver = seeder.add(
    "cloudHardwarePlan",
    (id) =>
      new CloudHardwarePlan({
        name: "Silver",
        uid: uidOf("CloudHardwarePlan", id),
        description: "VMware replicas: 4 GHz, 8 GB, 300 GB",
        processorUsageLimitMhz: 4000,
        memoryUsageLimitMb: 8192,
        hardwarePlanDetails: {
          viCloudHardwarePlan: {
            hypervisorHostRef: objectRef(vCenter, "ClusterComputeResource", "domain-c7"),
            parentType: "ClusterComputeResource",
            parentName: "Production Cluster",
            datastores: [
              {
                id: seeder.id(),
                friendlyName: "Cloud Replicas",
                datastoreType: "Datastore",
                reference: objectRef(vCenter, "Datastore", "datastore-15"),
                rootPath: "[Cloud Replicas]",
                quotaGb: 300,
                pbmProfileId: "",
              },
            ],
            network: { id: seeder.id(), countWithInternet: 1, countWithoutInternet: 2 },
          },
        },
      }),
    { backupServer: server },
  );
  const bronze = seeder.add(
    "cloudHardwarePlan",
    (id) =>
      new CloudHardwarePlan({
        name: "Bronze",
        uid: uidOf("CloudHardwarePlan", id),
        description: "Hyper-V replicas: 2 GHz, 4 GB, 100 GB",
        processorUsageLimitMhz: 2000,
        memoryUsageLimitMb: 4096,
        hardwarePlanDetails: {
          hvCloudHardwarePlan: {
            hypervisorHostRef: objectRef(hyperV, "Host", hyperV.entity.uniqueId!.toLowerCase()),
            volumes: [{ id: seeder.id(), friendlyName: "E:\\", volumePath: "E:\\Replicas", quotaGb: 100 }],
            network: { id: seeder.id(), countWithInternet: 1, countWithoutInternet: 1 },
          },
        },
      }),
    { backupServer: server },
  );
  return [silver, bronze] as const;
}

function seedGateways(seeder: Seeder, server: StoreRecord, pool: StoreRecord): void {
  const gateways: [string, "Direct" | "NAT", string][] = [
    ["gw01.cloud.tech.local", "Direct", "203.0.113.10"],
    ["gw02.cloud.tech.local", "NAT", "203.0.113.11"],
  ];
  for (const [name, networkMode, externalIP] of gateways) {
    seeder.add(
      "cloudGateway",
      (id) =>
        new CloudGateway({
          name,
          uid: uidOf("CloudGateway", id),
          enabled: true,
          dnsNameOrIpAddress: name,
          networkMode,
          externalIP,
          externalPort: 6180,
          internalPort: 6180,
          description: `Cloud gateway ${name.split(".")[0]}`,
        }),
      { backupServer: server, cloudGatewayPool: pool },
    );
  }
}

interface TenantSeed {
  readonly name: string;
  readonly description: string;
  readonly enabled: boolean;
  readonly tenantType: CloudTenantTypeInfo | ReturnType<typeof tenantTypeInit>;
  readonly quotas: readonly [repository: number, quotaMb: number, usedMb: number][];
}

function tenantTypeInit(kind: "standalone" | "ad" | "vcd", name: string) {
  if (kind === "standalone") return { standaloneTenant: { tenantCredentials: { username: name, password: "" } } };
  if (kind === "ad")
    return {
      adTenantType: {
        domain: { domainName: "contoso.com", domainAccount: "CONTOSO\\veeam", port: 389 },
        account: "CONTOSO\\backup-admins",
      },
    };
  return {
    vCloudTenant: { organizationName: name, organizationRef: "urn:vcloud:org:3c1ad3e6-5a44-4c56-9e3a-0a4ce1ab1d4e" },
  };
}

const TENANTS: readonly TenantSeed[] = [
  {
    name: "ABC Company",
    description: "Tenant account for ABC Company",
    enabled: true,
    tenantType: tenantTypeInit("standalone", "ABC Company"),
    quotas: [
      [2, 307_200, 121_000],
      [1, 102_400, 0],
    ],
  },
  {
    name: "Contoso",
    description: "Contoso, authenticated by its domain",
    enabled: true,
    tenantType: tenantTypeInit("ad", "Contoso"),
    quotas: [[2, 512_000, 402_000]],
  },
  {
    name: "Tenant Org",
    description: "Cloud Director organization",
    enabled: false,
    tenantType: tenantTypeInit("vcd", "TenantOrg"),
    quotas: [[1, 204_800, 10_240]],
  },
];

function seedTenant(
  seeder: Seeder,
  seed: TenantSeed,
  server: StoreRecord,
  pool: StoreRecord,
  infrastructure: Infrastructure,
) {
  const tenant = seeder.add("cloudTenant", (id) => cloudTenant(seeder, seed, id), {
    backupServer: server,
    cloudGatewayPool: [pool],
  });
  seedTenantQuotas(seeder, seed, tenant, server, infrastructure);
  return tenant;
}

/** The tenant entity of `seed`: a few backups and a replica, its lease set for Contoso only. */
function cloudTenant(seeder: Seeder, seed: TenantSeed, id: string): CloudTenant {
  return new CloudTenant({
    name: seed.name,
    uid: uidOf("CloudTenant", id),
    password: "",
    description: seed.description,
    enabled: seed.enabled,
    leaseOptions: {
      enabled: seed.name === "Contoso",
      expirationDate: dateTime(new Date(seeder.now.getTime() + 90 * 86_400_000)),
    },
    resources: [],
    lastResult: "Success",
    lastActive: dateTime(seeder.ago(95)),
    vmCount: 4,
    computeResources: [],
    throttlingEnabled: false,
    throttlingSpeedLimit: 1,
    throttlingSpeedUnit: "MBps",
    publicIpCount: 0,
    backupCount: 3,
    replicaCount: 1,
    maxConcurrentTasks: 4,
    workStationBackupCount: 0,
    serverBackupCount: 2,
    backupProtectionEnabled: true,
    backupProtectionPeriod: 7,
    tenantType: seed.tenantType,
    vCloudComputeResources: [],
    failoverToOthersGatewaysIfFail: true,
  });
}

/** One tenant resource per quota of `seed`, each on a repository of the first server. */
function seedTenantQuotas(
  seeder: Seeder,
  seed: TenantSeed,
  tenant: StoreRecord,
  server: StoreRecord,
  infrastructure: Infrastructure,
): void {
  for (const [repository, quota, used] of seed.quotas) {
    const target = infrastructure.repositories[0]![repository]!;
    seeder.add(
      "cloudTenantResource",
      (id) =>
        new CloudTenantResource({
          id,
          repositoryQuota: {
            displayName: `${seed.name} backups`,
            repositoryUid: (target.entity as { uid?: string }).uid,
            wanAcceleratorUid: infrastructure.wanAccelerators[0]!.entity.uid,
            quota,
            usedQuota: used,
          },
        }),
      { cloudTenant: tenant, repository: target, backupServer: server },
    );
  }
}

const appliance = (name: string) => ({
  name: `Cloud Appliance ${name}`,
  productionNetwork: "VM Network",
  obtainIPAddressAutomatically: true,
  viDistributedSwitchUuid: "",
  productionNetworkUnderDvs: false,
});

function seedComputeResources(
  seeder: Seeder,
  tenants: readonly StoreRecord<CloudTenant>[],
  plans: readonly [StoreRecord<CloudHardwarePlan>, StoreRecord<CloudHardwarePlan>],
  infrastructure: Infrastructure,
): void {
  const wan = infrastructure.wanAccelerators[0]!.entity.uid;
  tenants.slice(0, 2).forEach((tenant, index) => {
    const plan = plans[index]!;
    seeder.add(
      "cloudTenantComputeResource",
      (id) =>
        new CloudTenantComputeResource({
          id,
          cloudHardwarePlanUid: plan.entity.uid,
          wanAcceleratorUid: wan,
          platformType: index === 0 ? "VMware" : "HyperV",
          useNetworkFailoverResources: true,
          networkAppliance: appliance(tenant.entity.name!),
          computeResourceStats: {
            memoryUsageMb: 8192,
            cpuCount: 2,
            storageResourceStats: [{ storageName: "Cloud Replicas", storageUsageGb: 35, storageLimitGb: 300 }],
          },
        }),
      { cloudTenant: tenant, cloudHardwarePlan: plan, backupServer: one(tenant) },
    );
    // A tenant uses the hardware plans of its compute resources (`/cloud/hardwarePlans/{ID}/tenants`).
    (tenant.related as Record<string, readonly StoreRecord[]>).cloudHardwarePlan = [plan];
  });
  const org = tenants[2]!;
  seeder.add(
    "cloudTenantVCloudComputeResource",
    (id) =>
      new CloudTenantVCloudComputeResource({
        id,
        virtualDataCenterName: "TenantOrg-vDC",
        virtualDataCenterRef: objectRef(
          infrastructure.roots[0]![2]!,
          "OrgVdc",
          "urn:vcloud:vdc:51e0f11e-2b6a-4c1d-9a53-7f4e6f9a0c11",
        ),
        enabled: true,
        allocationModel: "PayAsYouGo",
        useNetworkFailoverResources: false,
        resourceUsage: { cpuUsageMhz: 1200, memoryUsageMb: 6144, storageUsageGb: 80 },
        wanAcceleratorUid: wan,
        networkAppliance: appliance(org.entity.name!),
      }),
    { cloudTenant: org, backupServer: one(org) },
  );
}

function one(tenant: StoreRecord): StoreRecord {
  return tenant.related.backupServer as StoreRecord;
}

function seedSubtenants(seeder: Seeder, tenant: StoreRecord<CloudTenant>): void {
  const resource = seeder.store
    .all("cloudTenantResource")
    .find((candidate) => candidate.related.cloudTenant === tenant)!;
  const names: [string, boolean, number][] = [
    ["abc-accounting", false, 51_200],
    ["abc-sales", true, 0],
  ];
  for (const [name, unlimited, quotaMb] of names) {
    seeder.add(
      "cloudSubtenant",
      (id) =>
        new CloudSubtenant({
          id,
          name,
          description: `Subtenant of ${tenant.entity.name}`,
          password: "",
          enabled: true,
          repositoryQuota: {
            unlimited,
            displayName: `${name} quota`,
            tenantResourceId: resource.id,
            quotaMb,
            usedQuotaMb: unlimited ? 2048 : 10_240,
            quotaId: seeder.id(),
          },
        }),
      { cloudTenant: tenant, cloudTenantResource: resource, backupServer: one(tenant) },
    );
  }
}

function seedPublicIps(seeder: Seeder, server: StoreRecord, tenant: StoreRecord<CloudTenant>): void {
  ["198.51.100.20", "198.51.100.21", "198.51.100.22"].forEach((ipAddress, index) => {
    const assigned = index === 0 ? tenant : undefined;
    seeder.add(
      "cloudPublicIpAddress",
      (id) =>
        new CloudPublicIpAddress({
          name: ipAddress,
          uid: uidOf("CloudPublicIpAddress", id),
          backupServerUid: (server.entity as { uid?: string }).uid,
          ipAddress,
          tenantUid: assigned?.entity.uid,
        }),
      // An address is assigned to a tenant, not owned by it: it stays when the tenant goes.
      assigned === undefined ? { backupServer: server } : { backupServer: server, cloudTenant: [assigned] },
    );
  });
}

function seedVlans(seeder: Seeder, server: StoreRecord, root: StoreRecord): void {
  seeder.add(
    "vlan",
    (id) =>
      new VlanConfiguration({
        name: "dvSwitch-Cloud",
        uid: uidOf("VlanConfiguration", id),
        hostRef: objectRef(root as never, "ClusterComputeResource", "domain-c7"),
        platformType: "VMware",
        vlanIdsWithInternetLeftBound: 100,
        vlanIdsWithInternetRightBound: 199,
        vlanIdsWithoutInternetLeftBound: 200,
        vlanIdsWithoutInternetRightBound: 299,
        switchName: "dvSwitch-Cloud",
        switchId: "50 2c 8b 1e 6a 3f 4d 55-a1 0e 2f 7c 9b 44 11 d0",
        clusterName: "Production Cluster",
        clusterId: "domain-c7",
        switchType: "DistributedVirtualSwitch",
      }),
    { backupServer: server, hierarchyRoot: root },
  );
}
