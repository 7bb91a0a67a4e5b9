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
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Info> = defineBinding<Info>({
    typeName: "InfoType",
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
  /** How instances are read and written. */
  static readonly binding: ClassBinding<List> = defineBinding<List>({
    typeName: "ListType",
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
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Params> = defineBinding<Params>({
    typeName: "ParamsType",
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Spec> = defineBinding<Spec>({
    typeName: "SpecType",
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
  /** Where the resource is. */
  declare href: string;
  /** Display name of the target. */
  declare name?: string;
  /** What kind of resource the target is. */
  declare type?: string;
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Reference> = defineBinding<Reference>({
    typeName: "ReferenceType",
    table: types,
    base: undefined,
    create: () => new Reference(),
    fields: Object.values(ReferenceFields),
    attribute(name) {
      switch (name) {
        case "Href":
          return ReferenceFields.href;
        case "Name":
          return ReferenceFields.name;
        case "Type":
          return ReferenceFields.type;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.href, ReferenceFields.href);
      w.attribute(o.name, ReferenceFields.name);
      w.attribute(o.type, ReferenceFields.type);
    },
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
  /** How the target relates (Up, Down, Alternate, Start, ...). */
  declare rel: string;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Link> = defineBinding<Link>({
    typeName: "LinkType",
    table: types,
    base: Reference.binding,
    create: () => new Link(),
    fields: Object.values(LinkFields),
    attribute(name) {
      switch (name) {
        case "Rel":
          return LinkFields.rel;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.rel, LinkFields.rel);
    },
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
  /** How instances are read and written. */
  static readonly binding: ClassBinding<LinkList> = defineBinding<LinkList>({
    typeName: "LinkListType",
    table: types,
    base: undefined,
    create: () => new LinkList(),
    fields: Object.values(LinkListFields),
    child(name) {
      switch (name) {
        case "Link":
          return LinkListFields.links;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.links, LinkListFields.links);
    },
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<LinkList>) {
    super(init);
  }
}

const ResourceFields = {
  href: attribute("Href", "href", stringCodec, true),
  type: attribute("Type", "type", stringCodec),
  links: wrappedElement(types, "Links", "links", "Link", "LinkType"),
};

/** Anything with an address on the Enterprise Manager. */
export abstract class Resource extends XmlObject {
  /** Address of this representation. */
  declare href: string;
  /** Kind of the representation. */
  declare type?: string;
  /**
   * Element Links.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  /** How instances are read and written. */
  static readonly binding: ClassBinding<Resource> = defineBinding<Resource>({
    typeName: "ResourceType",
    table: types,
    base: undefined,
    create: abstractType("ResourceType"),
    fields: Object.values(ResourceFields),
    attribute(name) {
      switch (name) {
        case "Href":
          return ResourceFields.href;
        case "Type":
          return ResourceFields.type;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.href, ResourceFields.href);
      w.attribute(o.type, ResourceFields.type);
    },
    child(name) {
      switch (name) {
        case "Links":
          return ResourceFields.links;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.links, ResourceFields.links);
    },
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
  /** Display name. */
  declare name: string;
  /** Veeam identifier. */
  declare uid: string;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Entity> = defineBinding<Entity>({
    typeName: "EntityType",
    table: types,
    base: Resource.binding,
    create: abstractType("EntityType"),
    fields: Object.values(EntityFields),
    attribute(name) {
      switch (name) {
        case "Name":
          return EntityFields.name;
        case "UID":
          return EntityFields.uid;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.name, EntityFields.name);
      w.attribute(o.uid, EntityFields.uid);
    },
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
  links: wrappedElement(types, "Links", "links", "Link", "LinkType"),
};

/** The short form of an entity: its identity and links. */
export class EntityRef extends XmlObject {
  /** Veeam identifier of the entity. */
  declare uid: string;
  /** Display name of the entity. */
  declare name: string;
  /** Address of the reference. */
  declare href: string;
  /** Kind of reference, such as `JobReference`. */
  declare type: string;
  /**
   * Element Links.
   *
   * Written as `<Links>` around one `<Link>` per item; absent and empty stay distinct.
   */
  declare links?: Link[];
  /** How instances are read and written. */
  static readonly binding: ClassBinding<EntityRef> = defineBinding<EntityRef>({
    typeName: "EntityReferenceType",
    table: types,
    base: undefined,
    create: () => new EntityRef(),
    fields: Object.values(EntityRefFields),
    attribute(name) {
      switch (name) {
        case "UID":
          return EntityRefFields.uid;
        case "Name":
          return EntityRefFields.name;
        case "Href":
          return EntityRefFields.href;
        case "Type":
          return EntityRefFields.type;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.uid, EntityRefFields.uid);
      w.attribute(o.name, EntityRefFields.name);
      w.attribute(o.href, EntityRefFields.href);
      w.attribute(o.type, EntityRefFields.type);
    },
    child(name) {
      switch (name) {
        case "Links":
          return EntityRefFields.links;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.links, EntityRefFields.links);
    },
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<EntityRef>) {
    super(init);
  }
}

const EntityReferencesFields = {
  refs: objectElement(types, "Ref", "refs", "EntityReferenceType", 0, Infinity),
};

/** A list of entity references, as collections answer by default. */
export class EntityReferences extends List {
  /** Element Ref. */
  declare refs?: EntityRef[];
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<EntityReferences> = defineBinding<EntityReferences>({
    typeName: "EntityReferenceListType",
    table: types,
    base: List.binding,
    create: () => new EntityReferences(),
    fields: Object.values(EntityReferencesFields),
    child(name) {
      switch (name) {
        case "Ref":
          return EntityReferencesFields.refs;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.refs, EntityReferencesFields.refs);
    },
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
  /** Whether the operation succeeded. */
  declare success: boolean;
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
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<TaskResultInfo> = defineBinding<TaskResultInfo>({
    typeName: "TaskResultInfoType",
    table: types,
    base: Info.binding,
    create: () => new TaskResultInfo(),
    fields: Object.values(TaskResultInfoFields),
    attribute(name) {
      switch (name) {
        case "Success":
          return TaskResultInfoFields.success;
        case "CredentialsNeeded":
          return TaskResultInfoFields.credentialsNeeded;
        case "ConfirmationNeeded":
          return TaskResultInfoFields.confirmationNeeded;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.success, TaskResultInfoFields.success);
      w.attribute(o.credentialsNeeded, TaskResultInfoFields.credentialsNeeded);
      w.attribute(o.confirmationNeeded, TaskResultInfoFields.confirmationNeeded);
    },
    child(name) {
      switch (name) {
        case "Message":
          return TaskResultInfoFields.message;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.message, TaskResultInfoFields.message);
    },
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
  /** Identifier of the task. */
  declare taskId: string;
  /** Progress of the task. */
  declare state: TaskStateEnumeration;
  /** The operation the task runs. */
  declare operation: string;
  /** Outcome, once there is one. */
  declare result?: TaskResultInfo;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<Task> = defineBinding<Task>({
    typeName: "TaskType",
    table: types,
    base: Resource.binding,
    create: () => new Task(),
    fields: Object.values(TaskFields),
    child(name) {
      switch (name) {
        case "TaskId":
          return TaskFields.taskId;
        case "State":
          return TaskFields.state;
        case "Operation":
          return TaskFields.operation;
        case "Result":
          return TaskFields.result;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.taskId, TaskFields.taskId);
      w.child(o.state, TaskFields.state);
      w.child(o.operation, TaskFields.operation);
      w.child(o.result, TaskFields.result);
    },
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
  /** What went wrong. */
  declare message: string;
  /** HTTP status code. */
  declare statusCode: number;
  /** HTTP status name; servers often leave it out. */
  declare status?: string;
  /** Message of the first exception raised. */
  declare firstChanceExceptionMessage?: string;
  /** Server stack trace. */
  declare stackTrace?: string;
  /** How instances are read and written. */
  static override readonly binding: ClassBinding<ErrorType> = defineBinding<ErrorType>({
    typeName: "ErrorType",
    table: types,
    base: Info.binding,
    create: () => new ErrorType(),
    fields: Object.values(ErrorTypeFields),
    attribute(name) {
      switch (name) {
        case "Message":
          return ErrorTypeFields.message;
        case "StatusCode":
          return ErrorTypeFields.statusCode;
        case "Status":
          return ErrorTypeFields.status;
        default:
          return undefined;
      }
    },
    writeAttributes(o, w) {
      w.attribute(o.message, ErrorTypeFields.message);
      w.attribute(o.statusCode, ErrorTypeFields.statusCode);
      w.attribute(o.status, ErrorTypeFields.status);
    },
    child(name) {
      switch (name) {
        case "FirstChanceExceptionMessage":
          return ErrorTypeFields.firstChanceExceptionMessage;
        case "StackTrace":
          return ErrorTypeFields.stackTrace;
        default:
          return undefined;
      }
    },
    writeChildren(o, w) {
      w.child(o.firstChanceExceptionMessage, ErrorTypeFields.firstChanceExceptionMessage);
      w.child(o.stackTrace, ErrorTypeFields.stackTrace);
    },
  });

  /** Makes an instance, optionally from plain data (nested objects may be plain too). */
  constructor(init?: Init<ErrorType>) {
    super(init);
  }
}
