/** What other modules and the app may use of the budget module (SPEC I1): its routes and the to-do queues. */
export { type BudgetQueueRow, budgetsIn } from "./queries.ts";
export { budgetRoutes } from "./routes.ts";
