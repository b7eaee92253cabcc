/** Unit write calls (office only; B1). The server checks every rule again. */
import type { ImportError, Unit, UnitImportResult, UnitInput } from "../../../domain/units.ts";
import { ApiError, api, download, request } from "../../lib/api.ts";

export type ImportResult = Pick<UnitImportResult, "rows" | "created" | "updated" | "unchanged" | "errors">;

export const unitsApi = {
  create: (input: UnitInput) => api<Unit>("/api/units", { body: input }),
  update: (id: string, patch: Partial<UnitInput> & { version: number }) =>
    api<Unit>(`/api/units/${id}`, { method: "PATCH", body: patch }),
  move: (u: Unit, parentId: string | null) =>
    api<Unit>(`/api/units/${u.id}/move`, { body: { parentId, version: u.version } }),
  deactivate: (u: Unit) => api<Unit>(`/api/units/${u.id}/deactivate`, { body: { version: u.version } }),
  activate: (u: Unit) => api<Unit>(`/api/units/${u.id}/activate`, { body: { version: u.version } }),
  remove: (u: Unit) => api<unknown>(`/api/units/${u.id}`, { method: "DELETE" }),
  exportXlsx: () => download("/api/units/export.xlsx", "danh-sach-don-vi.xlsx"),

  /**
   * Checks (dryRun) or imports an xlsx file. A refused import (422 IMPORT_INVALID)
   * comes back as a result with its errors, so the screen lists them the same way.
   */
  async importXlsx(file: File, dryRun: boolean): Promise<ImportResult> {
    const form = new FormData();
    form.append("file", file, file.name);
    try {
      const res = await request(`/api/units/import${dryRun ? "?dryRun=true" : ""}`, { method: "POST", form });
      const body = (await res.json()) as Partial<ImportResult>;
      return {
        rows: body.rows ?? 0,
        created: body.created ?? 0,
        updated: body.updated ?? 0,
        unchanged: body.unchanged ?? 0,
        errors: body.errors ?? [],
      };
    } catch (e) {
      // 422 IMPORT_INVALID: nothing saved; `details` lists each wrong row and column.
      const refused = e instanceof ApiError && e.code === "IMPORT_INVALID" ? e.details : null;
      if (Array.isArray(refused) && refused.length > 0) {
        return { rows: 0, created: 0, updated: 0, unchanged: 0, errors: refused as ImportError[] };
      }
      throw e;
    }
  },
};
