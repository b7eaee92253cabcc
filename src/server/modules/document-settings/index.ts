/** What other modules may use of unit document settings (SPEC L1). */

export { documentSettingsRoutes } from "./routes.ts";
export { settingsForDocuments } from "./service.ts";
