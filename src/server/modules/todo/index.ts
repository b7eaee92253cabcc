/** What other modules may use of the to-do list (issue #8 item 5): its routes, registered by the app. */
export { todoRoutes } from "./routes.ts";
