/** What other modules and the app may use of the plans module (issue #7 item 7: reach a module only through its index.ts). */
export { requirePlanManager } from "./policy.ts";
export { planRoutes } from "./routes.ts";
