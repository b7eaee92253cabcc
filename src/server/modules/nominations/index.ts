/** What the app and other modules may use of the nominations module (SPEC F4, F5). */
export { nominationRoutes } from "./routes.ts";
export {
  type PendingList,
  pendingListDecisions,
  type ReturnedNomination,
  returnedNominationOf,
} from "./todo-queries.ts";
