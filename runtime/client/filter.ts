/**
 * The query service's filter language, written as the reference pages write it: comparisons
 * `== != < > <= >=`, `;` for AND, `,` for OR, parentheses around a mixed operand; a value bare when
 * it is a plain word (`Result==Failed`, `Name==""Backup""` with an inner quote doubled), in double
 * quotes otherwise (`Name=="Exchange Backup"`), dates in UTC (`"2025-08-15T06:00:00Z"`).
 */
import { XmlDateTime } from "../codecs/date-time.js";
import { EmArgumentError } from "../errors.js";

/** A string written exactly as asked: bare (`bare(...)`) or in double quotes (`quoted(...)`). */
export class FilterText {
  /** Use {@link bare} or {@link quoted}. */
  constructor(
    readonly text: string,
    readonly quoting: "bare" | "quoted",
  ) {}
}

/** A value a field is compared with. */
export type FilterValue = string | number | boolean | Date | XmlDateTime | FilterText;

/** A comparison operator. */
export type FilterOperator = "==" | "!=" | "<" | ">" | "<=" | ">=";

/**
 * A filter expression; `String(filter)` is the text of the `filter` query parameter. `Fields` are
 * the names it compares, so that a typed query takes only filters of its own fields.
 */
export class Filter<Fields extends string = string> {
  declare private readonly fields?: Fields;

  private constructor(
    private readonly text: string,
    /** How the expression is joined at its top, to know when it needs parentheses. */
    private readonly join: "none" | "and" | "or",
  ) {}

  /** Joins filters that must all hold (`;`). */
  static and<Fields extends string>(...filters: Filter<Fields>[]): Filter<Fields> {
    return Filter.combine(filters, "and");
  }

  /** Joins filters of which one must hold (`,`). */
  static or<Fields extends string>(...filters: Filter<Fields>[]): Filter<Fields> {
    return Filter.combine(filters, "or");
  }

  /** `field == value`, and so on for the other comparisons. */
  static compare<Field extends string>(field: Field, operator: FilterOperator, value: FilterValue): Filter<Field> {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(field))
      throw new EmArgumentError(`filter field ${JSON.stringify(field)} is not a field name`);
    return new Filter(`${field}${operator}${formatValue(value, field)}`, "none");
  }

  and<Other extends string>(...filters: Filter<Other>[]): Filter<Fields | Other> {
    return Filter.and<Fields | Other>(this, ...filters);
  }

  or<Other extends string>(...filters: Filter<Other>[]): Filter<Fields | Other> {
    return Filter.or<Fields | Other>(this, ...filters);
  }

  toString(): string {
    return this.text;
  }

  private static combine<Fields extends string>(filters: Filter<Fields>[], join: "and" | "or"): Filter<Fields> {
    if (filters.length === 0) throw new EmArgumentError(`filter ${join} needs at least one filter`);
    if (filters.length === 1) return filters[0]!;
    // The pages do not say which of ; and , binds tighter, so a mixed operand is always grouped,
    // as their own example does: (a;b),(c;d).
    const parts = filters.map((filter) =>
      filter.join !== "none" && filter.join !== join ? `(${filter.text})` : filter.text,
    );
    return new Filter(parts.join(join === "and" ? ";" : ","), join);
  }
}

/** A string written bare, its quotes doubled, as in `BackupServerUid==7445e6ce-86f5-4171-b909-dac209c66563`. */
export function bare(text: string): FilterText {
  if (text === "" || /[\s;,()]/.test(text))
    throw new EmArgumentError(`filter value ${JSON.stringify(text)} cannot be written bare: quote it`);
  return new FilterText(text, "bare");
}

/** A string written in double quotes, as in `VmDisplayName=="virt03-ubuntu01"`. */
export function quoted(text: string): FilterText {
  return new FilterText(text, "quoted");
}

/**
 * Writes a value as the pages do: numbers and booleans bare; a string bare when it is a plain word
 * (letters, digits, `_`, and quotes doubled), in double quotes otherwise; dates quoted, in UTC.
 */
export function formatValue(value: FilterValue, field = "value"): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new EmArgumentError(`filter value ${value} of ${field} is not a finite number`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date || value instanceof XmlDateTime) return `"${dateText(value, field)}"`;
  if (value instanceof FilterText) return value.quoting === "bare" ? doubled(value.text) : `"${doubled(value.text)}"`;
  const plainWord = /^[A-Za-z0-9_"]*$/.test(value) && /[A-Za-z0-9_]/.test(value);
  return plainWord ? doubled(value) : `"${doubled(value)}"`;
}

function dateText(value: Date | XmlDateTime, field: string): string {
  const date = value instanceof Date ? value : value.toDate();
  if (Number.isNaN(date.getTime())) throw new EmArgumentError(`filter value of ${field} is an invalid date`);
  return date.toISOString().replace(".000Z", "Z");
}

function doubled(text: string): string {
  return text.replaceAll('"', '""');
}

/** The comparisons, as functions: `where.eq("Name", "Nightly")`, `where.ge("CreationTime", date)`. */
export interface Where {
  eq(field: string, value: FilterValue): Filter;
  ne(field: string, value: FilterValue): Filter;
  lt(field: string, value: FilterValue): Filter;
  gt(field: string, value: FilterValue): Filter;
  le(field: string, value: FilterValue): Filter;
  ge(field: string, value: FilterValue): Filter;
  and<Fields extends string>(...filters: Filter<Fields>[]): Filter<Fields>;
  or<Fields extends string>(...filters: Filter<Fields>[]): Filter<Fields>;
}

/** Comparisons of any field name (no check); the query service's typed queries offer checked ones. */
export const where: Where = whereOf();

/** A comparison builder; with `isField`, a field it does not know is an {@link EmArgumentError}. */
export function whereOf(isField?: (field: string) => boolean, subject = "the query"): Where {
  const compare = (operator: FilterOperator) => (field: string, value: FilterValue) => {
    if (isField !== undefined && !isField(field))
      throw new EmArgumentError(`filter field ${JSON.stringify(field)} is not a field of ${subject}`);
    return Filter.compare(field, operator, value);
  };
  return {
    eq: compare("=="),
    ne: compare("!="),
    lt: compare("<"),
    gt: compare(">"),
    le: compare("<="),
    ge: compare(">="),
    and: Filter.and,
    or: Filter.or,
  };
}
