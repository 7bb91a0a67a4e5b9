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
      const group = particle as GroupSchema;
      const exclusive = (group.choice?.length ?? 0) > 1;
      const id = exclusive ? groups++ : -1;
      (group.sequence ?? group.choice ?? []).forEach((child, branch) =>
        // A branch of a choice may be absent whenever another branch is taken.
        visit(
          child,
          exclusive
            ? { min: 0, max, choices: [...outer.choices, { group: id, branch, required: min >= 1 }] }
            : { min, max, choices: outer.choices },
        ),
      );
    }
  };
  if (content !== undefined) visit(content, { min: 1, max: 1, choices: [] });
  return { elements, choiceGroups: choiceGroupsOf(elements), openContent };
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

/** The outermost choice groups of a type's elements, as the element names of each branch. */
function choiceGroupsOf(elements: readonly IrElement[]): IrChoiceGroup[] {
  const groups = new Map<number, { required: boolean; branches: string[][] }>();
  for (const element of elements) {
    const choice = element.choices[0];
    if (choice === undefined) continue;
    const group = groups.get(choice.group) ?? { required: choice.required, branches: [] };
    (group.branches[choice.branch] ??= []).push(element.xmlName);
    groups.set(choice.group, group);
  }
  // A branch without elements (only `xs:any`, or an empty group) is still a branch.
  return [...groups.values()].map((group) => ({
    required: group.required,
    branches: Array.from(group.branches, (branch) => branch ?? []),
  }));
}

function maxOf(max: MaxOccurs | undefined): number | undefined {
  return max === undefined ? 1 : max === "unbounded" ? undefined : max;
}
