/** What other modules and the app may use of the propaganda module (SPEC J1): its routes and the to-do query. */
export { tasksDue } from "./queries.ts";
export { propagandaRoutes } from "./routes.ts";
