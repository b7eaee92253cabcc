/** Unit document settings (SPEC L1): read and save through the API. */
import type { DocumentSettingsInput, DocumentSettingsView } from "../../../domain/document-settings.ts";
import { api } from "../../lib/api.ts";

export const documentSettingsKey = (unitId: string) => ["document-settings", unitId] as const;

export const documentSettingsApi = {
  get: (unitId: string) => api<DocumentSettingsView>(`/api/units/${unitId}/document-settings`),
  save: (unitId: string, settings: DocumentSettingsInput, version: number) =>
    api<DocumentSettingsView>(`/api/units/${unitId}/document-settings`, {
      method: "PUT",
      body: { settings, version },
    }),
};
