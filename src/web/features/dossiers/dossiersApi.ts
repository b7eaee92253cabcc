/** Dossiers API (G1–G4): the office's overview, one unit's dossier, and the unit's and office's actions. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Dossier, DossierItemStatus, DossierState, DossierSummary } from "../../../domain/dossiers.ts";
import { api, download, qs, request } from "../../lib/api.ts";

export const dossierKeys = {
  all: ["dossiers"] as const,
  list: (p: object) => ["dossiers", "list", p] as const,
  unit: (unitId: string) => ["dossiers", "unit", unitId] as const,
};

export type DossierList = {
  items: DossierSummary[];
  total: number;
  page: number;
  limit: number;
  dueOn: string | null;
};
export type ListParams = {
  state?: DossierState;
  awaiting?: boolean;
  q?: string;
  page: number;
  limit: number;
};

export function useDossierList(p: ListParams) {
  return useQuery({
    queryKey: dossierKeys.list(p),
    queryFn: () =>
      api<DossierList>(
        `/api/dossiers${qs({ state: p.state, awaiting: p.awaiting ? "true" : undefined, q: p.q || undefined, page: p.page, limit: p.limit })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(unitId: string | null) {
  return useQuery({
    queryKey: dossierKeys.unit(unitId ?? ""),
    queryFn: () => api<Dossier>(`/api/dossiers/units/${unitId}`),
    enabled: unitId !== null,
  });
}

export const dossiersApi = {
  async upload(file: File, p: { requirement: string; personId?: string; version: number }): Promise<Dossier> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await request(`/api/dossiers/mine/files${qs(p)}`, { method: "POST", form });
    return (await res.json()) as Dossier;
  },
  generate: (requirement: string, version: number) =>
    api<Dossier>("/api/dossiers/mine/generate", { body: { requirement, version } }),
  submit: (items: { id: string; version: number }[]) =>
    api<Dossier>("/api/dossiers/mine/submit", { body: { items } }),
  remove: (id: string, version: number) =>
    api<Dossier>(`/api/dossiers/items/${id}${qs({ version })}`, { method: "DELETE" }),
  accept: (id: string, version: number) =>
    api<Dossier>(`/api/dossiers/items/${id}/accept`, { body: { version } }),
  return: (id: string, version: number, comment: string) =>
    api<Dossier>(`/api/dossiers/items/${id}/return`, { body: { version, comment } }),
  downloadFile: (file: { id: string; name: string }) => download(`/api/files/${file.id}`, file.name),
};

export const ITEM_COLORS: Record<DossierItemStatus, string> = {
  missing: "gray",
  draft: "yellow",
  submitted: "blue",
  accepted: "green",
  returned: "red",
};
export const STATE_COLORS: Record<DossierState, string> = {
  complete: "green",
  partial: "orange",
  missing: "red",
};
export const TIMELINESS_COLORS: Record<string, string> = {
  on_time: "green",
  late: "orange",
  overdue: "red",
  pending: "gray",
};
