/**
 * The fields of the query types, as the table declares them, bound to the records: a field is the
 * entity's own element or attribute of that name (`CreationTime` is `CreationTimeUTC`), or the UID,
 * name or id of a related record (`BackupServerName`, `JobUid`), or, where the pages name a field
 * after something else, the reading given here.
 */
import type { BoundClass } from "../runtime/index.js";
import { XmlDateTime } from "../runtime/index.js";
import type { Families } from "./family.js";
import type { QueryTypeSchema } from "./operation-table.js";
import type { StoreRecord } from "./store.js";

/** How a field's values are read from a filter and compared. */
export type FieldKind = "string" | "uid" | "dateTime" | "boolean" | "number" | "enumeration";

/** A raw field value; `undefined` when the record has none (the end of a running session). */
export type FieldValue = string | number | boolean | Date | undefined;

/** A field of a query type, bound to records. */
export interface QueryField {
  readonly name: string;
  readonly kind: FieldKind;
  /** For enumerations: the values in their order, which is the comparison order. */
  readonly values?: readonly string[];
  readonly filterable: boolean;
  readonly sortable: boolean;
  readonly read: (record: StoreRecord) => FieldValue;
}

type Reader = (record: StoreRecord, families: Families) => unknown;

const entityOf = (record: StoreRecord) => record.entity as Record<string, unknown> & Record<string, never>;
const member =
  (name: string): Reader =>
  (record) =>
    entityOf(record)[name];
const nested =
  (...path: string[]): Reader =>
  (record) =>
    path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record.entity);

/** Fields the pages name after something other than an element of the entity or a related record. */
const OVERRIDES: Readonly<Record<string, Readonly<Record<string, Reader>>>> = {
  BackupServer: { IpOrDnsName: member("name") },
  Credentials: { CredentialsId: (record) => record.id },
  Passwords: { PasswordKeyID: (record) => record.id },
  CdpReplicaSession: { Id: member("uid") },
  CdpReplicaTaskSession: { Id: member("uid") },
  CloudFailoverSession: { Type: member("jobType") },
  RestoreSession: { Type: member("jobType") },
  // A boolean by the page: taken to say whether the plan is for VMware (a guess).
  CloudHardwarePlan: {
    Platform: (record) =>
      (record.entity as { hardwarePlanDetails?: { viCloudHardwarePlan?: unknown } }).hardwarePlanDetails
        ?.viCloudHardwarePlan !== undefined,
  },
  CloudSubtenant: {
    UID: (record) => record.id,
    Disabled: (record) => entityOf(record).enabled === false,
    Unlimited: nested("repositoryQuota", "unlimited"),
    Quota: nested("repositoryQuota", "quotaMb"),
    UsedQuota: nested("repositoryQuota", "usedQuotaMb"),
    BackupResourceId: nested("repositoryQuota", "tenantResourceId"),
  },
  CloudTenant: {
    Type: (record) => tenantKind(entityOf(record).tenantType as Record<string, unknown> | undefined),
    OrganizationReference: nested("tenantType", "vCloudTenant", "organizationRef"),
  },
  NasObject: { UID: member("objectInJobId"), Name: member("fileOrFolder") },
  ObjectInJob: { UID: member("objectInJobId") },
  // The page names the protection group of an agent job's include its file server (a guess at what it means).
  ObjectInAgentBackupJob: {
    UID: member("objectInJobId"),
    FileServerUid: relatedUid("protectionGroup"),
    FileServerName: relatedName("protectionGroup"),
  },
  RestorePoint: { CreationTime: member("backupDateUTC") },
  VCloudOrganizationConfig: {
    Disabled: member("isDisabled"),
    JobSchedulerType: nested("jobSettings", "jobSchedulerType"),
    UsedQuota: member("usedQuotaMb"),
  },
  VsphereSelfServiceConfig: {
    JobSchedulerType: nested("jobSettings", "jobSchedulerType"),
    AccountType: nested("account", "accountType"),
    UsedQuota: member("usedQuotaMb"),
  },
  VlanConfiguration: { ClusterRef: member("hostRef") },
  // The point's kind, not the representation's Type attribute.
  AgentRestorePoint: { ComputerName: relatedName("discoveredComputer"), Type: member("pointType") },
  CloudVmReplicaPoint: { Type: member("pointType") },
  vAppReplicaPoint: { Type: member("pointType") },
  vAppRestorePoint: { Type: member("pointType") },
  VmReplicaPoint: { Type: member("pointType") },
  VmRestorePoint: { Type: member("pointType") },
};

/** Field prefixes that name a related record, and the families they may be. */
const RELATION_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  backupserver: ["backupServer"],
  job: ["job"],
  jobsession: ["backupSession", "replicaSession"],
  repository: ["repository"],
  backup: ["backup"],
  backupfile: ["backupFile"],
  restorepoint: ["restorePoint"],
  replica: ["replica", "cloudReplica"],
  policy: ["cdpPolicy"],
  policysession: ["cdpReplicaSession"],
  cloudtenant: ["cloudTenant"],
  protectiongroup: ["protectionGroup"],
  fileserver: ["fileServer"],
};

function relatedUid(family: string): Reader {
  return (record, families) => (families.related(record, family)?.entity as { uid?: string } | undefined)?.uid;
}

function relatedName(family: string): Reader {
  return (record, families) => (families.related(record, family)?.entity as { name?: string } | undefined)?.name;
}

function tenantKind(tenantType: Record<string, unknown> | undefined): string | undefined {
  if (tenantType?.standaloneTenant !== undefined) return "Standalone";
  if (tenantType?.adTenantType !== undefined) return "ActiveDirectory";
  if (tenantType?.vCloudTenant !== undefined) return "vCD";
  return undefined;
}

/** The fields of a query type over records whose entities are of `entity`; throws for a field it cannot read. */
export function bindFields(schema: QueryTypeSchema, entity: BoundClass | undefined, all: Families): QueryField[] {
  return schema.fields.map((field) => {
    const found = readerOf(schema.name, field.name, field.type, entity);
    if (found === undefined)
      throw new Error(`the mock cannot read the field ${field.name} of query type ${schema.name}`);
    const values = found.values ?? field.values;
    const kind: FieldKind = values !== undefined && values.length > 0 ? "enumeration" : kindOf(field.type);
    return {
      name: field.name,
      kind,
      values,
      filterable: field.filterable,
      sortable: field.sortable,
      read: (record) => plain(found.read(record, all)),
    };
  });
}

function kindOf(type: string): FieldKind {
  if (type === "UidType") return "uid";
  if (type === "xs:dateTime") return "dateTime";
  if (type === "xs:boolean") return "boolean";
  if (["xs:long", "xs:int", "xs:double", "xs:integer"].includes(type)) return "number";
  return "string";
}

/** Dates as Dates; everything else as it is. */
function plain(value: unknown): FieldValue {
  if (value instanceof XmlDateTime) return value.toDate();
  if (value === null || value === undefined) return undefined;
  return value as FieldValue;
}

/** How to read a field, with the enumeration values of its codec when it has one. */
function readerOf(typeName: string, name: string, type: string, entity: BoundClass | undefined) {
  const override = OVERRIDES[typeName]?.[name];
  if (override !== undefined) return { read: override, values: undefined };
  const own = entity === undefined ? undefined : ownField(entity, name);
  if (own !== undefined) return own;
  const relation = /^(.*?)(uid|name|id)$/i.exec(name);
  const targets = relation === null ? undefined : RELATION_PREFIXES[relation[1]!.toLowerCase()];
  if (targets === undefined) return undefined;
  const part = relation![2]!.toLowerCase();
  const read: Reader = (record, families) => {
    const target = targets
      .map((family) => families.related(record, family))
      .find((candidate) => candidate !== undefined);
    if (target === undefined) return undefined;
    const identity = target.entity as { uid?: string; name?: string };
    return part === "name" ? identity.name : part === "uid" || type === "UidType" ? identity.uid : target.id;
  };
  return { read, values: undefined };
}

/** An element or attribute of the entity named as the field (or the field with `UTC`), without regard to case. */
function ownField(entity: BoundClass, name: string) {
  const binding = entity.binding;
  const candidates = [name.toLowerCase(), `${name.toLowerCase()}utc`];
  const fields = [...binding.attributes, ...binding.elements];
  const field = candidates
    .map((candidate) => fields.find((each) => each.name.toLowerCase() === candidate))
    .find((each) => each !== undefined);
  if (field === undefined) return undefined;
  const codec = "codec" in field ? field.codec : undefined;
  const values = codec?.values === undefined ? undefined : [...codec.values];
  return { read: member(field.member), values };
}
