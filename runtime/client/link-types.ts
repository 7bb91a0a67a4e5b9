/**
 * The types of `follow`, computed from the literal types of the resource and operation tables: the
 * Rels a resource of a class has, the Types of the links with a Rel, what following them answers.
 * A resource of a class the table does not know is followed untyped.
 */
import type { BoundClass, XmlObject } from "../xml/binding.js";
import type { GetOptions, RequestOptions } from "./client-types.js";
import type { AnswerOf, BodyCheck, BodyClassOf, FormatOf, InstanceOf, SameClass } from "./operation-types.js";

type MatchingEntry<Entry, R> = Entry extends { readonly type: infer C }
  ? SameClass<InstanceOf<C>, R> extends true
    ? Entry
    : never
  : never;

type ResourceEntryOf<Resources, R> = Resources extends readonly (infer Entry)[] ? MatchingEntry<Entry, R> : never;

/** Whether the resource table documents the links of a resource of type `R`: some entry has exactly its class. */
export type KnownResource<Resources, R> = [ResourceEntryOf<Resources, R>] extends [never] ? false : true;

type LinksOf<Resources, R> =
  ResourceEntryOf<Resources, R> extends { readonly links: readonly (infer Link)[] } ? Link : never;

/** The Rels of the links of a resource of type `R` (any string for a resource the table does not know). */
export type RelOf<Resources, R> =
  KnownResource<Resources, R> extends true
    ? LinksOf<Resources, R> extends { readonly rel: infer Rel }
      ? Rel
      : never
    : string;

/** The documented Types of the links with a Rel. */
export type LinkTypeOf<Resources, R, Rel> =
  KnownResource<Resources, R> extends true
    ? Extract<LinksOf<Resources, R>, { readonly rel: Rel }> extends infer Link
      ? Link extends { readonly type: infer Type }
        ? Type
        : never
      : never
    : string;

type TargetIds<Resources, R, Rel, Type> =
  Extract<
    LinksOf<Resources, R>,
    { readonly rel: Rel } & ([Type] extends [never] ? unknown : { readonly type: Type })
  > extends {
    readonly operation: infer Id;
  }
    ? Id
    : never;

/** The operations following the links with a Rel (and Type) may perform. */
export type TargetsOf<Operations, Resources, R, Rel, Type> =
  TargetIds<Resources, R, Rel, Type> extends infer Id ? (Id extends keyof Operations ? Operations[Id] : never) : never;

/** The `format` values the targets take. */
export type TargetFormat<Targets> = Targets extends unknown ? FormatOf<Targets> : never;

type AllNeedBody<Targets> = [Targets] extends [{ readonly body: { readonly required: true } }] ? true : false;

type BodyOption<Targets, B> = [BodyClassOf<Targets>] extends [never]
  ? { readonly body?: undefined }
  : AllNeedBody<Targets> extends true
    ? { readonly body: B & BodyCheck<BodyClassOf<Targets>, B> }
    : { readonly body?: B & BodyCheck<BodyClassOf<Targets>, B> };

/** The options of a typed follow: the `format` to ask for, the body of an edit or an action with a spec. */
export type FollowOptions<Targets, F, B> = RequestOptions & { readonly format?: F } & BodyOption<Targets, B>;

/** The Type and options after the Rel: the options (with the body) are required when every target needs a body. */
export type FollowArgs<Known, Targets, Type, F, B, T extends XmlObject> = Known extends true
  ? AllNeedBody<Targets> extends true
    ? [type: Type | undefined, options: FollowOptions<Targets, F, B>]
    : [type?: Type | undefined, options?: FollowOptions<Targets, F, B>]
  : [type?: string | undefined, options?: GetOptions & { readonly expect?: BoundClass<T> }];

/** What following a link answers: the target operation's answer for the format, or the expected class. */
export type FollowAnswer<Known, Targets, F, T> = Known extends true ? AnswerOf<Targets, F> : T;
