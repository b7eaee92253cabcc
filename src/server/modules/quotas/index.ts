/** What other modules and the app may use of the quotas module (SPEC F1–F3; reach it only through this file). */
export { publishedQuotaFor, publishedQuotas, publishedSeatsSql } from "./published.ts";
export { quotaRoutes } from "./routes.ts";
export { compositionTargetsFor } from "./targets-service.ts";
