/**
 * What other modules may use of the progress board (K2): its one aggregate query, e.g. for
 * the giao ban report (K3), which prints the same states and counts for a chosen day.
 */
export { type BoardFilter, type BoardResult, type BoardUnitRow, boardQuery } from "./queries.ts";
