/** Checks that the names an operation file uses are declared by the type schemas. */
import type { TypeIndex } from "./type-index.js";

/** Reports a problem at a place (a JSON pointer below the entry being checked). */
export type Report = (pointer: string, message: string) => void;

/** Reports a name that is not a root element of the type schemas. */
export function checkElement(name: string, pointer: string, role: string, types: TypeIndex, report: Report): void {
  if (!types.roots.has(name))
    report(pointer, `${role} element ${JSON.stringify(name)} is not a root element of the type schemas`);
}

/** Reports a name that is not a built-in or a simple type of the type schemas. */
export function checkSimpleType(name: string, pointer: string, types: TypeIndex, report: Report): void {
  if (!types.isSimpleType(name))
    report(pointer, `type ${JSON.stringify(name)} is not a built-in or a simple type of the type schemas`);
}
