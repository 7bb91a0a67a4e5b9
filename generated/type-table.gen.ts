// Generated from schemas/ by `npm run generate`. Do not edit: change the schema or the generator, then regenerate.

import { TypeTable } from "../runtime/index.js";

/** The bindings of every generated class, by schema type name. */
export const types = new TypeTable();
