/** What other modules and the app may use of the audit module (issue #7 item 7: reach a module only through its index.ts). */
export { type ChainReport, verifyAuditChain } from "./chain.ts";
export { recordAudit } from "./record.ts";
export { auditRoutes } from "./routes.ts";
