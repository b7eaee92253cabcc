/**
 * What other modules may use of dossiers (G1–G4): the completion figures for the
 * progress board (K2), the to-do queries for home pages, and the plan checklist copy.
 */

export { dossierCompletionSql } from "./completion-sql.ts";
export { loadDraftSource } from "./conference-source.ts";
export { minutesSpec, submissionSpec, summaryReportSpec } from "./drafts.ts";
export { dossierCompletion } from "./read-service.ts";
export { copyDossierRequirements, seedDossierRequirements } from "./requirements.ts";
export { dossierRoutes } from "./routes.ts";
export { countAwaitingReview, type DossierTodo, itemsAwaitingReview, returnedItemsOf } from "./todo.ts";
