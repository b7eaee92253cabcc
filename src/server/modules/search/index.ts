/** What other modules and the app may use of the search module (issue #7 item 7: reach a module only through its index.ts). */
export { conferencesOf } from "./queries.ts";
export { searchRoutes } from "./routes.ts";
