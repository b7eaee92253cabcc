/** What other modules and the app may use of the unit-plans module (issue #7 item 7: reach a module only through its index.ts). */
export { unitPlanRoutes } from "./routes.ts";
