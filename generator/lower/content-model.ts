/**
 * Flattens a content model to the IR's element list: effective occurs (a group's occurs multiply
 * into its particles; a branch of a choice may be absent), the choice groups each element sits in,
 * and whether the model admits foreign elements (`xs:any`).
 */
import type { IrChoiceGroup, IrContent, IrElement } from "../ir.js";
import type { ElementParticleSchema, GroupSchema, MaxOccurs, ParticleSchema } from "../schema-types.js";

type Choice = IrElement["choices"][number];

/** The flat content of a type. */
export interface FlatContent {
  readonly elements: readonly IrElement[];
  readonly choiceGroups: readonly IrChoiceGroup[];
  readonly openContent: boolean;
}

/** Effective occurs of a particle and the choices around it. */
interface Place {
  readonly min: number;
  /** `undefined` for unbounded. */
  readonly max: number | undefined;
  readonly choices: readonly Choice[];
}

/**
 * Flattens `content`; `contentOf` gives what an element holds (lowering an anonymous type when
 * the element has one).
 */
export function flattenContent(
  content: GroupSchema | undefined,
  contentOf: (particle: ElementParticleSchema) => IrContent,
): FlatContent {
  const elements: IrElement[] = [];
  const outermost = new Map<number, { required: boolean; branches: string[][] }>();
  let openContent = false;
  let groups = 0;
  const visit = (particle: ParticleSchema, outer: Place): void => {
    const min = outer.min * (particle.minOccurs ?? 1);
    const ownMax = maxOf(particle.maxOccurs);
    const max = outer.max === undefined || ownMax === undefined ? undefined : outer.max * ownMax;
    if ("element" in particle)
      elements.push(elementOf(particle, contentOf(particle), { min, max, choices: outer.choices }));
    else if ("any" in particle) openContent = true;
    else {
      const { sequence, choice } = particle as GroupSchema;
      const children = sequence ?? choice ?? [];
      if (choice === undefined || children.length < 2) {
        for (const child of children) visit(child, { min, max, choices: outer.choices });
        return;
      }
      const group = groups++;
      const required = min >= 1 && children.every(needsNamedElement);
      if (outer.choices.length === 0) outermost.set(group, { required, branches: children.map(() => []) });
      // A branch of a choice may be absent whenever another branch is taken.
      children.forEach((child, branch) =>
        visit(child, { min: 0, max, choices: [...outer.choices, { group, branch, required }] }),
      );
    }
  };
  if (content !== undefined) visit(content, { min: 1, max: 1, choices: [] });
  for (const { xmlName, choices } of elements)
    if (choices[0] !== undefined) outermost.get(choices[0].group)!.branches[choices[0].branch]!.push(xmlName);
  return { elements, choiceGroups: [...outermost.values()], openContent };
}

/**
 * Whether a particle can only be present with an element the type names. A choice is required
 * (one branch must be present) only if each branch is of that kind: a branch that may be empty, or
 * be met by a foreign element (`xs:any`), lets the choice be met by nothing validation can see.
 */
function needsNamedElement(particle: ParticleSchema): boolean {
  if ((particle.minOccurs ?? 1) === 0 || "any" in particle) return false;
  if ("element" in particle) return true;
  const group = particle as GroupSchema;
  return group.sequence !== undefined
    ? group.sequence.some(needsNamedElement)
    : (group.choice ?? []).every(needsNamedElement);
}

function elementOf(particle: ElementParticleSchema, content: IrContent, place: Place): IrElement {
  return {
    xmlName: particle.element,
    jsonName: particle.jsonName,
    member: "",
    content,
    minOccurs: place.min,
    maxOccurs: place.max,
    choices: place.choices,
    wrapped: undefined,
    doc: particle.doc,
  };
}

function maxOf(max: MaxOccurs | undefined): number | undefined {
  return max === undefined ? 1 : max === "unbounded" ? undefined : max;
}
