/*
 * Stands in for the `vite` package in the extension's type check (tsconfig.json `paths`). WXT's typings for
 * defineBackground/defineContentScript import its build-config types, which import `vite`, whose typings load
 * @types/node: every Node global would then type-check in core/, entrypoints/ and components/, which run in the
 * browser. Extension code uses no vite type, so this empty module hides nothing it needs; wxt.config.ts and the
 * tests are checked with the real vite typings (tsconfig.node.json).
 */
export {};
