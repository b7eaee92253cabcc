/** Quota allocation (SPEC F2): Hamilton with bounds and overrides, what-if checks. */
export * from "./hamilton.ts";
export * from "./paradox.ts";
