/** The people-search shapes live in src/domain so the web client can use them too. */
export * from "../../../domain/search.ts";
