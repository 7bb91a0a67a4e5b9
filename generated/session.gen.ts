// Generated from schemas/session.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Entry point and sessions: the API root with its supported versions, logon sessions and the logon request, the task list, Enterprise Manager system sessions, and the query, lookup and reporting service resources.

import {
  attribute,
  booleanCodec,
  type ClassBinding,
  dateTimeCodec,
  defineBinding,
  enumerationCodec,
  type Init,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedElement,
  type XmlDateTime,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, Spec, type Link, type Task } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** Which internal Enterprise Manager activity a system session ran. Open: other values are kept (strict reading rejects them). */
export type SystemSessionTypeEnumeration =
  | "CatalogConsolidation"
  | "CatalogCrawlJob"
  | "CatalogReplicationJob"
  | "CollectJob"
  | "SecurityScopesRebuild"
  | "VcPluginJob"
  | "LicAutoUpdate"
  | "DatabaseMaintenance"
  | "HistoryCollectJob"
  | "LicenseRevoke"
  | "SyncCheckForProductUpdatesOption"
  | "LogExport"
  | (string & {});

/** Codec of {@link SystemSessionTypeEnumeration}. */
export const systemSessionTypeEnumerationCodec = enumerationCodec<SystemSessionTypeEnumeration>(
  "SystemSessionTypeEnumeration",
  [
    "CatalogConsolidation",
    "CatalogCrawlJob",
    "CatalogReplicationJob",
    "CollectJob",
    "SecurityScopesRebuild",
    "VcPluginJob",
    "LicAutoUpdate",
    "DatabaseMaintenance",
    "HistoryCollectJob",
    "LicenseRevoke",
    "SyncCheckForProductUpdatesOption",
    "LogExport",
  ],
);

/** Where a system session stands. Open: other values are kept (strict reading rejects them). */
export type SystemSessionStateEnumeration =
  "InProgress" | "CompletedSuccessfully" | "CompletedWarning" | "Failed" | (string & {});

/** Codec of {@link SystemSessionStateEnumeration}. */
export const systemSessionStateEnumerationCodec = enumerationCodec<SystemSessionStateEnumeration>(
  "SystemSessionStateEnumeration",
  ["InProgress", "CompletedSuccessfully", "CompletedWarning", "Failed"],
);

/** Outcome of a system session. The docs list Success, Warning and Failed; EM has also been seen to send the state name `CompletedSuccessfully` here. Open: other values are kept (strict reading rejects them). */
export type SystemSessionResultEnumeration = "Success" | "Warning" | "Failed" | "CompletedSuccessfully" | (string & {});

/** Codec of {@link SystemSessionResultEnumeration}. */
export const systemSessionResultEnumerationCodec = enumerationCodec<SystemSessionResultEnumeration>(
  "SystemSessionResultEnumeration",
  ["Success", "Warning", "Failed", "CompletedSuccessfully"],
);

const EnterpriseManagerFields = {
  supportedVersions: wrappedElement(
    types,
    "SupportedVersions",
    "supportedVersions",
    "SupportedVersion",
    "SupportedVersionType",
  ),
};

/** The API root (GET /api/): links to the logon session list and to logon for each REST API version the server speaks. */
export class EnterpriseManager extends Resource {
  /**
   * The API versions a logon session can be opened for.
   *
   * Written as `<SupportedVersions>` around one `<SupportedVersion>` per item; absent and empty stay distinct.
   */
  declare supportedVersions?: SupportedVersion[];
  declare private readonly "emx:EnterpriseManager": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseManager> = defineBinding<EnterpriseManager>({
    typeName: "EnterpriseManagerType",
    className: "EnterpriseManager",
    table: types,
    base: Resource.binding,
    create: () => new EnterpriseManager(),
    fields: Object.values(EnterpriseManagerFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseManager>) {
    super(init);
  }
}

const SupportedVersionListFields = {
  supportedVersions: objectElement(types, "SupportedVersion", "supportedVersions", "SupportedVersionType", 0, Infinity),
};

/** The REST API versions offered by the server. */
export class SupportedVersionList extends List {
  /** One version. */
  declare supportedVersions?: SupportedVersion[];
  declare private readonly "emx:SupportedVersionList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SupportedVersionList> = defineBinding<SupportedVersionList>({
    typeName: "SupportedVersionListType",
    className: "SupportedVersionList",
    table: types,
    base: List.binding,
    create: () => new SupportedVersionList(),
    fields: Object.values(SupportedVersionListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SupportedVersionList>) {
    super(init);
  }
}

const SupportedVersionFields = {
  name: attribute("Name", "name", stringCodec, true),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
};

/** One REST API version, with the link that opens a logon session for it. */
export class SupportedVersion extends Info {
  /**
   * Version name, such as `v1_7`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * The logon link (Rel `Create`) for this version.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  declare private readonly "emx:SupportedVersion": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SupportedVersion> = defineBinding<SupportedVersion>({
    typeName: "SupportedVersionType",
    className: "SupportedVersion",
    table: types,
    base: Info.binding,
    create: () => new SupportedVersion(),
    fields: Object.values(SupportedVersionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SupportedVersion>) {
    super(init);
  }
}

const LogonSessionFields = {
  userName: scalarElement("UserName", "userName", stringCodec, 1, 1),
  sessionId: scalarElement("SessionId", "sessionId", stringCodec, 1, 1),
};

/** An open logon session; its links lead to every top-level collection and service the user may reach. */
export class LogonSession extends Resource {
  /**
   * Account the session belongs to.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare userName?: string;
  /**
   * Identifier of the session (also the last segment of its address).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare sessionId?: string;
  declare private readonly "emx:LogonSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LogonSession> = defineBinding<LogonSession>({
    typeName: "LogonSessionType",
    className: "LogonSession",
    table: types,
    base: Resource.binding,
    create: () => new LogonSession(),
    fields: Object.values(LogonSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LogonSession>) {
    super(init);
  }
}

const LogonSessionsFields = {
  logonSessions: objectElement(types, "LogonSession", "logonSessions", "LogonSessionType", 0, Infinity),
};

/** The logon sessions that currently exist. */
export class LogonSessions extends List {
  /** One session. */
  declare logonSessions?: LogonSession[];
  declare private readonly "emx:LogonSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LogonSessions> = defineBinding<LogonSessions>({
    typeName: "LogonSessionListType",
    className: "LogonSessions",
    table: types,
    base: List.binding,
    create: () => new LogonSessions(),
    fields: Object.values(LogonSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LogonSessions>) {
    super(init);
  }
}

const LoginSpecFields = {
  vMwareSSOToken: scalarElement("VMwareSSOToken", "vMwareSSOToken", stringCodec),
  tenantCredentials: objectElement(types, "TenantCredentials", "tenantCredentials", "TenantCredentialsInfoType"),
  vCloudOrganizationCredentials: objectElement(
    types,
    "VCloudOrganizationCredentials",
    "vCloudOrganizationCredentials",
    "VCloudOrganizationCredentialsInfoType",
  ),
};

/** Optional body of POST /sessionMngr/: credentials for a logon that does not use the Authorization header alone (tenant logons, SSO). */
export class LoginSpec extends Spec {
  /** A VMware single sign-on token to log on with. */
  declare vMwareSSOToken?: string;
  /** Account of a standalone Cloud Connect tenant. */
  declare tenantCredentials?: TenantCredentialsInfo;
  /** Account of a VMware Cloud Director organization user (a vCD tenant). */
  declare vCloudOrganizationCredentials?: VCloudOrganizationCredentialsInfo;
  declare private readonly "emx:LoginSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LoginSpec> = defineBinding<LoginSpec>({
    typeName: "LoginSpecType",
    className: "LoginSpec",
    table: types,
    base: Spec.binding,
    create: () => new LoginSpec(),
    fields: Object.values(LoginSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LoginSpec>) {
    super(init);
  }
}

const TenantCredentialsInfoFields = {
  username: scalarElement("Username", "username", stringCodec, 1, 1),
  password: scalarElement("Password", "password", stringCodec),
};

/** User name and password of a Cloud Connect tenant account; in tenant representations EM returns the user name only. */
export class TenantCredentialsInfo extends Info {
  /**
   * Tenant account name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare username?: string;
  /** Tenant account password; never returned by EM. */
  declare password?: string;
  declare private readonly "emx:TenantCredentialsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<TenantCredentialsInfo> = defineBinding<TenantCredentialsInfo>({
    typeName: "TenantCredentialsInfoType",
    className: "TenantCredentialsInfo",
    table: types,
    base: Info.binding,
    create: () => new TenantCredentialsInfo(),
    fields: Object.values(TenantCredentialsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<TenantCredentialsInfo>) {
    super(init);
  }
}

const VCloudOrganizationCredentialsInfoFields = {
  organizationName: scalarElement("OrganizationName", "organizationName", stringCodec, 1, 1),
  login: scalarElement("Login", "login", stringCodec, 1, 1),
  password: scalarElement("Password", "password", stringCodec, 1, 1),
};

/** Logon data of a VMware Cloud Director organization user. */
export class VCloudOrganizationCredentialsInfo extends Info {
  /**
   * Name of the vCD organization.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare organizationName?: string;
  /**
   * Organization user name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare login?: string;
  /**
   * Organization user password.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare password?: string;
  declare private readonly "emx:VCloudOrganizationCredentialsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VCloudOrganizationCredentialsInfo> =
    defineBinding<VCloudOrganizationCredentialsInfo>({
      typeName: "VCloudOrganizationCredentialsInfoType",
      className: "VCloudOrganizationCredentialsInfo",
      table: types,
      base: Info.binding,
      create: () => new VCloudOrganizationCredentialsInfo(),
      fields: Object.values(VCloudOrganizationCredentialsInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VCloudOrganizationCredentialsInfo>) {
    super(init);
  }
}

const TasksFields = {
  tasks: objectElement(types, "Task", "tasks", "TaskType", 0, Infinity),
};

/** The tasks started within the current logon session. */
export class Tasks extends List {
  /** One task. */
  declare tasks?: Task[];
  declare private readonly "emx:Tasks": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Tasks> = defineBinding<Tasks>({
    typeName: "TaskListType",
    className: "Tasks",
    table: types,
    base: List.binding,
    create: () => new Tasks(),
    fields: Object.values(TasksFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Tasks>) {
    super(init);
  }
}

const SystemSessionFields = {
  sessionType: scalarElement("SessionType", "sessionType", systemSessionTypeEnumerationCodec),
  creationTimeUTC: scalarElement("CreationTimeUTC", "creationTimeUTC", dateTimeCodec),
  endTimeUTC: scalarElement("EndTimeUTC", "endTimeUTC", dateTimeCodec),
  state: scalarElement("State", "state", systemSessionStateEnumerationCodec),
  result: objectElement(types, "Result", "result", "SessionResultInfoType"),
};

/** A run of one of Enterprise Manager's own background activities (data collection, catalog work, maintenance, ...). */
export class SystemSession extends Entity {
  /** The activity that ran. */
  declare sessionType?: SystemSessionTypeEnumeration;
  /** Start, in UTC. */
  declare creationTimeUTC?: XmlDateTime;
  /** End, in UTC. */
  declare endTimeUTC?: XmlDateTime;
  /** Progress or final state. */
  declare state?: SystemSessionStateEnumeration;
  /** How the session ended. */
  declare result?: SessionResultInfo;
  declare private readonly "emx:SystemSession": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SystemSession> = defineBinding<SystemSession>({
    typeName: "SystemSessionEntityType",
    className: "SystemSession",
    table: types,
    base: Entity.binding,
    create: () => new SystemSession(),
    fields: Object.values(SystemSessionFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SystemSession>) {
    super(init);
  }
}

const SessionResultInfoFields = {
  result: scalarElement("Result", "result", systemSessionResultEnumerationCodec),
  message: scalarElement("Message", "message", stringCodec),
  isCanceled: scalarElement("IsCanceled", "isCanceled", booleanCodec),
};

/** Outcome of a system session. */
export class SessionResultInfo extends Info {
  /** The result. */
  declare result?: SystemSessionResultEnumeration;
  /** Details of the result; often empty. */
  declare message?: string;
  /** Whether the session was cancelled. */
  declare isCanceled?: boolean;
  declare private readonly "emx:SessionResultInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SessionResultInfo> = defineBinding<SessionResultInfo>({
    typeName: "SessionResultInfoType",
    className: "SessionResultInfo",
    table: types,
    base: Info.binding,
    create: () => new SessionResultInfo(),
    fields: Object.values(SessionResultInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SessionResultInfo>) {
    super(init);
  }
}

const SystemSessionsFields = {
  systemSessions: objectElement(types, "SystemSession", "systemSessions", "SystemSessionEntityType", 0, Infinity),
};

/** System sessions of the last 30 days. */
export class SystemSessions extends List {
  /** One session. */
  declare systemSessions?: SystemSession[];
  declare private readonly "emx:SystemSessions": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SystemSessions> = defineBinding<SystemSessions>({
    typeName: "SystemSessionEntityListType",
    className: "SystemSessions",
    table: types,
    base: List.binding,
    create: () => new SystemSessions(),
    fields: Object.values(SystemSessionsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SystemSessions>) {
    super(init);
  }
}

/** The log of one system session. The reference pages do not show the events themselves: content after the links is kept as it is (a wildcard of other namespaces, since one of the EM namespace after the optional Links would be ambiguous in XSD 1.0). */
export class SystemSessionEvents extends Resource {
  declare private readonly "emx:SystemSessionEvents": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SystemSessionEvents> = defineBinding<SystemSessionEvents>({
    typeName: "SystemSessionEventResourceType",
    className: "SystemSessionEvents",
    table: types,
    base: Resource.binding,
    create: () => new SystemSessionEvents(),
    openContent: true,
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SystemSessionEvents>) {
    super(init);
  }
}

/** The query service: ready-made query links for each resource type. */
export class QuerySvc extends Resource {
  declare private readonly "emx:QuerySvc": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<QuerySvc> = defineBinding<QuerySvc>({
    typeName: "QuerySvcType",
    className: "QuerySvc",
    table: types,
    base: Resource.binding,
    create: () => new QuerySvc(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<QuerySvc>) {
    super(init);
  }
}

/** The lookup service: lookup links for each hierarchy root (virtualization host). */
export class LookupSvc extends Resource {
  declare private readonly "emx:LookupSvc": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<LookupSvc> = defineBinding<LookupSvc>({
    typeName: "LookupSvcType",
    className: "LookupSvc",
    table: types,
    base: Resource.binding,
    create: () => new LookupSvc(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LookupSvc>) {
    super(init);
  }
}

/** The reporting service resource. */
export class ReportingSvc extends Resource {
  declare private readonly "emx:ReportingSvc": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ReportingSvc> = defineBinding<ReportingSvc>({
    typeName: "ReportingSvcType",
    className: "ReportingSvc",
    table: types,
    base: Resource.binding,
    create: () => new ReportingSvc(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ReportingSvc>) {
    super(init);
  }
}
