/** What other modules may use of the audit log (ADR 0003): writing a row beside a change. */
export { recordAudit } from "./record.ts";
