/** What other modules and the app may use of awards (SPEC H1, H2; issue #14 items 1–3). */

export { awardDataRoutes } from "./data-routes.ts";
export { awardDocumentRoutes } from "./document-routes.ts";
export { awardDecisionRoutes } from "./routes.ts";
export { awardTotalForConference } from "./totals.ts";
