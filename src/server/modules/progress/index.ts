/**
 * What other modules may use of the progress board (K2): the board itself, scoped to
 * the actor as its own route scopes it (the to-do list reads overdue units and the
 * unit's own row from it).
 */

export { type BoardFilter, type BoardResult, type BoardUnitRow, boardQuery } from "./queries.ts";
export { progressRoutes } from "./routes.ts";
export { progressBoard } from "./service.ts";
