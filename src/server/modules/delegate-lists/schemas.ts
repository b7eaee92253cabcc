/** The delegate-list import shapes live in src/domain so the web client can use them too. */
export * from "../../../domain/delegate-lists.ts";
