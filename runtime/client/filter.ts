/**
 * The query service's filter language, built from typed pieces instead of string concatenation:
 * comparisons `== != < > <= >=`, `;` for AND, `,` for OR, parentheses around mixed operands, values quoted
 * with inner quotes doubled, dates written in UTC.
 */
import { XmlDateTime } from "../codecs/date-time.js";

/** A value a field is compared with. */
export type FilterValue = string | number | boolean | Date | XmlDateTime;

type Operator = "==" | "!=" | "<" | ">" | "<=" | ">=";

/** A filter expression; `String(filter)` is the text of the `filter` query parameter. */
export class Filter {
  private constructor(
    private readonly text: string,
    /** How the expression is joined at its top, to know when it needs parentheses. */
    private readonly join: "none" | "and" | "or",
  ) {}

  /** Joins filters that must all hold (`;`). */
  static and(...filters: Filter[]): Filter {
    return Filter.combine(filters, "and");
  }

  /** Joins filters of which one must hold (`,`). */
  static or(...filters: Filter[]): Filter {
    return Filter.combine(filters, "or");
  }

  /** `field == value`, and so on for the other comparisons. */
  static compare(field: string, operator: Operator, value: FilterValue): Filter {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(field))
      throw new TypeError(`filter field ${JSON.stringify(field)} is not a field name`);
    return new Filter(`${field}${operator}${formatValue(value)}`, "none");
  }

  and(...filters: Filter[]): Filter {
    return Filter.and(this, ...filters);
  }

  or(...filters: Filter[]): Filter {
    return Filter.or(this, ...filters);
  }

  toString(): string {
    return this.text;
  }

  private static combine(filters: Filter[], join: "and" | "or"): Filter {
    if (filters.length === 0) throw new TypeError(`${join} needs at least one filter`);
    if (filters.length === 1) return filters[0]!;
    // The pages do not say which of ; and , binds tighter, so a mixed operand is always grouped,
    // as their own example does: (a;b),(c;d).
    const parts = filters.map((filter) =>
      filter.join !== "none" && filter.join !== join ? `(${filter.text})` : filter.text,
    );
    return new Filter(parts.join(join === "and" ? ";" : ","), join);
  }
}

/** Writes a value as the query language reads it: quoted strings with `"` doubled, dates in UTC. */
export function formatValue(value: FilterValue): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`filter value ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date || value instanceof XmlDateTime) {
    const date = value instanceof Date ? value : value.toDate();
    if (Number.isNaN(date.getTime())) throw new TypeError("filter value is an invalid date");
    return quote(date.toISOString().replace(".000Z", "Z"));
  }
  return quote(value);
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The comparisons, as functions: `where.eq("Name", "Nightly")`, `where.ge("CreationTime", date)`. */
export const where = {
  eq: (field: string, value: FilterValue) => Filter.compare(field, "==", value),
  ne: (field: string, value: FilterValue) => Filter.compare(field, "!=", value),
  lt: (field: string, value: FilterValue) => Filter.compare(field, "<", value),
  gt: (field: string, value: FilterValue) => Filter.compare(field, ">", value),
  le: (field: string, value: FilterValue) => Filter.compare(field, "<=", value),
  ge: (field: string, value: FilterValue) => Filter.compare(field, ">=", value),
  and: Filter.and,
  or: Filter.or,
};
