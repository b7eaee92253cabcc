/** What other modules may use of unit document settings (SPEC L1). */
export { settingsForDocuments } from "./service.ts";
