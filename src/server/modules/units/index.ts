/** What other modules may use of units: which plan is being carried out. */
export { currentPlanId } from "./queries.ts";
