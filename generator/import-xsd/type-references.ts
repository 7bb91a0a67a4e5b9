/** Which named types a definition refers to: its base, its attributes', elements' and text's types. */
import { isBuiltin } from "../builtin-types.js";
import type {
  ComplexTypeSchema,
  GroupSchema,
  ParticleSchema,
  RootElementSchema,
  SimpleTypeSchema,
  TypeBodySchema,
} from "../schema-types.js";

/** A top-level definition of a schema file. */
export type Definition =
  | { readonly kind: "complexTypes"; readonly item: ComplexTypeSchema }
  | { readonly kind: "simpleTypes"; readonly item: SimpleTypeSchema }
  | { readonly kind: "elements"; readonly item: RootElementSchema };

/** The named (not built-in) types a definition refers to, each once. */
export function referencesOf(definition: Definition): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (name !== undefined && !isBuiltin(name)) names.add(name);
  };
  if (definition.kind === "simpleTypes") add(definition.item.base);
  else if (definition.kind === "elements") add(definition.item.type);
  else bodyReferences(definition.item, add);
  return [...names];
}

/** The base type of a complex type, when it extends one. */
export function baseOf(definition: Definition): string | undefined {
  return definition.kind === "complexTypes" ? definition.item.base : undefined;
}

function bodyReferences(body: TypeBodySchema, add: (name: string | undefined) => void): void {
  add(body.base);
  add(body.simpleContent);
  for (const attribute of body.attributes ?? []) add(attribute.type);
  if (body.content !== undefined) groupReferences(body.content, add);
}

function groupReferences(group: GroupSchema, add: (name: string | undefined) => void): void {
  for (const particle of (group.sequence ?? group.choice ?? []) as readonly ParticleSchema[]) {
    if ("element" in particle) {
      add(particle.type);
      if (particle.complexType !== undefined) bodyReferences(particle.complexType, add);
    } else if ("sequence" in particle || "choice" in particle) groupReferences(particle as GroupSchema, add);
  }
}
