/**
 * Every kind of change `emx diff` reports, with its verdict for each audience: TypeScript code using
 * the generated classes or the typed client, and the wire. The list is closed: a comparison may only
 * report a kind listed here, and each kind has one fixed verdict, so a change is breaking exactly
 * when its kind is. The kinds fall in two groups: the schemas' (types, simple types, root elements),
 * whose wire is XML documents, and the operations' (operations, query types, resource links), whose
 * wire is requests and their answers.
 */

/** Who a change can break. */
export type Audience = "typescript" | "wire";

/** What a change is about; the path names it. */
export type ChangeSubject =
  "type" | "member" | "simple type" | "root" | "operation" | "query type" | "resource link" | "any";

/** The part of a report a change belongs to. */
export type ChangeGroup = "schemas" | "operations";

/** The order of the groups in a diff and its reports. */
export const CHANGE_GROUPS: readonly ChangeGroup[] = ["schemas", "operations"];

const OPERATION_SUBJECTS: ReadonlySet<ChangeSubject> = new Set(["operation", "query type", "resource link"]);

/** One row of the table. */
export interface ChangeKindInfo {
  readonly subject: ChangeSubject;
  /** The audiences this kind of change breaks; empty when it breaks no one. */
  readonly breaks: readonly Audience[];
  /** What happened, in a few words, for people. */
  readonly title: string;
  /** Listed only on request (`--docs`). */
  readonly docOnly?: true;
}

const TS: readonly Audience[] = ["typescript"];
const WIRE: readonly Audience[] = ["wire"];
const BOTH: readonly Audience[] = ["typescript", "wire"];
const NONE: readonly Audience[] = [];

/** The closed list of change kinds, in the order reports list them within a verdict. */
export const CHANGE_KINDS = {
  "type-removed": { subject: "type", breaks: BOTH, title: "type removed" },
  "type-renamed-in-ts": { subject: "type", breaks: TS, title: "TypeScript class renamed" },
  "base-changed": { subject: "type", breaks: BOTH, title: "base type changed" },
  "type-now-abstract": { subject: "type", breaks: BOTH, title: "type now abstract" },
  "open-content-removed": { subject: "type", breaks: WIRE, title: "foreign elements (xs:any) no longer allowed" },
  "type-added": { subject: "type", breaks: NONE, title: "type added" },
  "type-no-longer-abstract": { subject: "type", breaks: NONE, title: "type no longer abstract" },
  "open-content-added": { subject: "type", breaks: NONE, title: "foreign elements (xs:any) now allowed" },

  "member-removed": { subject: "member", breaks: BOTH, title: "element or attribute removed" },
  "member-retyped": { subject: "member", breaks: BOTH, title: "element or attribute retyped" },
  "member-retyped-in-ts": { subject: "member", breaks: TS, title: "TypeScript property type changed" },
  "member-renamed-in-ts": { subject: "member", breaks: TS, title: "TypeScript property renamed" },
  "member-now-array": { subject: "member", breaks: TS, title: "property turned into an array" },
  "member-now-single": { subject: "member", breaks: BOTH, title: "array turned into a single value" },
  "member-now-optional": { subject: "member", breaks: TS, title: "property may now be absent" },
  "required-member-added": { subject: "member", breaks: WIRE, title: "required element or attribute added" },
  "member-now-required": { subject: "member", breaks: WIRE, title: "element or attribute now required" },
  "min-occurs-raised": { subject: "member", breaks: WIRE, title: "more occurrences required" },
  "max-occurs-lowered": { subject: "member", breaks: WIRE, title: "fewer occurrences allowed" },
  "member-moved": { subject: "member", breaks: WIRE, title: "element order changed" },
  "member-now-exclusive": { subject: "member", breaks: WIRE, title: "element now in a choice" },
  "value-narrowed": { subject: "member", breaks: WIRE, title: "value type changed; old values may be refused" },
  "content-type-changed": {
    subject: "member",
    breaks: WIRE,
    title: "element's XML type changed, not its TypeScript type",
  },
  "default-changed": { subject: "member", breaks: WIRE, title: "attribute default changed" },
  "member-added": { subject: "member", breaks: NONE, title: "optional element or attribute added" },
  "member-no-longer-exclusive": { subject: "member", breaks: NONE, title: "element no longer in a choice" },
  "min-occurs-lowered": { subject: "member", breaks: NONE, title: "fewer occurrences required" },
  "max-occurs-raised": { subject: "member", breaks: NONE, title: "more occurrences allowed" },
  "value-widened": { subject: "member", breaks: NONE, title: "value type changed; every old value still fits" },
  "wrapper-type-replaced": { subject: "member", breaks: NONE, title: "list wrapper's type replaced by an equal one" },

  "simple-type-removed": {
    subject: "simple type",
    breaks: TS,
    title: "restricted simple type removed (its type or codec goes)",
  },
  "simple-type-renamed-in-ts": { subject: "simple type", breaks: TS, title: "TypeScript type renamed" },
  "simple-type-retyped": { subject: "simple type", breaks: BOTH, title: "simple type's built-in changed" },
  "enumeration-value-removed": { subject: "simple type", breaks: BOTH, title: "enumeration value removed" },
  "enumeration-introduced": { subject: "simple type", breaks: WIRE, title: "values now limited to an enumeration" },
  "enumeration-dropped": { subject: "simple type", breaks: TS, title: "enumeration dropped (its union type goes)" },
  "pattern-added": { subject: "simple type", breaks: WIRE, title: "pattern added" },
  "pattern-changed": { subject: "simple type", breaks: WIRE, title: "pattern changed" },
  "simple-type-added": { subject: "simple type", breaks: NONE, title: "restricted simple type added" },
  "enumeration-value-added": { subject: "simple type", breaks: NONE, title: "enumeration value added" },
  "pattern-removed": { subject: "simple type", breaks: NONE, title: "pattern removed" },

  "root-removed": { subject: "root", breaks: BOTH, title: "root element removed" },
  "root-retyped": { subject: "root", breaks: BOTH, title: "root element's type changed" },
  "link-type-removed": { subject: "root", breaks: TS, title: "link Type no longer maps to the root's class" },
  "root-added": { subject: "root", breaks: NONE, title: "root element added" },
  "link-type-added": { subject: "root", breaks: NONE, title: "link Type added" },

  "operation-removed": { subject: "operation", breaks: BOTH, title: "operation removed" },
  "operation-renamed": { subject: "operation", breaks: TS, title: "operation id (the client's method) renamed" },
  "operation-method-changed": { subject: "operation", breaks: WIRE, title: "HTTP method changed" },
  "operation-path-changed": { subject: "operation", breaks: WIRE, title: "path or action changed" },
  "path-parameters-changed": {
    subject: "operation",
    breaks: TS,
    title: "path parameters renamed, retyped, added or removed",
  },
  "authentication-changed": { subject: "operation", breaks: WIRE, title: "authentication changed" },
  "request-body-retyped": { subject: "operation", breaks: BOTH, title: "request body's root element changed" },
  "request-body-now-required": { subject: "operation", breaks: BOTH, title: "request body now required" },
  "request-body-removed": { subject: "operation", breaks: TS, title: "request body no longer taken" },
  "answer-retyped": { subject: "operation", breaks: BOTH, title: "answer's root element changed" },
  "answer-removed": { subject: "operation", breaks: BOTH, title: "documented answer removed" },
  "required-query-parameter-added": { subject: "operation", breaks: BOTH, title: "required query parameter added" },
  "query-parameter-now-required": { subject: "operation", breaks: BOTH, title: "query parameter now required" },
  "query-parameter-removed": { subject: "operation", breaks: TS, title: "query parameter removed" },
  "query-parameter-retyped": { subject: "operation", breaks: BOTH, title: "query parameter's type changed" },
  "allowed-values-introduced": { subject: "operation", breaks: BOTH, title: "values now limited to a list" },
  "allowed-value-removed": { subject: "operation", breaks: BOTH, title: "allowed value removed" },
  "operation-added": { subject: "operation", breaks: NONE, title: "operation added" },
  "request-body-added": { subject: "operation", breaks: NONE, title: "optional request body added" },
  "request-body-now-optional": { subject: "operation", breaks: NONE, title: "request body now optional" },
  "answer-added": { subject: "operation", breaks: NONE, title: "answer added" },
  "query-parameter-added": { subject: "operation", breaks: NONE, title: "optional query parameter added" },
  "query-parameter-now-optional": { subject: "operation", breaks: NONE, title: "query parameter now optional" },
  "allowed-value-added": { subject: "operation", breaks: NONE, title: "allowed value added" },
  "allowed-values-lifted": { subject: "operation", breaks: NONE, title: "values no longer limited to a list" },

  "query-type-removed": { subject: "query type", breaks: BOTH, title: "query type removed" },
  "query-type-retyped": {
    subject: "query type",
    breaks: BOTH,
    title: "query type's entity or reference roots changed",
  },
  "query-field-removed": { subject: "query type", breaks: BOTH, title: "query field removed" },
  "query-field-retyped": { subject: "query type", breaks: BOTH, title: "query field's type changed" },
  "query-field-no-longer-filterable": { subject: "query type", breaks: BOTH, title: "field no longer filterable" },
  "query-field-no-longer-sortable": { subject: "query type", breaks: BOTH, title: "field no longer sortable" },
  "query-type-added": { subject: "query type", breaks: NONE, title: "query type added" },
  "query-field-added": { subject: "query type", breaks: NONE, title: "query field added" },
  "query-field-now-filterable": { subject: "query type", breaks: NONE, title: "field now filterable" },
  "query-field-now-sortable": { subject: "query type", breaks: NONE, title: "field now sortable" },

  "link-removed": { subject: "resource link", breaks: TS, title: "resource link removed (typed follow breaks)" },
  "link-target-changed": {
    subject: "resource link",
    breaks: TS,
    title: "link's target operation or Type changed",
  },
  "link-added": { subject: "resource link", breaks: NONE, title: "resource link added" },

  "page-changed": { subject: "any", breaks: NONE, title: "reference page changed" },
  "doc-changed": { subject: "any", breaks: NONE, title: "documentation changed", docOnly: true },
} as const satisfies Record<string, ChangeKindInfo>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

/** One change between two sets of schemas. */
export interface SchemaChange {
  readonly kind: ChangeKind;
  /** `Type`, `Type/Element`, `Type/@Attribute`, `Type/#text`, `SimpleType`, `<RootElement>`. */
  readonly path: string;
  readonly breaking: boolean;
  /** The audiences it breaks (empty when not breaking). */
  readonly breaks: readonly Audience[];
  readonly old: string | undefined;
  readonly new: string | undefined;
  /** The schema file the subject lives in (the new side's, or the old side's when removed). */
  readonly area: string;
  /** The TypeScript name of the subject (`NASJob.scheduleEnabled`), when it has one. */
  readonly typescript?: string;
  /** The part of a report it belongs to: the schemas' or the operations'. */
  readonly group: ChangeGroup;
}

/** Builds a change of a kind, its verdict taken from the table, its group from the kind unless given. */
export function change(
  kind: ChangeKind,
  path: string,
  values: { old?: string; new?: string; area: string; typescript?: string; group?: ChangeGroup },
): SchemaChange {
  const breaks = CHANGE_KINDS[kind].breaks;
  return {
    kind,
    path,
    breaking: breaks.length > 0,
    breaks,
    old: values.old,
    new: values.new,
    area: values.area,
    ...(values.typescript === undefined ? {} : { typescript: values.typescript }),
    group: values.group ?? groupOfKind(kind),
  };
}

/** The group of a kind; kinds of any subject (docs, pages) are the schemas' unless told otherwise. */
export function groupOfKind(kind: ChangeKind): ChangeGroup {
  return OPERATION_SUBJECTS.has(CHANGE_KINDS[kind].subject) ? "operations" : "schemas";
}

/** The position of a kind in the table, for stable ordering. */
export function kindRank(kind: ChangeKind): number {
  return Object.keys(CHANGE_KINDS).indexOf(kind);
}
