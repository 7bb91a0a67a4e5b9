/**
 * The types of typed calls, computed from the literal type of an operation table: the request key
 * of each operation, what a call must pass (path parameters, query, body) and what it answers.
 * Every generated class carries a private brand of its own, so a class is assignable only to
 * itself and its bases: two classes with the same member names stay two types.
 */
import type { Init, XmlObject } from "../xml/binding.js";
import type { RequestOptions } from "./client-types.js";
import type { OperationEntry, OperationTable } from "./operation-table.js";

/** The instance type of a class. */
export type InstanceOf<C> = C extends abstract new (...args: never) => infer I ? I : never;

/** Whether two types are the same generated class: each is assignable to the other, which the classes' brands allow only for one class. */
export type SameClass<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The request key of an operation, as the pages write it: `GET /nas/jobs/{ID}`, `POST /jobs/{ID}?action=start`. */
export type OperationKey<E extends OperationEntry> = `${E["method"]} ${E["path"]}${E extends {
  readonly action: infer Action extends string;
}
  ? `?action=${Action}`
  : ""}`;

/** Operation ids by request key. */
export type OperationsByKey<T extends OperationTable> = {
  [Id in keyof T & string as OperationKey<T[Id]>]: Id;
};

/** The operation a request key names. */
export type OperationAt<T extends OperationTable, Key> = T[OperationsByKey<T>[Key & keyof OperationsByKey<T>] &
  keyof T];

type ParameterNames<E> = E extends { readonly parameters: readonly (infer Name extends string)[] } ? Name : never;

type QueryEntries<E> = E extends { readonly query: infer Query } ? Query : {};

type RequiredQueryNames<Query> = {
  [Name in keyof Query]: Query[Name] extends { readonly required: true } ? Name : never;
}[keyof Query];

/** The values of the `format` query parameter an operation takes. */
export type FormatOf<E> =
  QueryEntries<E> extends { readonly format: { readonly values: readonly (infer V)[] } } ? V : never;

type QueryValue<Entry, QueryTypeName> = Entry extends { readonly values: readonly (infer V)[] }
  ? V
  : Entry extends { readonly valuesFrom: "queryTypes" }
    ? QueryTypeName
    : string | number | boolean;

type QueryObject<E, F, QueryTypeName> = {
  readonly [Name in Exclude<keyof QueryEntries<E>, "format" | RequiredQueryNames<QueryEntries<E>>>]?: QueryValue<
    QueryEntries<E>[Name],
    QueryTypeName
  >;
} & {
  readonly [Name in RequiredQueryNames<QueryEntries<E>>]: QueryValue<QueryEntries<E>[Name], QueryTypeName>;
} & ("format" extends keyof QueryEntries<E> ? { readonly format?: F } : {});

type ParamsInput<E> = [ParameterNames<E>] extends [never]
  ? { readonly params?: undefined }
  : { readonly params: { readonly [Name in ParameterNames<E>]: string } };

type QueryInput<E, F, QueryTypeName> = [keyof QueryEntries<E>] extends [never]
  ? { readonly query?: undefined }
  : [RequiredQueryNames<QueryEntries<E>>] extends [never]
    ? { readonly query?: QueryObject<E, F, QueryTypeName> }
    : { readonly query: QueryObject<E, F, QueryTypeName> };

/** The class of an operation's body (a union where several operations are meant). */
export type BodyClassOf<E> = E extends { readonly body: { readonly type: infer C } } ? InstanceOf<C> : never;

/** Stands in for a body of the wrong class, so that the compiler's message names the class due. */
export interface WrongBodyClass<Due> {
  readonly "the body must be an instance of this class, or plain data for it": Due;
}

type MatchesOne<B, Due> = Due extends unknown ? SameClass<B, Due> : never;

/** `unknown` when a body fits the class due (an instance of exactly it, or plain data for it), else {@link WrongBodyClass}. */
export type BodyCheck<Due, B> = [B] extends [undefined]
  ? unknown
  : [keyof B] extends [never]
    ? unknown
    : IsInstance<B> extends true
      ? true extends MatchesOne<B, Due>
        ? unknown
        : WrongBodyClass<Due>
      : [Exclude<keyof B, keyof Init<Due>>] extends [never]
        ? unknown
        : WrongBodyClass<Due>;

/** Whether a type is of a generated class rather than plain data: the classes carry a symbol-keyed member. */
type IsInstance<B> = [Extract<keyof B, symbol>] extends [never] ? false : B extends XmlObject ? true : false;

type BodyInput<E, B> = E extends { readonly body: { readonly required: infer Required } }
  ? Required extends true
    ? { readonly body: B & BodyCheck<BodyClassOf<E>, B> }
    : { readonly body?: B & BodyCheck<BodyClassOf<E>, B> }
  : { readonly body?: undefined };

/** What a call of an operation passes: path parameters, query, body, and the request options. */
export type OperationInput<E, F, B, QueryTypeName> = RequestOptions &
  ParamsInput<E> &
  QueryInput<E, F, QueryTypeName> &
  BodyInput<E, B>;

type NeedsInput<E> = [ParameterNames<E>] extends [never]
  ? [RequiredQueryNames<QueryEntries<E>>] extends [never]
    ? E extends { readonly body: { readonly required: true } }
      ? true
      : false
    : true
  : true;

/** The arguments after the operation: its input, optional when nothing in it is required. */
export type OperationArgs<E, F, B, QueryTypeName> =
  NeedsInput<E> extends true
    ? [input: OperationInput<E, F, B, QueryTypeName>]
    : [input?: OperationInput<E, F, B, QueryTypeName>];

/** The value a body may be for an operation: an instance of its class, or plain data for it. */
export type BodyValueOf<E> = BodyClassOf<E> | Init<BodyClassOf<E>> | undefined;

type AnswersFor<E, F> = E extends { readonly answers: readonly (infer Answer)[] }
  ? [F] extends [never]
    ? Exclude<Answer, { readonly format: string }>
    : Extract<Answer, { readonly format: F }>
  : never;

type AnswerValue<Answer> = Answer extends { readonly type: infer C }
  ? InstanceOf<C>
  : Answer extends { readonly mediaType: string }
    ? Uint8Array
    : undefined;

/** What an operation answers with the given `format` (none: the answer without one). */
export type AnswerOf<E, F = never> = AnswerValue<AnswersFor<E, F>>;
