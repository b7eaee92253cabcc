/** People of the exemplar registry (E1, E5): search and add. */
import { useQuery } from "@tanstack/react-query";
import type { Person } from "../../../domain/persons.ts";
import { api, qs } from "../../lib/api.ts";

export const peopleKeys = {
  search: (unitId: string | null, q: string) => ["people", unitId, q] as const,
};

/** Server-side search: ignores diacritics and case; ordered the way official lists are. */
export function usePeopleSearch(unitId: string | null, q: string, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.search(unitId, q),
    queryFn: async () =>
      (await api<{ items: Person[]; total: number }>(`/api/people${qs({ unitId, q, limit: 200 })}`)).items,
    enabled,
    staleTime: 10_000,
    placeholderData: (prev) => prev,
  });
}

/** "Nguyễn Văn An · 1975 · Chủ tịch UBND phường" — enough to tell two namesakes apart. */
export function personOptionLabel(p: Pick<Person, "fullName" | "birthYear" | "position">): string {
  return [p.fullName, p.birthYear ? String(p.birthYear) : null, p.position].filter(Boolean).join(" · ");
}
