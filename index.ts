/** The package entry: the generated bindings of the EM namespace and the runtime they stand on. */
export * from "./generated/index.js";
export * from "./runtime/index.js";
