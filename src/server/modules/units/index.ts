/** What other modules and the app may use of the units module (issue #7 item 7: reach a module only through its index.ts). */

export { unitPolicy } from "./policy.ts";
export { currentPlanId } from "./queries.ts";
export { unitRoutes } from "./routes.ts";
