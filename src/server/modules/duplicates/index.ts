/** What other modules and the app may use of the duplicates module (issue #7 item 7: reach a module only through its index.ts). */
export { duplicatesRoutes } from "./routes.ts";
