/** The duplicate-people shapes live in src/domain so the web client can use them too. */
export * from "../../../domain/duplicates.ts";
