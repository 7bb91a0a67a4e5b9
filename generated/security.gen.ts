// Generated from schemas/security.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Access control of Enterprise Manager (/security): security roles, accounts and the roles given to them, restore scopes, file-level and SQL restore restrictions, plus the account and Active Directory domain blocks that self-service and tenant settings carry.

import {
  booleanCodec,
  type ClassBinding,
  defineBinding,
  enumerationCodec,
  type Init,
  objectElement,
  scalarElement,
  stringCodec,
  wrappedElement,
} from "../runtime/index.js";
import { Entity, Info, List, Resource, Spec, uidCodec, urnCodec } from "./common.gen.js";
import { types } from "./type-table.gen.js";

/** Kind of an Enterprise Manager account; the External kinds sign in through single sign-on (SAML). Open: other values are kept (strict reading rejects them). */
export type AccountTypeEnumeration = "User" | "Group" | "ExternalUser" | "ExternalGroup" | (string & {});

/** Codec of {@link AccountTypeEnumeration}. */
export const accountTypeEnumerationCodec = enumerationCodec<AccountTypeEnumeration>("AccountTypeEnumeration", [
  "User",
  "Group",
  "ExternalUser",
  "ExternalGroup",
]);

/** Virtualization platform of the object a restore scope points at. Open: other values are kept (strict reading rejects them). */
export type HierarchyScopePlatformEnumeration = "VMware" | "Hyperv" | "vCloud" | (string & {});

/** Codec of {@link HierarchyScopePlatformEnumeration}. */
export const hierarchyScopePlatformEnumerationCodec = enumerationCodec<HierarchyScopePlatformEnumeration>(
  "HierarchyScopePlatformEnumeration",
  ["VMware", "Hyperv", "vCloud"],
);

/** How far the server has got in applying a restore scope. Open: other values are kept (strict reading rejects them). */
export type HierarchyScopeStateEnumeration = "Unprocessed" | "Processed" | "Removing" | (string & {});

/** Codec of {@link HierarchyScopeStateEnumeration}. */
export const hierarchyScopeStateEnumerationCodec = enumerationCodec<HierarchyScopeStateEnumeration>(
  "HierarchyScopeStateEnumeration",
  ["Unprocessed", "Processed", "Removing"],
);

/** Whether a vSphere self-service tenant is a single vSphere user or a vSphere group. Open: other values are kept (strict reading rejects them). */
export type VSphereSelfServiceAccountTypeEnumeration = "User" | "Group" | (string & {});

/** Codec of {@link VSphereSelfServiceAccountTypeEnumeration}. */
export const vSphereSelfServiceAccountTypeEnumerationCodec = enumerationCodec<VSphereSelfServiceAccountTypeEnumeration>(
  "VSphereSelfServiceAccountTypeEnumeration",
  ["User", "Group"],
);

/** A security role of Enterprise Manager, such as Portal User or File Restore Operator; only its name and identifier. */
export class EnterpriseRole extends Entity {
  declare private readonly "emx:EnterpriseRole": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseRole> = defineBinding<EnterpriseRole>({
    typeName: "EnterpriseRoleEntityType",
    className: "EnterpriseRole",
    table: types,
    base: Entity.binding,
    create: () => new EnterpriseRole(),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseRole>) {
    super(init);
  }
}

const EnterpriseRolesFields = {
  enterpriseRoleEntities: objectElement(
    types,
    "EnterpriseRoleEntity",
    "enterpriseRoleEntities",
    "EnterpriseRoleEntityType",
    0,
    Infinity,
  ),
};

/** A list of security roles, as entities. */
export class EnterpriseRoles extends List {
  /** One role. */
  declare enterpriseRoleEntities?: EnterpriseRole[];
  declare private readonly "emx:EnterpriseRoles": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseRoles> = defineBinding<EnterpriseRoles>({
    typeName: "EnterpriseRoleEntityListType",
    className: "EnterpriseRoles",
    table: types,
    base: List.binding,
    create: () => new EnterpriseRoles(),
    fields: Object.values(EnterpriseRolesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseRoles>) {
    super(init);
  }
}

const FileRestoreSettingsInfoFields = {
  flrInplaceOnly: scalarElement("FlrInplaceOnly", "flrInplaceOnly", booleanCodec, 1, 1),
  flrExtentionRestrictions: scalarElement("FlrExtentionRestrictions", "flrExtentionRestrictions", stringCodec),
};

/** File-level restore restrictions of an account, as the server reports them. */
export class FileRestoreSettingsInfo extends Info {
  /**
   * Whether the account may only restore files of the extensions in FlrExtentionRestrictions.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare flrInplaceOnly?: boolean;
  /** Comma-separated file extensions the account may restore, such as `doc,pdf` (the misspelling is EM's); empty when unrestricted. */
  declare flrExtentionRestrictions?: string;
  declare private readonly "emx:FileRestoreSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileRestoreSettingsInfo> = defineBinding<FileRestoreSettingsInfo>({
    typeName: "FileRestoreSettingsInfoType",
    className: "FileRestoreSettingsInfo",
    table: types,
    base: Info.binding,
    create: () => new FileRestoreSettingsInfo(),
    fields: Object.values(FileRestoreSettingsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileRestoreSettingsInfo>) {
    super(init);
  }
}

const SqlRestoreSettingsInfoFields = {
  denyInPlaceRestore: scalarElement("DenyInPlaceRestore", "denyInPlaceRestore", booleanCodec, 1, 1),
};

/** SQL restore restrictions of an account, as the server reports them. */
export class SqlRestoreSettingsInfo extends Info {
  /**
   * Whether the account is kept from overwriting production databases.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare denyInPlaceRestore?: boolean;
  declare private readonly "emx:SqlRestoreSettingsInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SqlRestoreSettingsInfo> = defineBinding<SqlRestoreSettingsInfo>({
    typeName: "SqlRestoreSettingsInfoType",
    className: "SqlRestoreSettingsInfo",
    table: types,
    base: Info.binding,
    create: () => new SqlRestoreSettingsInfo(),
    fields: Object.values(SqlRestoreSettingsInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SqlRestoreSettingsInfo>) {
    super(init);
  }
}

const EnterpriseAccountFields = {
  accountType: scalarElement("AccountType", "accountType", accountTypeEnumerationCodec, 1, 1),
  roles: wrappedElement(types, "Roles", "roles", "EnterpriseRoleEntity", "EnterpriseRoleEntityType"),
  allowRestoreAllVms: scalarElement("AllowRestoreAllVms", "allowRestoreAllVms", booleanCodec, 1, 1),
  flrSettings: objectElement(types, "FlrSettings", "flrSettings", "FileRestoreSettingsInfoType"),
  sqlSettings: objectElement(types, "SqlSettings", "sqlSettings", "SqlRestoreSettingsInfoType"),
};

/** A user or group account that has been given roles in Enterprise Manager. */
export class EnterpriseAccount extends Entity {
  /**
   * Kind of account.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare accountType?: AccountTypeEnumeration;
  /**
   * Roles of the account (listed by older servers; current ones link to /roles instead).
   *
   * Written as `<Roles>` around one `<EnterpriseRoleEntity>` per item; absent and empty stay distinct.
   */
  declare roles?: EnterpriseRole[];
  /**
   * Whether the account may restore every VM; when false, its restore scopes apply.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare allowRestoreAllVms?: boolean;
  /** File-level restore restrictions. */
  declare flrSettings?: FileRestoreSettingsInfo;
  /** SQL restore restrictions. */
  declare sqlSettings?: SqlRestoreSettingsInfo;
  declare private readonly "emx:EnterpriseAccount": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccount> = defineBinding<EnterpriseAccount>({
    typeName: "EnterpriseAccountEntityType",
    className: "EnterpriseAccount",
    table: types,
    base: Entity.binding,
    create: () => new EnterpriseAccount(),
    fields: Object.values(EnterpriseAccountFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccount>) {
    super(init);
  }
}

const EnterpriseAccountsFields = {
  enterpriseAccountEntities: objectElement(
    types,
    "EnterpriseAccountEntity",
    "enterpriseAccountEntities",
    "EnterpriseAccountEntityType",
    0,
    Infinity,
  ),
};

/** A list of accounts, as entities. */
export class EnterpriseAccounts extends List {
  /** One account. */
  declare enterpriseAccountEntities?: EnterpriseAccount[];
  declare private readonly "emx:EnterpriseAccounts": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccounts> = defineBinding<EnterpriseAccounts>({
    typeName: "EnterpriseAccountEntityListType",
    className: "EnterpriseAccounts",
    table: types,
    base: List.binding,
    create: () => new EnterpriseAccounts(),
    fields: Object.values(EnterpriseAccountsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccounts>) {
    super(init);
  }
}

const EnterpriseAccountHierarchyScopeFields = {
  name: scalarElement("Name", "name", stringCodec, 1, 1),
  hierarchyRootName: scalarElement("HierarchyRootName", "hierarchyRootName", stringCodec, 1, 1),
  platform: scalarElement("Platform", "platform", hierarchyScopePlatformEnumerationCodec, 1, 1),
  hierarchyObjectType: scalarElement("HierarchyObjectType", "hierarchyObjectType", stringCodec, 1, 1),
  state: scalarElement("State", "state", hierarchyScopeStateEnumerationCodec, 1, 1),
};

/** A restore scope of an account: a node of the virtual infrastructure whose objects, with everything below it, the account may restore. */
export class EnterpriseAccountHierarchyScope extends Resource {
  /**
   * Name of the object the scope starts at.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * The hierarchy root (host or server) the object belongs to; servers write its name or its identifier.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyRootName?: string;
  /**
   * Platform of the object.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare platform?: HierarchyScopePlatformEnumeration;
  /**
   * Kind of the object, such as `ResourcePool` or `VcdSystem`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyObjectType?: string;
  /**
   * Processing state of the scope.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare state?: HierarchyScopeStateEnumeration;
  declare private readonly "emx:EnterpriseAccountHierarchyScope": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountHierarchyScope> =
    defineBinding<EnterpriseAccountHierarchyScope>({
      typeName: "EnterpriseAccountHierarchyScopeType",
      className: "EnterpriseAccountHierarchyScope",
      table: types,
      base: Resource.binding,
      create: () => new EnterpriseAccountHierarchyScope(),
      fields: Object.values(EnterpriseAccountHierarchyScopeFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountHierarchyScope>) {
    super(init);
  }
}

const EnterpriseAccountHierarchyScopesFields = {
  enterpriseAccountHierarchyScopes: objectElement(
    types,
    "EnterpriseAccountHierarchyScope",
    "enterpriseAccountHierarchyScopes",
    "EnterpriseAccountHierarchyScopeType",
    0,
    Infinity,
  ),
};

/** The restore scopes of an account. */
export class EnterpriseAccountHierarchyScopes extends List {
  /** One scope. */
  declare enterpriseAccountHierarchyScopes?: EnterpriseAccountHierarchyScope[];
  declare private readonly "emx:EnterpriseAccountHierarchyScopes": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountHierarchyScopes> =
    defineBinding<EnterpriseAccountHierarchyScopes>({
      typeName: "EnterpriseAccountHierarchyScopeListType",
      className: "EnterpriseAccountHierarchyScopes",
      table: types,
      base: List.binding,
      create: () => new EnterpriseAccountHierarchyScopes(),
      fields: Object.values(EnterpriseAccountHierarchyScopesFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountHierarchyScopes>) {
    super(init);
  }
}

const EnterpriseAccountInRoleFields = {
  roleName: scalarElement("RoleName", "roleName", stringCodec, 1, 1),
};

/** One role as given to one account; deleting it takes the role away. */
export class EnterpriseAccountInRole extends Resource {
  /**
   * Name of the role, such as `Portal User`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare roleName?: string;
  declare private readonly "emx:EnterpriseAccountInRole": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountInRole> = defineBinding<EnterpriseAccountInRole>({
    typeName: "EnterpriseAccountInRoleType",
    className: "EnterpriseAccountInRole",
    table: types,
    base: Resource.binding,
    create: () => new EnterpriseAccountInRole(),
    fields: Object.values(EnterpriseAccountInRoleFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountInRole>) {
    super(init);
  }
}

const EnterpriseAccountInRoleListFields = {
  enterpriseAccountInRoles: objectElement(
    types,
    "EnterpriseAccountInRole",
    "enterpriseAccountInRoles",
    "EnterpriseAccountInRoleType",
    0,
    Infinity,
  ),
};

/** The roles given to an account. */
export class EnterpriseAccountInRoleList extends List {
  /** One role of the account. */
  declare enterpriseAccountInRoles?: EnterpriseAccountInRole[];
  declare private readonly "emx:EnterpriseAccountInRoleList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountInRoleList> =
    defineBinding<EnterpriseAccountInRoleList>({
      typeName: "EnterpriseAccountInRoleListType",
      className: "EnterpriseAccountInRoleList",
      table: types,
      base: List.binding,
      create: () => new EnterpriseAccountInRoleList(),
      fields: Object.values(EnterpriseAccountInRoleListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountInRoleList>) {
    super(init);
  }
}

const HierarchyScopeCreateSpecItemFields = {
  hierarchyObjRef: scalarElement("HierarchyObjRef", "hierarchyObjRef", urnCodec),
  objectName: scalarElement("ObjectName", "objectName", stringCodec),
};

/** One node of the virtual infrastructure (or one file share) to add as a restore scope. */
export class HierarchyScopeCreateSpecItem extends Spec {
  /** Reference to the object, built by hand or found with the lookup service. */
  declare hierarchyObjRef?: string;
  /** Name of the object. */
  declare objectName?: string;
  declare private readonly "emx:HierarchyScopeCreateSpecItem": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HierarchyScopeCreateSpecItem> =
    defineBinding<HierarchyScopeCreateSpecItem>({
      typeName: "HierarchyScopeCreateSpecItemType",
      className: "HierarchyScopeCreateSpecItem",
      table: types,
      base: Spec.binding,
      create: () => new HierarchyScopeCreateSpecItem(),
      fields: Object.values(HierarchyScopeCreateSpecItemFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HierarchyScopeCreateSpecItem>) {
    super(init);
  }
}

const HierarchyScopeCreateSpecFields = {
  hierarchyScopeItems: objectElement(
    types,
    "HierarchyScopeItem",
    "hierarchyScopeItems",
    "HierarchyScopeCreateSpecItemType",
    1,
    Infinity,
    { name: "HierarchyScopeItems" },
  ),
};

/** Restore scopes to add to an account (the HierarchyScopeCreateSpec body, and HierarchyScopeObjects of a new account). */
export class HierarchyScopeCreateSpec extends List {
  /**
   * One object to add.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare hierarchyScopeItems?: HierarchyScopeCreateSpecItem[];
  declare private readonly "emx:HierarchyScopeCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<HierarchyScopeCreateSpec> = defineBinding<HierarchyScopeCreateSpec>({
    typeName: "HierarchyScopeCreateSpecType",
    className: "HierarchyScopeCreateSpec",
    table: types,
    base: List.binding,
    create: () => new HierarchyScopeCreateSpec(),
    fields: Object.values(HierarchyScopeCreateSpecFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<HierarchyScopeCreateSpec>) {
    super(init);
  }
}

const EnterpriseAccountInRoleCreateSpecFields = {
  enterpriseRoleUid: scalarElement("EnterpriseRoleUid", "enterpriseRoleUid", uidCodec, 1, 1),
};

/** A role to give to an account. */
export class EnterpriseAccountInRoleCreateSpec extends Spec {
  /**
   * Identifier of the role, from /security/roles.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare enterpriseRoleUid?: string;
  declare private readonly "emx:EnterpriseAccountInRoleCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountInRoleCreateSpec> =
    defineBinding<EnterpriseAccountInRoleCreateSpec>({
      typeName: "EnterpriseAccountInRoleCreateSpecType",
      className: "EnterpriseAccountInRoleCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new EnterpriseAccountInRoleCreateSpec(),
      fields: Object.values(EnterpriseAccountInRoleCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountInRoleCreateSpec>) {
    super(init);
  }
}

const EnterpriseAccountInRoleCreateSpecListFields = {
  enterpriseRoles: objectElement(
    types,
    "EnterpriseRole",
    "enterpriseRoles",
    "EnterpriseAccountInRoleCreateSpecType",
    1,
    Infinity,
    { name: "EnterpriseRoles" },
  ),
};

/** The roles to give to a new account. */
export class EnterpriseAccountInRoleCreateSpecList extends List {
  /**
   * One role.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare enterpriseRoles?: EnterpriseAccountInRoleCreateSpec[];
  declare private readonly "emx:EnterpriseAccountInRoleCreateSpecList": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountInRoleCreateSpecList> =
    defineBinding<EnterpriseAccountInRoleCreateSpecList>({
      typeName: "EnterpriseAccountInRoleCreateSpecListType",
      className: "EnterpriseAccountInRoleCreateSpecList",
      table: types,
      base: List.binding,
      create: () => new EnterpriseAccountInRoleCreateSpecList(),
      fields: Object.values(EnterpriseAccountInRoleCreateSpecListFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountInRoleCreateSpecList>) {
    super(init);
  }
}

const FileRestoreSettingsSpecsFields = {
  flrInplaceOnly: scalarElement("FlrInplaceOnly", "flrInplaceOnly", booleanCodec, 1, 1),
  flrExtentionRestrictions: scalarElement("FlrExtentionRestrictions", "flrExtentionRestrictions", stringCodec),
};

/** File-level restore restrictions for a new account; they cannot be changed later. */
export class FileRestoreSettingsSpecs extends Spec {
  /**
   * Whether the account may only restore files of the extensions in FlrExtentionRestrictions (API v1_2 spelled it FlrInlaceOnly).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare flrInplaceOnly?: boolean;
  /** Comma-separated file extensions the account may restore, such as `doc,pptx` (the misspelling is EM's). */
  declare flrExtentionRestrictions?: string;
  declare private readonly "emx:FileRestoreSettingsSpecs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<FileRestoreSettingsSpecs> = defineBinding<FileRestoreSettingsSpecs>({
    typeName: "FileRestoreSettingsSpecsType",
    className: "FileRestoreSettingsSpecs",
    table: types,
    base: Spec.binding,
    create: () => new FileRestoreSettingsSpecs(),
    fields: Object.values(FileRestoreSettingsSpecsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<FileRestoreSettingsSpecs>) {
    super(init);
  }
}

const SqlRestoreSettingsSpecsFields = {
  denyInPlaceRestore: scalarElement("DenyInPlaceRestore", "denyInPlaceRestore", booleanCodec, 1, 1),
};

/** SQL restore restrictions for a new account; they cannot be changed later. */
export class SqlRestoreSettingsSpecs extends Spec {
  /**
   * Whether the account is kept from overwriting production databases.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare denyInPlaceRestore?: boolean;
  declare private readonly "emx:SqlRestoreSettingsSpecs": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<SqlRestoreSettingsSpecs> = defineBinding<SqlRestoreSettingsSpecs>({
    typeName: "SqlRestoreSettingsSpecsType",
    className: "SqlRestoreSettingsSpecs",
    table: types,
    base: Spec.binding,
    create: () => new SqlRestoreSettingsSpecs(),
    fields: Object.values(SqlRestoreSettingsSpecsFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<SqlRestoreSettingsSpecs>) {
    super(init);
  }
}

const EnterpriseAccountCreateSpecFields = {
  accountType: scalarElement("AccountType", "accountType", accountTypeEnumerationCodec, 1, 1),
  accountName: scalarElement("AccountName", "accountName", stringCodec, 1, 1),
  roles: objectElement(types, "Roles", "roles", "EnterpriseAccountInRoleCreateSpecListType", 1, 1),
  allowRestoreAllVms: scalarElement("AllowRestoreAllVms", "allowRestoreAllVms", booleanCodec, 1, 1),
  hierarchyScopeObjects: objectElement(
    types,
    "HierarchyScopeObjects",
    "hierarchyScopeObjects",
    "HierarchyScopeCreateSpecType",
  ),
  flrSettings: objectElement(types, "FlrSettings", "flrSettings", "FileRestoreSettingsSpecsType"),
  sqlSettings: objectElement(types, "SqlSettings", "sqlSettings", "SqlRestoreSettingsSpecsType"),
};

/** A new account to add to Enterprise Manager, with its roles, restore scope and restrictions, in the order the server requires. */
export class EnterpriseAccountCreateSpec extends Spec {
  /**
   * Kind of account.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare accountType?: AccountTypeEnumeration;
  /**
   * `DOMAIN\name` for users and groups, `user@suffix` for external users, free text for external groups.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare accountName?: string;
  /**
   * Roles to give to the account.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare roles?: EnterpriseAccountInRoleCreateSpecList;
  /**
   * Whether the account may restore every VM; when false, send HierarchyScopeObjects.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare allowRestoreAllVms?: boolean;
  /** Restore scope of the account. */
  declare hierarchyScopeObjects?: HierarchyScopeCreateSpec;
  /** File-level restore restrictions. */
  declare flrSettings?: FileRestoreSettingsSpecs;
  /** SQL restore restrictions. */
  declare sqlSettings?: SqlRestoreSettingsSpecs;
  declare private readonly "emx:EnterpriseAccountCreateSpec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseAccountCreateSpec> =
    defineBinding<EnterpriseAccountCreateSpec>({
      typeName: "EnterpriseAccountCreateSpecType",
      className: "EnterpriseAccountCreateSpec",
      table: types,
      base: Spec.binding,
      create: () => new EnterpriseAccountCreateSpec(),
      fields: Object.values(EnterpriseAccountCreateSpecFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseAccountCreateSpec>) {
    super(init);
  }
}

/** The /security resource: links to accounts, roles, account creation and the rebuild of restore scopes. */
export class EnterpriseSecuritySettings extends Resource {
  declare private readonly "emx:EnterpriseSecuritySettings": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EnterpriseSecuritySettings> =
    defineBinding<EnterpriseSecuritySettings>({
      typeName: "EnterpriseSecuritySettingsType",
      className: "EnterpriseSecuritySettings",
      table: types,
      base: Resource.binding,
      create: () => new EnterpriseSecuritySettings(),
      fields: [],
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EnterpriseSecuritySettings>) {
    super(init);
  }
}

const VSphereSelfServiceConfigAccountInfoFields = {
  accountName: scalarElement("AccountName", "accountName", stringCodec, 1, 1),
  accountSid: scalarElement("AccountSid", "accountSid", stringCodec),
  accountType: scalarElement("AccountType", "accountType", vSphereSelfServiceAccountTypeEnumerationCodec, 1, 1),
};

/** The vSphere user or group a self-service tenant configuration is for (the Account element). */
export class VSphereSelfServiceConfigAccountInfo extends Info {
  /**
   * Name of the user or group.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare accountName?: string;
  /** Security identifier of the user or group, such as `S-1-5-32-544`. */
  declare accountSid?: string;
  /**
   * User or group.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare accountType?: VSphereSelfServiceAccountTypeEnumeration;
  declare private readonly "emx:VSphereSelfServiceConfigAccountInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<VSphereSelfServiceConfigAccountInfo> =
    defineBinding<VSphereSelfServiceConfigAccountInfo>({
      typeName: "VSphereSelfServiceConfigAccountInfoType",
      className: "VSphereSelfServiceConfigAccountInfo",
      table: types,
      base: Info.binding,
      create: () => new VSphereSelfServiceConfigAccountInfo(),
      fields: Object.values(VSphereSelfServiceConfigAccountInfoFields),
    });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<VSphereSelfServiceConfigAccountInfo>) {
    super(init);
  }
}
