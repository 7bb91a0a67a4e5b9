/**
 * Runs a query over records: turns a parsed filter into a predicate against a query type's fields,
 * sorts, and cuts out one page. Values compare the way the reference pages describe: strings
 * without regard to case, dates as UTC instants, enumerations by their documented order.
 */
import { FilterSyntaxError, parseFilter, type ComparisonOperator, type FilterNode } from "./filter-parser.js";
import type { FieldValue, QueryField } from "./query-fields.js";
import type { QueryType } from "./query-types.js";
import type { StoreRecord } from "./store.js";

/** A query parameter the mock cannot use; answered 400 with this message. */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QueryError";
  }
}

/** A value reduced to something `<` can order: numbers for dates, booleans, integers and enumerations. */
type Comparable = string | number;

/** What to run. */
export interface QuerySpec {
  readonly filter?: string;
  readonly sort?: { readonly field: string; readonly descending: boolean };
  /** Items per page; all items on one page when absent. */
  readonly pageSize?: number;
  /** 1-based page number. */
  readonly page: number;
}

/** One page of results and where it sits among the pages. */
export interface QueryPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly pageNum: number;
  readonly pageSize: number;
  readonly pagesCount: number;
}

/** Filters and sorts the records of a query type: the whole result, before paging. */
export function matchRecords(
  type: QueryType,
  records: readonly StoreRecord[],
  spec: Omit<QuerySpec, "page" | "pageSize">,
): StoreRecord[] {
  const predicate =
    spec.filter === undefined || spec.filter.trim() === "" ? undefined : compileFilter(type, spec.filter);
  let matching = predicate === undefined ? [...records] : records.filter(predicate);
  if (spec.sort !== undefined) matching = sortRecords(type, matching, spec.sort.field, spec.sort.descending);
  return matching;
}

/** Cuts one page out of a result. */
export function pageOf<T>(matching: readonly T[], spec: Pick<QuerySpec, "page" | "pageSize">): QueryPage<T> {
  const total = matching.length;
  const pageSize = spec.pageSize ?? total;
  const pagesCount = Math.max(1, Math.ceil(total / Math.max(pageSize, 1)));
  const start = (spec.page - 1) * pageSize;
  // Only the requested page is cut out; representations are built for it alone.
  const items =
    spec.pageSize === undefined ? (spec.page === 1 ? matching : []) : matching.slice(start, start + pageSize);
  return { items, total, pageNum: spec.page, pageSize, pagesCount };
}

/** Parses a filter and binds it to a query type's fields. */
export function compileFilter(type: QueryType, text: string): (record: StoreRecord) => boolean {
  let tree: FilterNode;
  try {
    tree = parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw new QueryError(error.message);
    throw error;
  }
  return bind(type, tree);
}

/** The field a filter or sort names, without regard to case. */
export function findField(type: QueryType, name: string): QueryField | undefined {
  const lower = name.toLowerCase();
  return type.fields.find((field) => field.name.toLowerCase() === lower);
}

function bind(type: QueryType, node: FilterNode): (record: StoreRecord) => boolean {
  if (node.kind !== "comparison") {
    const operands = node.operands.map((operand) => bind(type, operand));
    return node.kind === "and"
      ? (record) => operands.every((operand) => operand(record))
      : (record) => operands.some((operand) => operand(record));
  }
  const field = findField(type, node.field);
  if (field === undefined) {
    throw new QueryError(
      `Invalid filter at position ${node.fieldPosition}: ${type.name} has no field "${node.field}"; the fields are ${type.fields.map((f) => f.name).join(", ")}`,
    );
  }
  if (!field.filterable)
    throw new QueryError(
      `Invalid filter at position ${node.fieldPosition}: ${type.name} cannot be filtered by ${field.name}`,
    );
  const literal = literalOf(field, node.value, node.valuePosition);
  const test = OPERATOR_TESTS[node.operator];
  return (record) => {
    const value = comparableOf(field, field.read(record));
    // A record without the value (a running session has no EndTime) only differs from everything.
    if (value === undefined) return node.operator === "!=";
    return test(value < literal ? -1 : value > literal ? 1 : 0);
  };
}

const OPERATOR_TESTS: Readonly<Record<ComparisonOperator, (order: number) => boolean>> = {
  "==": (order) => order === 0,
  "!=": (order) => order !== 0,
  "<": (order) => order < 0,
  ">": (order) => order > 0,
  "<=": (order) => order <= 0,
  ">=": (order) => order >= 0,
};

function sortRecords(type: QueryType, records: StoreRecord[], fieldName: string, descending: boolean): StoreRecord[] {
  const field = findField(type, fieldName);
  if (field === undefined) {
    throw new QueryError(
      `Cannot sort by "${fieldName}": ${type.name} has no such field; the fields are ${type.fields.map((f) => f.name).join(", ")}`,
    );
  }
  if (!field.sortable) throw new QueryError(`Cannot sort by "${fieldName}": ${type.name} is not sortable by it`);
  const keyed = records.map((record, index) => ({ record, index, key: comparableOf(field, field.read(record)) }));
  const direction = descending ? -1 : 1;
  keyed.sort((a, b) => {
    // Records without the value come first in ascending order, as SQL Server puts NULLs.
    if (a.key === undefined || b.key === undefined) {
      const order = a.key === undefined ? (b.key === undefined ? 0 : -1) : 1;
      return order * direction || a.index - b.index;
    }
    const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    // Ties keep the default order in both directions, so paging stays stable.
    return order * direction || a.index - b.index;
  });
  return keyed.map((entry) => entry.record);
}

function comparableOf(field: QueryField, value: FieldValue): Comparable | undefined {
  if (value === undefined) return undefined;
  switch (field.kind) {
    case "string":
      return String(value).toLowerCase();
    case "uid":
      return bareUid(String(value));
    case "dateTime":
      return (value as Date).getTime();
    case "boolean":
      return value === true ? 1 : 0;
    case "number":
      return Number(value);
    case "enumeration":
      return enumerationIndex(field, String(value));
  }
}

const UTC_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z)?$/i;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/;

function literalOf(field: QueryField, text: string, position: number): Comparable {
  const invalid = (expected: string) =>
    new QueryError(
      `Invalid filter at position ${position}: ${field.name} expects ${expected} but the value is "${text}"`,
    );
  switch (field.kind) {
    case "string":
      return text.toLowerCase();
    case "uid":
      return bareUid(text);
    case "dateTime": {
      if (DATE_TIME_WITH_OFFSET.test(text)) throw invalid("a date and time in UTC (ending in Z or with no offset)");
      const match = UTC_DATE_TIME.exec(text);
      if (match === null) throw invalid("a date and time in UTC such as 2026-11-01T00:00:00Z");
      const [, year, month, day, hour = "0", minute = "0", second = "0", fraction] = match;
      const millis = fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
      const instant = Date.UTC(
        Number(year),
        Number(month) - 1,
        Number(day),
        Number(hour),
        Number(minute),
        Number(second),
        millis,
      );
      const check = new Date(instant);
      if (check.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
        throw invalid("a valid date and time");
      return instant;
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (lower !== "true" && lower !== "false") throw invalid("True or False");
      return lower === "true" ? 1 : 0;
    }
    case "number":
      if (!/^-?\d+(\.\d+)?$/.test(text)) throw invalid("a number");
      return Number(text);
    case "enumeration": {
      const index = enumerationIndex(field, text);
      if (index < 0) throw invalid(`one of ${field.values!.join(", ")}`);
      return index;
    }
  }
}

function enumerationIndex(field: QueryField, value: string): number {
  const lower = value.toLowerCase();
  return field.values!.findIndex((candidate) => candidate.toLowerCase() === lower);
}

/** `urn:veeam:Job:<guid>` and `<guid>` both name the same object; compare the GUID. */
function bareUid(value: string): string {
  const lower = value.toLowerCase();
  const colon = lower.lastIndexOf(":");
  return colon < 0 ? lower : lower.slice(colon + 1);
}
