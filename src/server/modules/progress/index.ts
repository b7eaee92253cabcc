/** What other modules and the app may use of the progress module (issue #7 item 7: reach a module only through its index.ts). */
export { progressRoutes } from "./routes.ts";
