export * from "./audit.ts";
export * from "./auth.ts";
export * from "./conferences.ts";
export * from "./duplicates.ts";
export * from "./files.ts";
export * from "./people.ts";
export * from "./plans.ts";
export * from "./units.ts";
