/** The security log (issue #12 item 7): the office's browser and alerts, and the retention purge for the jobs. */
export { purgeSecurityEvents } from "./queries.ts";
export { securityLogRoutes } from "./routes.ts";
