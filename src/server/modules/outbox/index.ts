/** What other modules and the app may use of the outbox module (issue #7 item 7: reach a module only through its index.ts). */
export { type Mailer, smtpMailer } from "./mailer.ts";
export { outboxRoutes } from "./routes.ts";
export { sendDueOutbox } from "./sender.ts";
