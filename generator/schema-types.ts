/** The shape of a schema file, as `schemas/schema.schema.json` defines it. */

export type MaxOccurs = number | "unbounded";

export interface SchemaFile {
  readonly doc: string;
  readonly simpleTypes?: readonly SimpleTypeSchema[];
  readonly complexTypes?: readonly ComplexTypeSchema[];
  readonly elements?: readonly RootElementSchema[];
}

export interface SimpleTypeSchema {
  readonly name: string;
  readonly doc?: string;
  readonly base: string;
  readonly enumeration?: readonly string[];
  readonly pattern?: string;
}

export interface AttributeSchema {
  readonly name: string;
  readonly type: string;
  readonly use?: "required" | "optional";
  readonly default?: string;
  readonly doc?: string;
}

export interface TypeBodySchema {
  readonly doc?: string;
  readonly base?: string;
  readonly abstract?: boolean;
  readonly attributes?: readonly AttributeSchema[];
  readonly content?: GroupSchema;
  readonly simpleContent?: string;
  /** Whether EM's JSON writes an element of this wrapper type as the bare array of its items. */
  readonly jsonArray?: boolean;
}

export interface ComplexTypeSchema extends TypeBodySchema {
  readonly name: string;
}

export interface GroupSchema {
  readonly sequence?: readonly ParticleSchema[];
  readonly choice?: readonly ParticleSchema[];
  readonly minOccurs?: number;
  readonly maxOccurs?: MaxOccurs;
}

export interface ElementParticleSchema {
  readonly element: string;
  readonly type?: string;
  readonly complexType?: TypeBodySchema;
  readonly minOccurs?: number;
  readonly maxOccurs?: MaxOccurs;
  /** The property name in EM's JSON form, where it is not the element name. */
  readonly jsonName?: string;
  readonly doc?: string;
}

export interface AnyParticleSchema {
  readonly any: "##any" | "##other" | "##local" | "##targetNamespace";
  readonly processContents?: "strict" | "lax" | "skip";
  readonly minOccurs?: number;
  readonly maxOccurs?: MaxOccurs;
}

export type ParticleSchema = ElementParticleSchema | GroupSchema | AnyParticleSchema;

export interface RootElementSchema {
  readonly name: string;
  readonly type: string;
  readonly linkTypes?: readonly string[];
  readonly doc?: string;
}
