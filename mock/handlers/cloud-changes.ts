/**
 * Creating Cloud Connect resources from their create specs: tenants (with their resources),
 * backup and compute resources, subtenants, gateways and gateway pools, hardware plans and public
 * IP addresses. Each is added when its task has done its work; names must be unique (a guess at
 * EM's check).
 */
import { randomUUID } from "node:crypto";
import {
  CloudGateway,
  CloudGatewayPool,
  CloudHardwarePlan,
  CloudHardwarePlanCreateSpec,
  CloudPublicIpAddress,
  CloudPublicIpAddressCreateSpec,
  CloudSubtenant,
  CloudSubtenantCreateSpec,
  CloudTenant,
  CloudTenantComputeResource,
  CloudTenantComputeResourceCreateSpec,
  CloudTenantResource,
  CloudTenantVCloudComputeResource,
  CloudTenantVCloudComputeResourceCreateSpec,
  CreateCloudGatewayPoolSpec,
  CreateCloudGatewaySpec,
  CreateCloudTenantResourceSpec,
  CreateCloudTenantSpec,
} from "../../generated/index.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import { uidOf } from "../seed/seeder.js";
import { relatedList, type StoreRecord } from "../store.js";
import { accepted, bodyOf, byUid } from "./changes.js";
import { targetOf } from "./scope.js";

type Spec<T> = new () => T;

/** A create answered by a task that adds what `add` makes, unless a record of that name exists. */
function creating<T extends object>(
  type: Spec<T>,
  family: string,
  nameOf: (spec: T) => string,
  add: (request: OperationRequest, state: MockState, spec: T) => () => void,
): OperationHandler {
  return (request, state) => {
    const spec = bodyOf(request, type as never) as T;
    const name = nameOf(spec);
    const apply = add(request, state, spec);
    return accepted(request, state, {
      message: `${name} created.`,
      apply: () => {
        if (
          state.store
            .all(family)
            .some((record) => (record.entity as { name?: string }).name?.toLowerCase() === name.toLowerCase())
        )
          return `A ${family.replace(/^cloud/, "cloud ")} named "${name}" already exists.`;
        apply();
      },
    });
  };
}

function serverOf(state: MockState, uid: string | undefined, nameOrId?: string): StoreRecord {
  if (uid !== undefined) return byUid(state, "backupServer", uid, "BackupServerUid");
  const wanted = nameOrId?.toLowerCase();
  const server = state.store
    .all("backupServer")
    .find((record) => record.id === wanted || (record.entity as { name?: string }).name?.toLowerCase() === wanted);
  if (server === undefined) throw new EmError(400, `BackupServerIdOrName "${nameOrId ?? ""}" names no backup server`);
  return server;
}

const createTenant = creating(
  CreateCloudTenantSpec,
  "cloudTenant",
  (spec) => spec.name ?? "",
  (_request, state, spec) => {
    const server = serverOf(state, spec.backupServerUid, spec.backupServerIdOrName);
    const pools = (spec.cloudGatewayPools?.cloudGatewayPoolUids ?? []).map((uid) =>
      byUid(state, "cloudGatewayPool", uid, "CloudGatewayPoolUid"),
    );
    const plans = (spec.computeResources ?? []).map((resource) =>
      byUid(state, "cloudHardwarePlan", resource.cloudHardwarePlanUid, "CloudHardwarePlanUid"),
    );
    const repositories = (spec.resources ?? []).map((resource) =>
      byUid(state, "repository", resource.repositoryUid, "RepositoryUid"),
    );
    return () => {
      const id = randomUUID();
      const tenant = state.store.add("cloudTenant", id, tenantEntity(spec, id), {
        backupServer: server,
        cloudGatewayPool: pools,
        cloudHardwarePlan: plans,
      });
      (spec.resources ?? []).forEach((resource, index) => addResource(state, tenant, resource, repositories[index]!));
      (spec.computeResources ?? []).forEach((resource, index) => addCompute(state, tenant, resource, plans[index]!));
      for (const resource of spec.vCloudComputeResources ?? []) addVCloudCompute(state, tenant, resource);
    };
  },
);

function tenantEntity(spec: CreateCloudTenantSpec, id: string): CloudTenant {
  const kind = spec.tenantType?.toLowerCase() ?? "standalone";
  const tenantType =
    kind === "activedirectory"
      ? { adTenantType: { domain: spec.domain, account: spec.name } }
      : kind === "vcd"
        ? { vCloudTenant: { organizationName: spec.name, organizationRef: spec.organizationRef } }
        : { standaloneTenant: { tenantCredentials: { username: spec.name!, password: "" } } };
  return new CloudTenant({
    name: spec.name,
    uid: uidOf("CloudTenant", id),
    password: "",
    description: spec.description ?? "",
    enabled: spec.enabled ?? true,
    leaseOptions: { enabled: false },
    resources: [],
    lastResult: "None",
    vmCount: spec.vmCount ?? 0,
    computeResources: [],
    throttlingEnabled: spec.throttlingEnabled ?? false,
    throttlingSpeedLimit: spec.throttlingSpeedLimit ?? 1,
    throttlingSpeedUnit: spec.throttlingSpeedUnit ?? "MBps",
    publicIpCount: spec.publicIpCount ?? 0,
    backupCount: 0,
    replicaCount: 0,
    maxConcurrentTasks: spec.maxConcurrentTasks ?? 1,
    workStationBackupCount: 0,
    serverBackupCount: 0,
    backupProtectionEnabled: spec.backupProtectionEnabled ?? false,
    backupProtectionPeriod: spec.backupProtectionPeriod ?? 7,
    tenantType,
    vCloudComputeResources: [],
    failoverToOthersGatewaysIfFail: spec.failoverToOthersGatewaysIfFail ?? false,
  });
}

function addResource(
  state: MockState,
  tenant: StoreRecord,
  spec: CreateCloudTenantResourceSpec,
  repository: StoreRecord,
): void {
  const id = randomUUID();
  const entity = new CloudTenantResource({
    id,
    repositoryQuota: {
      displayName: spec.name,
      repositoryUid: (repository.entity as { uid?: string }).uid,
      wanAcceleratorUid: spec.wanAcceleratorUid ?? "",
      quota: spec.quotaMb,
      usedQuota: 0,
    },
  });
  state.store.add("cloudTenantResource", id, entity, {
    cloudTenant: tenant,
    repository,
    backupServer: state.families.related(tenant, "backupServer")!,
  });
}

function addCompute(
  state: MockState,
  tenant: StoreRecord,
  spec: CloudTenantComputeResourceCreateSpec,
  plan: StoreRecord,
): void {
  const id = randomUUID();
  const entity = new CloudTenantComputeResource({
    id,
    cloudHardwarePlanUid: (plan.entity as { uid?: string }).uid,
    wanAcceleratorUid: spec.wanAcceleratorUid ?? "",
    platformType: spec.platformType,
    useNetworkFailoverResources: spec.useNetworkFailoverResources,
    networkAppliance: spec.networkAppliance,
    computeResourceStats: { memoryUsageMb: 0, cpuCount: 0, storageResourceStats: [] },
  });
  state.store.add("cloudTenantComputeResource", id, entity, {
    cloudTenant: tenant,
    cloudHardwarePlan: plan,
    backupServer: state.families.related(tenant, "backupServer")!,
  });
  const plans = relatedList(tenant, "cloudHardwarePlan");
  if (!plans.includes(plan))
    (tenant.related as Record<string, readonly StoreRecord[]>).cloudHardwarePlan = [...plans, plan];
  state.store.touch();
}

function addVCloudCompute(
  state: MockState,
  tenant: StoreRecord,
  spec: CloudTenantVCloudComputeResourceCreateSpec,
): void {
  const id = randomUUID();
  const entity = new CloudTenantVCloudComputeResource({
    id,
    virtualDataCenterName: spec.virtualDataCenterRef?.split(":").at(-1),
    virtualDataCenterRef: spec.virtualDataCenterRef,
    enabled: true,
    allocationModel: "PayAsYouGo",
    useNetworkFailoverResources: spec.useNetworkFailoverResources,
    resourceUsage: { cpuUsageMhz: 0, memoryUsageMb: 0, storageUsageGb: 0 },
    wanAcceleratorUid: spec.wanAcceleratorUid ?? "",
    networkAppliance: spec.networkAppliance,
  });
  state.store.add("cloudTenantVCloudComputeResource", id, entity, {
    cloudTenant: tenant,
    backupServer: state.families.related(tenant, "backupServer")!,
  });
}

/** A create below a tenant: the task adds the record the spec describes. */
function belowTenant<T extends object>(
  type: Spec<T>,
  add: (state: MockState, tenant: StoreRecord, spec: T) => () => void,
): OperationHandler {
  return (request, state) => {
    const tenant = targetOf(request, state);
    const apply = add(state, tenant, bodyOf(request, type as never) as T);
    return accepted(request, state, { message: "Ok", apply });
  };
}

const createResource = belowTenant(CreateCloudTenantResourceSpec, (state, tenant, spec) => {
  const repository = byUid(state, "repository", spec.repositoryUid, "RepositoryUid");
  return () => addResource(state, tenant, spec, repository);
});

const createCompute = belowTenant(CloudTenantComputeResourceCreateSpec, (state, tenant, spec) => {
  const plan = byUid(state, "cloudHardwarePlan", spec.cloudHardwarePlanUid, "CloudHardwarePlanUid");
  return () => addCompute(state, tenant, spec, plan);
});

const createVCloudCompute = belowTenant(
  CloudTenantVCloudComputeResourceCreateSpec,
  (state, tenant, spec) => () => addVCloudCompute(state, tenant, spec),
);

const createSubtenant = belowTenant(CloudSubtenantCreateSpec, (state, tenant, spec) => {
  const resource = state.store.get("cloudTenantResource", spec.tenantResourceId ?? "");
  if (resource === undefined || resource.related.cloudTenant !== tenant)
    throw new EmError(400, `TenantResourceId "${spec.tenantResourceId ?? ""}" names no backup resource of the tenant`);
  return () => {
    const id = randomUUID();
    const entity = new CloudSubtenant({
      id,
      name: spec.name,
      description: spec.description ?? "",
      password: "",
      enabled: spec.enabled ?? true,
      repositoryQuota: {
        unlimited: spec.unlimitedQuota,
        displayName: spec.quotaName ?? spec.name,
        tenantResourceId: resource.id,
        quotaMb: spec.quotaMb ?? 0,
        usedQuotaMb: 0,
        quotaId: randomUUID(),
      },
    });
    state.store.add("cloudSubtenant", id, entity, {
      cloudTenant: tenant,
      cloudTenantResource: resource,
      backupServer: state.families.related(tenant, "backupServer")!,
    });
  };
});

const createGateway = creating(
  CreateCloudGatewaySpec,
  "cloudGateway",
  (spec) => spec.serverHostName ?? "",
  (_request, state, spec) => {
    const server = serverOf(
      state,
      spec.backupServerUid,
      spec.backupServerIdOrName ?? state.store.all("backupServer")[0]?.id,
    );
    return () => {
      const id = randomUUID();
      const gateway = new CloudGateway({
        name: spec.serverHostName,
        uid: uidOf("CloudGateway", id),
        enabled: true,
        dnsNameOrIpAddress: spec.serverHostName,
        networkMode: spec.networkType,
        externalIP: spec.externalIp ?? "",
        externalPort: spec.externalPort ?? 6180,
        internalPort: spec.internalPort ?? spec.incomingPort ?? 6180,
        description: spec.description ?? "",
      });
      state.store.add("cloudGateway", id, gateway, { backupServer: server });
    };
  },
);

const createGatewayPool = creating(
  CreateCloudGatewayPoolSpec,
  "cloudGatewayPool",
  (spec) => spec.name ?? "",
  (_request, state, spec) => {
    const server = serverOf(state, spec.backupServerUid);
    const gateways = (spec.cloudGateways ?? []).map((uid) => byUid(state, "cloudGateway", uid, "CloudGatewayUid"));
    const tenants = (spec.cloudTenants ?? []).map((uid) => byUid(state, "cloudTenant", uid, "CloudTenantUid"));
    return () => {
      const id = randomUUID();
      const entity = new CloudGatewayPool({
        name: spec.name,
        uid: uidOf("CloudGatewayPool", id),
        description: spec.description ?? "",
        cloudGateways: [],
        cloudTenants: [],
        backupServerUid: (server.entity as { uid?: string }).uid,
      });
      const pool = state.store.add("cloudGatewayPool", id, entity, { backupServer: server });
      for (const gateway of gateways) (gateway.related as Record<string, StoreRecord>).cloudGatewayPool = pool;
      for (const tenant of tenants)
        (tenant.related as Record<string, readonly StoreRecord[]>).cloudGatewayPool = [
          ...relatedList(tenant, "cloudGatewayPool"),
          pool,
        ];
    };
  },
);

const createHardwarePlan = creating(
  CloudHardwarePlanCreateSpec,
  "cloudHardwarePlan",
  (spec) => spec.name ?? "",
  (_request, state, spec) => {
    const server = serverOf(state, spec.backupServerUid);
    return () => {
      const id = randomUUID();
      const plan = new CloudHardwarePlan({
        name: spec.name,
        uid: uidOf("CloudHardwarePlan", id),
        description: spec.description ?? "",
        processorUsageLimitMhz: spec.processorUsageLimitMhz,
        memoryUsageLimitMb: spec.memoryUsageLimitMb,
        hardwarePlanDetails: spec.hardwarePlanDetails,
      });
      state.store.add("cloudHardwarePlan", id, plan, { backupServer: server });
    };
  },
);

/** Public IP addresses come as a range; each address becomes a resource (at most 256 at once, a guess). */
const createPublicIps: OperationHandler = (request, state) => {
  const spec = bodyOf(request, CloudPublicIpAddressCreateSpec);
  const server = serverOf(state, spec.backupServerUid);
  const [low, high] = [
    ipNumber(spec.ipAddressLowerBound, "IpAddressLowerBound"),
    ipNumber(spec.ipAddressUpperBound, "IpAddressUpperBound"),
  ];
  if (high < low || high - low >= 256)
    throw new EmError(
      400,
      `the range ${spec.ipAddressLowerBound}-${spec.ipAddressUpperBound} must run upwards and hold at most 256 addresses`,
    );
  return accepted(request, state, {
    message: `${high - low + 1} public IP addresses added.`,
    apply: () => {
      for (let value = low; value <= high; value++) {
        const ipAddress = [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join(".");
        const id = randomUUID();
        const entity = new CloudPublicIpAddress({
          name: ipAddress,
          uid: uidOf("CloudPublicIpAddress", id),
          backupServerUid: (server.entity as { uid?: string }).uid,
          ipAddress,
        });
        state.store.add("cloudPublicIpAddress", id, entity, { backupServer: server });
      }
    },
  });
};

function ipNumber(text: string | undefined, element: string): number {
  const parts = (text ?? "").split(".");
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
    throw new EmError(400, `${element} "${text ?? ""}" is not an IPv4 address`);
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** The handlers of this file, by operation id. */
export const CLOUD_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  createCloudTenant: createTenant,
  createCloudTenantResource: createResource,
  createCloudTenantComputeResource: createCompute,
  createCloudTenantVCloudComputeResource: createVCloudCompute,
  createCloudTenantSubtenant: createSubtenant,
  createCloudGateway: createGateway,
  createCloudGatewayPool: createGatewayPool,
  createCloudHardwarePlan: createHardwarePlan,
  createCloudPublicIpAddress: createPublicIps,
};
