/** Delegate-list files of one conference (E3, E4): import from xlsx, export as xlsx / docx. */
import type { FieldKey, ImportResult } from "../../../domain/delegate-lists.ts";
import { ApiError, request } from "../../lib/api.ts";

/** Field → column letter, or null for "(không dùng)". */
export type MappingChoice = Partial<Record<FieldKey, string | null>>;

export type ImportOptions = {
  dryRun: boolean;
  mapping?: MappingChoice | null;
  sheetName?: string | null;
  headerRow?: number | null;
};

export const delegateListUrls = {
  import: (conferenceId: string, dryRun: boolean) =>
    `/api/conferences/${conferenceId}/delegates/import${dryRun ? "?dryRun=true" : ""}`,
  xlsx: (conferenceId: string) => `/api/conferences/${conferenceId}/delegates.xlsx`,
  docx: (conferenceId: string) => `/api/conferences/${conferenceId}/delegates.docx`,
};

/**
 * Checks (dryRun) or imports a delegate list. A refused import (422 IMPORT_INVALID)
 * comes back as a result with its errors, so the screen lists them the same way;
 * other refusals (415 not an xlsx, 413 too large, 403, 409) are thrown.
 */
export async function importDelegateList(
  conferenceId: string,
  file: File,
  opts: ImportOptions,
): Promise<ImportResult> {
  const form = new FormData();
  // The fields go before the file, so the server has them when it reads the file.
  if (opts.mapping && Object.keys(opts.mapping).length > 0)
    form.append("mapping", JSON.stringify(opts.mapping));
  if (opts.sheetName) form.append("sheetName", opts.sheetName);
  if (opts.headerRow) form.append("headerRow", String(opts.headerRow));
  form.append("file", file, file.name);
  try {
    const res = await request(delegateListUrls.import(conferenceId, opts.dryRun), { method: "POST", form });
    return (await res.json()) as ImportResult;
  } catch (e) {
    const body = e instanceof ApiError ? (e.body as Partial<ImportResult> | null) : null;
    if (e instanceof ApiError && e.status === 422 && Array.isArray(body?.errors) && body.errors.length > 0) {
      return body as ImportResult;
    }
    throw e;
  }
}
