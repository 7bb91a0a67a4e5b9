/**
 * Resources that belong to one record and have no identity of their own: a tenant's free license
 * counters and its Cloud Director compute resource, the job settings of a self-service portal, the
 * events of a system session. Each links up to its owner.
 */
import {
  CloudTenantFreeLicenseCounters,
  Link,
  SystemSessionEvents,
  VCloudOrganizationConfigBackupJobSettings,
  VSphereSelfServiceConfigJobSettings,
} from "../../generated/index.js";
import type { MockState, OperationHandler, OperationRequest } from "../context.js";
import { EmError } from "../em-error.js";
import { selfServiceJobSettings } from "../seed/self-service.js";
import { relatedList, type StoreRecord } from "../store.js";
import { targetOf } from "./scope.js";

function upTo(state: MockState, owner: StoreRecord): Link {
  return new Link({
    rel: "Up",
    href: state.rep.hrefOf(owner),
    type: state.rep.referenceType(owner),
    name: (owner.entity as { name?: string }).name,
  });
}

function hrefOf(request: OperationRequest, state: MockState): string {
  return state.urls.href(request.operation.id, request.values);
}

/** Free licenses per kind: what the tenant's counts leave of a rental allowance (a guess: the page gives no rule). */
const freeLicenseCounters: OperationHandler = (request, state) => {
  const tenant = targetOf(request, state);
  const counts = tenant.entity as {
    backupCount?: number;
    replicaCount?: number;
    serverBackupCount?: number;
    workStationBackupCount?: number;
  };
  return {
    status: 200,
    body: new CloudTenantFreeLicenseCounters({
      href: hrefOf(request, state),
      type: "FreeLicenseCounters",
      links: [upTo(state, tenant)],
      rentalVMBackupCount: Math.max(0, 10 - (counts.backupCount ?? 0)),
      rentalWorkstationBackupCount: Math.max(0, 5 - (counts.workStationBackupCount ?? 0)),
      rentalServerBackupCount: Math.max(0, 5 - (counts.serverBackupCount ?? 0)),
      newVMBackupCount: 0,
      newWorkstationBackupCount: 0,
      newServerBackupCount: 0,
      newVMReplicaCount: Math.max(0, 5 - (counts.replicaCount ?? 0)),
    }),
  };
};

/** The page answers one compute resource here: the tenant's Cloud Director one. */
const vCloudComputeResources: OperationHandler = (request, state) => {
  const tenant = targetOf(request, state);
  const resource = state.store
    .all("cloudTenantVCloudComputeResource")
    .find((record) => relatedList(record, "cloudTenant").includes(tenant));
  if (resource === undefined)
    throw new EmError(
      404,
      `the tenant ${(tenant.entity as { name?: string }).name} has no Cloud Director compute resource`,
    );
  return { status: 200, body: state.rep.entity(resource), root: "CloudTenantVCloudComputeResource" };
};

const vSphereJobSettings: OperationHandler = (request, state) => {
  const config = targetOf(request, state);
  return {
    status: 200,
    body: new VSphereSelfServiceConfigJobSettings({
      href: hrefOf(request, state),
      type: "VSphereSelfServiceConfigJobSettings",
      links: [upTo(state, config)],
      useDefaultJobSettings: false,
      advancedSettings: selfServiceJobSettings(),
      sourceProxyAutoDetect: true,
    }),
  };
};

const vCloudJobSettings: OperationHandler = (request, state) => {
  const config = targetOf(request, state);
  return {
    status: 200,
    body: new VCloudOrganizationConfigBackupJobSettings({
      href: hrefOf(request, state),
      type: "VCloudOrganizationConfigBackupJobSettings",
      links: [upTo(state, config)],
      useDefaultJobSettings: true,
      advancedSettings: selfServiceJobSettings(),
    }),
  };
};

const systemSessionEvents: OperationHandler = (request, state) => {
  const session = targetOf(request, state);
  return {
    status: 200,
    body: new SystemSessionEvents({
      href: hrefOf(request, state),
      type: "SystemSessionEvents",
      links: [upTo(state, session)],
    }),
  };
};

/** The handlers of this file, by operation id. */
export const SINGLETON_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  getCloudTenantFreelicenseCounters: freeLicenseCounters,
  getCloudTenantVCloudComputeResources: vCloudComputeResources,
  getSelfServiceVSphereConfigBackupJobSettings: vSphereJobSettings,
  getVCloudOrgConfigBackupJobSettings: vCloudJobSettings,
  getSystemSessionEvents: systemSessionEvents,
};
