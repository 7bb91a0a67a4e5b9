/**
 * The package entry `emx`: the bound classes of the EM namespace with `parse`, `parseStream`,
 * `streamItems` and `serialize`, and the runtime's user API. Nothing here needs Node: the client
 * is `emx/client`, the mock `emx/mock`, the contract of generated code `emx/runtime`.
 */
export * from "./generated/index.js";
export * from "./runtime/public.js";
