/**
 * The query service typed per query type: the fields a filter and a sort may name with the values
 * each takes, and the class of the items (the type's entities with `format: "Entities"`,
 * references otherwise). A type the table does not know is queried untyped.
 */
import { classNameOf } from "../xml/xml-object.js";
import type { XmlDateTime } from "../codecs/date-time.js";
import { XmlReadError } from "../errors.js";
import type { XmlObject } from "../xml/binding.js";
import type { QueryOptions, RequestOptions } from "./client-types.js";
import { Filter, FilterText, whereOf, type Where } from "./filter.js";
import { describeUrl } from "./http.js";
import type { QueryFieldEntry, QueryTypeEntry, QueryTypeTable } from "./operation-table.js";
import type { InstanceOf } from "./operation-types.js";

/** The fields of a query type. */
export type FieldsOf<Entry> = Entry extends { readonly fields: infer Fields } ? Fields : never;

/** The fields a filter may name. */
export type FilterableName<Fields> = {
  [Name in keyof Fields & string]: Fields[Name] extends { readonly filterable: false } ? never : Name;
}[keyof Fields & string];

/** The fields a query may be sorted by. */
export type SortableName<Fields> = {
  [Name in keyof Fields & string]: Fields[Name] extends { readonly sortable: false } ? never : Name;
}[keyof Fields & string];

/** A date as the pages write it in a filter: `2021-06-15` or `2025-08-15T06:00:00Z`. */
export type FilterDateText = `${number}-${number}-${number}${string}`;

/** The values a field is compared with: its kind, and its documented values offered (others are allowed). */
export type FieldValue<Field> = Field extends { readonly kind: "number" }
  ? number
  : Field extends { readonly kind: "boolean" }
    ? boolean
    : Field extends { readonly kind: "dateTime" }
      ? Date | XmlDateTime | FilterDateText
      : Field extends { readonly values: readonly (infer Value extends string)[] }
        ? Value | (string & {}) | FilterText
        : string | FilterText;

/** The comparisons of one query type's fields: `where.eq("Result", "Failed")`. */
export interface QueryWhere<Fields> {
  eq<Name extends FilterableName<Fields>>(field: Name, value: FieldValue<Fields[Name]>): Filter<Name>;
  ne<Name extends FilterableName<Fields>>(field: Name, value: FieldValue<Fields[Name]>): Filter<Name>;
  lt<Name extends FilterableName<Fields>>(field: Name, value: FieldValue<Fields[Name]>): Filter<Name>;
  gt<Name extends FilterableName<Fields>>(field: Name, value: FieldValue<Fields[Name]>): Filter<Name>;
  le<Name extends FilterableName<Fields>>(field: Name, value: FieldValue<Fields[Name]>): Filter<Name>;
  ge<Name extends FilterableName<Fields>>(field: Name, value: FieldValue<Fields[Name]>): Filter<Name>;
  and<Names extends FilterableName<Fields>>(...filters: Filter<Names>[]): Filter<Names>;
  or<Names extends FilterableName<Fields>>(...filters: Filter<Names>[]): Filter<Names>;
}

/** A query's format: references (default) or entities. */
export type QueryFormat = "References" | "Entities";

/**
 * A query of a known type: its filter (a builder callback, a filter of its fields, or raw text as
 * the pages write it), sort fields and format checked.
 */
export interface TypedQueryOptions<Entry, Type extends string, Format extends QueryFormat> extends RequestOptions {
  readonly type: Type;
  readonly filter?:
    | Filter<FilterableName<FieldsOf<Entry>>>
    | string
    | ((where: QueryWhere<FieldsOf<Entry>>) => Filter<FilterableName<FieldsOf<Entry>>>);
  readonly sortAsc?: SortableName<FieldsOf<Entry>>;
  readonly sortDesc?: SortableName<FieldsOf<Entry>>;
  readonly pageSize?: number;
  readonly page?: number;
  readonly format?: Format;
}

/** A query: typed when the table knows its type, untyped otherwise. */
export type QueryArgument<QueryTypes, Type extends string, Format extends QueryFormat> = Type extends keyof QueryTypes
  ? TypedQueryOptions<NoInfer<QueryTypes[Type]>, Type, Format>
  : QueryOptions & { readonly type: Type; readonly format?: Format };

/** The `item` class of an untyped query's items; a typed query knows its own. */
export type ItemOption<QueryTypes, Type, T> = Type extends keyof QueryTypes
  ? { readonly item?: undefined }
  : { readonly item: abstract new (...args: never) => T };

/** The items of a query: the type's entity class with `Entities`, references otherwise; `T` when untyped. */
export type QueryItem<QueryTypes, Type, Format, Reference, T> = Type extends keyof QueryTypes
  ? Format extends "Entities"
    ? InstanceOf<QueryTypes[Type] extends { readonly entity: infer C } ? C : never>
    : Reference
  : T;

/** Any query, typed or not, as the run time sees it. */
export interface AnyQuery extends RequestOptions {
  readonly type: string;
  readonly filter?: Filter | string | ((where: Where) => Filter);
  readonly sortAsc?: string;
  readonly sortDesc?: string;
  readonly pageSize?: number;
  readonly page?: number;
  readonly format?: QueryFormat;
  readonly item?: abstract new (...args: never) => XmlObject;
}

/** The comparisons of a query type, checking field names at run time too. */
export function queryWhere(queryTypes: QueryTypeTable, type: string): Where {
  const fields: Readonly<Record<string, QueryFieldEntry>> | undefined = queryTypeOf(queryTypes, type)?.fields;
  if (fields === undefined) return whereOf();
  const isField = (field: string) => Object.hasOwn(fields, field) && fields[field]!.filterable !== false;
  return whereOf(isField, `query type ${type}`);
}

/** The URL of a query below the API root. */
export function queryUrl(base: URL, queryTypes: QueryTypeTable, query: AnyQuery): URL {
  const url = new URL("query", base);
  url.searchParams.set("type", query.type);
  if (query.format !== undefined) url.searchParams.set("format", query.format);
  const filter = typeof query.filter === "function" ? query.filter(queryWhere(queryTypes, query.type)) : query.filter;
  if (filter !== undefined) url.searchParams.set("filter", String(filter));
  if (query.sortAsc !== undefined) url.searchParams.set("sortAsc", query.sortAsc);
  if (query.sortDesc !== undefined) url.searchParams.set("sortDesc", query.sortDesc);
  if (query.pageSize !== undefined) url.searchParams.set("pageSize", String(query.pageSize));
  if (query.page !== undefined) url.searchParams.set("page", String(query.page));
  return url;
}

/** The class every item of a query must be: the `item` given, or the type's entity class for entities. */
export function itemClass(
  queryTypes: QueryTypeTable,
  query: AnyQuery,
): (abstract new (...args: never) => XmlObject) | undefined {
  if (query.item !== undefined) return query.item;
  return query.format === "Entities" ? queryTypeOf(queryTypes, query.type)?.entity : undefined;
}

function queryTypeOf(queryTypes: QueryTypeTable, type: string): QueryTypeEntry | undefined {
  return Object.hasOwn(queryTypes, type) ? queryTypes[type] : undefined;
}

/** Checks that an item is of the class due; an {@link XmlReadError} naming the request otherwise. */
export function checkItem(
  item: XmlObject,
  type: (abstract new (...args: never) => XmlObject) | undefined,
  url: URL,
): void {
  if (type === undefined || item instanceof type) return;
  const actual = classNameOf(item as XmlObject);
  throw new XmlReadError(`GET ${describeUrl(url)} answered ${actual} items, not the expected ${classNameOf(type)}`);
}
