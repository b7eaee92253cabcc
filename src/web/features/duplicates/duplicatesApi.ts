/** Duplicate people across units (E6): the report, "not the same person" and its undo. */
import { useQuery } from "@tanstack/react-query";
import type { Dismissal, DuplicatesResult } from "../../../domain/duplicates.ts";
import { api } from "../../lib/api.ts";

export const DUPLICATES_KEY = ["duplicates"] as const;

export function useDuplicates(enabled: boolean) {
  return useQuery({
    queryKey: DUPLICATES_KEY,
    queryFn: () => api<DuplicatesResult>("/api/duplicates"),
    enabled,
  });
}

export const duplicatesApi = {
  dismiss: (input: { personIdA: string; personIdB: string; note?: string | null }) =>
    api<Dismissal>("/api/duplicates/dismiss", { body: input }),
  undo: (id: string) => api<void>(`/api/duplicates/dismiss/${id}`, { method: "DELETE" }),
};
