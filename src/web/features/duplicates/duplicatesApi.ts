/** Duplicate people across units (E6): the report, "not the same person" and its undo. */
import { useQuery } from "@tanstack/react-query";
import type { Dismissal, DuplicatesResult } from "../../../domain/duplicates.ts";
import { api, qs } from "../../lib/api.ts";

export const DUPLICATES_KEY = ["duplicates"] as const;

/** Groups a page (issue #11 item 5: grouped and paged by the server). */
export const DUPLICATES_PAGE_SIZE = 50;

export function useDuplicates(enabled: boolean, page = 1) {
  return useQuery({
    queryKey: [...DUPLICATES_KEY, page],
    queryFn: () => api<DuplicatesResult>(`/api/duplicates${qs({ page, limit: DUPLICATES_PAGE_SIZE })}`),
    enabled,
    placeholderData: (prev) => prev,
  });
}

export const duplicatesApi = {
  dismiss: (input: { personIdA: string; personIdB: string; note?: string | null }) =>
    api<Dismissal>("/api/duplicates/dismiss", { body: input }),
  undo: (id: string) => api<void>(`/api/duplicates/dismiss/${id}`, { method: "DELETE" }),
};
