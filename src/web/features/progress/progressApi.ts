/** The progress board (GET /api/progress) and council assignments, for the web (K1, K2). */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CellState, ProgressBoard } from "../../../domain/progress.ts";
import { api, download, fetchAllPages, qs } from "../../lib/api.ts";

export type ProgressFilters = {
  kind: string | null;
  clusterId: string | null;
  /** null: the server's default (a Council member's own units); "all": every unit. */
  memberId: string | null;
  state: CellState | null;
  milestone: string | null;
  sort: "name" | "milestone";
  page: number;
};
export const NO_FILTERS: ProgressFilters = {
  kind: null,
  clusterId: null,
  memberId: null,
  state: null,
  milestone: null,
  sort: "name",
  page: 1,
};
export const PAGE_SIZE = 50;

const params = (f: ProgressFilters) => ({ ...f, limit: PAGE_SIZE });

export function useProgress(f: ProgressFilters, enabled = true) {
  return useQuery({
    queryKey: ["progress", f],
    queryFn: () => api<ProgressBoard>(`/api/progress${qs(params(f))}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export type CouncilMember = { id: string; fullName: string; username: string; unitIds: string[] };

export function useCouncilMembers(enabled: boolean) {
  return useQuery({
    queryKey: ["council-assignments"],
    // Every member for the pickers (the answer pages, 500 at a time, under its `members` key).
    queryFn: () => fetchAllPages<CouncilMember>("/api/council-assignments", 500, "members"),
    enabled,
  });
}

export const progressApi = {
  setAssignments: (memberId: string, unitIds: string[], previous: string[]) =>
    api<CouncilMember>(`/api/council-assignments/${memberId}`, {
      method: "PUT",
      body: { unitIds, previous },
    }),
  exportXlsx: (f: ProgressFilters) =>
    download(`/api/progress/export.xlsx${qs({ ...f, page: undefined })}`, "tien-do.xlsx"),
};
