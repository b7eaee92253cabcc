export * from "./audit.ts";
export * from "./auth.ts";
export * from "./plans.ts";
export * from "./units.ts";
