/** What other modules and the app may use of the reminders module (issue #7 item 7: reach a module only through its index.ts). */
export { reminderRoutes } from "./routes.ts";
export { runReminders } from "./run.ts";
