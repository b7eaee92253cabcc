/** What other modules and the app may use of the conferences module (issue #7 item 7: reach a module only through its index.ts). */
export { listAgendaRows, listDelegateRows, listPresidiumRows } from "./queries.ts";
export { visibleConference } from "./read-service.ts";
export { conferenceRoutes } from "./routes.ts";
export { storeAllRuleCounts } from "./rule-counts.ts";
export { todayIso } from "./rule-input.ts";
export { bumpConference, editableConference } from "./write-support.ts";
