/** What other modules may use of units: the running plan's id (the plan every page follows). */
export { currentPlanId } from "./queries.ts";
