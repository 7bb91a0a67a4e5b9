// Generated from schemas/cloud.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Veeam Cloud Connect as seen from the Enterprise Manager: cloud gateways and gateway pools, tenant accounts with their backup quotas, replication (compute) resources and subtenants, hardware plans, public IP addresses, VLAN ranges, cloud replicas and their restore points, cloud failover plans and their sessions.

import {
  attribute,
  booleanCodec,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  longCodec,
  objectElement,
  scalarElement,
  stringCodec,
  unsignedShortCodec,
  wrappedElement,
  wrappedScalars,
  type XmlDateTime,
  XmlObject,
} from "../runtime/index.js";
import {
  Entity,
  Info,
  List,
  Resource,
  Spec,
  optionalUidCodec,
  uidCodec,
  urnCodec,
  type EntityRef,
  type Link,
} from "./common.gen.js";
import type { TenantCredentialsInfo } from "./session.gen.js";
import { JobSessionEntity } from "./sessions.gen.js";
import { types } from "./type-table.gen.js";

/** How a cloud gateway is reached: on its own address, or behind a NAT device. Open: other values are kept (strict reading rejects them). */
export type CloudGatewayNetworkingMode = "Direct" | "NAT" | (string & {});

/** Codec of {@link CloudGatewayNetworkingMode}. */
export const cloudGatewayNetworkingModeCodec = enumerationCodec<CloudGatewayNetworkingMode>(
  "CloudGatewayNetworkingMode",
  ["Direct", "NAT"],
);

/** Kind of tenant account to create. The pages spell the VMware Cloud Director kind `vCD`, `Vcd` and (in examples) `VCD`. Open: other values are kept (strict reading rejects them). */
export type CloudTenantTypeEnumeration = "Standalone" | "vCD" | "ActiveDirectory" | "VCD" | "Vcd" | (string & {});

/** Codec of {@link CloudTenantTypeEnumeration}. */
export const cloudTenantTypeEnumerationCodec = enumerationCodec<CloudTenantTypeEnumeration>(
  "CloudTenantTypeEnumeration",
  ["Standalone", "vCD", "ActiveDirectory", "VCD", "Vcd"],
);

/** Unit of a tenant's bandwidth limit. Open: other values are kept (strict reading rejects them). */
export type CloudTenantThrottlingSpeedUnitEnumeration = "Mbps" | "KBps" | "MBps" | (string & {});

/** Codec of {@link CloudTenantThrottlingSpeedUnitEnumeration}. */
export const cloudTenantThrottlingSpeedUnitEnumerationCodec =
  enumerationCodec<CloudTenantThrottlingSpeedUnitEnumeration>("CloudTenantThrottlingSpeedUnitEnumeration", [
    "Mbps",
    "KBps",
    "MBps",
  ]);

/** Virtualization platform of a hardware plan, compute resource or VLAN range. Open: other values are kept (strict reading rejects them). */
export type CloudPlatformTypeEnumeration = "VMware" | "HyperV" | (string & {});

/** Codec of {@link CloudPlatformTypeEnumeration}. */
export const cloudPlatformTypeEnumerationCodec = enumerationCodec<CloudPlatformTypeEnumeration>(
  "CloudPlatformTypeEnumeration",
  ["VMware", "HyperV"],
);

/** Allocation model of an organization virtual datacenter. Open: other values are kept (strict reading rejects them). */
export type CloudTenantVCloudAllocationModelEnumeration =
  "Unknown" | "AllocationPool" | "PayAsYouGo" | "ReservationPool" | "Flex" | (string & {});

/** Codec of {@link CloudTenantVCloudAllocationModelEnumeration}. */
export const cloudTenantVCloudAllocationModelEnumerationCodec =
  enumerationCodec<CloudTenantVCloudAllocationModelEnumeration>("CloudTenantVCloudAllocationModelEnumeration", [
    "Unknown",
    "AllocationPool",
    "PayAsYouGo",
    "ReservationPool",
    "Flex",
  ]);

/** Whether a VMware hardware plan sits on a cluster or on a single host. Open: other values are kept (strict reading rejects them). */
export type CloudHardwarePlanParentTypeEnumeration = "ClusterComputeResource" | "HostSystem" | (string & {});

/** Codec of {@link CloudHardwarePlanParentTypeEnumeration}. */
export const cloudHardwarePlanParentTypeEnumerationCodec = enumerationCodec<CloudHardwarePlanParentTypeEnumeration>(
  "CloudHardwarePlanParentTypeEnumeration",
  ["ClusterComputeResource", "HostSystem"],
);

/** Whether a hardware plan storage is a single datastore or a datastore cluster. Open: other values are kept (strict reading rejects them). */
export type CloudHardwarePlanDatastoreTypeEnumeration = "Datastore" | "StoragePod" | (string & {});

/** Codec of {@link CloudHardwarePlanDatastoreTypeEnumeration}. */
export const cloudHardwarePlanDatastoreTypeEnumerationCodec =
  enumerationCodec<CloudHardwarePlanDatastoreTypeEnumeration>("CloudHardwarePlanDatastoreTypeEnumeration", [
    "Datastore",
    "StoragePod",
  ]);

/** Kind of virtual switch that carries a VLAN range. Open: other values are kept (strict reading rejects them). */
export type VlanConfigurationSwitchTypeEnumeration = "VirtualSwitch" | "DistributedVirtualSwitch" | (string & {});

/** Codec of {@link VlanConfigurationSwitchTypeEnumeration}. */
export const vlanConfigurationSwitchTypeEnumerationCodec = enumerationCodec<VlanConfigurationSwitchTypeEnumeration>(
  "VlanConfigurationSwitchTypeEnumeration",
  ["VirtualSwitch", "DistributedVirtualSwitch"],
);

/** Platform of a cloud replica. Open: other values are kept (strict reading rejects them). */
export type CloudReplicaPlatformEnumeration = "VMware" | "HyperV" | "vCloud" | (string & {});

/** Codec of {@link CloudReplicaPlatformEnumeration}. */
export const cloudReplicaPlatformEnumerationCodec = enumerationCodec<CloudReplicaPlatformEnumeration>(
  "CloudReplicaPlatformEnumeration",
  ["VMware", "HyperV", "vCloud"],
);

/** Kind of a cloud VM replica restore point. Open: other values are kept (strict reading rejects them). */
export type CloudVmReplicaPointTypeEnumeration =
  "CDP" | "Full" | "ReverseIncrement" | "Increment" | "Snapshot" | (string & {});

/** Codec of {@link CloudVmReplicaPointTypeEnumeration}. */
export const cloudVmReplicaPointTypeEnumerationCodec = enumerationCodec<CloudVmReplicaPointTypeEnumeration>(
  "CloudVmReplicaPointTypeEnumeration",
  ["CDP", "Full", "ReverseIncrement", "Increment", "Snapshot"],
);

/** Where a cloud VM replica restore point stands. Open: other values are kept (strict reading rejects them). */
export type CloudVmReplicaPointStateEnumeration =
  "Unknown" | "Ready" | "Failover" | "Failback" | "PermanentFailover" | (string & {});

/** Codec of {@link CloudVmReplicaPointStateEnumeration}. */
export const cloudVmReplicaPointStateEnumerationCodec = enumerationCodec<CloudVmReplicaPointStateEnumeration>(
  "CloudVmReplicaPointStateEnumeration",
  ["Unknown", "Ready", "Failover", "Failback", "PermanentFailover"],
);

/** Progress of a cloud failover task. Open: other values are kept (strict reading rejects them). */
export type CloudFailoverSessionStateEnumeration = "Starting" | "Stopping" | "Working" | "Stopped" | (string & {});

/** Codec of {@link CloudFailoverSessionStateEnumeration}. */
export const cloudFailoverSessionStateEnumerationCodec = enumerationCodec<CloudFailoverSessionStateEnumeration>(
  "CloudFailoverSessionStateEnumeration",
  ["Starting", "Stopping", "Working", "Stopped"],
);

/** Outcome of a cloud failover task; `None` while it runs. Open: other values are kept (strict reading rejects them). */
export type CloudFailoverSessionResultEnumeration = "None" | "Success" | "Warning" | "Failed" | (string & {});

/** Codec of {@link CloudFailoverSessionResultEnumeration}. */
export const cloudFailoverSessionResultEnumerationCodec = enumerationCodec<CloudFailoverSessionResultEnumeration>(
  "CloudFailoverSessionResultEnumeration",
  ["None", "Success", "Warning", "Failed"],
);

/** Entry point of the cloud resources (/cloud); only links. */
export class CloudConnectService extends Resource {
  declare private readonly "emx:CloudConnectService": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudConnectService> = defineBinding<CloudConnectService>({
    typeName: "CloudConnectServiceType",
    className: "CloudConnectService",
    table: types,
    base: Resource.binding,
    create: () => new CloudConnectService(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudConnectService>) {
    super(init);
  }
}

const CloudGatewayFields = {
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  dnsNameOrIpAddress: scalarElement("DnsNameOrIpAddress", "dnsNameOrIpAddress", stringCodec),
  networkMode: scalarElement("NetworkMode", "networkMode", cloudGatewayNetworkingModeCodec, 1, 1),
  externalIP: scalarElement("ExternalIP", "externalIP", stringCodec),
  externalPort: scalarElement("ExternalPort", "externalPort", unsignedShortCodec),
  internalPort: scalarElement("InternalPort", "internalPort", unsignedShortCodec),
  description: scalarElement("Description", "description", stringCodec),
};

/** A cloud gateway of a service provider backup server. */
export class CloudGateway extends Entity {
  /** Whether the gateway is switched on. */
  declare enabled?: boolean;
  /** DNS name or address of the gateway server (API v1_2). */
  declare dnsNameOrIpAddress?: string;
  /**
   * Direct or NAT.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare networkMode?: CloudGatewayNetworkingMode;
  /** Address tenants connect to. */
  declare externalIP?: string;
  /** Port tenants connect to. */
  declare externalPort?: number;
  /** Port the gateway listens on behind NAT. */
  declare internalPort?: number;
  /** Free text. */
  declare description?: string;
  declare private readonly "emx:CloudGateway": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudGateway> = defineBinding<CloudGateway>({
    typeName: "CloudGatewayEntityType",
    className: "CloudGateway",
    table: types,
    base: Entity.binding,
    create: () => new CloudGateway(),
    fields: Object.values(CloudGatewayFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudGateway>) {
    super(init);
  }
}

const CloudGatewaysFields = {
  cloudGateways: objectElement(types, "CloudGateway", "cloudGateways", "CloudGatewayEntityType", 0, Infinity),
};

/** A list of cloud gateways. */
export class CloudGateways extends List {
  /** One gateway. */
  declare cloudGateways?: CloudGateway[];
  declare private readonly "emx:CloudGateways": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudGateways> = defineBinding<CloudGateways>({
    typeName: "CloudGatewayEntityListType",
    className: "CloudGateways",
    table: types,
    base: List.binding,
    create: () => new CloudGateways(),
    fields: Object.values(CloudGatewaysFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudGateways>) {
    super(init);
  }
}

const CreateCloudGatewaySpecFields = {
  backupServerIdOrName: scalarElement("BackupServerIdOrName", "backupServerIdOrName", stringCodec),
  serverHostName: scalarElement("ServerHostName", "serverHostName", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
  incomingPort: scalarElement("IncomingPort", "incomingPort", unsignedShortCodec),
  externalIp: scalarElement("ExternalIp", "externalIp", stringCodec),
  externalPort: scalarElement("ExternalPort", "externalPort", unsignedShortCodec),
  networkType: scalarElement("NetworkType", "networkType", cloudGatewayNetworkingModeCodec, 1, 1),
  internalPort: scalarElement("InternalPort", "internalPort", unsignedShortCodec),
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec),
};

/** Body of POST /cloud/gateways: a server to turn into a cloud gateway. */
export class CreateCloudGatewaySpec extends Spec {
  /** The backup server, by ID or name (instead of BackupServerUid). */
  declare backupServerIdOrName?: string;
  /**
   * Server that becomes the gateway.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare serverHostName?: string;
  /** Free text. */
  declare description?: string;
  /** Incoming port (API v1_2). */
  declare incomingPort?: number;
  /** Address tenants connect to (NAT mode). */
  declare externalIp?: string;
  /** Port tenants connect to. */
  declare externalPort?: number;
  /**
   * Direct or NAT.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare networkType?: CloudGatewayNetworkingMode;
  /** Port the gateway listens on. */
  declare internalPort?: number;
  /** The service provider backup server. */
  declare backupServerUid?: string;
  declare private readonly "emx:CreateCloudGatewaySpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CreateCloudGatewaySpec> = defineBinding<CreateCloudGatewaySpec>({
    typeName: "CreateCloudGatewaySpecType",
    className: "CreateCloudGatewaySpec",
    table: types,
    base: Spec.binding,
    create: () => new CreateCloudGatewaySpec(),
    fields: Object.values(CreateCloudGatewaySpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CreateCloudGatewaySpec>) {
    super(init);
  }
}

const CloudGatewayPoolFields = {
  description: scalarElement("Description", "description", stringCodec),
  cloudGateways: wrappedScalars("CloudGateways", "cloudGateways", "CloudGatewayUid", uidCodec, 0, {
    item: "CloudGatewayUids",
  }),
  cloudTenants: wrappedScalars("CloudTenants", "cloudTenants", "CloudTenantUid", uidCodec, 0, {
    item: "CloudTenantUids",
  }),
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec),
};

/** A named group of cloud gateways and the tenants that use it. */
export class CloudGatewayPool extends Entity {
  /** Free text. */
  declare description?: string;
  /**
   * Gateways in the pool.
   *
   * Written as `<CloudGateways>` around one `<CloudGatewayUid>` per item; absent and empty stay distinct.
   */
  declare cloudGateways?: string[];
  /**
   * Tenants assigned to the pool.
   *
   * Written as `<CloudTenants>` around one `<CloudTenantUid>` per item; absent and empty stay distinct.
   */
  declare cloudTenants?: string[];
  /** The backup server; listed by the PUT page. */
  declare backupServerUid?: string;
  declare private readonly "emx:CloudGatewayPool": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudGatewayPool> = defineBinding<CloudGatewayPool>({
    typeName: "CloudGatewayPoolEntityType",
    className: "CloudGatewayPool",
    table: types,
    base: Entity.binding,
    create: () => new CloudGatewayPool(),
    fields: Object.values(CloudGatewayPoolFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudGatewayPool>) {
    super(init);
  }
}

const CloudGatewayPoolsFields = {
  cloudGatewayPools: objectElement(
    types,
    "CloudGatewayPool",
    "cloudGatewayPools",
    "CloudGatewayPoolEntityType",
    0,
    Infinity,
  ),
  cloudGatewayPoolUids: scalarElement("CloudGatewayPoolUid", "cloudGatewayPoolUids", uidCodec, 0, Infinity, {
    name: "CloudGatewayPoolUids",
  }),
};

/** Cloud gateway pools: full entities in the collection, bare UIDs where a tenant account names its pools. */
export class CloudGatewayPools extends List {
  /** One pool. */
  declare cloudGatewayPools?: CloudGatewayPool[];
  /** A pool, by UID (tenant accounts). */
  declare cloudGatewayPoolUids?: string[];
  declare private readonly "emx:CloudGatewayPools": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudGatewayPools> = defineBinding<CloudGatewayPools>({
    typeName: "CloudGatewayPoolEntityListType",
    className: "CloudGatewayPools",
    table: types,
    base: List.binding,
    create: () => new CloudGatewayPools(),
    choices: [{ required: false, branches: [["CloudGatewayPool"], ["CloudGatewayPoolUid"]] }],
    fields: Object.values(CloudGatewayPoolsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudGatewayPools>) {
    super(init);
  }
}

const CloudGatewayPoolGatewayListFields = {
  cloudGatewayUids: scalarElement("CloudGatewayUid", "cloudGatewayUids", uidCodec, 0, Infinity, {
    name: "CloudGatewayUids",
  }),
};

/** The gateways of a pool, by UID. */
export class CloudGatewayPoolGatewayList extends List {
  /** One gateway. */
  declare cloudGatewayUids?: string[];
  declare private readonly "emx:CloudGatewayPoolGatewayList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudGatewayPoolGatewayList> =
    defineBinding<CloudGatewayPoolGatewayList>({
      typeName: "CloudGatewayPoolGatewayListType",
      className: "CloudGatewayPoolGatewayList",
      table: types,
      base: List.binding,
      create: () => new CloudGatewayPoolGatewayList(),
      fields: Object.values(CloudGatewayPoolGatewayListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudGatewayPoolGatewayList>) {
    super(init);
  }
}

const CloudGatewayPoolTenantListFields = {
  cloudTenantUids: scalarElement("CloudTenantUid", "cloudTenantUids", uidCodec, 0, Infinity, {
    name: "CloudTenantUids",
  }),
};

/** The tenants of a pool, by UID. */
export class CloudGatewayPoolTenantList extends List {
  /** One tenant account. */
  declare cloudTenantUids?: string[];
  declare private readonly "emx:CloudGatewayPoolTenantList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudGatewayPoolTenantList> =
    defineBinding<CloudGatewayPoolTenantList>({
      typeName: "CloudGatewayPoolTenantListType",
      className: "CloudGatewayPoolTenantList",
      table: types,
      base: List.binding,
      create: () => new CloudGatewayPoolTenantList(),
      fields: Object.values(CloudGatewayPoolTenantListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudGatewayPoolTenantList>) {
    super(init);
  }
}

const CreateCloudGatewayPoolSpecFields = {
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
  cloudGateways: wrappedScalars("CloudGateways", "cloudGateways", "CloudGatewayUid", uidCodec, 1, {
    item: "CloudGatewayUids",
  }),
  cloudTenants: wrappedScalars("CloudTenants", "cloudTenants", "CloudTenantUid", uidCodec, 0, {
    item: "CloudTenantUids",
  }),
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
};

/** Body of POST /cloud/gatewayPools. */
export class CreateCloudGatewayPoolSpec extends Spec {
  /**
   * Name of the pool.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /** Free text. */
  declare description?: string;
  /**
   * Gateways to put in the pool.
   *
   * Required by the schema: strict reading fails without it.
   *
   * Written as `<CloudGateways>` around one `<CloudGatewayUid>` per item; absent and empty stay distinct.
   */
  declare cloudGateways?: string[];
  /**
   * Tenants to assign to the pool.
   *
   * Written as `<CloudTenants>` around one `<CloudTenantUid>` per item; absent and empty stay distinct.
   */
  declare cloudTenants?: string[];
  /**
   * The service provider backup server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  declare private readonly "emx:CreateCloudGatewayPoolSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CreateCloudGatewayPoolSpec> =
    defineBinding<CreateCloudGatewayPoolSpec>({
      typeName: "CreateCloudGatewayPoolSpecType",
      className: "CreateCloudGatewayPoolSpec",
      table: types,
      base: Spec.binding,
      create: () => new CreateCloudGatewayPoolSpec(),
      fields: Object.values(CreateCloudGatewayPoolSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CreateCloudGatewayPoolSpec>) {
    super(init);
  }
}

const CloudTenantFields = {
  password: scalarElement("Password", "password", stringCodec),
  description: scalarElement("Description", "description", stringCodec),
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  leaseOptions: objectElement(types, "LeaseOptions", "leaseOptions", "CloudTenantLeaseOptionsType"),
  resources: wrappedElement(types, "Resources", "resources", "CloudTenantResource", "CloudTenantResourceType", 0, {
    item: "CloudTenantResources",
  }),
  lastResult: scalarElement("LastResult", "lastResult", stringCodec),
  lastActive: scalarElement("LastActive", "lastActive", dateTimeCodec),
  vmCount: scalarElement("VmCount", "vmCount", intCodec),
  computeResources: wrappedElement(
    types,
    "ComputeResources",
    "computeResources",
    "CloudTenantComputeResource",
    "CloudTenantComputeResourceType",
    0,
    { item: "CloudTenantComputeResources" },
  ),
  throttlingEnabled: scalarElement("ThrottlingEnabled", "throttlingEnabled", booleanCodec),
  throttlingSpeedLimit: scalarElement("ThrottlingSpeedLimit", "throttlingSpeedLimit", intCodec),
  throttlingSpeedUnit: scalarElement(
    "ThrottlingSpeedUnit",
    "throttlingSpeedUnit",
    cloudTenantThrottlingSpeedUnitEnumerationCodec,
  ),
  publicIpCount: scalarElement("PublicIpCount", "publicIpCount", intCodec),
  backupCount: scalarElement("BackupCount", "backupCount", intCodec),
  replicaCount: scalarElement("ReplicaCount", "replicaCount", intCodec),
  maxConcurrentTasks: scalarElement("MaxConcurrentTasks", "maxConcurrentTasks", intCodec),
  workStationBackupCount: scalarElement("WorkStationBackupCount", "workStationBackupCount", intCodec),
  serverBackupCount: scalarElement("ServerBackupCount", "serverBackupCount", intCodec),
  backupProtectionEnabled: scalarElement("BackupProtectionEnabled", "backupProtectionEnabled", booleanCodec),
  backupProtectionPeriod: scalarElement("BackupProtectionPeriod", "backupProtectionPeriod", intCodec),
  tenantType: objectElement(types, "TenantType", "tenantType", "CloudTenantTypeInfoType"),
  vCloudComputeResources: wrappedElement(
    types,
    "VCloudComputeResources",
    "vCloudComputeResources",
    "CloudTenantVCloudComputeResource",
    "CloudTenantVCloudComputeResourceType",
    0,
    { item: "CloudTenantVCloudComputeResources" },
  ),
  cloudGatewayPools: objectElement(types, "CloudGatewayPools", "cloudGatewayPools", "CloudGatewayPoolEntityListType"),
  failoverToOthersGatewaysIfFail: scalarElement(
    "FailoverToOthersGatewaysIfFail",
    "failoverToOthersGatewaysIfFail",
    booleanCodec,
  ),
};

/** A tenant account on a service provider backup server, with its quotas, replication resources and counters. */
export class CloudTenant extends Entity {
  /** Password of a standalone tenant; servers send it empty. */
  declare password?: string;
  /** Free text. */
  declare description?: string;
  /** Whether the account is active. */
  declare enabled?: boolean;
  /** Lease period of the account. */
  declare leaseOptions?: CloudTenantLeaseOptions;
  /**
   * Backup storage quotas.
   *
   * Written as `<Resources>` around one `<CloudTenantResource>` per item; absent and empty stay distinct.
   */
  declare resources?: CloudTenantResource[];
  /** Result of the tenant's latest job (Success, Warning, Failed, ...). */
  declare lastResult?: string;
  /** When the tenant's latest job ended. */
  declare lastActive?: XmlDateTime;
  /** Number of VMs the tenant processes. */
  declare vmCount?: number;
  /**
   * Hardware plans the tenant is subscribed to.
   *
   * Written as `<ComputeResources>` around one `<CloudTenantComputeResource>` per item; absent and empty stay distinct.
   */
  declare computeResources?: CloudTenantComputeResource[];
  /** Whether a bandwidth limit applies. */
  declare throttlingEnabled?: boolean;
  /** Bandwidth limit, in ThrottlingSpeedUnit. */
  declare throttlingSpeedLimit?: number;
  /** Unit of the bandwidth limit. */
  declare throttlingSpeedUnit?: CloudTenantThrottlingSpeedUnitEnumeration;
  /** Public IP addresses allotted to the tenant. */
  declare publicIpCount?: number;
  /** VMs backed up under a Cloud Connect license in the last 31 days. */
  declare backupCount?: number;
  /** VMs replicated under a Cloud Connect license in the last 31 days. */
  declare replicaCount?: number;
  /** Limit of simultaneous tasks. */
  declare maxConcurrentTasks?: number;
  /** Licensed workstations backed up in the last 31 days. */
  declare workStationBackupCount?: number;
  /** Licensed servers backed up in the last 31 days. */
  declare serverBackupCount?: number;
  /** Whether backups the tenant deletes go to the provider's recycle bin. */
  declare backupProtectionEnabled?: boolean;
  /** Days deleted backups stay in the recycle bin. */
  declare backupProtectionPeriod?: number;
  /** Kind of account and its identity. */
  declare tenantType?: CloudTenantTypeInfo;
  /**
   * Organization VDCs of a VMware Cloud Director tenant.
   *
   * Written as `<VCloudComputeResources>` around one `<CloudTenantVCloudComputeResource>` per item; absent and empty stay distinct.
   */
  declare vCloudComputeResources?: CloudTenantVCloudComputeResource[];
  /** Gateway pools the tenant connects through. */
  declare cloudGatewayPools?: CloudGatewayPools;
  /** Whether the tenant may use gateways outside its pools when these are all down. */
  declare failoverToOthersGatewaysIfFail?: boolean;
  declare private readonly "emx:CloudTenant": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenant> = defineBinding<CloudTenant>({
    typeName: "CloudTenantEntityType",
    className: "CloudTenant",
    table: types,
    base: Entity.binding,
    create: () => new CloudTenant(),
    fields: Object.values(CloudTenantFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenant>) {
    super(init);
  }
}

const CloudTenantsFields = {
  cloudTenants: objectElement(types, "CloudTenant", "cloudTenants", "CloudTenantEntityType", 0, Infinity, {
    name: "CloudTenants",
  }),
};

/** A list of tenant accounts. */
export class CloudTenants extends List {
  /** One tenant account. */
  declare cloudTenants?: CloudTenant[];
  declare private readonly "emx:CloudTenants": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenants> = defineBinding<CloudTenants>({
    typeName: "CloudTenantEntityListType",
    className: "CloudTenants",
    table: types,
    base: List.binding,
    create: () => new CloudTenants(),
    fields: Object.values(CloudTenantsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenants>) {
    super(init);
  }
}

const CloudTenantLeaseOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  expirationDate: attribute("ExpirationDate", "expirationDate", dateTimeCodec),
};

/** Lease period of a tenant account. */
export class CloudTenantLeaseOptions extends Info {
  /** Whether the account expires. */
  declare enabled?: boolean;
  /** When the account expires. */
  declare expirationDate?: XmlDateTime;
  declare private readonly "emx:CloudTenantLeaseOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantLeaseOptions> = defineBinding<CloudTenantLeaseOptions>({
    typeName: "CloudTenantLeaseOptionsType",
    className: "CloudTenantLeaseOptions",
    table: types,
    base: Info.binding,
    create: () => new CloudTenantLeaseOptions(),
    fields: Object.values(CloudTenantLeaseOptionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantLeaseOptions>) {
    super(init);
  }
}

const CloudTenantTypeInfoFields = {
  standaloneTenant: objectElement(types, "StandaloneTenant", "standaloneTenant", "CloudStandaloneTenantInfoType"),
  adTenantType: objectElement(types, "ADTenantType", "adTenantType", "CloudADTenantInfoType"),
  vCloudTenant: objectElement(types, "vCloudTenant", "vCloudTenant", "CloudVCloudTenantInfoType"),
};

/** Kind of a tenant account, as one of three blocks. */
export class CloudTenantTypeInfo extends Info {
  /** A tenant with its own user name and password. */
  declare standaloneTenant?: CloudStandaloneTenantInfo;
  /** A tenant that logs on with an Active Directory account. */
  declare adTenantType?: CloudADTenantInfo;
  /** A VMware Cloud Director organization. */
  declare vCloudTenant?: CloudVCloudTenantInfo;
  declare private readonly "emx:CloudTenantTypeInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantTypeInfo> = defineBinding<CloudTenantTypeInfo>({
    typeName: "CloudTenantTypeInfoType",
    className: "CloudTenantTypeInfo",
    table: types,
    base: Info.binding,
    create: () => new CloudTenantTypeInfo(),
    choices: [{ required: false, branches: [["StandaloneTenant"], ["ADTenantType"], ["vCloudTenant"]] }],
    fields: Object.values(CloudTenantTypeInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantTypeInfo>) {
    super(init);
  }
}

const CloudStandaloneTenantInfoFields = {
  tenantCredentials: objectElement(types, "TenantCredentials", "tenantCredentials", "TenantCredentialsInfoType"),
};

/** Identity of a standalone tenant. */
export class CloudStandaloneTenantInfo extends Info {
  /** User name (the password is not sent back). */
  declare tenantCredentials?: TenantCredentialsInfo;
  declare private readonly "emx:CloudStandaloneTenantInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudStandaloneTenantInfo> = defineBinding<CloudStandaloneTenantInfo>({
    typeName: "CloudStandaloneTenantInfoType",
    className: "CloudStandaloneTenantInfo",
    table: types,
    base: Info.binding,
    create: () => new CloudStandaloneTenantInfo(),
    fields: Object.values(CloudStandaloneTenantInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudStandaloneTenantInfo>) {
    super(init);
  }
}

const CloudADTenantInfoFields = {
  domain: objectElement(types, "Domain", "domain", "CloudTenantADDomainInfoType"),
  account: scalarElement("Account", "account", stringCodec),
};

/** Identity of an Active Directory tenant. */
export class CloudADTenantInfo extends Info {
  /** The domain. */
  declare domain?: CloudTenantADDomainInfo;
  /** The domain account, `DOMAIN\user`. */
  declare account?: string;
  declare private readonly "emx:CloudADTenantInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudADTenantInfo> = defineBinding<CloudADTenantInfo>({
    typeName: "CloudADTenantInfoType",
    className: "CloudADTenantInfo",
    table: types,
    base: Info.binding,
    create: () => new CloudADTenantInfo(),
    fields: Object.values(CloudADTenantInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudADTenantInfo>) {
    super(init);
  }
}

const CloudTenantADDomainInfoFields = {
  domainName: scalarElement("DomainName", "domainName", stringCodec, 1, 1),
  domainAccount: scalarElement("DomainAccount", "domainAccount", stringCodec),
  port: scalarElement("Port", "port", unsignedShortCodec),
};

/** Active Directory domain of a tenant. */
export class CloudTenantADDomainInfo extends Info {
  /**
   * Domain name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare domainName?: string;
  /** Account in the domain (when creating the tenant). */
  declare domainAccount?: string;
  /** LDAP port. */
  declare port?: number;
  declare private readonly "emx:CloudTenantADDomainInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantADDomainInfo> = defineBinding<CloudTenantADDomainInfo>({
    typeName: "CloudTenantADDomainInfoType",
    className: "CloudTenantADDomainInfo",
    table: types,
    base: Info.binding,
    create: () => new CloudTenantADDomainInfo(),
    fields: Object.values(CloudTenantADDomainInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantADDomainInfo>) {
    super(init);
  }
}

const CloudVCloudTenantInfoFields = {
  organizationName: scalarElement("OrganizationName", "organizationName", stringCodec),
  organizationRef: scalarElement("OrganizationRef", "organizationRef", stringCodec),
};

/** Identity of a VMware Cloud Director tenant. */
export class CloudVCloudTenantInfo extends Info {
  /** Organization name. */
  declare organizationName?: string;
  /** Organization reference, `urn:vCloud:Organization:...`. */
  declare organizationRef?: string;
  declare private readonly "emx:CloudVCloudTenantInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudVCloudTenantInfo> = defineBinding<CloudVCloudTenantInfo>({
    typeName: "CloudVCloudTenantInfoType",
    className: "CloudVCloudTenantInfo",
    table: types,
    base: Info.binding,
    create: () => new CloudVCloudTenantInfo(),
    fields: Object.values(CloudVCloudTenantInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudVCloudTenantInfo>) {
    super(init);
  }
}

const CloudTenantResourceFields = {
  id: attribute("Id", "id", stringCodec, true),
  repositoryQuota: objectElement(
    types,
    "RepositoryQuota",
    "repositoryQuota",
    "CloudTenantRepositoryQuotaInfoType",
    1,
    1,
  ),
};

/** A backup storage quota of a tenant on a cloud repository. */
export class CloudTenantResource extends Resource {
  /**
   * Identifier of the quota.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare id?: string;
  /**
   * The quota.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryQuota?: CloudTenantRepositoryQuotaInfo;
  declare private readonly "emx:CloudTenantResource": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantResource> = defineBinding<CloudTenantResource>({
    typeName: "CloudTenantResourceType",
    className: "CloudTenantResource",
    table: types,
    base: Resource.binding,
    create: () => new CloudTenantResource(),
    fields: Object.values(CloudTenantResourceFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantResource>) {
    super(init);
  }
}

const CloudTenantResourcesFields = {
  cloudTenantResources: objectElement(
    types,
    "CloudTenantResource",
    "cloudTenantResources",
    "CloudTenantResourceType",
    0,
    Infinity,
    { name: "CloudTenantResources" },
  ),
};

/** The backup storage quotas of a tenant. */
export class CloudTenantResources extends List {
  /** One quota. */
  declare cloudTenantResources?: CloudTenantResource[];
  declare private readonly "emx:CloudTenantResources": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantResources> = defineBinding<CloudTenantResources>({
    typeName: "CloudTenantResourceListType",
    className: "CloudTenantResources",
    table: types,
    base: List.binding,
    create: () => new CloudTenantResources(),
    fields: Object.values(CloudTenantResourcesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantResources>) {
    super(init);
  }
}

const CloudTenantRepositoryQuotaInfoFields = {
  displayName: scalarElement("DisplayName", "displayName", stringCodec),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", uidCodec),
  wanAcceleratorUid: scalarElement("WanAcceleratorUid", "wanAcceleratorUid", optionalUidCodec),
  quota: scalarElement("Quota", "quota", longCodec),
  usedQuota: scalarElement("UsedQuota", "usedQuota", longCodec),
};

/** Size and place of a tenant backup quota. */
export class CloudTenantRepositoryQuotaInfo extends Info {
  /** Name the tenant sees for the cloud repository. */
  declare displayName?: string;
  /** The backup repository. */
  declare repositoryUid?: string;
  /** Target WAN accelerator, if any. */
  declare wanAcceleratorUid?: string;
  /** Quota size, in MB. */
  declare quota?: number;
  /** Space used, in MB. */
  declare usedQuota?: number;
  declare private readonly "emx:CloudTenantRepositoryQuotaInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantRepositoryQuotaInfo> =
    defineBinding<CloudTenantRepositoryQuotaInfo>({
      typeName: "CloudTenantRepositoryQuotaInfoType",
      className: "CloudTenantRepositoryQuotaInfo",
      table: types,
      base: Info.binding,
      create: () => new CloudTenantRepositoryQuotaInfo(),
      fields: Object.values(CloudTenantRepositoryQuotaInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantRepositoryQuotaInfo>) {
    super(init);
  }
}

const CreateCloudTenantResourceSpecFields = {
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  repositoryUid: scalarElement("RepositoryUid", "repositoryUid", uidCodec, 1, 1),
  quotaMb: scalarElement("QuotaMb", "quotaMb", intCodec, 1, 1),
  wanAcceleratorUid: scalarElement("WanAcceleratorUid", "wanAcceleratorUid", optionalUidCodec),
  folder: scalarElement("Folder", "folder", stringCodec),
};

/** A backup storage quota to create: body of POST /cloud/tenants/{ID}/resources and item of CreateCloudTenantSpec Resources. */
export class CreateCloudTenantResourceSpec extends Spec {
  /**
   * Name the tenant sees for the cloud repository.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * The backup repository.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare repositoryUid?: string;
  /**
   * Quota size, in MB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare quotaMb?: number;
  /** Target WAN accelerator, if any. */
  declare wanAcceleratorUid?: string;
  /** Folder on the repository (API v1_2). */
  declare folder?: string;
  declare private readonly "emx:CreateCloudTenantResourceSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CreateCloudTenantResourceSpec> =
    defineBinding<CreateCloudTenantResourceSpec>({
      typeName: "CreateCloudTenantResourceSpecType",
      className: "CreateCloudTenantResourceSpec",
      table: types,
      base: Spec.binding,
      create: () => new CreateCloudTenantResourceSpec(),
      fields: Object.values(CreateCloudTenantResourceSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CreateCloudTenantResourceSpec>) {
    super(init);
  }
}

const CreateCloudTenantResourceListFields = {
  backupResources: objectElement(
    types,
    "BackupResource",
    "backupResources",
    "CreateCloudTenantResourceSpecType",
    0,
    Infinity,
    { name: "BackupResources" },
  ),
};

/** Backup storage quotas to create with a tenant. */
export class CreateCloudTenantResourceList extends List {
  /** One quota. */
  declare backupResources?: CreateCloudTenantResourceSpec[];
  declare private readonly "emx:CreateCloudTenantResourceList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CreateCloudTenantResourceList> =
    defineBinding<CreateCloudTenantResourceList>({
      typeName: "CreateCloudTenantResourceListType",
      className: "CreateCloudTenantResourceList",
      table: types,
      base: List.binding,
      create: () => new CreateCloudTenantResourceList(),
      fields: Object.values(CreateCloudTenantResourceListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CreateCloudTenantResourceList>) {
    super(init);
  }
}

const CloudTenantComputeResourceFields = {
  id: attribute("Id", "id", stringCodec, true),
  cloudHardwarePlanUid: scalarElement("CloudHardwarePlanUid", "cloudHardwarePlanUid", uidCodec),
  wanAcceleratorUid: scalarElement("WanAcceleratorUid", "wanAcceleratorUid", optionalUidCodec),
  platformType: scalarElement("PlatformType", "platformType", cloudPlatformTypeEnumerationCodec),
  useNetworkFailoverResources: scalarElement(
    "UseNetworkFailoverResources",
    "useNetworkFailoverResources",
    booleanCodec,
  ),
  networkAppliance: objectElement(types, "NetworkAppliance", "networkAppliance", "NetworkApplianceInfoType"),
  computeResourceStats: objectElement(
    types,
    "ComputeResourceStats",
    "computeResourceStats",
    "ComputeResourceStatsInfoType",
  ),
};

/** A subscription of a tenant to a hardware plan (replication resources). */
export class CloudTenantComputeResource extends Resource {
  /**
   * Identifier of the subscription.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare id?: string;
  /** The hardware plan. */
  declare cloudHardwarePlanUid?: string;
  /** Target WAN accelerator, if any. */
  declare wanAcceleratorUid?: string;
  /** Platform of the hardware plan. */
  declare platformType?: CloudPlatformTypeEnumeration;
  /** Whether a network extension appliance is deployed. */
  declare useNetworkFailoverResources?: boolean;
  /** The network extension appliance. */
  declare networkAppliance?: NetworkApplianceInfo;
  /** Usage of the resources. */
  declare computeResourceStats?: ComputeResourceStatsInfo;
  declare private readonly "emx:CloudTenantComputeResource": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantComputeResource> =
    defineBinding<CloudTenantComputeResource>({
      typeName: "CloudTenantComputeResourceType",
      className: "CloudTenantComputeResource",
      table: types,
      base: Resource.binding,
      create: () => new CloudTenantComputeResource(),
      fields: Object.values(CloudTenantComputeResourceFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantComputeResource>) {
    super(init);
  }
}

const CloudTenantComputeResourcesFields = {
  cloudTenantComputeResources: objectElement(
    types,
    "CloudTenantComputeResource",
    "cloudTenantComputeResources",
    "CloudTenantComputeResourceType",
    0,
    Infinity,
    { name: "CloudTenantComputeResources" },
  ),
};

/** The hardware plan subscriptions of a tenant. */
export class CloudTenantComputeResources extends List {
  /** One subscription. */
  declare cloudTenantComputeResources?: CloudTenantComputeResource[];
  declare private readonly "emx:CloudTenantComputeResources": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantComputeResources> =
    defineBinding<CloudTenantComputeResources>({
      typeName: "CloudTenantComputeResourceListType",
      className: "CloudTenantComputeResources",
      table: types,
      base: List.binding,
      create: () => new CloudTenantComputeResources(),
      fields: Object.values(CloudTenantComputeResourcesFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantComputeResources>) {
    super(init);
  }
}

const ComputeResourceStatsInfoFields = {
  memoryUsageMb: scalarElement("MemoryUsageMb", "memoryUsageMb", intCodec),
  cpuCount: scalarElement("CPUCount", "cpuCount", intCodec),
  storageResourceStats: wrappedElement(
    types,
    "StorageResourceStats",
    "storageResourceStats",
    "StorageResourceStat",
    "StorageResourceStatInfoType",
    0,
    { item: "StorageResourceStats" },
  ),
};

/** How much of a hardware plan a tenant uses. */
export class ComputeResourceStatsInfo extends Info {
  /** Memory used, in MB. */
  declare memoryUsageMb?: number;
  /** CPUs used. */
  declare cpuCount?: number;
  /**
   * Usage per storage.
   *
   * Written as `<StorageResourceStats>` around one `<StorageResourceStat>` per item; absent and empty stay distinct.
   */
  declare storageResourceStats?: StorageResourceStatInfo[];
  declare private readonly "emx:ComputeResourceStatsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ComputeResourceStatsInfo> = defineBinding<ComputeResourceStatsInfo>({
    typeName: "ComputeResourceStatsInfoType",
    className: "ComputeResourceStatsInfo",
    table: types,
    base: Info.binding,
    create: () => new ComputeResourceStatsInfo(),
    fields: Object.values(ComputeResourceStatsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ComputeResourceStatsInfo>) {
    super(init);
  }
}

const StorageResourceStatsListFields = {
  storageResourceStats: objectElement(
    types,
    "StorageResourceStat",
    "storageResourceStats",
    "StorageResourceStatInfoType",
    0,
    Infinity,
    { name: "StorageResourceStats" },
  ),
};

/** Storage usage of a tenant, per storage of the hardware plan. */
export class StorageResourceStatsList extends List {
  /** One storage. */
  declare storageResourceStats?: StorageResourceStatInfo[];
  declare private readonly "emx:StorageResourceStatsList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<StorageResourceStatsList> = defineBinding<StorageResourceStatsList>({
    typeName: "StorageResourceStatsListType",
    className: "StorageResourceStatsList",
    table: types,
    base: List.binding,
    create: () => new StorageResourceStatsList(),
    fields: Object.values(StorageResourceStatsListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<StorageResourceStatsList>) {
    super(init);
  }
}

const StorageResourceStatInfoFields = {
  storageName: scalarElement("StorageName", "storageName", stringCodec),
  storageUsageGb: scalarElement("StorageUsageGb", "storageUsageGb", intCodec),
  storageLimitGb: scalarElement("StorageLimitGb", "storageLimitGb", intCodec),
};

/** Usage of one hardware plan storage. */
export class StorageResourceStatInfo extends Info {
  /** Storage holding the tenant's replicas. */
  declare storageName?: string;
  /** Space used, in GB. */
  declare storageUsageGb?: number;
  /** Space allowed, in GB. */
  declare storageLimitGb?: number;
  declare private readonly "emx:StorageResourceStatInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<StorageResourceStatInfo> = defineBinding<StorageResourceStatInfo>({
    typeName: "StorageResourceStatInfoType",
    className: "StorageResourceStatInfo",
    table: types,
    base: Info.binding,
    create: () => new StorageResourceStatInfo(),
    fields: Object.values(StorageResourceStatInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<StorageResourceStatInfo>) {
    super(init);
  }
}

const CloudTenantComputeResourceLeaseOptionsFields = {
  enabled: attribute("Enabled", "enabled", booleanCodec),
  expirationDate: attribute("ExpirationDate", "expirationDate", dateTimeCodec),
};

/** Lease period of a compute resource (declared by API v1_2; no resource carries it). */
export class CloudTenantComputeResourceLeaseOptions extends Info {
  /** Whether the resource expires. */
  declare enabled?: boolean;
  /** When the resource expires. */
  declare expirationDate?: XmlDateTime;
  declare private readonly "emx:CloudTenantComputeResourceLeaseOptions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantComputeResourceLeaseOptions> =
    defineBinding<CloudTenantComputeResourceLeaseOptions>({
      typeName: "CloudTenantComputeResourceLeaseOptionsType",
      className: "CloudTenantComputeResourceLeaseOptions",
      table: types,
      base: Info.binding,
      create: () => new CloudTenantComputeResourceLeaseOptions(),
      fields: Object.values(CloudTenantComputeResourceLeaseOptionsFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantComputeResourceLeaseOptions>) {
    super(init);
  }
}

const CloudTenantComputeResourceCreateSpecFields = {
  cloudHardwarePlanUid: scalarElement("CloudHardwarePlanUid", "cloudHardwarePlanUid", uidCodec, 1, 1),
  wanAcceleratorUid: scalarElement("WanAcceleratorUid", "wanAcceleratorUid", optionalUidCodec),
  platformType: scalarElement("PlatformType", "platformType", cloudPlatformTypeEnumerationCodec, 1, 1),
  useNetworkFailoverResources: scalarElement(
    "UseNetworkFailoverResources",
    "useNetworkFailoverResources",
    booleanCodec,
    1,
    1,
  ),
  networkAppliance: objectElement(types, "NetworkAppliance", "networkAppliance", "NetworkApplianceInfoType"),
};

/** A hardware plan subscription to create: body of POST /cloud/tenants/{ID}/computeResources and item of CreateCloudTenantSpec ComputeResources. */
export class CloudTenantComputeResourceCreateSpec extends Spec {
  /**
   * The hardware plan.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare cloudHardwarePlanUid?: string;
  /** Target WAN accelerator, if any. */
  declare wanAcceleratorUid?: string;
  /**
   * Platform of the hardware plan.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare platformType?: CloudPlatformTypeEnumeration;
  /**
   * Whether to deploy a network extension appliance.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare useNetworkFailoverResources?: boolean;
  /** The network extension appliance, when one is deployed. */
  declare networkAppliance?: NetworkApplianceInfo;
  declare private readonly "emx:CloudTenantComputeResourceCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantComputeResourceCreateSpec> =
    defineBinding<CloudTenantComputeResourceCreateSpec>({
      typeName: "CloudTenantComputeResourceCreateSpecType",
      className: "CloudTenantComputeResourceCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new CloudTenantComputeResourceCreateSpec(),
      fields: Object.values(CloudTenantComputeResourceCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantComputeResourceCreateSpec>) {
    super(init);
  }
}

const CloudTenantComputeResourceCreateListFields = {
  computeResources: objectElement(
    types,
    "ComputeResource",
    "computeResources",
    "CloudTenantComputeResourceCreateSpecType",
    0,
    Infinity,
    { name: "ComputeResources" },
  ),
};

/** Hardware plan subscriptions to create with a tenant. */
export class CloudTenantComputeResourceCreateList extends List {
  /** One subscription. */
  declare computeResources?: CloudTenantComputeResourceCreateSpec[];
  declare private readonly "emx:CloudTenantComputeResourceCreateList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantComputeResourceCreateList> =
    defineBinding<CloudTenantComputeResourceCreateList>({
      typeName: "CloudTenantComputeResourceCreateListType",
      className: "CloudTenantComputeResourceCreateList",
      table: types,
      base: List.binding,
      create: () => new CloudTenantComputeResourceCreateList(),
      fields: Object.values(CloudTenantComputeResourceCreateListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantComputeResourceCreateList>) {
    super(init);
  }
}

const NetworkApplianceInfoFields = {
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  productionNetwork: scalarElement("ProductionNetwork", "productionNetwork", stringCodec),
  obtainIPAddressAutomatically: scalarElement(
    "ObtainIPAddressAutomatically",
    "obtainIPAddressAutomatically",
    booleanCodec,
  ),
  manualIpAddressSettingsInfoType: objectElement(
    types,
    "ManualIpAddressSettingsInfoType",
    "manualIpAddressSettingsInfoType",
    "ManualIpAddressSettingsInfoType",
  ),
  viDistributedSwitchUuid: scalarElement("ViDistributedSwitchUuid", "viDistributedSwitchUuid", stringCodec),
  productionNetworkUnderDvs: scalarElement("ProductionNetworkUnderDvs", "productionNetworkUnderDvs", booleanCodec),
};

/** A network extension appliance: the gateway between the provider network and a tenant's replica networks. */
export class NetworkApplianceInfo extends Info {
  /**
   * Name of the appliance.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /** Port group the appliance connects to. */
  declare productionNetwork?: string;
  /** Whether the appliance gets its address by DHCP. */
  declare obtainIPAddressAutomatically?: boolean;
  /** Static addressing, when not automatic (the element is named after its type). */
  declare manualIpAddressSettingsInfoType?: ManualIpAddressSettingsInfo;
  /** Distributed switch of the port group, if any. */
  declare viDistributedSwitchUuid?: string;
  /** Whether the port group is on a distributed switch. */
  declare productionNetworkUnderDvs?: boolean;
  declare private readonly "emx:NetworkApplianceInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<NetworkApplianceInfo> = defineBinding<NetworkApplianceInfo>({
    typeName: "NetworkApplianceInfoType",
    className: "NetworkApplianceInfo",
    table: types,
    base: Info.binding,
    create: () => new NetworkApplianceInfo(),
    fields: Object.values(NetworkApplianceInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<NetworkApplianceInfo>) {
    super(init);
  }
}

const ManualIpAddressSettingsInfoFields = {
  ipAddress: scalarElement("IpAddress", "ipAddress", stringCodec, 1, 1),
  subnetMask: scalarElement("SubnetMask", "subnetMask", stringCodec, 1, 1),
  defaultGateway: scalarElement("DefaultGateway", "defaultGateway", stringCodec, 1, 1),
};

/** Static IP settings of a network extension appliance. */
export class ManualIpAddressSettingsInfo extends Info {
  /**
   * Address.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare ipAddress?: string;
  /**
   * Subnet mask.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare subnetMask?: string;
  /**
   * Default gateway.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare defaultGateway?: string;
  declare private readonly "emx:ManualIpAddressSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ManualIpAddressSettingsInfo> =
    defineBinding<ManualIpAddressSettingsInfo>({
      typeName: "ManualIpAddressSettingsInfoType",
      className: "ManualIpAddressSettingsInfo",
      table: types,
      base: Info.binding,
      create: () => new ManualIpAddressSettingsInfo(),
      fields: Object.values(ManualIpAddressSettingsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ManualIpAddressSettingsInfo>) {
    super(init);
  }
}

const CloudTenantVCloudComputeResourceFields = {
  id: attribute("Id", "id", stringCodec, true),
  virtualDataCenterName: scalarElement("VirtualDataCenterName", "virtualDataCenterName", stringCodec),
  virtualDataCenterRef: scalarElement("VirtualDataCenterRef", "virtualDataCenterRef", urnCodec),
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  allocationModel: scalarElement(
    "AllocationModel",
    "allocationModel",
    cloudTenantVCloudAllocationModelEnumerationCodec,
  ),
  useNetworkFailoverResources: scalarElement(
    "UseNetworkFailoverResources",
    "useNetworkFailoverResources",
    booleanCodec,
  ),
  resourceUsage: objectElement(
    types,
    "ResourceUsage",
    "resourceUsage",
    "CloudTenantVCloudComputeResourceUsageInfoType",
  ),
  wanAcceleratorUid: scalarElement("WanAcceleratorUid", "wanAcceleratorUid", optionalUidCodec),
  networkAppliance: objectElement(types, "NetworkAppliance", "networkAppliance", "NetworkApplianceInfoType"),
};

/** An organization virtual datacenter assigned to a VMware Cloud Director tenant. */
export class CloudTenantVCloudComputeResource extends Resource {
  /**
   * Identifier of the resource.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare id?: string;
  /** Name of the organization VDC. */
  declare virtualDataCenterName?: string;
  /** Reference of the organization VDC. */
  declare virtualDataCenterRef?: string;
  /** Whether the VDC is enabled. */
  declare enabled?: boolean;
  /** Allocation model of the VDC. */
  declare allocationModel?: CloudTenantVCloudAllocationModelEnumeration;
  /** Whether a network extension appliance is deployed. */
  declare useNetworkFailoverResources?: boolean;
  /** Usage of the VDC. */
  declare resourceUsage?: CloudTenantVCloudComputeResourceUsageInfo;
  /** Target WAN accelerator, if any. */
  declare wanAcceleratorUid?: string;
  /** The network extension appliance. */
  declare networkAppliance?: NetworkApplianceInfo;
  declare private readonly "emx:CloudTenantVCloudComputeResource": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantVCloudComputeResource> =
    defineBinding<CloudTenantVCloudComputeResource>({
      typeName: "CloudTenantVCloudComputeResourceType",
      className: "CloudTenantVCloudComputeResource",
      table: types,
      base: Resource.binding,
      create: () => new CloudTenantVCloudComputeResource(),
      fields: Object.values(CloudTenantVCloudComputeResourceFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantVCloudComputeResource>) {
    super(init);
  }
}

const CloudTenantVCloudComputeResourcesFields = {
  cloudTenantVCloudComputeResources: objectElement(
    types,
    "CloudTenantVCloudComputeResource",
    "cloudTenantVCloudComputeResources",
    "CloudTenantVCloudComputeResourceType",
    0,
    Infinity,
    { name: "CloudTenantVCloudComputeResources" },
  ),
};

/** The organization VDCs of a VMware Cloud Director tenant. */
export class CloudTenantVCloudComputeResources extends List {
  /** One VDC. */
  declare cloudTenantVCloudComputeResources?: CloudTenantVCloudComputeResource[];
  declare private readonly "emx:CloudTenantVCloudComputeResources": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantVCloudComputeResources> =
    defineBinding<CloudTenantVCloudComputeResources>({
      typeName: "CloudTenantVCloudComputeResourceListType",
      className: "CloudTenantVCloudComputeResources",
      table: types,
      base: List.binding,
      create: () => new CloudTenantVCloudComputeResources(),
      fields: Object.values(CloudTenantVCloudComputeResourcesFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantVCloudComputeResources>) {
    super(init);
  }
}

const CloudTenantVCloudComputeResourceUsageInfoFields = {
  cpuUsageMhz: scalarElement("CpuUsageMhz", "cpuUsageMhz", intCodec),
  memoryUsageMb: scalarElement("MemoryUsageMb", "memoryUsageMb", intCodec),
  storageUsageGb: scalarElement("StorageUsageGb", "storageUsageGb", intCodec),
};

/** How much of an organization VDC a tenant uses. */
export class CloudTenantVCloudComputeResourceUsageInfo extends Info {
  /** CPU used, in MHz. */
  declare cpuUsageMhz?: number;
  /** Memory used, in MB. */
  declare memoryUsageMb?: number;
  /** Disk space used, in GB. */
  declare storageUsageGb?: number;
  declare private readonly "emx:CloudTenantVCloudComputeResourceUsageInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantVCloudComputeResourceUsageInfo> =
    defineBinding<CloudTenantVCloudComputeResourceUsageInfo>({
      typeName: "CloudTenantVCloudComputeResourceUsageInfoType",
      className: "CloudTenantVCloudComputeResourceUsageInfo",
      table: types,
      base: Info.binding,
      create: () => new CloudTenantVCloudComputeResourceUsageInfo(),
      fields: Object.values(CloudTenantVCloudComputeResourceUsageInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantVCloudComputeResourceUsageInfo>) {
    super(init);
  }
}

const CloudTenantVCloudComputeResourceCreateSpecFields = {
  virtualDataCenterRef: scalarElement("VirtualDataCenterRef", "virtualDataCenterRef", urnCodec, 1, 1),
  useNetworkFailoverResources: scalarElement(
    "UseNetworkFailoverResources",
    "useNetworkFailoverResources",
    booleanCodec,
    1,
    1,
  ),
  networkAppliance: objectElement(types, "NetworkAppliance", "networkAppliance", "NetworkApplianceInfoType"),
  wanAcceleratorUid: scalarElement("WanAcceleratorUid", "wanAcceleratorUid", optionalUidCodec),
};

/** An organization VDC to assign: body of POST /cloud/tenants/{ID}/vCloudComputeResources and item of CreateCloudTenantSpec VCloudComputeResources. */
export class CloudTenantVCloudComputeResourceCreateSpec extends Spec {
  /**
   * Reference of the organization VDC.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare virtualDataCenterRef?: string;
  /**
   * Whether to deploy a network extension appliance.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare useNetworkFailoverResources?: boolean;
  /** The network extension appliance, when one is deployed. */
  declare networkAppliance?: NetworkApplianceInfo;
  /** Target WAN accelerator, if any. */
  declare wanAcceleratorUid?: string;
  declare private readonly "emx:CloudTenantVCloudComputeResourceCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantVCloudComputeResourceCreateSpec> =
    defineBinding<CloudTenantVCloudComputeResourceCreateSpec>({
      typeName: "CloudTenantVCloudComputeResourceCreateSpecType",
      className: "CloudTenantVCloudComputeResourceCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new CloudTenantVCloudComputeResourceCreateSpec(),
      fields: Object.values(CloudTenantVCloudComputeResourceCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantVCloudComputeResourceCreateSpec>) {
    super(init);
  }
}

const CloudTenantVCloudComputeResourceCreateListFields = {
  vCloudComputeResources: objectElement(
    types,
    "VCloudComputeResource",
    "vCloudComputeResources",
    "CloudTenantVCloudComputeResourceCreateSpecType",
    0,
    Infinity,
    { name: "VCloudComputeResources" },
  ),
};

/** Organization VDCs to assign with a tenant. */
export class CloudTenantVCloudComputeResourceCreateList extends List {
  /** One VDC. */
  declare vCloudComputeResources?: CloudTenantVCloudComputeResourceCreateSpec[];
  declare private readonly "emx:CloudTenantVCloudComputeResourceCreateList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantVCloudComputeResourceCreateList> =
    defineBinding<CloudTenantVCloudComputeResourceCreateList>({
      typeName: "CloudTenantVCloudComputeResourceCreateListType",
      className: "CloudTenantVCloudComputeResourceCreateList",
      table: types,
      base: List.binding,
      create: () => new CloudTenantVCloudComputeResourceCreateList(),
      fields: Object.values(CloudTenantVCloudComputeResourceCreateListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantVCloudComputeResourceCreateList>) {
    super(init);
  }
}

const CreateCloudTenantSpecFields = {
  backupServerIdOrName: scalarElement("BackupServerIdOrName", "backupServerIdOrName", stringCodec),
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
  password: scalarElement("Password", "password", stringCodec),
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  leaseExpirationDate: scalarElement("LeaseExpirationDate", "leaseExpirationDate", dateTimeCodec),
  resources: wrappedElement(types, "Resources", "resources", "BackupResource", "CreateCloudTenantResourceSpecType", 0, {
    item: "BackupResources",
  }),
  computeResources: wrappedElement(
    types,
    "ComputeResources",
    "computeResources",
    "ComputeResource",
    "CloudTenantComputeResourceCreateSpecType",
    0,
    { item: "ComputeResources" },
  ),
  vmCount: scalarElement("VmCount", "vmCount", intCodec),
  throttlingEnabled: scalarElement("ThrottlingEnabled", "throttlingEnabled", booleanCodec),
  throttlingSpeedLimit: scalarElement("ThrottlingSpeedLimit", "throttlingSpeedLimit", intCodec),
  throttlingSpeedUnit: scalarElement(
    "ThrottlingSpeedUnit",
    "throttlingSpeedUnit",
    cloudTenantThrottlingSpeedUnitEnumerationCodec,
  ),
  publicIpCount: scalarElement("PublicIpCount", "publicIpCount", intCodec),
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  maxConcurrentTasks: scalarElement("MaxConcurrentTasks", "maxConcurrentTasks", intCodec),
  backupProtectionEnabled: scalarElement("BackupProtectionEnabled", "backupProtectionEnabled", booleanCodec),
  backupProtectionPeriod: scalarElement("BackupProtectionPeriod", "backupProtectionPeriod", intCodec),
  tenantType: scalarElement("TenantType", "tenantType", cloudTenantTypeEnumerationCodec),
  organizationRef: scalarElement("OrganizationRef", "organizationRef", stringCodec),
  vCloudComputeResources: wrappedElement(
    types,
    "VCloudComputeResources",
    "vCloudComputeResources",
    "VCloudComputeResource",
    "CloudTenantVCloudComputeResourceCreateSpecType",
    0,
    { item: "VCloudComputeResources" },
  ),
  cloudGatewayPools: objectElement(types, "CloudGatewayPools", "cloudGatewayPools", "CloudGatewayPoolEntityListType"),
  failoverToOthersGatewaysIfFail: scalarElement(
    "FailoverToOthersGatewaysIfFail",
    "failoverToOthersGatewaysIfFail",
    booleanCodec,
  ),
  domain: objectElement(types, "Domain", "domain", "CloudTenantADDomainInfoType"),
};

/** Body of POST /cloud/tenants: a standalone, Active Directory or VMware Cloud Director tenant account. */
export class CreateCloudTenantSpec extends Spec {
  /** The backup server, by ID or name (API v1_2). */
  declare backupServerIdOrName?: string;
  /**
   * Name of the account.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /** Free text. */
  declare description?: string;
  /** Password of a standalone tenant. */
  declare password?: string;
  /** Whether the account starts active. */
  declare enabled?: boolean;
  /** When the account expires. */
  declare leaseExpirationDate?: XmlDateTime;
  /**
   * Backup storage quotas.
   *
   * Written as `<Resources>` around one `<BackupResource>` per item; absent and empty stay distinct.
   */
  declare resources?: CreateCloudTenantResourceSpec[];
  /**
   * Hardware plan subscriptions.
   *
   * Written as `<ComputeResources>` around one `<ComputeResource>` per item; absent and empty stay distinct.
   */
  declare computeResources?: CloudTenantComputeResourceCreateSpec[];
  /** Number of VMs (API v1_2). */
  declare vmCount?: number;
  /** Whether a bandwidth limit applies. */
  declare throttlingEnabled?: boolean;
  /** Bandwidth limit, in ThrottlingSpeedUnit. */
  declare throttlingSpeedLimit?: number;
  /** Unit of the bandwidth limit. */
  declare throttlingSpeedUnit?: CloudTenantThrottlingSpeedUnitEnumeration;
  /** Public IP addresses to allot. */
  declare publicIpCount?: number;
  /**
   * The service provider backup server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /** Limit of simultaneous tasks. */
  declare maxConcurrentTasks?: number;
  /** Whether deleted backups go to the recycle bin. */
  declare backupProtectionEnabled?: boolean;
  /** Days deleted backups stay in the recycle bin. */
  declare backupProtectionPeriod?: number;
  /** Kind of account. */
  declare tenantType?: CloudTenantTypeEnumeration;
  /** The VMware Cloud Director organization, for vCD tenants. */
  declare organizationRef?: string;
  /**
   * Organization VDCs, for vCD tenants.
   *
   * Written as `<VCloudComputeResources>` around one `<VCloudComputeResource>` per item; absent and empty stay distinct.
   */
  declare vCloudComputeResources?: CloudTenantVCloudComputeResourceCreateSpec[];
  /** Gateway pools, by CloudGatewayPoolUid. */
  declare cloudGatewayPools?: CloudGatewayPools;
  /** Whether the tenant may use gateways outside its pools when these are all down. */
  declare failoverToOthersGatewaysIfFail?: boolean;
  /** The domain, for Active Directory tenants. */
  declare domain?: CloudTenantADDomainInfo;
  declare private readonly "emx:CreateCloudTenantSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CreateCloudTenantSpec> = defineBinding<CreateCloudTenantSpec>({
    typeName: "CreateCloudTenantSpecType",
    className: "CreateCloudTenantSpec",
    table: types,
    base: Spec.binding,
    create: () => new CreateCloudTenantSpec(),
    fields: Object.values(CreateCloudTenantSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CreateCloudTenantSpec>) {
    super(init);
  }
}

const CloudSubtenantFields = {
  id: attribute("Id", "id", stringCodec, true),
  name: scalarElement("Name", "name", stringCodec),
  description: scalarElement("Description", "description", stringCodec),
  password: scalarElement("Password", "password", stringCodec),
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  repositoryQuota: objectElement(types, "RepositoryQuota", "repositoryQuota", "CloudSubtenantRepositoryQuotaInfoType"),
};

/** A subtenant: a user account created under a tenant, with a share of one of its quotas. */
export class CloudSubtenant extends Resource {
  /**
   * Identifier of the subtenant.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare id?: string;
  /** Name of the account. */
  declare name?: string;
  /** Free text. */
  declare description?: string;
  /** Password; servers send it empty. */
  declare password?: string;
  /** Whether the account is active. */
  declare enabled?: boolean;
  /** Storage quota of the subtenant. */
  declare repositoryQuota?: CloudSubtenantRepositoryQuotaInfo;
  declare private readonly "emx:CloudSubtenant": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudSubtenant> = defineBinding<CloudSubtenant>({
    typeName: "CloudSubtenantType",
    className: "CloudSubtenant",
    table: types,
    base: Resource.binding,
    create: () => new CloudSubtenant(),
    fields: Object.values(CloudSubtenantFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudSubtenant>) {
    super(init);
  }
}

const CloudSubtenantsFields = {
  cloudSubtenants: objectElement(types, "CloudSubtenant", "cloudSubtenants", "CloudSubtenantType", 0, Infinity),
};

/** The subtenants of a tenant. */
export class CloudSubtenants extends List {
  /** One subtenant. */
  declare cloudSubtenants?: CloudSubtenant[];
  declare private readonly "emx:CloudSubtenants": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudSubtenants> = defineBinding<CloudSubtenants>({
    typeName: "CloudSubtenantListType",
    className: "CloudSubtenants",
    table: types,
    base: List.binding,
    create: () => new CloudSubtenants(),
    fields: Object.values(CloudSubtenantsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudSubtenants>) {
    super(init);
  }
}

const CloudSubtenantRepositoryQuotaInfoFields = {
  unlimited: attribute("Unlimited", "unlimited", booleanCodec),
  displayName: scalarElement("DisplayName", "displayName", stringCodec),
  tenantResourceId: scalarElement("TenantResourceId", "tenantResourceId", stringCodec),
  quotaMb: scalarElement("QuotaMb", "quotaMb", intCodec),
  usedQuotaMb: scalarElement("UsedQuotaMb", "usedQuotaMb", intCodec),
  quotaId: scalarElement("QuotaId", "quotaId", stringCodec),
};

/** Storage quota of a subtenant, carved out of a tenant quota. */
export class CloudSubtenantRepositoryQuotaInfo extends Info {
  /** Whether the subtenant may use the whole tenant quota. */
  declare unlimited?: boolean;
  /** Name of the quota. */
  declare displayName?: string;
  /** Id of the tenant quota it comes from. */
  declare tenantResourceId?: string;
  /** Quota size, in MB. */
  declare quotaMb?: number;
  /** Space used, in MB. */
  declare usedQuotaMb?: number;
  /** Id of the subtenant quota. */
  declare quotaId?: string;
  declare private readonly "emx:CloudSubtenantRepositoryQuotaInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudSubtenantRepositoryQuotaInfo> =
    defineBinding<CloudSubtenantRepositoryQuotaInfo>({
      typeName: "CloudSubtenantRepositoryQuotaInfoType",
      className: "CloudSubtenantRepositoryQuotaInfo",
      table: types,
      base: Info.binding,
      create: () => new CloudSubtenantRepositoryQuotaInfo(),
      fields: Object.values(CloudSubtenantRepositoryQuotaInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudSubtenantRepositoryQuotaInfo>) {
    super(init);
  }
}

const CloudSubtenantCreateSpecFields = {
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
  password: scalarElement("Password", "password", stringCodec, 1, 1),
  enabled: scalarElement("Enabled", "enabled", booleanCodec),
  tenantResourceId: scalarElement("TenantResourceId", "tenantResourceId", stringCodec, 1, 1),
  quotaName: scalarElement("QuotaName", "quotaName", stringCodec),
  quotaMb: scalarElement("QuotaMb", "quotaMb", intCodec),
  unlimitedQuota: scalarElement("UnlimitedQuota", "unlimitedQuota", booleanCodec, 1, 1),
};

/** Body of POST /cloud/tenants/{ID}/subtenants. */
export class CloudSubtenantCreateSpec extends Spec {
  /**
   * Name of the account.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /** Free text. */
  declare description?: string;
  /**
   * Password.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare password?: string;
  /** Whether the account starts active. */
  declare enabled?: boolean;
  /**
   * Id of the tenant quota to carve the subtenant quota from.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare tenantResourceId?: string;
  /** Name of the subtenant quota. */
  declare quotaName?: string;
  /** Quota size, in MB; ignored when unlimited. */
  declare quotaMb?: number;
  /**
   * Whether the subtenant may use the whole tenant quota.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare unlimitedQuota?: boolean;
  declare private readonly "emx:CloudSubtenantCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudSubtenantCreateSpec> = defineBinding<CloudSubtenantCreateSpec>({
    typeName: "CloudSubtenantCreateSpecType",
    className: "CloudSubtenantCreateSpec",
    table: types,
    base: Spec.binding,
    create: () => new CloudSubtenantCreateSpec(),
    fields: Object.values(CloudSubtenantCreateSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudSubtenantCreateSpec>) {
    super(init);
  }
}

const CloudTenantFreeLicenseCountersFields = {
  rentalVMBackupCount: scalarElement("RentalVMBackupCount", "rentalVMBackupCount", intCodec),
  rentalWorkstationBackupCount: scalarElement("RentalWorkstationBackupCount", "rentalWorkstationBackupCount", intCodec),
  rentalServerBackupCount: scalarElement("RentalServerBackupCount", "rentalServerBackupCount", intCodec),
  newVMBackupCount: scalarElement("NewVMBackupCount", "newVMBackupCount", intCodec),
  newWorkstationBackupCount: scalarElement("NewWorkstationBackupCount", "newWorkstationBackupCount", intCodec),
  newServerBackupCount: scalarElement("NewServerBackupCount", "newServerBackupCount", intCodec),
  newVMReplicaCount: scalarElement("NewVMReplicaCount", "newVMReplicaCount", intCodec),
};

/** Counters of a tenant's new and rental machines, which use no Cloud Connect license. */
export class CloudTenantFreeLicenseCounters extends Resource {
  /** VMs backed up under a rental license in the last 31 days. */
  declare rentalVMBackupCount?: number;
  /** Workstations backed up under a rental license in the last 31 days. */
  declare rentalWorkstationBackupCount?: number;
  /** Servers backed up under a rental license in the last 31 days. */
  declare rentalServerBackupCount?: number;
  /** VMs backed up for the first time this month. */
  declare newVMBackupCount?: number;
  /** Workstations backed up for the first time this month. */
  declare newWorkstationBackupCount?: number;
  /** Servers backed up for the first time this month. */
  declare newServerBackupCount?: number;
  /** VMs replicated for the first time this month. */
  declare newVMReplicaCount?: number;
  declare private readonly "emx:CloudTenantFreeLicenseCounters": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudTenantFreeLicenseCounters> =
    defineBinding<CloudTenantFreeLicenseCounters>({
      typeName: "CloudTenantFreeLicenseCountersResourceType",
      className: "CloudTenantFreeLicenseCounters",
      table: types,
      base: Resource.binding,
      create: () => new CloudTenantFreeLicenseCounters(),
      fields: Object.values(CloudTenantFreeLicenseCountersFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudTenantFreeLicenseCounters>) {
    super(init);
  }
}

const CloudHardwarePlanFields = {
  description: scalarElement("Description", "description", stringCodec),
  processorUsageLimitMhz: scalarElement("ProcessorUsageLimitMhz", "processorUsageLimitMhz", intCodec),
  memoryUsageLimitMb: scalarElement("MemoryUsageLimitMb", "memoryUsageLimitMb", intCodec),
  hardwarePlanDetails: objectElement(
    types,
    "HardwarePlanDetails",
    "hardwarePlanDetails",
    "CloudHardwarePlanDetailsType",
    1,
    1,
  ),
};

/** A hardware plan: CPU, memory, storage and network that tenants' cloud replicas may use. */
export class CloudHardwarePlan extends Entity {
  /** Free text. */
  declare description?: string;
  /** CPU limit, in MHz. */
  declare processorUsageLimitMhz?: number;
  /** Memory limit, in MB. */
  declare memoryUsageLimitMb?: number;
  /**
   * Platform-specific resources.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hardwarePlanDetails?: CloudHardwarePlanDetails;
  declare private readonly "emx:CloudHardwarePlan": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudHardwarePlan> = defineBinding<CloudHardwarePlan>({
    typeName: "CloudHardwarePlanEntityType",
    className: "CloudHardwarePlan",
    table: types,
    base: Entity.binding,
    create: () => new CloudHardwarePlan(),
    fields: Object.values(CloudHardwarePlanFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudHardwarePlan>) {
    super(init);
  }
}

const CloudHardwarePlansFields = {
  cloudHardwarePlans: objectElement(
    types,
    "CloudHardwarePlan",
    "cloudHardwarePlans",
    "CloudHardwarePlanEntityType",
    0,
    Infinity,
  ),
};

/** A list of hardware plans. */
export class CloudHardwarePlans extends List {
  /** One plan. */
  declare cloudHardwarePlans?: CloudHardwarePlan[];
  declare private readonly "emx:CloudHardwarePlans": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudHardwarePlans> = defineBinding<CloudHardwarePlans>({
    typeName: "CloudHardwarePlanEntityListType",
    className: "CloudHardwarePlans",
    table: types,
    base: List.binding,
    create: () => new CloudHardwarePlans(),
    fields: Object.values(CloudHardwarePlansFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudHardwarePlans>) {
    super(init);
  }
}

const CloudHardwarePlanDetailsFields = {
  viCloudHardwarePlan: objectElement(
    types,
    "ViCloudHardwarePlan",
    "viCloudHardwarePlan",
    "ViCloudHardwarePlanInfoType",
  ),
  hvCloudHardwarePlan: objectElement(
    types,
    "HvCloudHardwarePlan",
    "hvCloudHardwarePlan",
    "HvCloudHardwarePlanInfoType",
  ),
};

/** The platform-specific part of a hardware plan: VMware or Hyper-V. */
export class CloudHardwarePlanDetails extends XmlObject {
  /** VMware vSphere resources. */
  declare viCloudHardwarePlan?: ViCloudHardwarePlanInfo;
  /** Microsoft Hyper-V resources. */
  declare hvCloudHardwarePlan?: HvCloudHardwarePlanInfo;
  declare private readonly "emx:CloudHardwarePlanDetails": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<CloudHardwarePlanDetails> = defineBinding<CloudHardwarePlanDetails>({
    typeName: "CloudHardwarePlanDetailsType",
    className: "CloudHardwarePlanDetails",
    table: types,
    base: undefined,
    create: () => new CloudHardwarePlanDetails(),
    choices: [{ required: true, branches: [["ViCloudHardwarePlan"], ["HvCloudHardwarePlan"]] }],
    fields: Object.values(CloudHardwarePlanDetailsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudHardwarePlanDetails>) {
    super(init);
  }
}

const CloudHardwarePlanCreateSpecFields = {
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  description: scalarElement("Description", "description", stringCodec),
  processorUsageLimitMhz: scalarElement("ProcessorUsageLimitMhz", "processorUsageLimitMhz", intCodec, 1, 1),
  memoryUsageLimitMb: scalarElement("MemoryUsageLimitMb", "memoryUsageLimitMb", intCodec, 1, 1),
  hardwarePlanDetails: objectElement(
    types,
    "HardwarePlanDetails",
    "hardwarePlanDetails",
    "CloudHardwarePlanDetailsType",
    1,
    1,
  ),
};

/** Body of POST /cloud/hardwarePlans. */
export class CloudHardwarePlanCreateSpec extends Spec {
  /**
   * The service provider backup server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /**
   * Name of the plan.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /** Free text. */
  declare description?: string;
  /**
   * CPU limit, in MHz.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare processorUsageLimitMhz?: number;
  /**
   * Memory limit, in MB.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare memoryUsageLimitMb?: number;
  /**
   * Platform-specific resources.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hardwarePlanDetails?: CloudHardwarePlanDetails;
  declare private readonly "emx:CloudHardwarePlanCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudHardwarePlanCreateSpec> =
    defineBinding<CloudHardwarePlanCreateSpec>({
      typeName: "CloudHardwarePlanCreateSpecType",
      className: "CloudHardwarePlanCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new CloudHardwarePlanCreateSpec(),
      fields: Object.values(CloudHardwarePlanCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudHardwarePlanCreateSpec>) {
    super(init);
  }
}

const ViCloudHardwarePlanInfoFields = {
  hypervisorHostRef: scalarElement("HypervisorHostRef", "hypervisorHostRef", urnCodec, 1, 1),
  parentType: scalarElement("ParentType", "parentType", cloudHardwarePlanParentTypeEnumerationCodec),
  parentName: scalarElement("ParentName", "parentName", stringCodec),
  datastores: wrappedElement(
    types,
    "Datastores",
    "datastores",
    "Datastore",
    "ViCloudHardwarePlanDatastoreInfoType",
    0,
    { item: "Datastores" },
  ),
  network: objectElement(types, "Network", "network", "CloudHardwarePlanNetworkInfo"),
};

/** VMware resources of a hardware plan. */
export class ViCloudHardwarePlanInfo extends Info {
  /**
   * The host or cluster.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hypervisorHostRef?: string;
  /** Whether HypervisorHostRef is a cluster or a host. */
  declare parentType?: CloudHardwarePlanParentTypeEnumeration;
  /** Name of the host or cluster. */
  declare parentName?: string;
  /**
   * Storage quotas.
   *
   * Written as `<Datastores>` around one `<Datastore>` per item; absent and empty stay distinct.
   */
  declare datastores?: ViCloudHardwarePlanDatastoreInfo[];
  /** Networks for failed-over replicas. */
  declare network?: CloudHardwarePlanNetworkInfo;
  declare private readonly "emx:ViCloudHardwarePlanInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ViCloudHardwarePlanInfo> = defineBinding<ViCloudHardwarePlanInfo>({
    typeName: "ViCloudHardwarePlanInfoType",
    className: "ViCloudHardwarePlanInfo",
    table: types,
    base: Info.binding,
    create: () => new ViCloudHardwarePlanInfo(),
    fields: Object.values(ViCloudHardwarePlanInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ViCloudHardwarePlanInfo>) {
    super(init);
  }
}

const ViCloudHardwarePlanDatastoreInfoListFields = {
  datastores: objectElement(types, "Datastore", "datastores", "ViCloudHardwarePlanDatastoreInfoType", 0, Infinity, {
    name: "Datastores",
  }),
};

/** Storage quotas of a VMware hardware plan. */
export class ViCloudHardwarePlanDatastoreInfoList extends List {
  /** One datastore. */
  declare datastores?: ViCloudHardwarePlanDatastoreInfo[];
  declare private readonly "emx:ViCloudHardwarePlanDatastoreInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ViCloudHardwarePlanDatastoreInfoList> =
    defineBinding<ViCloudHardwarePlanDatastoreInfoList>({
      typeName: "ViCloudHardwarePlanDatastoreInfoListType",
      className: "ViCloudHardwarePlanDatastoreInfoList",
      table: types,
      base: List.binding,
      create: () => new ViCloudHardwarePlanDatastoreInfoList(),
      fields: Object.values(ViCloudHardwarePlanDatastoreInfoListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ViCloudHardwarePlanDatastoreInfoList>) {
    super(init);
  }
}

const ViCloudHardwarePlanDatastoreInfoFields = {
  id: attribute("Id", "id", stringCodec),
  friendlyName: scalarElement("FriendlyName", "friendlyName", stringCodec, 1, 1),
  datastoreType: scalarElement("DatastoreType", "datastoreType", cloudHardwarePlanDatastoreTypeEnumerationCodec),
  reference: scalarElement("Reference", "reference", urnCodec),
  rootPath: scalarElement("RootPath", "rootPath", stringCodec),
  quotaGb: scalarElement("QuotaGb", "quotaGb", intCodec),
  pbmProfileId: scalarElement("PbmProfileId", "pbmProfileId", stringCodec),
};

/** A datastore or datastore cluster of a VMware hardware plan, with its quota. */
export class ViCloudHardwarePlanDatastoreInfo extends Info {
  /** Identifier within the plan. */
  declare id?: string;
  /**
   * Name tenants see.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare friendlyName?: string;
  /** Datastore or datastore cluster. */
  declare datastoreType?: CloudHardwarePlanDatastoreTypeEnumeration;
  /** The datastore in the hierarchy. */
  declare reference?: string;
  /** Folder on the datastore. */
  declare rootPath?: string;
  /** Quota, in GB. */
  declare quotaGb?: number;
  /** Storage policy profile (API v1_2). */
  declare pbmProfileId?: string;
  declare private readonly "emx:ViCloudHardwarePlanDatastoreInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ViCloudHardwarePlanDatastoreInfo> =
    defineBinding<ViCloudHardwarePlanDatastoreInfo>({
      typeName: "ViCloudHardwarePlanDatastoreInfoType",
      className: "ViCloudHardwarePlanDatastoreInfo",
      table: types,
      base: Info.binding,
      create: () => new ViCloudHardwarePlanDatastoreInfo(),
      fields: Object.values(ViCloudHardwarePlanDatastoreInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ViCloudHardwarePlanDatastoreInfo>) {
    super(init);
  }
}

const HvCloudHardwarePlanInfoFields = {
  hypervisorHostRef: scalarElement("HypervisorHostRef", "hypervisorHostRef", urnCodec, 1, 1),
  volumes: wrappedElement(types, "Volumes", "volumes", "Volume", "HvCloudHardwarePlanVolumeInfoType", 0, {
    item: "Volumes",
  }),
  network: objectElement(types, "Network", "network", "CloudHardwarePlanNetworkInfo"),
};

/** Hyper-V resources of a hardware plan. */
export class HvCloudHardwarePlanInfo extends Info {
  /**
   * The host or cluster.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hypervisorHostRef?: string;
  /**
   * Storage quotas.
   *
   * Written as `<Volumes>` around one `<Volume>` per item; absent and empty stay distinct.
   */
  declare volumes?: HvCloudHardwarePlanVolumeInfo[];
  /** Networks for failed-over replicas. */
  declare network?: CloudHardwarePlanNetworkInfo;
  declare private readonly "emx:HvCloudHardwarePlanInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HvCloudHardwarePlanInfo> = defineBinding<HvCloudHardwarePlanInfo>({
    typeName: "HvCloudHardwarePlanInfoType",
    className: "HvCloudHardwarePlanInfo",
    table: types,
    base: Info.binding,
    create: () => new HvCloudHardwarePlanInfo(),
    fields: Object.values(HvCloudHardwarePlanInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HvCloudHardwarePlanInfo>) {
    super(init);
  }
}

const HvCloudHardwarePlanVolumesInfoListFields = {
  volumes: objectElement(types, "Volume", "volumes", "HvCloudHardwarePlanVolumeInfoType", 0, Infinity, {
    name: "Volumes",
  }),
};

/** Storage quotas of a Hyper-V hardware plan. */
export class HvCloudHardwarePlanVolumesInfoList extends List {
  /** One volume. */
  declare volumes?: HvCloudHardwarePlanVolumeInfo[];
  declare private readonly "emx:HvCloudHardwarePlanVolumesInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HvCloudHardwarePlanVolumesInfoList> =
    defineBinding<HvCloudHardwarePlanVolumesInfoList>({
      typeName: "HvCloudHardwarePlanVolumesInfoListType",
      className: "HvCloudHardwarePlanVolumesInfoList",
      table: types,
      base: List.binding,
      create: () => new HvCloudHardwarePlanVolumesInfoList(),
      fields: Object.values(HvCloudHardwarePlanVolumesInfoListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HvCloudHardwarePlanVolumesInfoList>) {
    super(init);
  }
}

const HvCloudHardwarePlanVolumeInfoFields = {
  id: attribute("Id", "id", stringCodec),
  friendlyName: scalarElement("FriendlyName", "friendlyName", stringCodec, 1, 1),
  volumePath: scalarElement("VolumePath", "volumePath", stringCodec),
  quotaGb: scalarElement("QuotaGb", "quotaGb", intCodec),
};

/** A volume of a Hyper-V hardware plan, with its quota. */
export class HvCloudHardwarePlanVolumeInfo extends Info {
  /** Identifier within the plan. */
  declare id?: string;
  /**
   * Name tenants see.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare friendlyName?: string;
  /** Path on the volume. */
  declare volumePath?: string;
  /** Quota, in GB. */
  declare quotaGb?: number;
  declare private readonly "emx:HvCloudHardwarePlanVolumeInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HvCloudHardwarePlanVolumeInfo> =
    defineBinding<HvCloudHardwarePlanVolumeInfo>({
      typeName: "HvCloudHardwarePlanVolumeInfoType",
      className: "HvCloudHardwarePlanVolumeInfo",
      table: types,
      base: Info.binding,
      create: () => new HvCloudHardwarePlanVolumeInfo(),
      fields: Object.values(HvCloudHardwarePlanVolumeInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HvCloudHardwarePlanVolumeInfo>) {
    super(init);
  }
}

const CloudHardwarePlanNetworkInfoFields = {
  id: attribute("Id", "id", stringCodec),
  countWithInternet: scalarElement("CountWithInternet", "countWithInternet", intCodec),
  countWithoutInternet: scalarElement("CountWithoutInternet", "countWithoutInternet", intCodec),
};

/** How many networks a hardware plan gives tenants' replicas. */
export class CloudHardwarePlanNetworkInfo extends Info {
  /** Identifier within the plan. */
  declare id?: string;
  /** Networks with internet access. */
  declare countWithInternet?: number;
  /** Networks without internet access. */
  declare countWithoutInternet?: number;
  declare private readonly "emx:CloudHardwarePlanNetworkInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudHardwarePlanNetworkInfo> =
    defineBinding<CloudHardwarePlanNetworkInfo>({
      typeName: "CloudHardwarePlanNetworkInfo",
      className: "CloudHardwarePlanNetworkInfo",
      table: types,
      base: Info.binding,
      create: () => new CloudHardwarePlanNetworkInfo(),
      fields: Object.values(CloudHardwarePlanNetworkInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudHardwarePlanNetworkInfo>) {
    super(init);
  }
}

const CloudPublicIpAddressFields = {
  backupServerUid: attribute("BackupServerUid", "backupServerUid", uidCodec, true),
  ipAddress: scalarElement("IpAddress", "ipAddress", stringCodec),
  tenantUid: scalarElement("TenantUid", "tenantUid", uidCodec),
};

/** A public IP address a provider can hand to tenants' failed-over replicas. */
export class CloudPublicIpAddress extends Entity {
  /**
   * The backup server that owns the address.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /** The address. */
  declare ipAddress?: string;
  /** Tenant the address is assigned to, if any. */
  declare tenantUid?: string;
  declare private readonly "emx:CloudPublicIpAddress": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudPublicIpAddress> = defineBinding<CloudPublicIpAddress>({
    typeName: "CloudPublicIpAddressEntityType",
    className: "CloudPublicIpAddress",
    table: types,
    base: Entity.binding,
    create: () => new CloudPublicIpAddress(),
    fields: Object.values(CloudPublicIpAddressFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudPublicIpAddress>) {
    super(init);
  }
}

const CloudPublicIpAddressesFields = {
  cloudPublicIps: objectElement(
    types,
    "CloudPublicIp",
    "cloudPublicIps",
    "CloudPublicIpAddressEntityType",
    0,
    Infinity,
  ),
};

/** A list of public IP addresses (items are named CloudPublicIp). */
export class CloudPublicIpAddresses extends List {
  /** One address. */
  declare cloudPublicIps?: CloudPublicIpAddress[];
  declare private readonly "emx:CloudPublicIpAddresses": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudPublicIpAddresses> = defineBinding<CloudPublicIpAddresses>({
    typeName: "CloudPublicIpAddressEntityListType",
    className: "CloudPublicIpAddresses",
    table: types,
    base: List.binding,
    create: () => new CloudPublicIpAddresses(),
    fields: Object.values(CloudPublicIpAddressesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudPublicIpAddresses>) {
    super(init);
  }
}

const CloudPublicIpAddressCreateSpecFields = {
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  ipAddressLowerBound: scalarElement("IpAddressLowerBound", "ipAddressLowerBound", stringCodec, 1, 1),
  ipAddressUpperBound: scalarElement("IpAddressUpperBound", "ipAddressUpperBound", stringCodec, 1, 1),
};

/** Body of POST /cloud/publicIpAddresses: a range of addresses. */
export class CloudPublicIpAddressCreateSpec extends Spec {
  /**
   * The service provider backup server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /**
   * First address of the range.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare ipAddressLowerBound?: string;
  /**
   * Last address of the range.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare ipAddressUpperBound?: string;
  declare private readonly "emx:CloudPublicIpAddressCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudPublicIpAddressCreateSpec> =
    defineBinding<CloudPublicIpAddressCreateSpec>({
      typeName: "CloudPublicIpAddressCreateSpecType",
      className: "CloudPublicIpAddressCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new CloudPublicIpAddressCreateSpec(),
      fields: Object.values(CloudPublicIpAddressCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudPublicIpAddressCreateSpec>) {
    super(init);
  }
}

const VlanConfigurationFields = {
  href: attribute("Href", "href", stringCodec),
  type: attribute("Type", "type", stringCodec),
  name: attribute("Name", "name", stringCodec, true),
  uid: attribute("UID", "uid", stringCodec, true),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
  hostRef: scalarElement("HostRef", "hostRef", urnCodec),
  platformType: scalarElement("PlatformType", "platformType", cloudPlatformTypeEnumerationCodec),
  vlanIdsWithInternetLeftBound: scalarElement("VlanIdsWithInternetLeftBound", "vlanIdsWithInternetLeftBound", intCodec),
  vlanIdsWithInternetRightBound: scalarElement(
    "VlanIdsWithInternetRightBound",
    "vlanIdsWithInternetRightBound",
    intCodec,
  ),
  vlanIdsWithoutInternetLeftBound: scalarElement(
    "VlanIdsWithoutInternetLeftBound",
    "vlanIdsWithoutInternetLeftBound",
    intCodec,
  ),
  vlanIdsWithoutInternetRightBound: scalarElement(
    "VlanIdsWithoutInternetRightBound",
    "vlanIdsWithoutInternetRightBound",
    intCodec,
  ),
  switchName: scalarElement("SwitchName", "switchName", stringCodec),
  switchId: scalarElement("SwitchId", "switchId", stringCodec),
  clusterName: scalarElement("ClusterName", "clusterName", stringCodec),
  clusterId: scalarElement("ClusterId", "clusterId", stringCodec),
  switchType: scalarElement("SwitchType", "switchType", vlanConfigurationSwitchTypeEnumerationCodec),
};

/** VLAN ranges reserved on a virtual switch for tenants' replica networks. Unlike other entities it comes without Href or Type, and its UID is a bare GUID. */
export class VlanConfiguration extends XmlObject {
  /** Address of this representation; servers leave it out. */
  declare href?: string;
  /** Kind of the representation; servers leave it out. */
  declare type?: string;
  /**
   * Name of the switch.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * ID of the switch in the Veeam infrastructure (a GUID, not a URN).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare uid?: string;
  /**
   * Related resources and actions.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  /** The host. */
  declare hostRef?: string;
  /** Platform of the host. */
  declare platformType?: CloudPlatformTypeEnumeration;
  /** First VLAN ID with internet access. */
  declare vlanIdsWithInternetLeftBound?: number;
  /** Last VLAN ID with internet access. */
  declare vlanIdsWithInternetRightBound?: number;
  /** First VLAN ID without internet access. */
  declare vlanIdsWithoutInternetLeftBound?: number;
  /** Last VLAN ID without internet access. */
  declare vlanIdsWithoutInternetRightBound?: number;
  /** Name of the switch. */
  declare switchName?: string;
  /** ID of the switch. */
  declare switchId?: string;
  /** Cluster of the switch, if any. */
  declare clusterName?: string;
  /** ID of that cluster. */
  declare clusterId?: string;
  /** Standard or distributed switch. */
  declare switchType?: VlanConfigurationSwitchTypeEnumeration;
  declare private readonly "emx:VlanConfiguration": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<VlanConfiguration> = defineBinding<VlanConfiguration>({
    typeName: "VlanConfigurationEntityType",
    className: "VlanConfiguration",
    table: types,
    base: undefined,
    create: () => new VlanConfiguration(),
    fields: Object.values(VlanConfigurationFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VlanConfiguration>) {
    super(init);
  }
}

const VlanConfigurationsFields = {
  vlans: objectElement(types, "Vlans", "vlans", "VlanConfigurationEntityType", 0, Infinity),
};

/** A list of VLAN configurations (items are named Vlans). */
export class VlanConfigurations extends List {
  /** One configuration. */
  declare vlans?: VlanConfiguration[];
  declare private readonly "emx:VlanConfigurations": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VlanConfigurations> = defineBinding<VlanConfigurations>({
    typeName: "VlanConfigurationEntityListType",
    className: "VlanConfigurations",
    table: types,
    base: List.binding,
    create: () => new VlanConfigurations(),
    fields: Object.values(VlanConfigurationsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VlanConfigurations>) {
    super(init);
  }
}

const VlanConfigurationCreateSpecFields = {
  backupServerUid: scalarElement("BackupServerUid", "backupServerUid", uidCodec, 1, 1),
  hostRef: scalarElement("HostRef", "hostRef", urnCodec, 1, 1),
  platformType: scalarElement("PlatformType", "platformType", cloudPlatformTypeEnumerationCodec, 1, 1),
  vlanIdsWithInternetLeftBound: scalarElement(
    "VlanIdsWithInternetLeftBound",
    "vlanIdsWithInternetLeftBound",
    intCodec,
    1,
    1,
  ),
  vlanIdsWithInternetRightBound: scalarElement(
    "VlanIdsWithInternetRightBound",
    "vlanIdsWithInternetRightBound",
    intCodec,
    1,
    1,
  ),
  vlanIdsWithoutInternetLeftBound: scalarElement(
    "VlanIdsWithoutInternetLeftBound",
    "vlanIdsWithoutInternetLeftBound",
    intCodec,
    1,
    1,
  ),
  vlanIdsWithoutInternetRightBound: scalarElement(
    "VlanIdsWithoutInternetRightBound",
    "vlanIdsWithoutInternetRightBound",
    intCodec,
    1,
    1,
  ),
  viClusterRef: scalarElement("viClusterRef", "viClusterRef", stringCodec, 1, 1),
  viClusterName: scalarElement("viClusterName", "viClusterName", stringCodec, 1, 1),
  viSwitchName: scalarElement("viSwitchName", "viSwitchName", stringCodec, 1, 1),
  viSwitchType: scalarElement("viSwitchType", "viSwitchType", intCodec, 1, 1),
  viSwitchId: scalarElement("viSwitchId", "viSwitchId", stringCodec, 1, 1),
};

/** A VLAN configuration to create (declared by API v1_2; the current pages have no request for it). */
export class VlanConfigurationCreateSpec extends Spec {
  /**
   * The service provider backup server.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare backupServerUid?: string;
  /**
   * The host.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hostRef?: string;
  /**
   * Platform of the host.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare platformType?: CloudPlatformTypeEnumeration;
  /**
   * First VLAN ID with internet access.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vlanIdsWithInternetLeftBound?: number;
  /**
   * Last VLAN ID with internet access.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vlanIdsWithInternetRightBound?: number;
  /**
   * First VLAN ID without internet access.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vlanIdsWithoutInternetLeftBound?: number;
  /**
   * Last VLAN ID without internet access.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare vlanIdsWithoutInternetRightBound?: number;
  /**
   * Cluster reference (VMware).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare viClusterRef?: string;
  /**
   * Cluster name (VMware).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare viClusterName?: string;
  /**
   * Switch name (VMware).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare viSwitchName?: string;
  /**
   * Switch kind as a number (VMware).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare viSwitchType?: number;
  /**
   * Switch ID (VMware).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare viSwitchId?: string;
  declare private readonly "emx:VlanConfigurationCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VlanConfigurationCreateSpec> =
    defineBinding<VlanConfigurationCreateSpec>({
      typeName: "CloudVlanConfigurationCreateSpecType",
      className: "VlanConfigurationCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new VlanConfigurationCreateSpec(),
      fields: Object.values(VlanConfigurationCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VlanConfigurationCreateSpec>) {
    super(init);
  }
}

const CloudReplicaFields = {
  ref: objectElement(types, "Ref", "ref", "EntityReferenceType"),
  platform: scalarElement("Platform", "platform", cloudReplicaPlatformEnumerationCodec),
};

/** A tenant's replica job as seen on the provider side. */
export class CloudReplica extends Entity {
  /** Reference to the replica (API v1_2). */
  declare ref?: EntityRef;
  /** Platform of the replicas. */
  declare platform?: CloudReplicaPlatformEnumeration;
  declare private readonly "emx:CloudReplica": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudReplica> = defineBinding<CloudReplica>({
    typeName: "CloudReplicaEntityType",
    className: "CloudReplica",
    table: types,
    base: Entity.binding,
    create: () => new CloudReplica(),
    fields: Object.values(CloudReplicaFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudReplica>) {
    super(init);
  }
}

const CloudReplicasFields = {
  cloudReplicas: objectElement(types, "CloudReplica", "cloudReplicas", "CloudReplicaEntityType", 0, Infinity),
};

/** A list of cloud replicas. */
export class CloudReplicas extends List {
  /** One replica. */
  declare cloudReplicas?: CloudReplica[];
  declare private readonly "emx:CloudReplicas": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudReplicas> = defineBinding<CloudReplicas>({
    typeName: "CloudReplicaEntityListType",
    className: "CloudReplicas",
    table: types,
    base: List.binding,
    create: () => new CloudReplicas(),
    fields: Object.values(CloudReplicasFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudReplicas>) {
    super(init);
  }
}

const CloudVmReplicaPointFields = {
  vmDisplayName: attribute("VmDisplayName", "vmDisplayName", stringCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec),
  vmName: scalarElement("VmName", "vmName", stringCodec),
  pointType: scalarElement("PointType", "pointType", cloudVmReplicaPointTypeEnumerationCodec),
  state: scalarElement("State", "state", cloudVmReplicaPointStateEnumerationCodec),
};

/** A restore point of a tenant VM replica. */
export class CloudVmReplicaPoint extends Entity {
  /** Name of the VM. */
  declare vmDisplayName?: string;
  /** When the point was created. */
  declare creationTimeUTC?: XmlDateTime;
  /** Name of the VM (API v1_2). */
  declare vmName?: string;
  /** Kind of point. */
  declare pointType?: CloudVmReplicaPointTypeEnumeration;
  /** State of the replica at this point. */
  declare state?: CloudVmReplicaPointStateEnumeration;
  declare private readonly "emx:CloudVmReplicaPoint": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudVmReplicaPoint> = defineBinding<CloudVmReplicaPoint>({
    typeName: "CloudVmReplicaPointEntityType",
    className: "CloudVmReplicaPoint",
    table: types,
    base: Entity.binding,
    create: () => new CloudVmReplicaPoint(),
    fields: Object.values(CloudVmReplicaPointFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudVmReplicaPoint>) {
    super(init);
  }
}

const CloudVmReplicaPointsFields = {
  cloudReplicas: objectElement(types, "CloudReplica", "cloudReplicas", "CloudVmReplicaPointEntityType", 0, Infinity),
};

/** A list of cloud VM replica points (items are named CloudReplica, as API v1_2 declares). */
export class CloudVmReplicaPoints extends List {
  /** One point. */
  declare cloudReplicas?: CloudVmReplicaPoint[];
  declare private readonly "emx:CloudVmReplicaPoints": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudVmReplicaPoints> = defineBinding<CloudVmReplicaPoints>({
    typeName: "CloudVmReplicaPointEntityListType",
    className: "CloudVmReplicaPoints",
    table: types,
    base: List.binding,
    create: () => new CloudVmReplicaPoints(),
    fields: Object.values(CloudVmReplicaPointsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudVmReplicaPoints>) {
    super(init);
  }
}

const CloudFailoverPlanFields = {
  tenantUid: scalarElement("TenantUid", "tenantUid", uidCodec),
  tenantName: scalarElement("TenantName", "tenantName", stringCodec),
  description: scalarElement("Description", "description", stringCodec),
  cloudFailoverPlanOptions: objectElement(
    types,
    "CloudFailoverPlanOptions",
    "cloudFailoverPlanOptions",
    "CloudFailoverPlanOptionsInfoType",
  ),
  cloudFailoverPlanInfo: objectElement(
    types,
    "CloudFailoverPlanInfo",
    "cloudFailoverPlanInfo",
    "CloudFailoverPlanInfoType",
  ),
};

/** A cloud failover plan: a tenant's VM replicas to fail over together, in order. */
export class CloudFailoverPlan extends Entity {
  /** The tenant that owns the plan. */
  declare tenantUid?: string;
  /** Name of that tenant. */
  declare tenantName?: string;
  /** Free text. */
  declare description?: string;
  /** Scripts around the failover. */
  declare cloudFailoverPlanOptions?: CloudFailoverPlanOptionsInfo;
  /** The VMs of the plan. */
  declare cloudFailoverPlanInfo?: CloudFailoverPlanInfo;
  declare private readonly "emx:CloudFailoverPlan": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverPlan> = defineBinding<CloudFailoverPlan>({
    typeName: "CloudFailoverPlanEntityType",
    className: "CloudFailoverPlan",
    table: types,
    base: Entity.binding,
    create: () => new CloudFailoverPlan(),
    fields: Object.values(CloudFailoverPlanFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverPlan>) {
    super(init);
  }
}

const CloudFailoverPlansFields = {
  cloudFailoverPlans: objectElement(
    types,
    "CloudFailoverPlan",
    "cloudFailoverPlans",
    "CloudFailoverPlanEntityType",
    0,
    Infinity,
  ),
};

/** A list of cloud failover plans. */
export class CloudFailoverPlans extends List {
  /** One plan. */
  declare cloudFailoverPlans?: CloudFailoverPlan[];
  declare private readonly "emx:CloudFailoverPlans": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverPlans> = defineBinding<CloudFailoverPlans>({
    typeName: "CloudFailoverPlanEntityListType",
    className: "CloudFailoverPlans",
    table: types,
    base: List.binding,
    create: () => new CloudFailoverPlans(),
    fields: Object.values(CloudFailoverPlansFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverPlans>) {
    super(init);
  }
}

const CloudFailoverPlanOptionsInfoFields = {
  postFailoverPlanCommandEnabled: scalarElement(
    "PostFailoverPlanCommandEnabled",
    "postFailoverPlanCommandEnabled",
    booleanCodec,
  ),
  postFailoverPlanCommand: scalarElement("PostFailoverPlanCommand", "postFailoverPlanCommand", stringCodec),
  preFailoverPlanCommandEnabled: scalarElement(
    "PreFailoverPlanCommandEnabled",
    "preFailoverPlanCommandEnabled",
    booleanCodec,
  ),
  preFailoverPlanCommand: scalarElement("PreFailoverPlanCommand", "preFailoverPlanCommand", stringCodec),
};

/** Commands a cloud failover plan runs before and after the failover. */
export class CloudFailoverPlanOptionsInfo extends Info {
  /** Whether the post-failover command runs. */
  declare postFailoverPlanCommandEnabled?: boolean;
  /** Command run after the failover. */
  declare postFailoverPlanCommand?: string;
  /** Whether the pre-failover command runs. */
  declare preFailoverPlanCommandEnabled?: boolean;
  /** Command run before the failover. */
  declare preFailoverPlanCommand?: string;
  declare private readonly "emx:CloudFailoverPlanOptionsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverPlanOptionsInfo> =
    defineBinding<CloudFailoverPlanOptionsInfo>({
      typeName: "CloudFailoverPlanOptionsInfoType",
      className: "CloudFailoverPlanOptionsInfo",
      table: types,
      base: Info.binding,
      create: () => new CloudFailoverPlanOptionsInfo(),
      fields: Object.values(CloudFailoverPlanOptionsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverPlanOptionsInfo>) {
    super(init);
  }
}

const CloudFailoverPlanInfoFields = {
  includes: objectElement(types, "Includes", "includes", "CloudFailoveredVmListType"),
};

/** The VMs a cloud failover plan covers. */
export class CloudFailoverPlanInfo extends Info {
  /** The VMs, in failover order. */
  declare includes?: CloudFailoveredVms;
  declare private readonly "emx:CloudFailoverPlanInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverPlanInfo> = defineBinding<CloudFailoverPlanInfo>({
    typeName: "CloudFailoverPlanInfoType",
    className: "CloudFailoverPlanInfo",
    table: types,
    base: Info.binding,
    create: () => new CloudFailoverPlanInfo(),
    fields: Object.values(CloudFailoverPlanInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverPlanInfo>) {
    super(init);
  }
}

const CloudFailoveredVmFields = {
  failoverPlanVMId: scalarElement("FailoverPlanVMId", "failoverPlanVMId", stringCodec, 1, 1),
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  order: scalarElement("Order", "order", intCodec),
};

/** A VM in a cloud failover plan. */
export class CloudFailoveredVm extends Resource {
  /**
   * Identifier of the VM in the plan.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare failoverPlanVMId?: string;
  /**
   * Name of the VM.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /** Position in the failover order. */
  declare order?: number;
  declare private readonly "emx:CloudFailoveredVm": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoveredVm> = defineBinding<CloudFailoveredVm>({
    typeName: "CloudFailoveredVmType",
    className: "CloudFailoveredVm",
    table: types,
    base: Resource.binding,
    create: () => new CloudFailoveredVm(),
    fields: Object.values(CloudFailoveredVmFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoveredVm>) {
    super(init);
  }
}

const CloudFailoveredVmsFields = {
  cloudFailoveredVms: objectElement(
    types,
    "CloudFailoveredVm",
    "cloudFailoveredVms",
    "CloudFailoveredVmType",
    0,
    Infinity,
  ),
  cloudFailoverPlanVms: objectElement(
    types,
    "CloudFailoverPlanVm",
    "cloudFailoverPlanVms",
    "CloudFailoveredVmType",
    0,
    Infinity,
  ),
};

/** VMs of a cloud failover plan. Plans name the items CloudFailoverPlanVm; API v1_2 declares CloudFailoveredVm. */
export class CloudFailoveredVms extends List {
  /** One VM (API v1_2 name). */
  declare cloudFailoveredVms?: CloudFailoveredVm[];
  /** One VM (name in plan representations). */
  declare cloudFailoverPlanVms?: CloudFailoveredVm[];
  declare private readonly "emx:CloudFailoveredVms": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoveredVms> = defineBinding<CloudFailoveredVms>({
    typeName: "CloudFailoveredVmListType",
    className: "CloudFailoveredVms",
    table: types,
    base: List.binding,
    create: () => new CloudFailoveredVms(),
    choices: [{ required: false, branches: [["CloudFailoveredVm"], ["CloudFailoverPlanVm"]] }],
    fields: Object.values(CloudFailoveredVmsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoveredVms>) {
    super(init);
  }
}

const CloudFailoverPlanManagementSpecFields = {
  startNow: scalarElement("StartNow", "startNow", booleanCodec),
  startDate: scalarElement("StartDate", "startDate", dateTimeCodec),
};

/** Body of POST /cloud/cloudFailoverPlans/{ID}?action=start: run now or at a given time. */
export class CloudFailoverPlanManagementSpec extends Spec {
  /** Whether to start at once. */
  declare startNow?: boolean;
  /** When to start, if not at once. */
  declare startDate?: XmlDateTime;
  declare private readonly "emx:CloudFailoverPlanManagementSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverPlanManagementSpec> =
    defineBinding<CloudFailoverPlanManagementSpec>({
      typeName: "CloudFailoverPlanManagementSpecType",
      className: "CloudFailoverPlanManagementSpec",
      table: types,
      base: Spec.binding,
      create: () => new CloudFailoverPlanManagementSpec(),
      fields: Object.values(CloudFailoverPlanManagementSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverPlanManagementSpec>) {
    super(init);
  }
}

const CloudFailoverSessionFields = {
  cloudFailoverPlanName: attribute("CloudFailoverPlanName", "cloudFailoverPlanName", stringCodec),
  cloudFailoverTasks: wrappedElement(
    types,
    "CloudFailoverTasks",
    "cloudFailoverTasks",
    "CloudFailoverTasks",
    "CloudFailoverTaskSessionInfoType",
  ),
};

/** A run of a cloud failover plan (JobType `FailoverPlan`), with one task per VM. */
export class CloudFailoverSession extends JobSessionEntity {
  /** Name of the plan. */
  declare cloudFailoverPlanName?: string;
  /**
   * Per-VM tasks.
   *
   * Written as `<CloudFailoverTasks>` around one `<CloudFailoverTasks>` per item; absent and empty stay distinct.
   */
  declare cloudFailoverTasks?: CloudFailoverTaskSessionInfo[];
  declare private readonly "emx:CloudFailoverSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverSession> = defineBinding<CloudFailoverSession>({
    typeName: "CloudFailoverSessionEntityType",
    className: "CloudFailoverSession",
    table: types,
    base: JobSessionEntity.binding,
    create: () => new CloudFailoverSession(),
    fields: Object.values(CloudFailoverSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverSession>) {
    super(init);
  }
}

const CloudFailoverSessionsFields = {
  cloudFailoverSessions: objectElement(
    types,
    "CloudFailoverSession",
    "cloudFailoverSessions",
    "CloudFailoverSessionEntityType",
    0,
    Infinity,
  ),
};

/** A list of cloud failover sessions. */
export class CloudFailoverSessions extends List {
  /** One session. */
  declare cloudFailoverSessions?: CloudFailoverSession[];
  declare private readonly "emx:CloudFailoverSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverSessions> = defineBinding<CloudFailoverSessions>({
    typeName: "CloudFailoverSessionEntityListType",
    className: "CloudFailoverSessions",
    table: types,
    base: List.binding,
    create: () => new CloudFailoverSessions(),
    fields: Object.values(CloudFailoverSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverSessions>) {
    super(init);
  }
}

const CloudFailoverTaskSessionInfoFields = {
  vmName: attribute("VmName", "vmName", stringCodec),
  vmReplicaPointLink: objectElement(types, "VmReplicaPointLink", "vmReplicaPointLink", "LinkType"),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", cloudFailoverSessionStateEnumerationCodec),
  result: scalarElement("Result", "result", cloudFailoverSessionResultEnumerationCodec),
  progress: scalarElement("Progress", "progress", intCodec),
  failureMessage: scalarElement("FailureMessage", "failureMessage", stringCodec),
};

/** Failover of one VM within a cloud failover session. */
export class CloudFailoverTaskSessionInfo extends Info {
  /** Name of the VM. */
  declare vmName?: string;
  /** The replica restore point being failed over to. */
  declare vmReplicaPointLink?: Link;
  /** When the task started. */
  declare creationTimeUTC?: XmlDateTime;
  /** When the task ended. */
  declare endTimeUTC?: XmlDateTime;
  /** Progress of the task. */
  declare state?: CloudFailoverSessionStateEnumeration;
  /** Outcome of the task. */
  declare result?: CloudFailoverSessionResultEnumeration;
  /** Percent done. */
  declare progress?: number;
  /** Why the task failed. */
  declare failureMessage?: string;
  declare private readonly "emx:CloudFailoverTaskSessionInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverTaskSessionInfo> =
    defineBinding<CloudFailoverTaskSessionInfo>({
      typeName: "CloudFailoverTaskSessionInfoType",
      className: "CloudFailoverTaskSessionInfo",
      table: types,
      base: Info.binding,
      create: () => new CloudFailoverTaskSessionInfo(),
      fields: Object.values(CloudFailoverTaskSessionInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverTaskSessionInfo>) {
    super(init);
  }
}

const CloudFailoverTaskSessionInfoListFields = {
  cloudFailoverTasks: objectElement(
    types,
    "CloudFailoverTasks",
    "cloudFailoverTasks",
    "CloudFailoverTaskSessionInfoType",
    0,
    Infinity,
  ),
};

/** Per-VM tasks of a cloud failover session (each item is also named CloudFailoverTasks). */
export class CloudFailoverTaskSessionInfoList extends List {
  /** One task. */
  declare cloudFailoverTasks?: CloudFailoverTaskSessionInfo[];
  declare private readonly "emx:CloudFailoverTaskSessionInfoList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<CloudFailoverTaskSessionInfoList> =
    defineBinding<CloudFailoverTaskSessionInfoList>({
      typeName: "CloudFailoverTaskSessionInfoListType",
      className: "CloudFailoverTaskSessionInfoList",
      table: types,
      base: List.binding,
      create: () => new CloudFailoverTaskSessionInfoList(),
      fields: Object.values(CloudFailoverTaskSessionInfoListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<CloudFailoverTaskSessionInfoList>) {
    super(init);
  }
}
