/** What other modules and the app may use of the users module (issue #7 item 7: reach a module only through its index.ts). */
export { operatorResetMfa, operatorResetPassword, operatorUnlock } from "./operator-service.ts";
export { getMe } from "./queries.ts";
export { userRoutes } from "./routes.ts";
