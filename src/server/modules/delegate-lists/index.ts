/** What other modules and the app may use of the delegate-lists module (issue #7 item 7: reach a module only through its index.ts). */
export { buildDelegateListInput } from "./export-service.ts";
export { delegateListRoutes } from "./routes.ts";
