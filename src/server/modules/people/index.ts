/** What other modules and the app may use of the people module (issue #7 item 7: reach a module only through its index.ts). */
export { readableCollective } from "./collectives-service.ts";
export { searchPatterns } from "./queries.ts";
export { redactPersonal } from "./redact.ts";
export { peopleRoutes } from "./routes.ts";
export { insertPerson, readablePerson, resolveListUnit } from "./service.ts";
