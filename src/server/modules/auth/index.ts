/** What other modules and the app may use of the auth module (issue #7 item 7: reach a module only through its index.ts). */
export { removeMfa } from "./mfa-service.ts";
export { assertAcceptablePassword, generatePassword, hashPassword } from "./passwords.ts";
export { authRoutes } from "./routes.ts";
export { deleteUserSessions, resolveSession } from "./sessions.ts";
export { clearAccount } from "./throttle.ts";
