// Generated from schemas/common.json by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.
// Building blocks shared by every resource: resources, entities, links, entity references, tasks and errors.

import {
  abstractType,
  attribute,
  booleanCodec,
  type ClassBinding,
  defineBinding,
  enumerationCodec,
  type Init,
  intCodec,
  objectElement,
  restrictedCodec,
  scalarElement,
  stringCodec,
  wrappedElement,
  XmlObject,
} from "../runtime/index.js";
import { types } from "./type-table.gen.js";

/** Codec of UrnType, with its facets. */
export const urnCodec = restrictedCodec("UrnType", stringCodec, {
  patterns: ["urn:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+:\\S+"],
});

/** Codec of UidType, with its facets. */
export const uidCodec = restrictedCodec("UidType", stringCodec, {
  patterns: ["urn:veeam:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+", "urn:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+:\\S+"],
});

/** Codec of OptionalUidType, with its facets. */
export const optionalUidCodec = restrictedCodec("OptionalUidType", stringCodec, {
  patterns: ["(urn:veeam:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+)?"],
});

/** Codec of OptionalUrnType, with its facets. */
export const optionalUrnCodec = restrictedCodec("OptionalUrnType", stringCodec, {
  patterns: ["(urn:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+:\\S+)?"],
});

/** Codec of UidOrGuidType, with its facets. */
export const uidOrGuidCodec = restrictedCodec("UidOrGuidType", stringCodec, {
  patterns: [
    "urn:veeam:[a-zA-Z_0-9\\-]+:[a-zA-Z_0-9\\-]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
  ],
});

/** Where an asynchronous task stands. Open: other values are kept (strict reading rejects them). */
export type TaskStateEnumeration = "Running" | "OperationFinished" | "Finished" | (string & {});

/** Codec of {@link TaskStateEnumeration}. */
export const taskStateEnumerationCodec = enumerationCodec<TaskStateEnumeration>("TaskStateEnumeration", [
  "Running",
  "OperationFinished",
  "Finished",
]);

/** Base of option and result blocks that have no address of their own. */
export abstract class Info extends XmlObject {
  declare private readonly "emx:Info": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Info> = defineBinding<Info>({
    typeName: "InfoType",
    className: "Info",
    table: types,
    base: undefined,
    create: abstractType("InfoType"),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Info>) {
    super(init);
  }
}

/** Base of collections. */
export abstract class List extends XmlObject {
  declare private readonly "emx:List": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<List> = defineBinding<List>({
    typeName: "ListType",
    className: "List",
    table: types,
    base: undefined,
    create: abstractType("ListType"),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<List>) {
    super(init);
  }
}

/** Base of request parameters. */
export abstract class Params extends XmlObject {
  declare private readonly "emx:Params": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Params> = defineBinding<Params>({
    typeName: "ParamsType",
    className: "Params",
    table: types,
    base: undefined,
    create: abstractType("ParamsType"),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Params>) {
    super(init);
  }
}

/** Base of request bodies that describe what to create or run. */
export abstract class Spec extends Params {
  declare private readonly "emx:Spec": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Spec> = defineBinding<Spec>({
    typeName: "SpecType",
    className: "Spec",
    table: types,
    base: Params.binding,
    create: abstractType("SpecType"),
    fields: [],
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Spec>) {
    super(init);
  }
}

const ReferenceFields = {
  href: attribute("Href", "href", stringCodec, true),
  name: attribute("Name", "name", stringCodec),
  type: attribute("Type", "type", stringCodec),
};

/** A pointer to another resource. */
export class Reference extends XmlObject {
  /**
   * Where the resource is.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare href?: string;
  /** Display name of the target. */
  declare name?: string;
  /** What kind of resource the target is. */
  declare type?: string;
  declare private readonly "emx:Reference": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Reference> = defineBinding<Reference>({
    typeName: "ReferenceType",
    className: "Reference",
    table: types,
    base: undefined,
    create: () => new Reference(),
    fields: Object.values(ReferenceFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Reference>) {
    super(init);
  }
}

const LinkFields = {
  rel: attribute("Rel", "rel", stringCodec, true),
};

/** A link from a resource to a related resource or an action. */
export class Link extends Reference {
  /**
   * How the target relates (Up, Down, Alternate, Start, ...).
   *
   * Required by the schema: strict reading fails without it.
   */
  declare rel?: string;
  declare private readonly "emx:Link": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Link> = defineBinding<Link>({
    typeName: "LinkType",
    className: "Link",
    table: types,
    base: Reference.binding,
    create: () => new Link(),
    fields: Object.values(LinkFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Link>) {
    super(init);
  }
}

const LinkListFields = {
  links: objectElement(types, "Link", "links", "LinkType", 0, Infinity),
};

/** The links of a resource. */
export class LinkList extends XmlObject {
  /** Element Link. */
  declare links?: Link[];
  declare private readonly "emx:LinkList": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<LinkList> = defineBinding<LinkList>({
    typeName: "LinkListType",
    className: "LinkList",
    table: types,
    base: undefined,
    create: () => new LinkList(),
    fields: Object.values(LinkListFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkList>) {
    super(init);
  }
}

const ResourceFields = {
  href: attribute("Href", "href", stringCodec, true),
  type: attribute("Type", "type", stringCodec),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
};

/** Anything with an address on the Enterprise Manager. */
export abstract class Resource extends XmlObject {
  /**
   * Address of this representation.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare href?: string;
  /** Kind of the representation. */
  declare type?: string;
  /**
   * Element Links.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  declare private readonly "emx:Resource": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Resource> = defineBinding<Resource>({
    typeName: "ResourceType",
    className: "Resource",
    table: types,
    base: undefined,
    create: abstractType("ResourceType"),
    fields: Object.values(ResourceFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Resource>) {
    super(init);
  }
}

const EntityFields = {
  name: attribute("Name", "name", stringCodec, true),
  uid: attribute("UID", "uid", uidCodec, true),
};

/** A named resource with a Veeam identifier. */
export abstract class Entity extends Resource {
  /**
   * Display name.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * Veeam identifier.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare uid?: string;
  declare private readonly "emx:Entity": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Entity> = defineBinding<Entity>({
    typeName: "EntityType",
    className: "Entity",
    table: types,
    base: Resource.binding,
    create: abstractType("EntityType"),
    fields: Object.values(EntityFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Entity>) {
    super(init);
  }
}

const EntityRefFields = {
  uid: attribute("UID", "uid", uidCodec, true),
  name: attribute("Name", "name", stringCodec, true),
  href: attribute("Href", "href", stringCodec, true),
  type: attribute("Type", "type", stringCodec, true),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType", 0, { array: true }),
};

/** The short form of an entity: its identity and links. */
export class EntityRef extends XmlObject {
  /**
   * Veeam identifier of the entity.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare uid?: string;
  /**
   * Display name of the entity.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare name?: string;
  /**
   * Address of the reference.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare href?: string;
  /**
   * Kind of reference, such as `JobReference`.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare type?: string;
  /**
   * Element Links.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  declare private readonly "emx:EntityRef": never;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<EntityRef> = defineBinding<EntityRef>({
    typeName: "EntityReferenceType",
    className: "EntityRef",
    table: types,
    base: undefined,
    create: () => new EntityRef(),
    fields: Object.values(EntityRefFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EntityRef>) {
    super(init);
  }
}

const EntityReferencesFields = {
  refs: objectElement(types, "Ref", "refs", "EntityReferenceType", 0, Infinity, { name: "Refs" }),
};

/** A list of entity references, as collections answer by default. */
export class EntityReferences extends List {
  /** Element Ref. */
  declare refs?: EntityRef[];
  declare private readonly "emx:EntityReferences": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EntityReferences> = defineBinding<EntityReferences>({
    typeName: "EntityReferenceListType",
    className: "EntityReferences",
    table: types,
    base: List.binding,
    create: () => new EntityReferences(),
    fields: Object.values(EntityReferencesFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EntityReferences>) {
    super(init);
  }
}

const TaskResultInfoFields = {
  success: attribute("Success", "success", booleanCodec, true),
  credentialsNeeded: attribute("CredentialsNeeded", "credentialsNeeded", booleanCodec),
  confirmationNeeded: attribute("ConfirmationNeeded", "confirmationNeeded", booleanCodec),
  message: scalarElement("Message", "message", stringCodec),
};

/** How a finished task ended. */
export class TaskResultInfo extends Info {
  /**
   * Whether the operation succeeded.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare success?: boolean;
  /**
   * Whether the operation waits for credentials.
   *
   * Absent means false.
   */
  declare credentialsNeeded?: boolean;
  /**
   * Whether the operation waits for a confirmation.
   *
   * Absent means false.
   */
  declare confirmationNeeded?: boolean;
  /** Element Message. */
  declare message?: string;
  declare private readonly "emx:TaskResultInfo": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<TaskResultInfo> = defineBinding<TaskResultInfo>({
    typeName: "TaskResultInfoType",
    className: "TaskResultInfo",
    table: types,
    base: Info.binding,
    create: () => new TaskResultInfo(),
    fields: Object.values(TaskResultInfoFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<TaskResultInfo>) {
    super(init);
  }
}

const TaskFields = {
  taskId: scalarElement("TaskId", "taskId", stringCodec, 1, 1),
  state: scalarElement("State", "state", taskStateEnumerationCodec, 1, 1),
  operation: scalarElement("Operation", "operation", stringCodec, 1, 1),
  result: objectElement(types, "Result", "result", "TaskResultInfoType"),
};

/** An asynchronous operation started by an action; poll it until it is finished. */
export class Task extends Resource {
  /**
   * Identifier of the task.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare taskId?: string;
  /**
   * Progress of the task.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare state?: TaskStateEnumeration;
  /**
   * The operation the task runs.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare operation?: string;
  /** Outcome, once there is one. */
  declare result?: TaskResultInfo;
  declare private readonly "emx:Task": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Task> = defineBinding<Task>({
    typeName: "TaskType",
    className: "Task",
    table: types,
    base: Resource.binding,
    create: () => new Task(),
    fields: Object.values(TaskFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<Task>) {
    super(init);
  }
}

const ErrorTypeFields = {
  message: attribute("Message", "message", stringCodec, true),
  statusCode: attribute("StatusCode", "statusCode", intCodec, true),
  status: attribute("Status", "status", stringCodec),
  firstChanceExceptionMessage: scalarElement("FirstChanceExceptionMessage", "firstChanceExceptionMessage", stringCodec),
  stackTrace: scalarElement("StackTrace", "stackTrace", stringCodec),
};

/** The body of an error answer. */
export class ErrorType extends Info {
  /**
   * What went wrong.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare message?: string;
  /**
   * HTTP status code.
   *
   * Required by the schema: strict reading fails without it.
   */
  declare statusCode?: number;
  /** HTTP status name; servers often leave it out. */
  declare status?: string;
  /** Message of the first exception raised. */
  declare firstChanceExceptionMessage?: string;
  /** Server stack trace. */
  declare stackTrace?: string;
  declare private readonly "emx:ErrorType": never;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ErrorType> = defineBinding<ErrorType>({
    typeName: "ErrorType",
    className: "ErrorType",
    table: types,
    base: Info.binding,
    create: () => new ErrorType(),
    fields: Object.values(ErrorTypeFields),
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ErrorType>) {
    super(init);
  }
}
